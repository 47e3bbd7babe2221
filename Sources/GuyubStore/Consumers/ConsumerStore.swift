import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The cooperative's consumers: signed up by phone (by themselves with a code, or at the counter by
/// staff), brought perhaps by a member's code, their purchases kept with them, and their application to
/// become a member.
package struct ConsumerStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// A sign-up as given.
    package struct SignUp: Sendable {
        package var phone: String?
        package var name: String?
        package var nik: String?
        package var address: String?
        package var consent: Bool
        package var referralCode: String?
        package init(
            phone: String?, name: String?, nik: String? = nil, address: String? = nil, consent: Bool = false,
            referralCode: String? = nil
        ) {
            self.phone = phone
            self.name = name
            self.nik = nik
            self.address = address
            self.consent = consent
            self.referralCode = referralCode
        }
    }

    /// The phone as typed, read; refused when it is not an Indonesian number.
    package static func phone(_ text: String?) throws -> PhoneNumber {
        let text = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw MemberError.field(.required("phone")) }
        do { return try PhoneNumber(text) } catch { throw MemberError.phone(error) }
    }

    /// Adds a consumer; with a referral code, records the member who brought them and gives them the
    /// board's welcome voucher. `welcome` words the voucher's entry.
    package func add(_ signUp: SignUp, on date: CivilDate, welcome: String, by actor: Actor) async throws
        -> (consumer: ConsumerRecord, referral: ReferralRecord?)
    {
        let phone = try Self.phone(signUp.phone)
        let consumer = ConsumerRecord()
        consumer.id = UUID()
        do {
            consumer.name = try FieldRules.required(signUp.name, field: "name", max: FieldLimit.name)
            consumer.address = try FieldRules.optional(signUp.address, field: "address", max: FieldLimit.address)
        } catch { throw ConsumerError.field(error) }
        if let nik = signUp.nik?.trimmingCharacters(in: .whitespaces), !nik.isEmpty {
            do { consumer.nik = try NIK(nik).digits } catch { throw MemberError.nik(error) }
        }
        consumer.phone = phone.e164
        consumer.consent = signUp.consent
        consumer.joinedOn = date
        guard try await find(phone: phone) == nil else { throw ConsumerError.phoneTaken }
        var referral: ReferralRecord?
        if let code = signUp.referralCode, !Referral.read(code).isEmpty {
            let referrals = ReferralStore(tenant)
            consumer.referredByMemberID = try await referrals.member(byCode: code).id
            do { try await tenant.create(consumer) } catch  where error.isConstraintFailure { throw ConsumerError.phoneTaken }
            referral = try await referrals.refer(consumer, code: code, on: date)
            let rules = try await SettingsStore(tenant).referrals()
            if rules.welcomeValue > 0 {
                _ = try await VoucherStore(tenant).issue(
                    .money(rules.welcomeValue), to: .consumer(consumer.id!), source: .welcome,
                    unitID: try await BusinessUnitStore(tenant).shop(nil, by: actor, working: false).id!, on: date,
                    days: rules.voucherDays, description: welcome, by: actor)
            }
        } else {
            do { try await tenant.create(consumer) } catch  where error.isConstraintFailure { throw ConsumerError.phoneTaken }
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .consumerCreate, entity: "consumer", entityID: consumer.id,
            after: ["name": consumer.name, "phone": consumer.phone, "referred": referral == nil ? "" : "yes"])
        return (consumer, referral)
    }

    package func find(_ id: UUID?) async throws -> ConsumerRecord {
        guard let consumer = try await tenant.find(ConsumerRecord.self, id) else { throw AccessError.notFound }
        return consumer
    }

    package func find(phone: PhoneNumber) async throws -> ConsumerRecord? {
        try await tenant.query(ConsumerRecord.self).filter(\.$phone == phone.e164).first()
    }

    /// The consumer a signed-in user is.
    package func find(userID: UUID) async throws -> ConsumerRecord? {
        try await tenant.query(ConsumerRecord.self).filter(\.$userID == userID).first()
    }

    /// Consumers, the newest first; those whose name or phone holds `text` when given.
    package func all(matching text: String = "", limit: Int = 100) async throws -> [ConsumerRecord] {
        var query = tenant.query(ConsumerRecord.self)
        let text = text.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
            let phone = (try? PhoneNumber(text))?.e164
            query = query.group(.or) { group in
                group.filter(\.$name, .custom(tenant.db.isSQLite ? "LIKE" : "ILIKE"), "%\(text)%")
                if let phone { group.filter(\.$phone == phone) }
            }
        }
        return try await query.sort(\.$joinedOn, .descending).sort(\.$name).limit(limit).all()
    }

    /// The sign-in of a consumer: a user known by their phone (`tel:+62…`, never a password), with the
    /// consumer role here. Made the first time; shared with their other cooperatives.
    package func account(of consumer: ConsumerRecord) async throws -> UUID {
        if let user = consumer.userID { return user }
        let login = "tel:" + consumer.phone
        let user =
            try await UserRecord.query(on: tenant.db).filter(\.$email == login).first()
            ?? UserRecord(email: login, name: consumer.name, passwordHash: "!")
        if user.id == nil { try await user.create(on: tenant.db) }
        if try await tenant.query(RoleRecord.self).filter(\.$userID == user.id!).filter(\.$role == .consumer).first() == nil {
            try await tenant.create(RoleRecord(cooperativeID: tenant.cooperativeID, userID: user.id!, role: .consumer))
        }
        consumer.userID = user.id
        try await consumer.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: Actor(userID: user.id, name: consumer.name), action: .userCreate, entity: "user", entityID: user.id,
            after: UserSnapshot(email: login, name: consumer.name, roles: [.consumer], memberNumber: nil))
        return user.id!
    }

    /// A consumer's purchases, the latest first.
    package func purchases(of consumerID: UUID, limit: Int = 50) async throws -> [SaleRecord] {
        try await tenant.query(SaleRecord.self).filter(\.$consumerID == consumerID).sort(\.$soldAt, .descending)
            .limit(limit).all()
    }

    /// A consumer applies to become a member: an applicant the board decides on, with the consumer's phone
    /// and sign-in, their history kept with the consumer they were.
    package func apply(_ consumer: ConsumerRecord, as details: MemberDetails, on date: CivilDate, by actor: Actor)
        async throws -> MemberRecord
    {
        guard consumer.memberID == nil else { throw ConsumerError.alreadyApplied }
        let member = try await MemberStore(tenant).register(
            details, on: date, reason: nil, by: actor, action: .consumerApply)
        member.userID = consumer.userID
        try await member.update(on: tenant.db)
        consumer.memberID = member.id
        consumer.nik = details.nik.digits
        consumer.address = details.address
        try await consumer.update(on: tenant.db)
        return member
    }
}
