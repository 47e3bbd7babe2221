import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// A loan product as the API reads and writes it: rates and fees as percentages in text (`"12"`,
/// `"1.5"`), amounts in the currency's decimals.
struct LoanProductDTO: Content {
    struct Fee: Content {
        var fixed: String?
        var percent: String?
    }
    struct Penalty: Content {
        var basis: String?
        var percent: String?
        var per: String?
        var graceDays: Int?
        var capPercent: String?
    }

    var id: UUID?
    var code: String?
    var name: String?
    var active: Bool?
    var method: String?
    var rateMinPercent: String?
    var rateMaxPercent: String?
    var periodsMin: Int?
    var periodsMax: Int?
    var every: Int?
    var unit: String?
    var principalMin: String?
    var principalMax: String?
    var rounding: String?
    var dayCount: String?
    var grace: Int?
    var graceKind: String?
    var seasonalMonths: [Int]?
    var adminFee: Fee?
    var provisionFee: Fee?
    var penalty: Penalty?
    var savingsMultiple: Int?
    var collateralRequired: Bool?
    var allocation: [String]?

    init() {}

    init(_ record: LoanProductRecord, _ p: LoanProduct, decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        id = record.id
        code = p.code
        name = p.name
        active = record.active
        method = p.method.rawValue
        rateMinPercent = InterestRate.percent(p.rateMin)
        rateMaxPercent = InterestRate.percent(p.rateMax)
        periodsMin = p.periodsMin
        periodsMax = p.periodsMax
        every = p.every
        unit = p.unit.rawValue
        principalMin = money(p.principalMin)
        principalMax = money(p.principalMax)
        rounding = p.rounding.rawValue
        dayCount = p.dayCount.rawValue
        grace = p.grace
        graceKind = p.graceKind.rawValue
        seasonalMonths = p.seasonalMonths.sorted()
        adminFee = Fee(fixed: money(p.adminFee.fixed), percent: InterestRate.percent(p.adminFee.rate))
        provisionFee = Fee(fixed: money(p.provisionFee.fixed), percent: InterestRate.percent(p.provisionFee.rate))
        penalty = Penalty(
            basis: p.penalty.basis.rawValue, percent: InterestRate.percent(p.penalty.rate), per: p.penalty.per.rawValue,
            graceDays: p.penalty.graceDays, capPercent: InterestRate.percent(p.penalty.cap))
        savingsMultiple = p.savingsMultiple
        collateralRequired = p.collateralRequired
        allocation = p.allocation.map(\.rawValue)
    }

    /// The product this input describes; every field the core needs must be present and readable.
    func rules(decimals: Int) throws -> LoanProduct {
        func need<T>(_ value: T?, _ field: String) throws -> T {
            guard let value else { throw LoanError.field(.required(field)) }
            return value
        }
        func money(_ text: String?, _ field: String) throws -> Int64 {
            guard let text, !text.isEmpty else { return 0 }
            do { return try Amount.parse(text, decimals: decimals) } catch { throw LoanError.invalidProduct(field) }
        }
        func percent(_ text: String?, _ field: String) throws -> Int64 {
            guard let text, !text.isEmpty else { return 0 }
            do { return try InterestRate.parse(text, per: .year) } catch { throw LoanError.invalidProduct(field) }
        }
        func choice<T: RawRepresentable<String>>(_ text: String?, _ field: String, default value: T) throws -> T {
            guard let text else { return value }
            guard let choice = T(rawValue: text) else { throw LoanError.invalidProduct(field) }
            return choice
        }
        var p = LoanProduct(
            code: try need(code, "code"), name: try need(name, "name"),
            method: try choice(try need(method, "method"), "method", default: InterestMethod.flat),
            rateMin: try percent(try need(rateMinPercent, "rateMinPercent"), "rateMinPercent"),
            rateMax: try percent(try need(rateMaxPercent, "rateMaxPercent"), "rateMaxPercent"),
            periodsMin: try need(periodsMin, "periodsMin"), periodsMax: try need(periodsMax, "periodsMax"),
            principalMin: try money(try need(principalMin, "principalMin"), "principalMin"),
            principalMax: try money(try need(principalMax, "principalMax"), "principalMax"))
        p.every = every ?? 1
        p.unit = try choice(unit, "unit", default: .month)
        p.rounding = try choice(rounding, "rounding", default: .halfUp)
        p.dayCount = try choice(dayCount, "dayCount", default: .thirty360)
        p.grace = grace ?? 0
        p.graceKind = try choice(graceKind, "graceKind", default: .interestOnly)
        p.seasonalMonths = Set(seasonalMonths ?? [])
        p.adminFee = LoanFee(fixed: try money(adminFee?.fixed, "adminFee"), rate: try percent(adminFee?.percent, "adminFee"))
        p.provisionFee = LoanFee(
            fixed: try money(provisionFee?.fixed, "provisionFee"),
            rate: try percent(provisionFee?.percent, "provisionFee"))
        p.penalty = PenaltyRule(
            basis: try choice(penalty?.basis, "penaltyBasis", default: .installment),
            rate: try percent(penalty?.percent, "penaltyRate"),
            per: try choice(penalty?.per, "penaltyPer", default: .day),
            graceDays: penalty?.graceDays ?? 0, cap: try percent(penalty?.capPercent, "penaltyCap"))
        p.savingsMultiple = savingsMultiple ?? 0
        p.collateralRequired = collateralRequired ?? false
        if let allocation {
            p.allocation = try allocation.map { try choice($0, "allocation", default: PaymentPart.penalty) }
        }
        return try p.validated()
    }
}

