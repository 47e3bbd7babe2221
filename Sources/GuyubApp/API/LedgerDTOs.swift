import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Money as the API writes it: a string in major units with exactly the currency's decimals.
extension Int64 {
    func money(_ decimals: Int) -> String { Amount.string(self, decimals: decimals) }
}

struct AccountDTO: Content {
    let id: UUID
    let code: String
    let name: String
    let nameId: String
    let nameEn: String
    let type: AccountType
    let normalSide: Side
    let role: AccountRole?
    let segment: Segment
    let active: Bool
    /// On the account's normal side: positive when it holds what it should (cash on hand, savings owed).
    let balance: String

    init(_ a: AccountRecord, language: String, decimals: Int) {
        id = a.id!
        code = a.code
        name = language == "en" ? a.nameEN : a.nameID
        nameId = a.nameID
        nameEn = a.nameEN
        type = a.type
        normalSide = a.normalSide
        role = a.role
        segment = a.segment
        active = a.active
        balance = (a.normalSide == .debit ? a.balance : -a.balance).money(decimals)
    }
}

struct EntryDTO: Content {
    struct Line: Content {
        let accountId: UUID
        let accountCode: String
        let accountName: String
        let savingsAccountId: UUID?
        let debit: String
        let credit: String
        let memo: String?
    }
    let id: UUID
    let number: Int
    let date: String
    let description: String
    let sourceType: JournalSource
    let sourceId: UUID?
    let total: String
    let reversalOf: UUID?
    let reversedBy: UUID?
    let createdBy: String
    let createdAt: Date?
    let lines: [Line]?
}

struct SavingsAccountDTO: Content {
    let id: UUID
    let memberId: UUID
    let kind: SavingsKind
    let balance: String
    let status: SavingsAccountStatus
    let openedOn: CivilDate
    let closedOn: CivilDate?
    let termMonths: Int?
    let ratePercent: String?
    let maturesOn: CivilDate?

    init(_ a: SavingsAccountRecord, decimals: Int) {
        id = a.id!
        memberId = a.memberID
        kind = a.kind
        balance = a.balance.money(decimals)
        status = a.status
        openedOn = a.openedOn
        closedOn = a.closedOn
        termMonths = a.termMonths
        ratePercent = a.rate.map { Int64($0).money(2) }
        maturesOn = a.maturesOn
    }
}

/// What a teller's operation did, for the client and the receipt.
struct MovementDTO: Content {
    let entryId: UUID
    let entryNumber: Int
    let date: String
    let memberId: UUID
    let accountId: UUID
    let kind: String
    let amount: String
    let channel: String
    /// The account's balance after the operation.
    let balance: String
    let receiptUrl: String
}

struct TransferDTO: Content {
    let entryId: UUID
    let entryNumber: Int
    let date: String
    let amount: String
    let fromBalance: String
    let toBalance: String
    let receiptUrl: String
}

struct StatementDTO: Content {
    struct Line: Content {
        let entryId: UUID
        let number: Int
        let date: String
        let description: String
        let amount: String
        let balance: String
    }
    let account: SavingsAccountDTO
    let from: String?
    let to: String?
    let opening: String
    let closing: String
    let lines: [Line]
}

struct ArrearDTO: Content {
    let memberId: UUID
    let memberNumber: Int
    let name: String
    let phone: String
    let wajibOwed: String
    let monthsOwed: Int
    let since: String?
    let pokokOwed: String
    let total: String
}

/// The savings products as the API reads and writes them: amounts as money strings, rates as
/// percents a year with at most two decimals.
struct SavingsSettingsDTO: Content {
    struct Term: Content {
        var months: Int
        var ratePercent: String
    }
    var pokokAmount: String
    var wajibAmount: String
    /// Months in a wajib period (1 when left out).
    var wajibEveryMonths: Int?
    var wajibClasses: [String: String]
    var sukarelaRatePercent: String
    var sukarelaInterestBasis: String
    var sukarelaMinimumBalance: String
    var terms: [Term]
    var earlyBreakPenaltyPercent: String
    var interestTaxThreshold: String
    var interestTaxPercent: String
    /// The most one counter movement may be (the default when left out).
    var counterLimit: String?

