import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Loans in the browser: the list, applications, one loan with the forms its state allows, the
/// portfolio and the arrears to call. The public simulation is `SimulationPage`.
struct LoanPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let loans = routes.grouped("loans")
        loans.get(use: list)
        loans.get("new", use: newApplication)
        loans.post("new", use: apply)
        loans.get("portfolio", use: portfolio)
        loans.get("arrears", use: arrears)
        loans.post("close-day", use: closeDay)
        loans.get(":id", use: show)
        for action in SiteURL.LoanAction.allCases {
            loans.post(":id", .constant(action.rawValue)) { try await act($0, action) }
        }
    }

    func list(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewLoans)
        let status = try request.queryChoice("status", in: LoanStatus.allCases.map(\.rawValue) + ["late", "awaiting"]) ?? ""
        let page = try await LoanStore(request.tenant()).list(LoanListFilter(status), page: request.pageNumber)
        let model = LoanList.Model(
            rows: page.items.map(LoanRow.init), status: status, page: page.page, pageCount: page.pageCount,
            total: page.total, canApply: principal.allows(.enterLoans))
        return request.html(LoanList.View.render(model, in: request.pageContext()))
    }

    // MARK: applications

    struct ApplicationForm: Content {
        var memberNumber: String?
        var productId: String?
        var principal: String?
        var ratePercent: String?
        var periods: String?
        var purpose: String?
        var collateral: String?
        var autoDebit: String?
    }

    func newApplication(_ request: Request) async throws -> Response {
        _ = try request.authorize(.enterLoans)
        var member: MemberRecord?
        if let id = try request.queryValue("member").flatMap(UUID.init(uuidString:)) {
            member = try await MemberStore(request.tenant()).find(id)
        }
        return try await applicationPage(request, values: [:], errors: [:], member: member)
    }

    private func applicationPage(
        _ request: Request, values: [String: String], errors: [String: String],
        member: MemberRecord?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let text = request.catalogue
        let products = try await LoanStore(request.tenant()).products(activeOnly: true).map { product in
            LoanApply.Model.Product(
                id: product.record.id!, name: product.rules.name,
                summary: text.productSummary(product.rules))
        }
        let model = LoanApply.Model(products: products, values: values, errors: errors, member: member.map(MemberRow.init))
        return request.html(LoanApply.View.render(model, in: request.pageContext()), status: status)
    }

    func apply(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.enterLoans)
        let form = try request.content.decode(ApplicationForm.self)
        let tenant = try request.tenant()
        var member: MemberRecord?
        do {
            guard let number = form.memberNumber.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw FieldError.required("memberNumber")
            }
            member = try await MemberStore(tenant).find(number: number)
            guard let productID = form.productId.flatMap(UUID.init(uuidString:)) else {
                throw LoanError.field(.required("productId"))
            }
            guard let periods = form.periods.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw LoanError.field(.required("periods"))
            }
            let input = LoansController.ApplicationInput(
                memberId: member?.id, productId: productID, principal: form.principal, ratePercent: form.ratePercent,
                periods: periods, purpose: form.purpose, collateral: form.collateral, autoDebit: form.autoDebit == "1")
            let application = try LoansController.application(input, decimals: principal.decimals, date: request.today())
            let loan = try await LoanStore(tenant).apply(application, by: principal.actor)
            return request.redirect(to: SiteURL.loan(loan.id!).path, notice: "loan_applied")
        } catch let error as any DomainError {
            let values: [String: String] = [
                "memberNumber": form.memberNumber ?? "", "productId": form.productId ?? "",
                "principal": form.principal ?? "", "ratePercent": form.ratePercent ?? "",
                "periods": form.periods ?? "", "purpose": form.purpose ?? "",
                "collateral": form.collateral ?? "", "autoDebit": form.autoDebit ?? "",
            ]
            let field = error.field.map { ["memberId": "memberNumber", "rate": "ratePercent"][$0] ?? $0 } ?? "memberNumber"
            return try await applicationPage(
                request, values: values, errors: [field: request.catalogue.message(for: error)],
                member: nil, status: ErrorMapper.status(error.kind))
        }
    }

    // MARK: one loan

    func show(_ request: Request) async throws -> Response {
        try await loanPage(request, notice: nil)
    }

    private func loanPage(_ request: Request, notice: Notice?, status: HTTPStatus = .ok) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = LoanStore(tenant)
        let loan = try await store.loan(request.parameters.get("id", as: UUID.self))
        try await request.authorizeLoans(of: loan.memberID)
        let terms = try LoanStore.terms(of: loan)
        let today = try request.today()
        let rows = try await store.installments(of: loan)
        let state = loan.status
        var owed: LoanStore.Owed?
        if state == .active { owed = try await store.owed(loan, on: today) }

        let (actions, withheld) = try await store.party(loan, principal.actor, roles: principal.roles)
            .actions(on: state, fullyRecovered: loan.recovered >= loan.writtenOff)

        var model = LoanShow.Model(
            row: LoanRow(loan), productName: try await store.product(loan.productID).rules.name, terms: terms, fees: loan.fees,
            purpose: loan.purpose, collateral: loan.collateral, appliedBy: loan.appliedByName, reviewNote: loan.reviewNote,
            reviewedBy: loan.reviewedByName, decidedBy: loan.decidedByName, decidedOn: loan.decidedOn,
            decisionNote: loan.decisionNote, disbursedOn: loan.disbursedOn,
            interestPaid: loan.interestPaid, penaltyOwed: loan.penaltyOwed, allowance: loan.allowance,
            writtenOff: loan.writtenOff, recovered: loan.recovered,
            installments: try Self.installments(of: loan, terms: terms, rows: rows, today: today),
            steps: try await store.steps(of: loan).map { step in
                LoanShow.Model.Step(
                    date: step.on, kind: step.kind, amount: step.amount, principal: step.principal,
                    interest: step.interest, penalty: step.penalty, channel: step.channel, note: step.note,
                    by: step.createdByName, entryID: step.entryID)
            },
            due: owed?.due.total, payoff: owed?.payoff.total, actions: actions,
            linksReceipts: principal.allows(.viewSavings) || principal.allows(.viewBooks))
        model.autoDebit = loan.autoDebit
        model.linksLoans = principal.allows(.viewLoans)
        model.withheld = Set(withheld.values.map { request.catalogue.message(for: $0) }).sorted()
        if state.awaitsDecision, let memberID = loan.memberID, principal.allows(.enterLoans) || principal.allows(.decideLoans) {
            let standing = try await store.standing(of: memberID, excluding: loan.id, today: today)
            let multiple = try await store.product(loan.productID).rules.savingsMultiple
            let owed = try await SavingsStore(tenant).owed(by: memberID)
            model.borrower = .init(
                savings: standing.savings, otherLoans: standing.otherLoans, otherOwed: standing.otherOwed,
                lateInstalments: standing.lateInstalments, daysLate: standing.daysLate,
                wajibOwed: (owed?.wajib ?? 0) + (owed?.pokok ?? 0),
                limit: multiple > 0 ? standing.limit(multiple: multiple) : nil)
        }
        return request.html(LoanShow.View.render(model, in: request.pageContext(notice: notice)), status: status)
    }

    struct ActionForm: Content {
        var note: String?
        var amount: String?
        var channel: String?
        var periods: String?
        var grace: String?
    }

    /// A form on a loan's page: done, back to the loan with a notice; refused, the page again with the reason.
    func act(_ request: Request, _ action: SiteURL.LoanAction) async throws -> Response {
        let principal = try request.signedIn()
        _ = try request.authorize(action.permission)
        let store = LoanStore(try request.tenant())
        let id = try request.parameters.get("id", as: UUID.self)
        let loan = try await store.loan(id)
        let form = try request.content.decode(ActionForm.self)
        let text = request.booksText
        let today = try request.today()
        do {
            let note = try FieldRules.within(form.note, field: "note", max: FieldLimit.loanNote)
            switch action {
            case .review: _ = try await store.review(id, note: note, by: principal.actor)
            case .approve, .reject:
                _ = try await store.decide(id, approve: action == .approve, note: note, on: today, by: principal.actor)
            case .disburse:
                _ = try await store.disburse(
                    id, channel: try LoansController.channel(form.channel), on: today,
                    description: text.loanDisbursement(number: loan.number, borrower: loan.borrowerName),
                    by: principal.actor)
            case .repay, .recover:
                let channel = try LoansController.channel(form.channel)
                let amount = try Amount.positive(form.amount, decimals: principal.decimals)
                var repayment = LoanStore.Repayment(
                    loanID: id, amount: amount, channel: channel, date: today,
                    description: text.loanRepayment(number: loan.number, borrower: loan.borrowerName, channel: channel))
                if action == .repay {
                    let (_, _, entry) = try await store.repay(repayment, by: principal.actor)
                    return request.redirect(to: SiteURL.receipt(entry.id!).path, notice: "loan_repaid")
                }
                repayment.description = text.loanRecovery(number: loan.number, borrower: loan.borrowerName)
                _ = try await store.recover(repayment, by: principal.actor)
            case .restructure:
                guard let periods = form.periods.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                    throw LoanError.field(.required("periods"))
                }
                let grace = form.grace.flatMap { $0.isEmpty ? nil : Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
                _ = try await store.restructure(
                    id,
                    .init(
                        periods: periods, annualRate: nil, grace: grace, graceKind: .interestOnly,
                        seasonalMonths: [], date: today, reason: note), by: principal.actor)
            case .writeOff:
                _ = try await store.writeOff(
                    id, reason: note, on: today,
                    description: text.loanWriteOff(number: loan.number, borrower: loan.borrowerName),
                    by: principal.actor)
            }
            return request.redirect(to: SiteURL.loan(id!).path, notice: "loan_\(action.rawValue)")
        } catch let error as any DomainError {
            return try await loanPage(
                request, notice: Notice(.error, request.catalogue.message(for: error)),
                status: ErrorMapper.status(error.kind))
        }
    }

    // MARK: portfolio

    func portfolio(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewLoans)
        let tenant = try request.tenant()
        let summary = try await LoanPortfolio(tenant).summary()
        let today = try request.today()
        if try request.queryValue("format") == "csv" {
            let text = request.catalogue
            var csv = text.csv()
            csv.row([text.csvCollectibility, text.csvLoans, text.csvOutstanding, text.csvAllowance])
            for line in summary.classes {
                csv.row([
                    text.collectibilityName(line.collectibility), String(line.loans), line.outstanding.money(principal.decimals),
                    line.allowance.money(principal.decimals),
                ])
            }
            csv.row([
                text.csvTotal, String(summary.loans), summary.outstanding.money(principal.decimals),
                summary.allowance.money(principal.decimals),
            ])
            return csv.response(filename: text.fileName(text.loanPortfolioFileName, today.description))
        }
        let flows = try await LoanPortfolio(tenant).flows(from: CivilDate(year: today.year, month: 1, day: 1)!, to: today)
        let model = LoanPortfolioPage.Model(
            lines: summary.classes.map {
                .init(
                    collectibility: $0.collectibility, loans: $0.loans, outstanding: $0.outstanding,
                    allowance: $0.allowance)
            },
            loans: summary.loans, outstanding: summary.outstanding, allowance: summary.allowance,
            par30: summary.share(summary.atRisk30), par90: summary.share(summary.atRisk90),
            problem: summary.share(summary.problem),
            health: summary.health,
            months: flows.map {
                .init(
                    month: $0.month, disbursed: $0.disbursed, disbursements: $0.disbursements,
                    principal: $0.principal, interest: $0.interest, penalty: $0.penalty, collected: $0.collected)
            },
            year: today.year, canCloseDay: principal.allows(.keepBooks))
        return request.html(LoanPortfolioPage.View.render(model, in: request.pageContext()))
    }

    func arrears(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewLoans)
        let today = try request.today()
        let rows = try await LoanPortfolio(request.tenant()).arrears(on: today)
        if try request.queryValue("format") == "csv" {
            let text = request.catalogue
            var csv = text.csv()
            csv.row([
                text.csvLoanNumber, text.csvBorrower, text.csvPhone, text.csvDaysLate, text.csvCollectibility, text.csvOverdue,
                text.csvPenalty, text.csvOutstanding,
            ])
            for a in rows {
                csv.row([
                    String(a.number), a.borrower, a.phone ?? "", String(a.daysLate),
                    Collectibility(rawValue: a.collectibility).map(text.collectibilityName) ?? a.collectibility,
                    a.overdue.money(principal.decimals), a.penalty.money(principal.decimals),
                    a.outstanding.money(principal.decimals),
                ])
            }
            return csv.response(filename: text.fileName(text.loanArrearsFileName, today.description))
        }
        let model = LoanArrearsPage.Model(
            rows: rows.map {
                .init(
                    loanID: $0.loanID, number: $0.number, borrower: $0.borrower, phone: $0.phone, daysLate: $0.daysLate,
                    collectibility: Collectibility(rawValue: $0.collectibility) ?? .lancar, overdue: $0.overdue,
                    penalty: $0.penalty)
            })
        return request.html(LoanArrearsPage.View.render(model, in: request.pageContext()))
    }

    func closeDay(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let today = try request.today()
        _ = try await LoanDay(request.tenant()).close(
            today, texts: .init(today),
            by: principal.actor)
        return request.redirect(to: SiteURL.loanPortfolio().path, notice: "loan_day_closed")
    }
    /// The schedule as the page shows it: the instalments in force once paid out, or the simulated
    /// schedule of an application.
    static func installments(
        of loan: LoanRecord, terms: LoanTerms, rows: [LoanInstallmentRecord],
        today: CivilDate
    ) throws -> [LoanShow.Model.Installment] {
        guard !rows.isEmpty else {
            return try LoanSchedule(terms).installments.map {
                .init(
                    number: $0.number, due: $0.due, principal: $0.principal, interest: $0.interest, paid: 0, paidOn: nil,
                    state: .upcoming)
            }
        }
        return rows.map { row in
            let paid = row.principalPaid + row.interestPaid
            return .init(
                number: row.number, due: row.dueOn, principal: row.principal, interest: row.interest, paid: paid,
                paidOn: row.paidOn,
                state: InstallmentState(
                    dueOn: row.dueOn, unpaid: row.unpaid, paid: paid,
                    ended: loan.status != .active, today: today))
        }
    }
}

