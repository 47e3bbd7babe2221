import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The counter in the browser: find a member, take a deposit, pay a withdrawal, move sukarela,
/// break a term deposit; every operation ends on its printable receipt.
struct TellerPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let teller = routes.grouped("teller")
        teller.get(use: show)
        teller.post("deposits", use: deposit)
        teller.post("withdrawals", use: withdraw)
        teller.post("transfers", use: transfer)
        teller.post("term-deposits", ":id", "break", use: breakDeposit)
    }

    func show(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let memberID = try? request.query.get(UUID.self, at: "member")
        // A transfer asked for: its recipient is looked up and named before anything runs.
        if let memberID, let toMember = try? request.query.get(String.self, at: "toMember") {
            let form = Form(
                memberId: memberID, amount: try? request.query.get(String.self, at: "amount"),
                note: try? request.query.get(String.self, at: "note"), toMember: toMember)
            do {
                let recipient = try await Self.recipient(form, request: request)
                guard recipient.id != memberID else { throw SavingsError.sameMember }
                let amount = try Amount.positive(form.amount, decimals: principal.decimals)
                var model = try await model(request, member: memberID)
                model.transfer = .init(
                    recipient: MemberRow(recipient), amount: amount, amountText: form.amount ?? "",
                    note: String((form.note ?? "").prefix(FieldLimit.savingsNote)))
                return request.html(Teller.View.render(model, in: request.pageContext()))
            } catch let error as any DomainError {
                return try await refused(request, form: form, error: error, operation: .transfer)
            }
        }
        let model = try await model(request, member: memberID)
        return request.html(Teller.View.render(model, in: request.pageContext()))
    }

    /// The member a transfer goes to, by the number the teller typed.
    static func recipient(_ form: Form, request: Request) async throws -> MemberRecord {
        guard let number = Int((form.toMember ?? "").trimmingCharacters(in: .whitespaces)) else {
            throw FieldError.required("toMember")
        }
        do { return try await MemberStore(try request.tenant()).find(number: number) } catch {
            throw TellerError.unknownRecipient
        }
    }

    private func model(
        _ request: Request, member memberID: UUID?, values: Teller.Model.Values = .init(),
        errors: [String: String] = [:]
    ) async throws -> Teller.Model {
        let tenant = try request.tenant()
        let query = (try? request.query.get(String.self, at: "q")) ?? ""
        let results = query.isEmpty ? [] : try await MemberStore(tenant).list(query: query, perPage: 10).items.map(MemberRow.init)
        var model = Teller.Model(query: query, results: results, values: values, errors: errors)
        guard let memberID else { return model }
        let member = try await MemberStore(tenant).find(memberID)
        let savings = SavingsStore(tenant)
        let settings = try await SettingsStore(tenant).savings()
        model.member = MemberRow(member)
        model.accounts = try await savings.accounts(of: memberID).filter { $0.status == .open }.map(SavingsRow.init)
        model.owed = try await savings.owed(by: memberID)
        model.pokokDue = member.status == MemberStatus.applicant ? settings.pokokAmount : nil
        model.terms = settings.terms.map { ($0.months, $0.rate) }
        let loans = LoanStore(tenant)
        let today = try request.today()
        for loan in try await tenant.query(LoanRecord.self).filter(\.$memberID == memberID)
            .filter(\.$status == LoanStatus.active).sort(\.$number).all()
        {
            model.loans.append(.init(row: LoanRow(loan), due: try await loans.owed(loan, on: today).due.total))
        }
        return model
    }

    func deposit(_ request: Request) async throws -> Response {
        try await move(request, deposit: true)
    }

    func withdraw(_ request: Request) async throws -> Response {
        try await move(request, deposit: false)
    }

    struct Form: Content {
        var memberId: UUID?
        var kind: String?
        var amount: String?
        var channel: String?
        var note: String?
        var termMonths: String?
        var toMember: String?
    }

    private func move(_ request: Request, deposit: Bool) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let form = try request.content.decode(Form.self)
        do {
            let input = SavingsController.MovementInput(
                memberId: form.memberId, kind: form.kind, amount: form.amount,
                channel: form.channel, note: form.note,
                termMonths: form.termMonths.flatMap { Int($0) })
            let (movement, store) = try await SavingsController.movement(input, request: request, deposit: deposit)
            let receipt =
                deposit
                ? try await store.deposit(movement, by: principal.actor)
                : try await store.withdraw(movement, by: principal.actor)
            return request.redirect(to: SiteURL.receipt(receipt.entry.id!).path)
        } catch let error as any DomainError {
            return try await refused(request, form: form, error: error, operation: deposit ? .deposit : .withdrawal)
        }
    }

    func transfer(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let form = try request.content.decode(Form.self)
        do {
            guard let fromID = form.memberId else { throw FieldError.required("memberId") }
            let tenant = try request.tenant()
            let to = try await Self.recipient(form, request: request)
            let from = try await MemberStore(tenant).find(fromID)
            let amount = try Amount.positive(form.amount, decimals: principal.decimals)
            let text = request.booksText
            let description = text.withNote(
                text.transferDescription(
                    from: from.name, fromNumber: from.memberNumber,
                    to: to.name, toNumber: to.memberNumber), form.note)
            let result = try await SavingsStore(tenant).transfer(
                from: fromID, to: to.requireID(), amount: amount,
                date: request.today(),
                description: String(description.prefix(JournalDraft.maxDescriptionLength)),
                by: principal.actor)
            return request.redirect(to: SiteURL.receipt(result.entry.id!).path)
        } catch let error as any DomainError {
            return try await refused(request, form: form, error: error, operation: .transfer)
        }
    }

    func breakDeposit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let form = try request.content.decode(Form.self)
        do {
            guard let channel = PaymentChannel(rawValue: form.channel ?? "cash") else { throw SavingsError.unknownChannel }
            let tenant = try request.tenant()
            let store = SavingsStore(tenant)
            let deposit = try await store.account(request.parameters.get("id", as: UUID.self))
            let member = try await MemberStore(tenant).find(deposit.memberID)
            let receipt = try await store.breakTermDeposit(
                deposit.id, on: request.today(), channel: channel,
                description: request.booksText.breakDescription(member: member.name, number: member.memberNumber),
                by: principal.actor)
            return request.redirect(to: SiteURL.receipt(receipt.entry.id!).path)
        } catch let error as any DomainError {
            // A term deposit's own small form has no fields to show the error by: it goes above the forms.
            return try await refused(
                request, form: Form(memberId: form.memberId), error: error, operation: .deposit,
                asWhole: true)
        }
    }

    /// The counter again, with what was typed and why it was refused.
    private func refused(
        _ request: Request, form: Form, error: any DomainError, operation: Teller.Model.Operation,
        asWhole: Bool = false
    ) async throws -> Response {
        var values = Teller.Model.Values()
        values.kind = form.kind ?? values.kind
        values.amount = form.amount ?? ""
        values.channel = form.channel ?? values.channel
        values.note = form.note ?? ""
        values.termMonths = form.termMonths ?? ""
        values.toMember = form.toMember ?? ""
        let field =
            asWhole
            ? "form"
            : error.field.map { ["memberId": "form", "fromMemberId": "form", "toMemberId": "toMember"][$0] ?? $0 } ?? "form"
        var model = try await model(
            request, member: form.memberId, values: values,
            errors: [field: request.catalogue.message(for: error)])
        model.operation = operation
        return request.html(Teller.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
    }
}

enum TellerError: DomainError {
    case unknownRecipient
    var code: String { "unknown_recipient" }
    var field: String? { "toMember" }
    var kind: ErrorKind { .invalid }
}