    init(_ s: SavingsSettings, decimals: Int) {
        pokokAmount = s.pokokAmount.money(decimals)
        wajibAmount = s.wajibAmount.money(decimals)
        wajibEveryMonths = s.wajibEveryMonths
        wajibClasses = s.wajibClasses.mapValues { $0.money(decimals) }
        sukarelaRatePercent = Int64(s.sukarelaRate).money(2)
        sukarelaInterestBasis = s.sukarelaBasis.rawValue
        sukarelaMinimumBalance = s.sukarelaMinimum.money(decimals)
        terms = s.terms.map { Term(months: $0.months, ratePercent: Int64($0.rate).money(2)) }
        earlyBreakPenaltyPercent = Int64(s.earlyBreakPenalty).money(2)
        interestTaxThreshold = s.interestTaxThreshold.money(decimals)
        interestTaxPercent = Int64(s.interestTaxRate).money(2)
        counterLimit = s.counterLimit.money(decimals)
    }

    func settings(decimals: Int) throws -> SavingsSettings {
        func money(_ text: String, _ field: String) throws -> Int64 {
            do { return try Amount.parse(text, decimals: decimals) } catch { throw SavingsError.invalidSetting(field) }
        }
        func percent(_ text: String, _ field: String) throws -> Int {
            do { return try Percent.basisPoints(text) } catch { throw SavingsError.invalidSetting(field) }
        }
        guard let basis = SavingsSettings.InterestBasis(rawValue: sukarelaInterestBasis) else {
            throw SavingsError.invalidSetting("sukarelaInterestBasis")
        }
        var settings = try SavingsSettings(
            pokokAmount: money(pokokAmount, "pokokAmount"), wajibAmount: money(wajibAmount, "wajibAmount"),
            wajibClasses: wajibClasses.mapValues { try money($0, "wajibClasses") },
            sukarelaRate: percent(sukarelaRatePercent, "sukarelaRatePercent"), sukarelaBasis: basis,
            sukarelaMinimum: money(sukarelaMinimumBalance, "sukarelaMinimumBalance"),
            terms: terms.map { .init(months: $0.months, rate: try percent($0.ratePercent, "terms")) },
            earlyBreakPenalty: percent(earlyBreakPenaltyPercent, "earlyBreakPenaltyPercent"),
            interestTaxThreshold: money(interestTaxThreshold, "interestTaxThreshold"),
            interestTaxRate: percent(interestTaxPercent, "interestTaxPercent"))
        settings.wajibEveryMonths = wajibEveryMonths ?? 1
        settings.counterLimit = try counterLimit.map { try money($0, "counterLimit") } ?? SavingsSettings.defaultCounterLimit
        return try settings.validated()
    }
}

extension EntryDTO {
    /// An entry without its lines, for lists.
    init(_ e: JournalEntryRecord, decimals: Int) {
        self.init(
            id: e.id!, number: e.number, date: e.entryDate.description, description: e.description, sourceType: e.sourceType,
            sourceId: e.sourceID, total: e.total.money(decimals), reversalOf: e.reversalOfID, reversedBy: nil,
            createdBy: e.createdByName, createdAt: e.createdAt, lines: nil)
    }

    init(_ d: JournalQueries.Detail, language: GuyubViews.Language, decimals: Int) {
        let e = d.entry
        self.init(
            id: e.id!, number: e.number, date: e.entryDate.description, description: e.description, sourceType: e.sourceType,
            sourceId: e.sourceID, total: e.total.money(decimals), reversalOf: e.reversalOfID, reversedBy: d.reversedBy,
            createdBy: e.createdByName, createdAt: e.createdAt,
            lines: d.lines.map { line in
                let account = d.accounts[line.accountID]
                return Line(
                    accountId: line.accountID, accountCode: account?.code ?? "",
                    accountName: (language == .en ? account?.nameEN : account?.nameID) ?? "",
                    savingsAccountId: line.savingsAccountID, debit: line.debit.money(decimals),
                    credit: line.credit.money(decimals), memo: line.memo)
            })
    }
}
