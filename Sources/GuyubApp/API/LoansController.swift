import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Loans through the API: products and rules, applications and the board's decisions, disbursement,
/// repayments, payoff quotes, write-offs, recoveries, restructuring, and the daily job.
struct LoansController {
    // MARK: reports

    func portfolio(_ request: Request) async throws -> PortfolioDTO {
        let principal = try request.authorize(.viewLoans)
        return PortfolioDTO(try await LoanPortfolio(request.tenant()).summary(), decimals: principal.decimals)
    }

    func arrears(_ request: Request) async throws -> [LoanArrearDTO] {
        let principal = try request.authorize(.viewLoans)
        return try await LoanPortfolio(request.tenant()).arrears(on: request.today()).map {
            LoanArrearDTO($0, decimals: principal.decimals)
        }
    }

    /// `GET /api/v1/reports/loans/flows?from=&to=` (default: this year so far).
    func flows(_ request: Request) async throws -> [LoanFlowDTO] {
        let principal = try request.authorize(.viewLoans)
        let (from, to) = try request.loanPeriod()
        return try await LoanPortfolio(request.tenant()).flows(from: from, to: to).map {
            LoanFlowDTO($0, decimals: principal.decimals)
        }
    }

    // MARK: products and rules

    func products(_ request: Request) async throws -> [LoanProductDTO] {
        let principal = try request.authorize(.viewLoans)
        return try await LoanStore(request.tenant()).products().map {
            LoanProductDTO($0.record, $0.rules, decimals: principal.decimals)
        }
    }

