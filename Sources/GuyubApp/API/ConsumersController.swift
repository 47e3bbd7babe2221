import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Consumers, members' referrals and vouchers through the API.
struct ConsumersController {
    /// `POST /api/v1/consumers {"phone","name","referralCode"?}` → 201: a consumer signed up at the counter.
    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let input = try request.content.decode(ConsumerInput.self)
        let (consumer, _) = try await ConsumerStore(request.tenant()).add(
            .init(
                phone: input.phone, name: input.name, nik: input.nik, address: input.address, consent: input.consent ?? false,
                referralCode: input.referralCode), on: request.today(), welcome: request.booksText.welcomeVoucherEntry,
            by: principal.actor)
        return try created(ConsumerDTO(consumer))
    }

    /// `GET /api/v1/consumers?q=`: the newest first; by name or phone when asked.
    func consumers(_ request: Request) async throws -> [ConsumerDTO] {
        _ = try request.authorize(.viewStore)
        let text = try request.queryValue("q") ?? ""
        guard text.count <= FieldLimit.name else { throw ConsumerError.field(.tooLong("q", FieldLimit.name)) }
        return try await ConsumerStore(request.tenant()).all(matching: text).map(ConsumerDTO.init)
    }

    func consumer(_ request: Request) async throws -> ConsumerDTO {
        _ = try request.authorize(.viewStore)
        return ConsumerDTO(try await ConsumerStore(request.tenant()).find(request.parameters.get("id", as: UUID.self)))
    }

    /// `GET /api/v1/members/{id}/referral`: the member's code (made the first time), its sign-up link and
    /// what it brought; a member may read their own.
    func referralCode(_ request: Request) async throws -> ReferralCodeDTO {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let member = try await MemberStore(tenant).find(request.parameters.get("id", as: UUID.self))
        try Self.authorize(principal, for: member)
        let store = ReferralStore(tenant)
        let referrals = try await store.all(of: member.id!)
        let code = try await store.code(of: member.id!)
        return ReferralCodeDTO(
            memberId: member.id!, code: code,
            link: SiteURL.consumerJoin(cooperative: principal.cooperativeID, referral: code).path,
            brought: referrals.count, rewarded: referrals.filter { $0.status == .rewarded }.count)
    }

    /// Staff who see members read any member's referrals; a member their own; anyone else is told it does
    /// not exist.
    static func authorize(_ principal: Principal, for member: MemberRecord) throws {
        guard principal.allows(.viewMembers) || member.userID == principal.userID else { throw AccessError.notFound }
    }

    /// `GET /api/v1/referrals?memberId=`: a member's referrals with their status and a refusal's reason;
    /// everyone's for staff who see members.
    func referrals(_ request: Request) async throws -> [ReferralDTO] {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        var memberID: UUID?
        if let given = try request.queryValue("memberId") {
            guard let id = UUID(uuidString: given) else { throw ConsumerError.field(.invalidChoice("memberId")) }
            try Self.authorize(principal, for: try await MemberStore(tenant).find(id))
            memberID = id
        } else {
            guard principal.allows(.viewMembers) else { throw AccessError.forbidden }
        }
        let referrals = try await ReferralStore(tenant).all(of: memberID)
        let names = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ConsumerRecord.self).filter(\.$id ~~ referrals.map(\.consumerID))
                .all().map { ($0.id!, $0.name) })
        return referrals.map {
            ReferralDTO(
                id: $0.id!, memberId: $0.memberID, consumerId: $0.consumerID, consumerName: names[$0.consumerID] ?? "",
                signedOn: $0.signedOn.description, status: $0.status.rawValue, reason: $0.reason?.rawValue,
                decidedOn: $0.decidedOn?.description, voucherId: $0.voucherID)
        }
    }

    func rules(_ request: Request) async throws -> ReferralRulesDTO {
        let principal = try request.authorize(.viewStore)
        return ReferralRulesDTO(try await SettingsStore(request.tenant()).referrals(), decimals: principal.decimals)
    }

    /// `PUT /api/v1/settings/referrals`: the board's rules, whole; what is left out keeps its value.
    func setRules(_ request: Request) async throws -> ReferralRulesDTO {
        let principal = try request.authorize(.manageSettings)
        let input = try request.content.decode(ReferralRulesInput.self)
        let store = try SettingsStore(request.tenant())
        var rules = try await store.referrals()
        func money(_ value: NumberText?, _ field: String) throws -> Int64? {
            guard let text = value?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            do { return try Amount.parse(text, decimals: principal.decimals) } catch {
                throw ConsumerError.rulesInvalid(field)
            }
        }
        if let given = input.reward {
            guard let reward = ReferralRules.Reward(rawValue: given) else { throw ConsumerError.field(.invalidChoice("reward")) }
            rules.reward = reward
        }
        rules.voucherValue = try money(input.voucherValue, "voucherValue") ?? rules.voucherValue
        rules.packageProductID = input.packageProductId ?? rules.packageProductID
        if let text = input.packageQuantity?.text {
            do { rules.packageQuantity = try Quantity.parse(text) } catch { throw ConsumerError.rulesInvalid("packageQuantity") }
        }
        rules.minimumPurchase = try money(input.minimumPurchase, "minimumPurchase") ?? rules.minimumPurchase
        rules.returnWindowDays = input.returnWindowDays ?? rules.returnWindowDays
        rules.monthlyCap = input.monthlyCap ?? rules.monthlyCap
        rules.welcomeValue = try money(input.welcomeValue, "welcomeValue") ?? rules.welcomeValue
        rules.voucherDays = input.voucherDays ?? rules.voucherDays
        rules.refuseHousehold = input.refuseHousehold ?? rules.refuseHousehold
        try await store.setReferrals(rules, by: principal.actor)
        return ReferralRulesDTO(try await store.referrals(), decimals: principal.decimals)
    }

    /// `GET /api/v1/vouchers?code=|memberId=|consumerId=`: one voucher by its code (at the counter), or a
    /// holder's.
    func vouchers(_ request: Request) async throws -> [VoucherDTO] {
        let principal = try request.authorize(.viewStore)
        let store = try VoucherStore(request.tenant())
        func id(_ name: String) throws -> UUID? {
            guard let given = try request.queryValue(name) else { return nil }
            guard let id = UUID(uuidString: given) else { throw ConsumerError.field(.invalidChoice(name)) }
            return id
        }
        let found: [VoucherRecord]
        if let code = try request.queryValue("code") {
            found = [try await store.find(code: code)]
        } else if let member = try id("memberId") {
            found = try await store.held(by: .member(member))
        } else if let consumer = try id("consumerId") {
            found = try await store.held(by: .consumer(consumer))
        } else {
            throw ConsumerError.field(.required("code"))
        }
        return found.map { VoucherDTO($0, decimals: principal.decimals) }
    }

    /// `POST /api/v1/vouchers/{id}/collect`: a package handed over at the counter, out of the unit's stock.
    func collect(_ request: Request) async throws -> VoucherDTO {
        let principal = try request.authorize(.sell)
        let store = try VoucherStore(request.tenant())
        let voucher = try await store.find(request.parameters.get("id", as: UUID.self))
        let collected = try await store.collect(
            voucher.id, on: request.today(), description: request.booksText.voucherCollectedEntry(voucher.code),
            by: principal.actor)
        return VoucherDTO(collected, decimals: principal.decimals)
    }

    /// `GET /api/v1/outbox`: the latest messages to phones (sign-in codes), for a gateway to send.
    func outbox(_ request: Request) async throws -> [OutboxMessageDTO] {
        _ = try request.authorize(.sell)
        return try await PhoneCodeStore(request.tenant()).outbox().map {
            OutboxMessageDTO(phone: $0.phone, body: $0.body, sentAt: $0.sentAt)
        }
    }

    /// `POST /api/v1/referrals/close-day`: the referrals decided and the vouchers expired today (also run by
    /// `guyub close-day` and the server's daily job).
    func closeDay(_ request: Request) async throws -> ConsumerDayDTO {
        let principal = try request.authorize(.manageStock)
        let today = try request.today()
        let day = try await ConsumerDay(request.tenant()).close(today, by: principal.actor)
        return ConsumerDayDTO(date: today.description, rewarded: day.rewarded, refused: day.refused, expired: day.expired)
    }
}

/// The consumers' side of the day: referrals whose window passed decided, and vouchers past their day
/// expired, worded in the cooperative's language.
struct ConsumerDay {
    let tenant: Tenant

    init(_ tenant: Tenant) { self.tenant = tenant }

    struct Result {
        var rewarded = 0
        var refused = 0
        var expired = 0
    }

    func close(_ today: CivilDate, by actor: Actor) async throws -> Result {
        let text = Catalogue(.id)
        let decided = try await ReferralStore(tenant).decide(on: today, texts: Self.texts, by: actor)
        let expired = try await VoucherStore(tenant).expire(
            on: today, description: { text.voucherExpiredEntry($0) }, by: actor)
        return Result(rewarded: decided.rewarded, refused: decided.refused, expired: expired)
    }

    /// The entries' words, in Indonesian as the books are kept.
    static let texts = ReferralStore.Texts(
        reward: { Catalogue(.id).referralRewardEntry($0) }, reversal: { Catalogue(.id).referralReversalEntry($0) })
}
