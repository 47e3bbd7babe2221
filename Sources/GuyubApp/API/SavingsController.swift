import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Members' savings through the API: the teller's operations, balances, statements, dues and the
/// products' settings.
struct SavingsController {
    func settings(_ request: Request) async throws -> SavingsSettingsDTO {
        let principal = try request.authorize(.viewSavings)
        return SavingsSettingsDTO(try await SettingsStore(request.tenant()).savings(), decimals: principal.decimals)
    }

    func updateSettings(_ request: Request) async throws -> SavingsSettingsDTO {
        let principal = try request.authorize(.manageSettings)
        let settings = try request.content.decode(SavingsSettingsDTO.self).settings(decimals: principal.decimals)
        try await SettingsStore(request.tenant()).setSavings(settings, by: principal.actor)
        return SavingsSettingsDTO(settings, decimals: principal.decimals)
    }

    struct MovementInput: Content {
        var memberId: UUID?
        var kind: String?
        var amount: String?
        var channel: String?
        var note: String?
        var termMonths: Int?
    }

    /// `POST /api/v1/savings/deposits {"memberId","kind","amount","channel","note"?,"termMonths"?}`.
    func deposit(_ request: Request) async throws -> Response {
        try await move(request, deposit: true)
    }

    /// `POST /api/v1/savings/withdrawals {"memberId","kind","amount","channel","note"?}`.
    func withdraw(_ request: Request) async throws -> Response {
        try await move(request, deposit: false)
    }

    private func move(_ request: Request, deposit: Bool) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let input = try request.content.decode(MovementInput.self)
        let (movement, store) = try await Self.movement(input, request: request, deposit: deposit)
        let receipt =
            deposit
            ? try await store.deposit(movement, by: principal.actor)
            : try await store.withdraw(movement, by: principal.actor)
        return try created(
            MovementDTO(
                entryId: receipt.entry.id!, entryNumber: receipt.entry.number, date: receipt.entry.entryDate.description,
                memberId: movement.memberID, accountId: receipt.account.id!, kind: movement.kind.rawValue,
                amount: movement.amount.money(principal.decimals), channel: movement.channel.rawValue,
                balance: receipt.balance.money(principal.decimals), receiptUrl: SiteURL.receipt(receipt.entry.id!).path))
    }

    /// Reads and checks a teller's input; the web form and the API both come here.
    static func movement(
        _ input: MovementInput, request: Request,
        deposit: Bool
    ) async throws -> (SavingsStore.Movement, SavingsStore) {
        let principal = try request.signedIn()
        let memberID = try FieldRules.present(input.memberId, field: "memberId")
        guard let kindText = input.kind, !kindText.isEmpty else { throw FieldError.required("kind") }
        guard let kind = SavingsKind(rawValue: kindText) else { throw SavingsError.unknownKind }
        let amount = try Amount.positive(input.amount, decimals: principal.decimals)
        guard let channel = PaymentChannel(rawValue: input.channel ?? "") else { throw SavingsError.unknownChannel }
        try FieldRules.within(input.note, field: "note", max: FieldLimit.savingsNote)
        let tenant = try request.tenant()
        let member = try await MemberStore(tenant).find(memberID)
        let text = request.booksText
        let description =
            deposit
            ? text.depositDescription(kind, member: member.name, number: member.memberNumber, channel: channel)
            : text.withdrawalDescription(kind, member: member.name, number: member.memberNumber, channel: channel)
        let movement = SavingsStore.Movement(
            memberID: memberID, kind: kind, amount: amount, channel: channel,
            date: try request.today(),
            description: String(
                text.withNote(description, input.note)
                    .prefix(JournalDraft.maxDescriptionLength)),
            termMonths: input.termMonths, member: member)
        return (movement, SavingsStore(tenant))
    }

    struct TransferInput: Content {
        var fromMemberId: UUID?
        var toMemberId: UUID?
        var amount: String?
        var note: String?
    }

    /// `POST /api/v1/savings/transfers {"fromMemberId","toMemberId","amount","note"?}`: sukarela between members.
    func transfer(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let input = try request.content.decode(TransferInput.self)
        let fromID = try FieldRules.present(input.fromMemberId, field: "fromMemberId")
        let toID = try FieldRules.present(input.toMemberId, field: "toMemberId")
        let amount = try Amount.positive(input.amount, decimals: principal.decimals)
        try FieldRules.within(input.note, field: "note", max: FieldLimit.savingsNote)
        let tenant = try request.tenant()
        let members = MemberStore(tenant)
        let from = try await members.find(fromID)
        let to = try await members.find(toID)
        let text = request.booksText
        let description = text.withNote(
            text.transferDescription(
                from: from.name, fromNumber: from.memberNumber,
                to: to.name, toNumber: to.memberNumber), input.note)
        let result = try await SavingsStore(tenant).transfer(
            from: fromID, to: toID, amount: amount, date: request.today(),
            description: String(description.prefix(JournalDraft.maxDescriptionLength)),
            by: principal.actor)
        return try created(
            TransferDTO(
                entryId: result.entry.id!, entryNumber: result.entry.number, date: result.entry.entryDate.description,
                amount: amount.money(principal.decimals),
                fromBalance: result.from.money(principal.decimals),
                toBalance: result.to.money(principal.decimals),
                receiptUrl: SiteURL.receipt(result.entry.id!).path))
    }

    /// `GET /api/v1/members/{id}/savings`: the member's accounts. A member may read their own.
    func memberAccounts(_ request: Request) async throws -> [SavingsAccountDTO] {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let member = try await MemberStore(tenant).find(request.parameters.get("id", as: UUID.self))
        try request.authorizeSavings(of: member)
        return try await SavingsStore(tenant).accounts(of: member.requireID()).map {
            SavingsAccountDTO($0, decimals: principal.decimals)
        }
    }

    /// `GET /api/v1/savings/accounts/{id}/statement?from=&to=`: movements with a running balance.
    func statement(_ request: Request) async throws -> StatementDTO {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = SavingsStore(tenant)
        let account = try await store.account(request.parameters.get("id", as: UUID.self))
        try request.authorizeSavings(of: try await MemberStore(tenant).find(account.memberID))
        let (from, to) = try request.dateRange()
        let (opening, lines) = try await store.statement(account.requireID(), from: from, to: to)
        let d = principal.decimals
        return StatementDTO(
            account: SavingsAccountDTO(account, decimals: d), from: from?.description, to: to?.description,
            opening: opening.money(d), closing: (lines.last?.balance ?? opening).money(d),
            lines: lines.map {
                .init(
                    entryId: $0.entryID, number: $0.number, date: $0.date.description,
                    description: $0.description, amount: $0.amount.money(d),
                    balance: $0.balance.money(d))
            })
    }

    /// `GET /api/v1/savings/arrears`: who owes wajib or pokok, how much, since when.
    func arrears(_ request: Request) async throws -> [ArrearDTO] {
        let principal = try request.authorize(.viewSavings)
        let d = principal.decimals
        return try await SavingsStore(request.tenant()).arrears().map { a in
            ArrearDTO(
                memberId: a.member.id!, memberNumber: a.member.memberNumber, name: a.member.name,
                phone: a.member.phone, wajibOwed: a.wajibOwed.money(d), monthsOwed: a.monthsOwed,
                since: a.since?.description, pokokOwed: a.pokokOwed.money(d), total: a.total.money(d))
        }
    }

    struct DuesInput: Content {
        var month: String?
    }

    struct DuesDTO: Content {
        let month: String
        let billed: Int
    }

    /// `POST /api/v1/savings/dues {"month"}`: bills the month's wajib to every member (once).
    func billDues(_ request: Request) async throws -> DuesDTO {
        _ = try request.authorize(.keepBooks)
        let input = try request.content.decode(DuesInput.self)
        guard let month = YearMonth(input.month ?? "") else { throw FieldError.invalidDate("month") }
        let billed = try await SavingsStore(request.tenant()).billWajib(for: month, today: request.today())
        return DuesDTO(month: month.description, billed: billed)
    }
}

