import FluentKit
import Foundation
import GuyubCore

/// Consultation sessions: planned with a topic, a day and a place; guests invited by group (an invitation
/// goes to the outbox when their phone is known and they may be contacted); who came; and what each guest
/// who came said, kept as an idea in their name (and theirs to follow when they have a sign-in).
package struct ConsultationStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// A session as asked for: checked, `13.30` kept as `13:30`.
    package struct Plan: Sendable {
        package var topic: String?
        package var kind: String?
        package var heldOn: CivilDate
        package var startsAt: String?
        package var place: String?
        package init(topic: String?, kind: String?, heldOn: CivilDate, startsAt: String?, place: String?) {
            (self.topic, self.kind, self.heldOn, self.startsAt, self.place) = (topic, kind, heldOn, startsAt, place)
        }
    }

    /// Whom to invite: someone the cooperative knows by their record, or a neighbour by name.
    package struct Invitee: Sendable {
        package var group: String?
        package var memberID: UUID?
        package var consumerID: UUID?
        package var supplierID: UUID?
        package var name: String?
        package var phone: String?
        package init(
            group: String?, memberID: UUID? = nil, consumerID: UUID? = nil, supplierID: UUID? = nil, name: String? = nil,
            phone: String? = nil
        ) {
            (self.group, self.memberID, self.consumerID, self.supplierID) = (group, memberID, consumerID, supplierID)
            (self.name, self.phone) = (name, phone)
        }
    }

    /// Whom a form names in a group by name or phone (or a member's number): the one record that matches;
    /// a neighbour is as typed.
    package func whom(group: String?, name: String?, phone: String?) async throws -> Invitee {
        guard let group = group.flatMap(ConsultationGroup.init(rawValue:)) else {
            throw ConsumerError.field(.invalidChoice("group"))
        }
        let phone = phone?.trimmingCharacters(in: .whitespaces) ?? ""
        let name = name?.trimmingCharacters(in: .whitespaces) ?? ""
        let sought = phone.isEmpty ? name : phone
        guard group == .neighbour || !sought.isEmpty else { throw ConsumerError.field(.required("name")) }
        func one(_ ids: [UUID?]) throws -> UUID {
            guard ids.count < 2 else { throw ConsumerError.guestAmbiguous }
            guard let id = ids.first ?? nil else { throw ConsumerError.guestUnknown }
            return id
        }
        switch group {
        case .member:
            let found = try await MemberStore(tenant).list(query: sought, perPage: 2).items
            return Invitee(group: group.rawValue, memberID: try one(found.map(\.id)))
        case .consumer:
            let found = try await ConsumerStore(tenant).all(matching: sought, limit: 2)
            return Invitee(group: group.rawValue, consumerID: try one(found.map(\.id)))
        case .supplier:
            let number = (try? PhoneNumber(sought))?.e164
            let found = try await SupplierStore(tenant).all().filter {
                $0.name.localizedCaseInsensitiveContains(sought)
                    || (number != nil && $0.phone.flatMap { try? PhoneNumber($0).e164 } == number)
            }
            return Invitee(group: group.rawValue, supplierID: try one(Array(found.prefix(2)).map(\.id)))
        case .neighbour:
            return Invitee(group: group.rawValue, name: name, phone: phone)
        }
    }

    package func all(limit: Int = 100) async throws -> [ConsultationRecord] {
        try await tenant.query(ConsultationRecord.self).sort(\.$heldOn, .descending).sort(\.$startsAt, .descending)
            .limit(limit).all()
    }

    package func find(_ id: UUID?) async throws -> ConsultationRecord {
        guard let session = try await tenant.find(ConsultationRecord.self, id) else { throw AccessError.notFound }
        return session
    }

    package func plan(_ plan: Plan, by actor: Actor) async throws -> ConsultationRecord {
        let session = ConsultationRecord()
        session.topic = try IdeaText.checked(plan.topic, field: "topic", max: FieldLimit.meetingTitle)
        guard let kind = plan.kind.flatMap(ConsultationKind.init(rawValue:)) else {
            throw ConsumerError.field(.invalidChoice("kind"))
        }
        guard let time = ClockTime.parse(plan.startsAt ?? "") else { throw ConsumerError.field(.invalidTime("startsAt")) }
        (session.kind, session.startsAt) = (kind, time)
        session.place = try IdeaText.checked(plan.place, field: "place", max: FieldLimit.meetingPlace)
        session.heldOn = plan.heldOn
        session.status = .planned
        session.createdByName = actor.name
        try await tenant.create(session)
        try await AuditLog.append(
            tenant, actor: actor, action: .consultationPlan, entity: "consultation", entityID: session.id,
            after: ["topic": session.topic, "heldOn": session.heldOn.description])
        return session
    }

    package func guests(of sessionID: UUID) async throws -> [ConsultationGuestRecord] {
        try await tenant.query(ConsultationGuestRecord.self).filter(\.$consultationID == sessionID).sort(\.$group)
            .sort(\.$name).all()
    }

    /// Adds a guest; `invitation` words the message their phone is sent (given the guest's and the
    /// cooperative's names), when it may be.
    package func invite(
        _ invitee: Invitee, to session: ConsultationRecord, today: CivilDate, now: Date,
        invitation: (_ guest: String, _ cooperative: String) -> String, by actor: Actor
    ) async throws -> ConsultationGuestRecord {
        _ = try session.status.after(.invite, on: today, heldOn: session.heldOn, attended: 0)
        guard let group = invitee.group.flatMap(ConsultationGroup.init(rawValue:)) else {
            throw ConsumerError.field(.invalidChoice("group"))
        }
        let guest = ConsultationGuestRecord()
        (guest.consultationID, guest.group, guest.attended) = (session.id!, group, false)
        var phone: String?
        var mayContact = true
        switch group {
        case .member:
            let member = try await found(MemberRecord.self, invitee.memberID, field: "memberId")
            (guest.memberID, guest.name, phone) = (member.id, member.name, member.phone)
        case .consumer:
            let consumer = try await found(ConsumerRecord.self, invitee.consumerID, field: "consumerId")
            (guest.consumerID, guest.name, phone) = (consumer.id, consumer.name, consumer.phone)
            mayContact = consumer.consent
        case .supplier:
            let supplier = try await found(SupplierRecord.self, invitee.supplierID, field: "supplierId")
            (guest.supplierID, guest.name, phone) = (supplier.id, supplier.name, supplier.phone)
        case .neighbour:
            guest.name = try IdeaText.checked(invitee.name, field: "name", max: FieldLimit.name)
            if let typed = invitee.phone, !typed.trimmingCharacters(in: .whitespaces).isEmpty {
                phone = try ConsumerStore.phone(typed).e164
            }
        }
        guest.phone = phone.flatMap { try? PhoneNumber($0).e164 }
        let invited = try await guests(of: session.id!)
        guard
            !invited.contains(where: {
                (guest.memberID != nil && $0.memberID == guest.memberID)
                    || (guest.consumerID != nil && $0.consumerID == guest.consumerID)
                    || (guest.supplierID != nil && $0.supplierID == guest.supplierID)
                    || (group == .neighbour && $0.group == .neighbour
                        && (($0.phone != nil && $0.phone == guest.phone) || $0.name.lowercased() == guest.name.lowercased()))
            })
        else { throw ConsumerError.alreadyInvited }
        try await tenant.create(guest)
        if mayContact, let e164 = guest.phone, let number = try? PhoneNumber(e164),
            let cooperative = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db)
        {
            try await PhoneCodeStore(tenant).post(invitation(guest.name, cooperative.name), to: number, now: now)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .consultationInvite, entity: "consultation", entityID: session.id,
            after: ["guest": guest.name, "group": group.rawValue])
        return guest
    }

    /// Marks who came: the guests named came, the others did not.
    package func attend(_ came: Set<UUID>, at session: ConsultationRecord, today: CivilDate, by actor: Actor) async throws
        -> [ConsultationGuestRecord]
    {
        _ = try session.status.after(.attend, on: today, heldOn: session.heldOn, attended: came.count)
        let guests = try await guests(of: session.id!)
        guard came.isSubset(of: Set(guests.compactMap(\.id))) else { throw AccessError.notFound }
        for guest in guests where guest.attended != came.contains(guest.id!) {
            guest.attended = came.contains(guest.id!)
            try await guest.update(on: tenant.db)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .consultationAttend, entity: "consultation", entityID: session.id,
            after: ["attended": String(came.count), "invited": String(guests.count)])
        return guests
    }

    /// Keeps what a guest who came said, as an idea in their name (theirs to follow when they sign in).
    package func record(
        from guestID: UUID?, at session: ConsultationRecord, category: UUID?, title: String?, body: String?,
        today: CivilDate, by actor: Actor
    ) async throws -> IdeaRecord {
        _ = try session.status.after(.record, on: today, heldOn: session.heldOn, attended: 0)
        guard let guestID else { throw ConsumerError.field(.required("guestId")) }
        guard
            let guest = try await tenant.query(ConsultationGuestRecord.self).filter(\.$id == guestID)
                .filter(\.$consultationID == session.id!).first()
        else { throw AccessError.notFound }
        guard guest.attended else { throw ConsumerError.notAttended }
        // Their sign-in as it is now (they may have made one since they were invited), so the idea is theirs.
        let userID: UUID? =
            if let member = guest.memberID {
                try await tenant.find(MemberRecord.self, member)?.userID
            } else if let consumer = guest.consumerID {
                try await tenant.find(ConsumerRecord.self, consumer)?.userID
            } else {
                nil
            }
        let idea = try await IdeaStore(tenant).propose(
            category: category, title: title, body: body, photos: [], on: today, by: actor,
            author: Actor(userID: userID, name: guest.name))
        let input = ConsultationInputRecord()
        (input.consultationID, input.guestID, input.ideaID) = (session.id!, guestID, idea.id!)
        try await tenant.create(input)
        try await AuditLog.append(
            tenant, actor: actor, action: .consultationRecord, entity: "consultation", entityID: session.id,
            after: ["guest": guest.name, "idea": String(idea.number)])
        return idea
    }

    /// Closes the session as held (someone must have come) or calls it off.
    package func step(_ action: ConsultationAction, _ session: ConsultationRecord, today: CivilDate, by actor: Actor)
        async throws -> ConsultationRecord
    {
        guard action == .finish || action == .cancel else { throw ConsumerError.consultationState(session.status) }
        let attended = try await guests(of: session.id!).filter(\.attended).count
        let before = session.status
        session.status = try session.status.after(action, on: today, heldOn: session.heldOn, attended: attended)
        try await session.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .consultationStep, entity: "consultation", entityID: session.id,
            before: ["status": before.rawValue], after: ["status": session.status.rawValue])
        return session
    }

    /// The ideas kept from a session, with whom each came from.
    package func inputs(of sessionID: UUID) async throws -> [(idea: IdeaRecord, guestID: UUID)] {
        let inputs = try await tenant.query(ConsultationInputRecord.self).filter(\.$consultationID == sessionID).all()
        let ideas = try await tenant.query(IdeaRecord.self).filter(\.$id ~~ inputs.map(\.ideaID)).sort(\.$number).all()
        let guestOf = Dictionary(uniqueKeysWithValues: inputs.map { ($0.ideaID, $0.guestID) })
        return ideas.map { ($0, guestOf[$0.id!]!) }
    }

    /// The session an idea came from, if it came from one.
    package func session(of ideaID: UUID) async throws -> ConsultationRecord? {
        guard let input = try await tenant.query(ConsultationInputRecord.self).filter(\.$ideaID == ideaID).first() else {
            return nil
        }
        return try await tenant.find(ConsultationRecord.self, input.consultationID)
    }

    private func found<Record: TenantModel>(_ type: Record.Type, _ id: UUID?, field: String) async throws -> Record {
        guard let id else { throw ConsumerError.field(.required(field)) }
        guard let record = try await tenant.find(type, id) else { throw AccessError.notFound }
        return record
    }
}