/// The classification rules and allowance percentages.
struct CollectibilityDTO: Content {
    var scheme: String?
    var thresholds: [Int]?
    var allowancePercent: [String]?

    init(scheme: String?, thresholds: [Int]?, allowancePercent: [String]?) {
        self.scheme = scheme
        self.thresholds = thresholds
        self.allowancePercent = allowancePercent
    }

    init(_ rules: CollectibilityRules) {
        scheme = rules.scheme.rawValue
        thresholds = rules.thresholds
        allowancePercent = rules.allowance.map { InterestRate.percent($0) }
    }

    func rules() throws -> CollectibilityRules {
        guard let schemeText = scheme, let scheme = CollectibilityRules.Scheme(rawValue: schemeText) else {
            throw LoanError.invalidProduct("scheme")
        }
        let defaults: CollectibilityRules = scheme == .bank ? .bank : .cooperative
        let allowance =
            try allowancePercent.map { list in
                try list.map { text in
                    do { return try InterestRate.parse(text, per: .year) } catch { throw LoanError.invalidProduct("allowance") }
                }
            } ?? defaults.allowance
        return try CollectibilityRules(scheme: scheme, thresholds: thresholds ?? defaults.thresholds, allowance: allowance)
            .validated()
    }
}

struct InstallmentDTO: Content {
    var number: Int
    var due: String
    var principal: String
    var interest: String
    var payment: String
    var principalPaid: String
    var interestPaid: String
    var paidOn: String?
    /// paid, partial (some paid, not yet due), late, due (today), upcoming, or waived (interest not
    /// charged because the loan was paid off early).
    var state: InstallmentState
}

struct LoanDTO: Content {
    var id: UUID
    var number: Int
    var memberId: UUID?
    var borrowerCooperativeId: UUID?
    var borrowerName: String
    var productId: UUID
    var status: LoanStatus
    var method: String
    var principal: String
    var ratePercent: String
    var periods: Int
    var fees: String
    var purpose: String
    var collateral: String
    var autoDebit: Bool
    var appliedOn: CivilDate
    var appliedBy: String
    var reviewNote: String?
    var reviewedBy: String?
    var decidedBy: String?
    var decidedOn: CivilDate?
    var decisionNote: String?
    var disbursedOn: CivilDate?
    var outstanding: String
    var principalPaid: String
    var interestPaid: String
    var penaltyAccrued: String
    var penaltyPaid: String
    var daysLate: Int
    var collectibility: Collectibility
    var allowance: String
    var closedOn: CivilDate?
    var writtenOff: String
    var recovered: String
    /// The simulated schedule of an application, or the schedule in force once disbursed.
    var installments: [InstallmentDTO]

