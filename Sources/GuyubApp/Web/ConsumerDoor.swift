import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// A cooperative's open door (`/c/{cooperative}/…`), without signing in: a consumer signs up by phone,
/// perhaps with a member's code, or signs in; a code sent to the phone through the cooperative's outbox
/// proves it is theirs, then a session opens. Throttled like the password sign-in, per phone and address.
struct ConsumerDoor: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let door = routes.grouped("c", ":cooperative")
        door.get("join", use: joinForm)
        door.post("join", use: join)
        door.get("sign-in", use: signInForm)
        door.post("sign-in", use: signIn)
        door.get("ideas", use: ideas)
    }

    /// The cooperative's ideas and the board's answers, open to anyone, without names.
    func ideas(_ request: Request) async throws -> Response {
        let cooperative = try await cooperative(request)
        let tenant = Tenant(cooperativeID: cooperative.id!, db: request.db)
        var model = IdeasPage.Model(
            ideas: try await IdeaPages.rows(
                try await IdeaStore(tenant).all(), tenant, english: request.language == .en, reader: nil), categories: [])
        model.cooperativeName = cooperative.name
        return request.html(IdeasPage.View.render(model, in: request.pageContext()))
    }

    struct DoorForm: Content {
        var phone: String?
        var name: String?
        var nik: String?
        var referralCode: String?
        var consent: String?
        var step: String?
        var code: String?
    }

    private func cooperative(_ request: Request) async throws -> CooperativeRecord {
        guard let id = request.parameters.get("cooperative", as: UUID.self),
            let cooperative = try await CooperativeRecord.find(id, on: request.db)
        else { throw Abort(.notFound) }
        return cooperative
    }

    private func model(_ cooperative: CooperativeRecord, joining: Bool) -> ConsumerJoin.Model {
        ConsumerJoin.Model(cooperativeID: cooperative.id!, cooperativeName: cooperative.name, joining: joining)
    }

    func joinForm(_ request: Request) async throws -> Response {
        let cooperative = try await cooperative(request)
        var model = model(cooperative, joining: true)
        if let code = try request.queryValue("ref") {
            model.values["referralCode"] = String(code.prefix(20))
            let tenant = Tenant(cooperativeID: cooperative.id!, db: request.db)
            model.referredBy = try? await ReferralStore(tenant).member(byCode: code).name
        }
        return request.html(ConsumerJoin.View.render(model, in: request.pageContext()))
    }

    func signInForm(_ request: Request) async throws -> Response {
        let cooperative = try await cooperative(request)
        return request.html(ConsumerJoin.View.render(model(cooperative, joining: false), in: request.pageContext()))
    }

    func join(_ request: Request) async throws -> Response {
        try await enter(request, joining: true)
    }

    func signIn(_ request: Request) async throws -> Response {
        try await enter(request, joining: false)
    }

    /// Either door: first the details and a code sent; then the code, and the consumer in.
    private func enter(_ request: Request, joining: Bool) async throws -> Response {
        let cooperative = try await cooperative(request)
        let form = try request.content.decode(DoorForm.self)
        var model = model(cooperative, joining: joining)
        model.values = [
            "phone": form.phone ?? "", "name": form.name ?? "", "nik": form.nik ?? "",
            "referralCode": form.referralCode ?? "", "consent": form.consent == "1" ? "1" : "",
        ].filter { !$0.value.isEmpty }
        let now = request.application.clock.now()
        let config = request.application.guyub.config
        do {
            let phone = try ConsumerStore.phone(form.phone)
            let address = request.clientAddress(trustProxy: config.trustProxy)
            let login = "tel:" + phone.e164
            let attempt: SignInThrottle.Attempt
            switch try await config.throttle.admit(request.db, email: login, address: address, now: now) {
            case .admitted(let admitted): attempt = admitted
            case .refused(let wait): throw CredentialError.tooManyAttempts(retryAfterSeconds: wait)
            }
            let today = config.clock.today(in: TimeZone(identifier: cooperative.timeZone) ?? .current)
            if form.step != "code" {
                try await request.db.write { db in
                    let tenant = Tenant(cooperativeID: cooperative.id!, db: db)
                    let consumers = ConsumerStore(tenant)
                    let known = try await consumers.find(phone: phone)
                    if joining {
                        guard known == nil else { throw ConsumerError.phoneTaken }
                        try Self.check(form)
                        if let code = form.referralCode, !Referral.read(code).isEmpty {
                            _ = try await ReferralStore(tenant).member(byCode: code)
                        }
                    }
                    // Signing in, an unknown phone is sent nothing and told the same, so the door does not
                    // say who is a consumer here.
                    guard joining || known != nil else { return }
                    try await PhoneCodeStore(tenant).send(
                        to: phone, message: { Catalogue(.id).phoneCodeMessage($0, cooperative: cooperative.name) }, now: now)
                }
                model.values["phone"] = phone.national
                model.step = .code
                return request.html(ConsumerJoin.View.render(model, in: request.pageContext()))
            }
            model.step = .code
            let (refusal, userID) = try await request.db.write { db -> (ConsumerError?, UUID?) in
                let tenant = Tenant(cooperativeID: cooperative.id!, db: db)
                if let refusal = try await PhoneCodeStore(tenant).verify(form.code, for: phone, now: now) {
                    return (refusal, nil)
                }
                let consumers = ConsumerStore(tenant)
                var consumer = try await consumers.find(phone: phone)
                if joining {
                    consumer = try await consumers.add(
                        .init(
                            phone: form.phone, name: form.name, nik: form.nik, consent: form.consent == "1",
                            referralCode: form.referralCode), on: today, welcome: Catalogue(.id).welcomeVoucherEntry,
                        by: Actor(userID: nil, name: form.name ?? phone.national)
                    ).consumer
                }
                guard let consumer else { return (.codeExpired, nil) }
                return (nil, try await consumers.account(of: consumer))
            }
            if let refusal {
                try await config.throttle.failed(request.db, now: now)
                throw refusal
            }
            try await config.throttle.succeeded(attempt, request.db, email: login)
            let (token, _) = try await SessionStore.open(
                request.db, userID: userID!, cooperativeID: cooperative.id!, kind: .web,
                lifetime: SignInService.webLifetime, now: now)
            try await AccountStore.remember(cooperative.id!, for: userID!, on: request.db)
            let response = request.redirect(to: SiteURL.consumerAccount.path)
            response.cookies[request.cookieName(.session)] = request.cookie(token, maxAge: Int(SignInService.webLifetime))
            return response
        } catch let error as any DomainError {
            let field = error.field.flatMap { ["phone", "name", "nik", "referralCode", "code"].contains($0) ? $0 : nil }
            model.errors[field ?? "form"] = request.catalogue.message(for: error)
            if field == "phone" || field == "referralCode" || field == "name" || field == "nik" { model.step = .details }
            return request.html(
                ConsumerJoin.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    /// The details a sign-up needs, read before a code is sent for them.
    private static func check(_ form: DoorForm) throws {
        do { _ = try FieldRules.required(form.name, field: "name", max: FieldLimit.name) } catch {
            throw ConsumerError.field(error)
        }
        if let nik = form.nik?.trimmingCharacters(in: .whitespaces), !nik.isEmpty {
            do { _ = try NIK(nik) } catch { throw MemberError.nik(error) }
        }
    }
}