extension SavingsController {
    struct BreakInput: Content {
        var channel: String?
    }

    /// `POST /api/v1/savings/term-deposits/{id}/break {"channel"}`: pays a term deposit out before it matures.
    func breakDeposit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let input = try request.content.decode(BreakInput.self)
        guard let channel = PaymentChannel(rawValue: input.channel ?? "cash") else { throw SavingsError.unknownChannel }
        let tenant = try request.tenant()
        let store = SavingsStore(tenant)
        let deposit = try await store.account(request.parameters.get("id", as: UUID.self))
        let member = try await MemberStore(tenant).find(deposit.memberID)
        let receipt = try await store.breakTermDeposit(
            deposit.id, on: request.today(), channel: channel,
            description: request.booksText.breakDescription(
                member: member.name,
                number: member.memberNumber),
            by: principal.actor)
        let d = principal.decimals
        return try created(
            MovementDTO(
                entryId: receipt.entry.id!, entryNumber: receipt.entry.number, date: receipt.entry.entryDate.description,
                memberId: member.id!, accountId: deposit.id!, kind: SavingsKind.berjangka.rawValue,
                amount: receipt.entry.total.money(d), channel: channel.rawValue, balance: Int64(0).money(d),
                receiptUrl: SiteURL.receipt(receipt.entry.id!).path))
    }
}

extension Request {
    /// Those who may see savings see any member's; a member sees only their own.
    func authorizeSavings(of member: MemberRecord) throws {
        let principal = try signedIn()
        guard principal.allows(.viewSavings) || member.userID == principal.userID else { throw AccessError.notFound }
    }
}
