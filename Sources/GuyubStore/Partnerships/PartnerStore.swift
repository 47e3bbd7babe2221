import FluentKit
import Foundation
import GuyubCore

/// The cooperative's partners and their own people, who sign in with the partner role and see only their
/// partner's agreements.
package struct PartnerStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// A partner as asked for.
    package struct Details: Sendable {
        package var name: String?
        package var kind: String?
        package var contactName: String?
        package var phone: String?
        package var email: String?
        package var supplierID: UUID?
        package var programmeID: UUID?
        package init(
            name: String?, kind: String?, contactName: String? = nil, phone: String? = nil, email: String? = nil,
            supplierID: UUID? = nil, programmeID: UUID? = nil
        ) {
            (self.name, self.kind, self.contactName, self.phone, self.email) = (name, kind, contactName, phone, email)
            (self.supplierID, self.programmeID) = (supplierID, programmeID)
        }
    }

    package func all() async throws -> [PartnerRecord] {
        try await tenant.query(PartnerRecord.self).sort(\.$name).all()
    }

    package func find(_ id: UUID?) async throws -> PartnerRecord {
        guard let partner = try await tenant.find(PartnerRecord.self, id) else { throw AccessError.notFound }
        return partner
    }

    package func add(_ details: Details, by actor: Actor) async throws -> PartnerRecord {
        let partner = PartnerRecord()
        guard let kind = details.kind.flatMap(PartnerKind.init(rawValue:)) else {
            throw PartnershipError.field(.invalidChoice("kind"))
        }
        do {
            partner.name = try FieldRules.required(details.name, field: "name", max: FieldLimit.name)
            partner.contactName = try FieldRules.optional(details.contactName, field: "contactName", max: FieldLimit.name)
        } catch { throw PartnershipError.field(error) }
        partner.kind = kind
        if let phone = details.phone, !phone.trimmingCharacters(in: .whitespaces).isEmpty {
            partner.phone = try ConsumerStore.phone(phone).e164
        }
        if let email = details.email, !email.trimmingCharacters(in: .whitespaces).isEmpty {
            partner.email = try Email(email).value
        }
        if let supplier = details.supplierID, try await tenant.find(SupplierRecord.self, supplier) == nil {
            throw AccessError.notFound
        }
        if let programme = details.programmeID, try await tenant.find(ProgrammeRecord.self, programme) == nil {
            throw AccessError.notFound
        }
        (partner.supplierID, partner.programmeID) = (details.supplierID, details.programmeID)
        if try await tenant.query(PartnerRecord.self).filter(\.$name == partner.name).first() != nil {
            throw PartnershipError.partnerExists
        }
        do { try await tenant.create(partner) } catch  where error.isConstraintFailure { throw PartnershipError.partnerExists }
        try await AuditLog.append(
            tenant, actor: actor, action: .partnerAdd, entity: "partner", entityID: partner.id,
            after: ["name": partner.name, "kind": kind.rawValue])
        return partner
    }

    /// Makes a sign-in (with the partner role) one of the partner's own people.
    package func link(_ user: UserRecord, to partner: PartnerRecord, by actor: Actor) async throws {
        let link = PartnerUserRecord()
        (link.partnerID, link.userID) = (partner.id!, user.id!)
        try await tenant.create(link)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnerAdd, entity: "partner", entityID: partner.id,
            after: ["user": user.email])
    }

    /// The partners a user speaks for (none for the cooperative's own people).
    package func partners(of userID: UUID) async throws -> [UUID] {
        try await tenant.query(PartnerUserRecord.self).filter(\.$userID == userID).all().map(\.partnerID)
    }
}