/// `GET /loans/simulation`: the public simulation page, for anyone planning a loan.
struct SimulationPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("loans", "simulation", use: show)
    }

    func show(_ request: Request) async throws -> Response {
        let fields = ["principal", "rate", "ratePer", "periods", "method", "grace"]
        var values: [String: String] = [:]
        for field in fields { values[field] = try? request.queryValue(field) }
        let asked = values.values.contains { $0 != nil }
        if !asked { values = LoanSimulationPage.Model.defaults }
        let decimals = request.principal?.decimals ?? 0
        var model = LoanSimulationPage.Model(
            values: values.compactMapValues { $0 }, schedule: nil, comparison: [],
            decimals: decimals, error: nil)
        do {
            let simulation = LoanSimulationRequest(
                principal: values["principal"] ?? nil, rate: values["rate"] ?? nil,
                ratePer: values["ratePer"] ?? nil, periods: values["periods"] ?? nil,
                method: values["method"] ?? nil, decimals: String(decimals),
                grace: values["grace"] ?? nil)
            let (terms, _) = try simulation.terms(defaultDecimals: decimals)
            model.schedule = try LoanSchedule(terms)
            model.comparison = try InterestMethod.allCases.map { method in
                var other = terms
                other.method = method
                let schedule = try LoanSchedule(other)
                return (
                    method, schedule.totalInterest,
                    (schedule.installments.first { $0.principal > 0 } ?? schedule.installments[0]).payment
                )
            }
        } catch let error as any DomainError {
            model.error = (error.field, request.catalogue.message(for: error))
            return request.html(LoanSimulationPage.View.render(model, in: request.pageContext()), status: .unprocessableEntity)
        }
        return request.html(LoanSimulationPage.View.render(model, in: request.pageContext()))
    }

}