    func createProduct(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageSettings)
        let input = try request.content.decode(LoanProductDTO.self)
        let rules = try input.rules(decimals: principal.decimals)
        let record = try await LoanStore(request.tenant()).saveProduct(rules, active: input.active ?? true, by: principal.actor)
        return try created(LoanProductDTO(record, rules, decimals: principal.decimals))
    }

    func updateProduct(_ request: Request) async throws -> LoanProductDTO {
        let principal = try request.authorize(.manageSettings)
        let store = LoanStore(try request.tenant())
        let existing: (record: LoanProductRecord, rules: LoanProduct)
        do { existing = try await store.product(request.parameters.get("id", as: UUID.self)) } catch LoanError.unknownProduct {
            throw AccessError.notFound
        }
        let input = try request.content.decode(LoanProductDTO.self)
        let rules = try input.rules(decimals: principal.decimals)
        let record = try await store.saveProduct(
            rules, id: existing.record.id, active: input.active ?? existing.record.active,
            by: principal.actor)
        return LoanProductDTO(record, rules, decimals: principal.decimals)
    }

    func settings(_ request: Request) async throws -> CollectibilityDTO {
        _ = try request.authorize(.viewLoans)
        return CollectibilityDTO(try await SettingsStore(request.tenant()).collectibility())
    }

    func updateSettings(_ request: Request) async throws -> CollectibilityDTO {
        let principal = try request.authorize(.manageSettings)
        let rules = try request.content.decode(CollectibilityDTO.self).rules()
        try await SettingsStore(request.tenant()).setCollectibility(rules, by: principal.actor)
        return CollectibilityDTO(rules)
    }

    // MARK: reading

    func list(_ request: Request) async throws -> PageDTO<LoanSummaryDTO> {
        let principal = try request.authorize(.viewLoans)
        let status = try request.queryChoice("status", in: LoanStatus.allCases.map(\.rawValue) + ["late"])
        let page = try await LoanStore(request.tenant()).list(status.flatMap(LoanListFilter.init), page: request.apiPage())
        return PageDTO(page) { LoanSummaryDTO($0, decimals: principal.decimals) }
    }

    func memberLoans(_ request: Request) async throws -> [LoanSummaryDTO] {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let member = try await MemberStore(tenant).find(request.parameters.get("id", as: UUID.self))
        try await request.authorizeLoans(of: member.id)
        return try await LoanStore(tenant).loans(of: member.requireID()).map { LoanSummaryDTO($0, decimals: principal.decimals) }
    }

    func show(_ request: Request) async throws -> LoanDTO {
        let principal = try request.signedIn()
        let store = LoanStore(try request.tenant())
        let loan = try await store.loan(request.parameters.get("id", as: UUID.self))
        try await request.authorizeLoans(of: loan.memberID)
        return try LoanDTO(
            loan, terms: LoanStore.terms(of: loan), installments: try await store.installments(of: loan),
            today: try request.today(), decimals: principal.decimals)
    }

    /// `GET /api/v1/loans/{id}/payoff?date=`: what closes the loan on that day (default today).
    func payoff(_ request: Request) async throws -> PayoffDTO {
        let principal = try request.signedIn()
        let store = LoanStore(try request.tenant())
        let loan = try await store.loan(request.parameters.get("id", as: UUID.self))
        try await request.authorizeLoans(of: loan.memberID)
        guard loan.status == LoanStatus.active else { throw LoanError.loanClosed }
        var date = try request.today()
        if let text = try request.queryValue("date") {
            guard let parsed = CivilDate(written: text) else { throw LoanError.field(.invalidDate("date")) }
            date = parsed
        }
        let owed = try await store.owed(loan, on: date)
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return PayoffDTO(
            date: date.description, penalty: money(owed.payoff.penalty), interest: money(owed.payoff.interest),
            principal: money(owed.payoff.principal), total: money(owed.payoff.total), due: money(owed.due.total))
    }

    // MARK: applications and decisions

    struct ApplicationInput: Content {
        var memberId: UUID?
        var borrowerCooperativeId: UUID?
        /// The borrowing cooperative's name, as the lender writes it on the loan.
        var borrowerName: String?
        var productId: UUID?
        var principal: String?
        var ratePercent: String?
        var periods: Int?
        var purpose: String?
        var collateral: String?
        var autoDebit: Bool?
    }

    /// `POST /api/v1/loans`: an application, with its simulated schedule in the answer.
    func apply(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.enterLoans)
        let input = try request.content.decode(ApplicationInput.self)
        let application = try Self.application(input, decimals: principal.decimals, date: request.today())
        let store = LoanStore(try request.tenant())
        let loan = try await store.apply(application, by: principal.actor)
        return try created(
            LoanDTO(
                loan, terms: LoanStore.terms(of: loan), installments: [], today: request.today(),
                decimals: principal.decimals))
    }

    static func application(_ input: ApplicationInput, decimals: Int, date: CivilDate) throws -> LoanStore.Application {
        let borrower: LoanStore.Borrower
        switch (input.memberId, input.borrowerCooperativeId) {
        case (let member?, nil): borrower = .member(member)
        case (nil, let cooperative?):
            let name = (input.borrowerName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw LoanError.field(.required("borrowerName")) }
            try FieldRules.within(name, field: "borrowerName", max: FieldLimit.borrowerName)
            borrower = .cooperative(cooperative, name: name)
        default: throw LoanError.field(.required("memberId"))
        }
        guard let productID = input.productId else { throw LoanError.field(.required("productId")) }
        guard let text = input.principal, !text.isEmpty else { throw LoanError.field(.required("principal")) }
        let amount: Int64
        do { amount = try Amount.positive(text, decimals: decimals) } catch { throw LoanError.invalidPrincipal }
        let rate = try input.ratePercent.flatMap { $0.isEmpty ? nil : try InterestRate.parse($0, per: .year) }
        guard let periods = input.periods else { throw LoanError.field(.required("periods")) }
        guard (1...LoanTerms.maxPeriods).contains(periods) else { throw LoanError.invalidPeriods }
        try FieldRules.within(input.purpose, field: "purpose", max: FieldLimit.loanText)
        try FieldRules.within(input.collateral, field: "collateral", max: FieldLimit.loanText)
        return LoanStore.Application(
            borrower: borrower, productID: productID, principal: amount, annualRate: rate,
            periods: periods, purpose: input.purpose ?? "", collateral: input.collateral ?? "", date: date,
            autoDebit: input.autoDebit ?? false)
    }

    struct NoteInput: Content {
        var note: String?
        var reason: String?
    }

    func review(_ request: Request) async throws -> LoanSummaryDTO {
        let principal = try request.authorize(.enterLoans)
        _ = try await LoanStore(request.tenant()).loan(request.parameters.get("id", as: UUID.self))
        let note = try FieldRules.within(
            request.content.decode(NoteInput.self).note, field: "note", max: FieldLimit.loanNote)
        let loan = try await LoanStore(request.tenant()).review(
            request.parameters.get("id", as: UUID.self), note: note,
            by: principal.actor)
        return LoanSummaryDTO(loan, decimals: principal.decimals)
    }

    func approve(_ request: Request) async throws -> LoanSummaryDTO { try await decide(request, approve: true) }
    func reject(_ request: Request) async throws -> LoanSummaryDTO { try await decide(request, approve: false) }

    private func decide(_ request: Request, approve: Bool) async throws -> LoanSummaryDTO {
        let principal = try request.authorize(.decideLoans)
        _ = try await LoanStore(request.tenant()).loan(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(NoteInput.self)
        let note = try FieldRules.within(input.note ?? input.reason, field: "note", max: FieldLimit.loanNote)
        let loan = try await LoanStore(request.tenant()).decide(
            request.parameters.get("id", as: UUID.self), approve: approve,
            note: note, on: request.today(), by: principal.actor)
        return LoanSummaryDTO(loan, decimals: principal.decimals)
    }

    // MARK: money

    struct MoneyInput: Content {
        var amount: String?
        var channel: String?
    }

    static func channel(_ text: String?) throws -> LoanChannel {
        guard let text, !text.isEmpty else { throw LoanError.field(.required("channel")) }
        guard let channel = LoanChannel(rawValue: text) else { throw SavingsError.unknownChannel }
        return channel
    }

    func disburse(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let store = LoanStore(try request.tenant())
        let id = try request.parameters.get("id", as: UUID.self)
        let current = try await store.loan(id)
        let channel = try Self.channel(try request.content.decode(MoneyInput.self).channel)
        let (loan, step) = try await store.disburse(
            id, channel: channel, on: request.today(),
            description: request.booksText.loanDisbursement(
                number: current.number,
                borrower: current.borrowerName),
            by: principal.actor)
        return try stepCreated(step, loan: loan, decimals: principal.decimals)
    }

    func repay(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let input = try request.content.decode(MoneyInput.self)
        let repayment = try await Self.repayment(input, request: request)
        let (loan, step, _) = try await LoanStore(request.tenant()).repay(repayment, by: principal.actor)
        return try stepCreated(step, loan: loan, decimals: principal.decimals)
    }

    /// Reads a payment; the teller's form and the API both come here.
    static func repayment(_ input: MoneyInput, request: Request) async throws -> LoanStore.Repayment {
        let principal = try request.signedIn()
        let id = try request.parameters.get("id", as: UUID.self)
        let loan = try await LoanStore(request.tenant()).loan(id)
        let amount = try Amount.positive(input.amount, decimals: principal.decimals)
        let channel = try channel(input.channel)
        return LoanStore.Repayment(
            loanID: id, amount: amount, channel: channel, date: try request.today(),
            description: request.booksText.loanRepayment(
                number: loan.number, borrower: loan.borrowerName,
                channel: channel))
    }

    func writeOff(_ request: Request) async throws -> LoanSummaryDTO {
        let principal = try request.authorize(.decideLoans)
        let store = LoanStore(try request.tenant())
        let id = try request.parameters.get("id", as: UUID.self)
        let current = try await store.loan(id)
        let input = try request.content.decode(NoteInput.self)
        let reason = try FieldRules.within(input.reason ?? input.note, field: "reason", max: FieldLimit.loanText)
        let loan = try await store.writeOff(
            id, reason: reason, on: request.today(),
            description: request.booksText.loanWriteOff(
                number: current.number,
                borrower: current.borrowerName),
            by: principal.actor)
        return LoanSummaryDTO(loan, decimals: principal.decimals)
    }

    func recover(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let input = try request.content.decode(MoneyInput.self)
        var repayment = try await Self.repayment(input, request: request)
        let store = LoanStore(try request.tenant())
        let current = try await store.loan(repayment.loanID)
        repayment.description = request.booksText.loanRecovery(number: current.number, borrower: current.borrowerName)
        let (loan, entry) = try await store.recover(repayment, by: principal.actor)
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return try created(
            LoanStepDTO(
                loanId: loan.id!, kind: .recovery, date: entry.entryDate.description, amount: money(repayment.amount),
                principal: money(repayment.amount), interest: money(0), penalty: money(0),
                entryId: entry.id, entryNumber: entry.number, status: loan.status,
                outstanding: money(0), receiptUrl: SiteURL.receipt(entry.id!).path))
    }

    struct RestructureInput: Content {
        var periods: Int?
        var ratePercent: String?
        var grace: Int?
        var graceKind: String?
        var seasonalMonths: [Int]?
        var reason: String?
    }

    func restructure(_ request: Request) async throws -> LoanDTO {
        let principal = try request.authorize(.decideLoans)
        let store = LoanStore(try request.tenant())
        let id = try request.parameters.get("id", as: UUID.self)
        _ = try await store.loan(id)
        let input = try request.content.decode(RestructureInput.self)
        guard let periods = input.periods else { throw LoanError.field(.required("periods")) }
        guard (1...LoanTerms.maxPeriods).contains(periods) else { throw LoanError.invalidPeriods }
        let rate = try input.ratePercent.flatMap { $0.isEmpty ? nil : try InterestRate.parse($0, per: .year) }
        let graceKind =
            try input.graceKind.map { text in
                guard let kind = GraceKind(rawValue: text) else { throw LoanError.invalidGrace }
                return kind
            } ?? .interestOnly
        try FieldRules.within(input.reason, field: "reason", max: FieldLimit.loanText)
        let loan = try await store.restructure(
            id,
            .init(
                periods: periods, annualRate: rate, grace: input.grace ?? 0, graceKind: graceKind,
                seasonalMonths: Set(input.seasonalMonths ?? []), date: request.today(), reason: input.reason ?? ""),
            by: principal.actor)
        return try LoanDTO(
            loan, terms: LoanStore.terms(of: loan), installments: try await store.installments(of: loan),
            today: try request.today(), decimals: principal.decimals)
    }

    private func stepCreated(_ step: LoanTransactionRecord, loan: LoanRecord, decimals: Int) throws -> Response {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        return try created(
            LoanStepDTO(
                loanId: loan.id!, kind: step.kind, date: step.on.description, amount: money(step.amount),
                principal: money(step.principal),
                interest: money(step.interest), penalty: money(step.penalty), entryId: step.entryID, entryNumber: nil,
                status: loan.status, outstanding: money(loan.status == LoanStatus.active ? loan.outstanding : 0),
                receiptUrl: step.entryID.map { SiteURL.receipt($0).path }))
    }

    // MARK: the daily job

    struct CloseDayDTO: Content {
        var date: String
        var loans: Int
        var late: Int
        var penalties: String
        var allowanceChange: String
        var entryId: UUID?
        var autoDebits: Int
        var autoDebited: String
    }

    /// `POST /api/v1/loans/close-day`: today's penalties, arrears, classes and allowance (also run by the scheduler).
    func closeDay(_ request: Request) async throws -> CloseDayDTO {
        let principal = try request.authorize(.keepBooks)
        let today = try request.today()
        let result = try await LoanDay(request.tenant()).close(
            today, texts: .init(today),
            by: principal.actor)
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return CloseDayDTO(
            date: today.description, loans: result.loans, late: result.late, penalties: money(result.penalties),
            allowanceChange: money(result.allowanceChange), entryId: result.entryID,
            autoDebits: result.autoDebits, autoDebited: money(result.autoDebited))
    }
}

extension Request {
    /// `from` and `to` as given, or the year so far.
    func loanPeriod() throws -> (CivilDate, CivilDate) {
        let today = try self.today()
        func date(_ name: String, default value: CivilDate) throws -> CivilDate {
            guard let text = try queryValue(name), !text.isEmpty else { return value }
            guard let date = CivilDate(written: text) else { throw FieldError.invalidDate(name) }
            return date
        }
        let from = try date("from", default: CivilDate(year: today.year, month: 1, day: 1)!)
        let to = try date("to", default: today)
        guard from <= to else { throw FieldError.invalidDate("to") }
        return (from, to)
    }

    /// Loans are for those who may see them, and each member for their own (another's is simply not found).
    func authorizeLoans(of memberID: UUID?) async throws {
        let principal = try signedIn()
        guard !principal.allows(.viewLoans) else { return }
        guard let memberID, try await MemberStore(tenant()).find(memberID).userID == principal.userID else {
            throw AccessError.notFound
        }
    }
}
