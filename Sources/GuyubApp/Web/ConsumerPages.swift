import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Consumers in the browser: the staff's page (sign one up, find one, the outbox, the board's rules), how
/// everyone takes part (the engagement page), a member's referral card, and a consumer's own page.
struct ConsumerPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("consumers", use: consumers)
        routes.post("consumers", use: add)
        routes.post("consumers", "rules", use: setRules)
        routes.get("engagement", use: engagement)
        routes.get("referral", use: referral)
        routes.get("account", use: account)
        routes.post("account", "membership", use: apply)
    }

    // MARK: staff

    func consumers(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        return request.html(ConsumersPage.View.render(try await consumersModel(request), in: request.pageContext()))
    }

    private func consumersModel(_ request: Request) async throws -> ConsumersPage.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let query = String((try request.queryValue("q") ?? "").prefix(FieldLimit.name))
        let consumers = try await ConsumerStore(tenant).all(matching: query)
        let names = Dictionary(
            uniqueKeysWithValues: try await tenant.query(MemberRecord.self)
                .filter(\.$id ~~ consumers.compactMap(\.referredByMemberID)).all().map { ($0.id!, $0.name) })
        var model = ConsumersPage.Model(
            query: query,
            rows: consumers.map {
                .init(
                    name: $0.name, phone: $0.phone, joinedOn: $0.joinedOn, broughtBy: $0.referredByMemberID.flatMap { names[$0] })
            },
            outbox: principal.allows(.sell)
                ? try await PhoneCodeStore(tenant).outbox(limit: 20).map { .init(phone: $0.phone, at: $0.sentAt, body: $0.body) }
                : [],
            rules: try await SettingsStore(tenant).referrals(), canAdd: principal.allows(.sell),
            canSetRules: principal.allows(.manageSettings))
        if model.canSetRules {
            model.products = try await tenant.query(ProductRecord.self).filter(\.$active == true).sort(\.$name).all()
                .map { ($0.id!, $0.name) }
        }
        return model
    }

    /// The last twelve months of ideas, consumers and referrals, and who came to the consultations.
    func engagement(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let programme = try await ReferralStore(tenant).programme()
        let store = EngagementStore(tenant)
        let model = EngagementPage.Model(
            months: try await store.months(12, to: request.today()).map {
                .init(
                    month: $0.month, ideas: $0.ideas, broughtConsumers: $0.broughtConsumers, ownConsumers: $0.ownConsumers,
                    referralSales: $0.referralSales, referralCost: $0.referralCost)
            }, leaders: programme.leaders.map { .init(member: $0.member, brought: $0.brought, rewarded: $0.rewarded) },
            cost: programme.cost, sales: programme.sales, guests: try await store.guests(),
            publicIdeas: .publicIdeas(cooperative: principal.cooperativeID), canConsult: principal.allows(.consult))
        return request.html(EngagementPage.View.render(model, in: request.pageContext()))
    }

    struct AddForm: Content {
        var phone: String?
        var name: String?
        var referralCode: String?
        var consent: String?
    }

    func add(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let form = try request.content.decode(AddForm.self)
        do {
            _ = try await ConsumerStore(request.tenant()).add(
                .init(phone: form.phone, name: form.name, consent: form.consent == "1", referralCode: form.referralCode),
                on: request.today(), welcome: request.booksText.welcomeVoucherEntry, by: principal.actor)
            return request.redirect(to: SiteURL.consumers().path, notice: "consumer_added")
        } catch let error as any DomainError {
            var model = try await consumersModel(request)
            model.failed = "add"
            model.values = ["phone": form.phone ?? "", "name": form.name ?? "", "referralCode": form.referralCode ?? ""]
            return SupplyPages.refused(error, fields: ["phone", "name", "referralCode"], request) {
                model.errors = $0
                return ConsumersPage.View.render(model, in: request.pageContext())
            }
        }
    }

    struct RulesForm: Content {
        var reward: String?
        var voucherValue: String?
        var packageProductId: String?
        var packageQuantity: String?
        var minimumPurchase: String?
        var returnWindowDays: String?
        var monthlyCap: String?
        var welcomeValue: String?
        var voucherDays: String?
        var refuseHousehold: String?
    }

    func setRules(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageSettings)
        let form = try request.content.decode(RulesForm.self)
        let store = try SettingsStore(request.tenant())
        do {
            func money(_ text: String?, _ field: String) throws -> Int64 {
                guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return 0 }
                do { return try Amount.parse(text, decimals: principal.decimals) } catch {
                    throw ConsumerError.rulesInvalid(field)
                }
            }
            func whole(_ text: String?, _ field: String) throws -> Int {
                guard let value = Int((text ?? "").trimmingCharacters(in: .whitespaces)) else {
                    throw ConsumerError.rulesInvalid(field)
                }
                return value
            }
            guard let reward = ReferralRules.Reward(rawValue: form.reward ?? "") else {
                throw ConsumerError.field(.invalidChoice("reward"))
            }
            var quantity: Int64 = 0
            if let text = form.packageQuantity, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                do { quantity = try Quantity.parse(text) } catch { throw ConsumerError.rulesInvalid("packageQuantity") }
            }
            try await store.setReferrals(
                ReferralRules(
                    reward: reward, voucherValue: try money(form.voucherValue, "voucherValue"),
                    packageProductID: UUID(uuidString: form.packageProductId ?? ""), packageQuantity: quantity,
                    minimumPurchase: try money(form.minimumPurchase, "minimumPurchase"),
                    returnWindowDays: try whole(form.returnWindowDays, "returnWindowDays"),
                    monthlyCap: try whole(form.monthlyCap, "monthlyCap"),
                    welcomeValue: try money(form.welcomeValue, "welcomeValue"),
                    voucherDays: try whole(form.voucherDays, "voucherDays"), refuseHousehold: form.refuseHousehold == "1"),
                by: principal.actor)
            return request.redirect(to: SiteURL.consumers().path, notice: "referral_rules_saved")
        } catch let error as any DomainError {
            var model = try await consumersModel(request)
            model.failed = "rules"
            model.values = [
                "reward": form.reward ?? "", "voucherValue": form.voucherValue ?? "",
                "packageProductId": form.packageProductId ?? "", "packageQuantity": form.packageQuantity ?? "",
                "minimumPurchase": form.minimumPurchase ?? "", "returnWindowDays": form.returnWindowDays ?? "",
                "monthlyCap": form.monthlyCap ?? "", "welcomeValue": form.welcomeValue ?? "",
                "voucherDays": form.voucherDays ?? "",
            ]
            return SupplyPages.refused(
                error,
                fields: [
                    "reward", "voucherValue", "packageProductId", "packageQuantity", "minimumPurchase", "returnWindowDays",
                    "monthlyCap", "welcomeValue", "voucherDays",
                ], request
            ) {
                model.errors = $0
                return ConsumersPage.View.render(model, in: request.pageContext())
            }
        }
    }

    // MARK: a member's card

    func referral(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        guard let member = try await MemberStore(tenant).find(userID: principal.userID), member.status == .member else {
            throw AccessError.notFound
        }
        let store = ReferralStore(tenant)
        let code = try await store.code(of: member.id!)
        let referrals = try await store.all(of: member.id!)
        let names = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ConsumerRecord.self).filter(\.$id ~~ referrals.map(\.consumerID))
                .all().map { ($0.id!, $0.name) })
        let link = Self.origin(request) + SiteURL.consumerJoin(cooperative: principal.cooperativeID, referral: code).path
        let model = MemberReferral.Model(
            memberName: member.name, code: code, link: link, qr: try? QRCode(link),
            rules: try await SettingsStore(tenant).referrals(),
            brought: referrals.map {
                .init(name: names[$0.consumerID] ?? "", signedOn: $0.signedOn, status: $0.status, reason: $0.reason)
            },
            vouchers: try await VoucherStore(tenant).held(by: .member(member.id!)).map(Self.voucher))
        return request.html(MemberReferral.View.render(model, in: request.pageContext()))
    }

    /// The site's own address as the browser reached it, for a link to be shared.
    static func origin(_ request: Request) -> String {
        let host = request.headers.first(name: .host) ?? "localhost"
        let secure = request.application.guyub.config.secureCookies
        return (secure ? "https://" : "http://") + host
    }

    static func voucher(_ v: VoucherRecord) -> ConsumerAccount.Voucher {
        .init(code: v.code, kind: v.kind, value: v.value, expiresOn: v.expiresOn, status: v.status)
    }

    // MARK: a consumer's own page

    func account(_ request: Request) async throws -> Response {
        request.html(ConsumerAccount.View.render(try await accountModel(request).model, in: request.pageContext()))
    }

    private func accountModel(_ request: Request) async throws -> (model: ConsumerAccount.Model, consumer: ConsumerRecord) {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        guard let consumer = try await ConsumerStore(tenant).find(userID: principal.userID) else { throw AccessError.notFound }
        var model = ConsumerAccount.Model(
            name: consumer.name, phone: consumer.phone,
            vouchers: try await VoucherStore(tenant).held(by: .consumer(consumer.id!)).map(Self.voucher),
            purchases: try await ConsumerStore(tenant).purchases(of: consumer.id!).map {
                .init(number: $0.number, at: $0.soldAt, total: $0.total)
            })
        if let id = consumer.memberID {
            let member = try await MemberStore(tenant).find(id)
            model.application = (member.memberNumber, member.status)
        }
        return (model, consumer)
    }

    struct ApplyForm: Content {
        var nik: String?
        var address: String?
    }

    func apply(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let form = try request.content.decode(ApplyForm.self)
        var (model, consumer) = try await accountModel(request)
        do {
            let details = try MemberDetails(name: consumer.name, nik: form.nik, phone: consumer.phone, address: form.address)
            _ = try await ConsumerStore(request.tenant()).apply(
                consumer, as: details, on: request.today(), by: principal.actor)
            return request.redirect(to: SiteURL.consumerAccount.path, notice: "membership_applied")
        } catch let error as any DomainError {
            model.values = ["nik": form.nik ?? "", "address": form.address ?? ""]
            return SupplyPages.refused(error, fields: ["nik", "address"], request) {
                model.errors = $0
                return ConsumerAccount.View.render(model, in: request.pageContext())
            }
        }
    }
}