    init(_ loan: LoanRecord, terms: LoanTerms, installments rows: [LoanInstallmentRecord], today: CivilDate, decimals: Int) throws
    {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        id = try loan.requireID()
        number = loan.number
        memberId = loan.memberID
        borrowerCooperativeId = loan.borrowerCooperativeID
        borrowerName = loan.borrowerName
        productId = loan.productID
        status = loan.status
        method = terms.method.rawValue
        principal = money(loan.principal)
        ratePercent = InterestRate.percent(loan.annualRate)
        periods = loan.periods
        fees = money(loan.fees)
        purpose = loan.purpose
        collateral = loan.collateral
        autoDebit = loan.autoDebit
        appliedOn = loan.appliedOn
        appliedBy = loan.appliedByName
        reviewNote = loan.reviewNote
        reviewedBy = loan.reviewedByName
        decidedBy = loan.decidedByName
        decidedOn = loan.decidedOn
        decisionNote = loan.decisionNote
        disbursedOn = loan.disbursedOn
        outstanding = money(loan.status == LoanStatus.active ? loan.outstanding : 0)
        principalPaid = money(loan.principalPaid)
        interestPaid = money(loan.interestPaid)
        penaltyAccrued = money(loan.penaltyAccrued)
        penaltyPaid = money(loan.penaltyPaid)
        daysLate = loan.daysLate
        collectibility = loan.collectibility
        allowance = money(loan.allowance)
        closedOn = loan.closedOn
        writtenOff = money(loan.writtenOff)
        recovered = money(loan.recovered)
        if rows.isEmpty {
            installments = try LoanSchedule(terms).installments.map {
                InstallmentDTO(
                    number: $0.number, due: $0.due?.description ?? "", principal: money($0.principal),
                    interest: money($0.interest), payment: money($0.payment), principalPaid: money(0),
                    interestPaid: money(0), paidOn: nil, state: .upcoming)
            }
        } else {
            let ended = loan.status != .active
            installments = rows.map { row in
                let state = InstallmentState(
                    dueOn: row.dueOn, unpaid: row.unpaid, paid: row.principalPaid + row.interestPaid,
                    ended: ended, today: today)
                return InstallmentDTO(
                    number: row.number, due: row.dueOn.description, principal: money(row.principal),
                    interest: money(row.interest), payment: money(row.principal + row.interest),
                    principalPaid: money(row.principalPaid), interestPaid: money(row.interestPaid),
                    paidOn: row.paidOn?.description, state: state)
            }
        }
    }
}

/// A loan in a list: no schedule.
struct LoanSummaryDTO: Content {
    var id: UUID
    var number: Int
    var memberId: UUID?
    var borrowerName: String
    var status: LoanStatus
    var principal: String
    var outstanding: String
    var daysLate: Int
    var collectibility: Collectibility
    var appliedOn: CivilDate
    var disbursedOn: CivilDate?

    init(_ loan: LoanRecord, decimals: Int) {
        id = loan.id!
        number = loan.number
        memberId = loan.memberID
        borrowerName = loan.borrowerName
        status = loan.status
        principal = Amount.string(loan.principal, decimals: decimals)
        outstanding = Amount.string(loan.status == LoanStatus.active ? loan.outstanding : 0, decimals: decimals)
        daysLate = loan.daysLate
        collectibility = loan.collectibility
        appliedOn = loan.appliedOn
        disbursedOn = loan.disbursedOn
    }
}

struct LoanStepDTO: Content {
    var loanId: UUID
    var kind: LoanStepKind
    var date: String
    var amount: String
    var principal: String
    var interest: String
    var penalty: String
    var entryId: UUID?
    var entryNumber: Int?
    var status: LoanStatus
    var outstanding: String
    var receiptUrl: String?
}

struct PayoffDTO: Content {
    var date: String
    var penalty: String
    var interest: String
    var principal: String
    var total: String
    /// What has fallen due and is unpaid (the instalment to collect today).
    var due: String
}
