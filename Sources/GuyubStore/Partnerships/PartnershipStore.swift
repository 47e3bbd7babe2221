import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Agreements with partners: drafted, run, reviewed and ended (each step in the audit trail); their
/// responsibility matrix; what each side committed and delivered; and their reviews.
package struct PartnershipStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// An agreement as asked for.
    package struct Draft: Sendable {
        package var partnerID: UUID?
        package var kind: String?
        package var title: String?
        package var start: CivilDate
        package var end: CivilDate?
        package var ourGoals: String?
        package var theirGoals: String?
        package var value: Int64
        /// A financial agreement's grant, loan or equity; settled by the first money booked when not given.
        package var financing: String?
        package init(
            partnerID: UUID?, kind: String?, title: String?, start: CivilDate, end: CivilDate?, ourGoals: String?,
            theirGoals: String?, value: Int64, financing: String? = nil
        ) {
            (self.partnerID, self.kind, self.title, self.start, self.end) = (partnerID, kind, title, start, end)
            (self.ourGoals, self.theirGoals, self.value, self.financing) = (ourGoals, theirGoals, value, financing)
        }
    }

    /// The agreements `partners` limits to (a partner's own people see theirs only), the latest first.
    package func all(of partners: [UUID]? = nil) async throws -> [PartnershipRecord] {
        var query = tenant.query(PartnershipRecord.self)
        if let partners { query = query.filter(\.$partnerID ~~ partners) }
        return try await query.sort(\.$start, .descending).sort(\.$title).all()
    }

    /// One agreement, if the reader may see it: one of their partner's for a partner's own people.
    package func find(_ id: UUID?, of partners: [UUID]? = nil) async throws -> PartnershipRecord {
        guard let agreement = try await tenant.find(PartnershipRecord.self, id),
            partners?.contains(agreement.partnerID) ?? true
        else { throw AccessError.notFound }
        return agreement
    }

    package func create(_ draft: Draft, by actor: Actor) async throws -> PartnershipRecord {
        guard let partnerID = draft.partnerID else { throw PartnershipError.field(.required("partnerId")) }
        _ = try await PartnerStore(tenant).find(partnerID)
        guard let kind = draft.kind.flatMap(PartnershipKind.init(rawValue:)) else {
            throw PartnershipError.field(.invalidChoice("kind"))
        }
        _ = try PartnershipDates.checked(draft.start, field: "start")
        if let end = draft.end {
            _ = try PartnershipDates.checked(end, field: "end")
            if end < draft.start { throw PartnershipError.endBeforeStart }
        }
        guard draft.value >= 0 else { throw PartnershipError.field(.invalidChoice("value")) }
        let financing = try draft.financing.flatMap { text throws(PartnershipError) in
            guard let financing = Financing(rawValue: text) else { throw .field(.invalidChoice("financing")) }
            guard kind == .financial else { throw .notFinancial }
            return financing
        }
        let agreement = PartnershipRecord()
        agreement.financing = financing
        do {
            agreement.title = try FieldRules.required(draft.title, field: "title", max: FieldLimit.meetingTitle)
            agreement.ourGoals = try FieldRules.within(draft.ourGoals?.trimmed, field: "ourGoals", max: FieldLimit.note * 3)
            agreement.theirGoals = try FieldRules.within(
                draft.theirGoals?.trimmed, field: "theirGoals", max: FieldLimit.note * 3)
        } catch { throw PartnershipError.field(error) }
        (agreement.partnerID, agreement.kind, agreement.start, agreement.end) = (partnerID, kind, draft.start, draft.end)
        (agreement.value, agreement.status) = (draft.value, .draft)
        try await tenant.create(agreement)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipCreate, entity: "partnership", entityID: agreement.id,
            after: [
                "title": agreement.title, "kind": kind.rawValue, "status": PartnershipStatus.draft.rawValue,
                "financing": financing?.rawValue ?? "",
            ])
        return agreement
    }

    /// Money of `financing` may move under the agreement now: it runs, is financial and brings that money.
    /// The agreement is locked, and an agreement that had not said what it brings brings that from now on.
    package func book(_ financing: Financing, under agreement: PartnershipRecord) async throws {
        try await lock(agreement)
        // Read again under the lock: another booking may have settled what it brings.
        let current = try await find(agreement.id)
        try financing.admitted(kind: current.kind, status: current.status, fixed: current.financing)
        if current.financing == nil {
            current.financing = financing
            try await current.update(on: tenant.db)
        }
    }

    /// Activated, put under review or ended.
    package func act(_ action: PartnershipAction, on agreement: PartnershipRecord, by actor: Actor) async throws
        -> PartnershipRecord
    {
        try await lock(agreement)
        let before = agreement.status
        agreement.status = try agreement.status.after(action)
        try await agreement.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipStep, entity: "partnership", entityID: agreement.id,
            before: ["status": before.rawValue], after: ["status": agreement.status.rawValue])
        return agreement
    }

    // MARK: the matrix

    package func tasks(of id: UUID) async throws -> [ResponsibilityTask] {
        try await tenant.query(PartnershipTaskRecord.self).filter(\.$partnershipID == id).sort(\.$position).all().map {
            ResponsibilityTask(
                task: $0.task,
                parties: (try? JSONDecoder().decode([String: Responsibility].self, from: Data($0.parties.utf8))) ?? [:])
        }
    }

    /// Replaces the matrix with `tasks` (checked in the core: one accountable party a task).
    package func setTasks(_ tasks: [ResponsibilityTask], of agreement: PartnershipRecord, by actor: Actor) async throws {
        try await lock(agreement)
        guard agreement.status.isOpen else { throw PartnershipError.state(agreement.status) }
        try await tenant.query(PartnershipTaskRecord.self).filter(\.$partnershipID == agreement.id!).delete()
        for (position, task) in tasks.enumerated() {
            let record = PartnershipTaskRecord()
            (record.partnershipID, record.position, record.task) = (agreement.id!, position, task.task)
            record.parties = String(decoding: try JSONEncoder.sorted.encode(task.parties), as: UTF8.self)
            try await tenant.create(record)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipTasks, entity: "partnership", entityID: agreement.id,
            after: ["tasks": String(tasks.count)])
    }

    // MARK: commitments

    package func commitments(of ids: [UUID]) async throws -> [CommitmentRecord] {
        try await tenant.query(CommitmentRecord.self).filter(\.$partnershipID ~~ ids).sort(\.$due).sort(\.$what).all()
    }

    package func commit(
        _ party: String?, owes what: String?, by due: CivilDate, under agreement: PartnershipRecord, actor: Actor
    ) async throws -> CommitmentRecord {
        guard agreement.status.isOpen else { throw PartnershipError.state(agreement.status) }
        guard let party = party.flatMap(PartnershipParty.init(rawValue:)) else {
            throw PartnershipError.field(.invalidChoice("party"))
        }
        try Commitment.checked(due: due, start: agreement.start, end: agreement.end)
        let commitment = CommitmentRecord()
        do { commitment.what = try FieldRules.required(what, field: "what", max: FieldLimit.note) } catch {
            throw PartnershipError.field(error)
        }
        (commitment.partnershipID, commitment.party, commitment.due, commitment.status) = (
            agreement.id!, party, due, .open
        )
        try await tenant.create(commitment)
        try await AuditLog.append(
            tenant, actor: actor, action: .commitmentAdd, entity: "partnership", entityID: agreement.id,
            after: ["party": party.rawValue, "what": commitment.what, "dueOn": due.description])
        return commitment
    }

    package func commitment(_ id: UUID?, in agreement: PartnershipRecord) async throws -> CommitmentRecord {
        guard let id,
            let commitment = try await tenant.query(CommitmentRecord.self).filter(\.$id == id)
                .filter(\.$partnershipID == agreement.id!).first()
        else { throw AccessError.notFound }
        return commitment
    }

    /// Delivered, with its evidence: words, an upload, or an entry in the books. A partner's own people record
    /// only what their side delivers.
    package func deliver(
        _ commitment: CommitmentRecord, under agreement: PartnershipRecord, evidence: String?, upload: UUID?, entry: UUID?,
        on date: CivilDate, asPartner: Bool, by actor: Actor
    ) async throws -> CommitmentRecord {
        guard !asPartner || commitment.party == .partner else { throw PartnershipError.notTheirs }
        guard agreement.status.isOpen else { throw PartnershipError.state(agreement.status) }
        guard commitment.status == .open else { throw PartnershipError.commitmentClosed }
        let note = evidence?.trimmed ?? ""
        guard !note.isEmpty || upload != nil || entry != nil else { throw PartnershipError.field(.required("evidence")) }
        do { try FieldRules.within(note, field: "evidence", max: FieldLimit.note) } catch { throw PartnershipError.field(error) }
        if let upload, try await tenant.find(UploadRecord.self, upload) == nil { throw AccessError.notFound }
        if let entry, try await tenant.find(JournalEntryRecord.self, entry) == nil { throw AccessError.notFound }
        (commitment.status, commitment.deliveredOn, commitment.evidence) = (.delivered, date, note.isEmpty ? nil : note)
        (commitment.evidenceUploadID, commitment.evidenceEntryID, commitment.recordedByName) = (upload, entry, actor.name)
        try await commitment.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .commitmentDeliver, entity: "partnership", entityID: commitment.partnershipID,
            after: ["what": commitment.what, "deliveredOn": date.description])
        return commitment
    }

    /// Let go by agreement: no longer owed.
    package func waive(_ commitment: CommitmentRecord, under agreement: PartnershipRecord, by actor: Actor) async throws
        -> CommitmentRecord
    {
        guard agreement.status.isOpen else { throw PartnershipError.state(agreement.status) }
        guard commitment.status == .open else { throw PartnershipError.commitmentClosed }
        commitment.status = .waived
        try await commitment.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .commitmentWaive, entity: "partnership", entityID: commitment.partnershipID,
            after: ["what": commitment.what])
        return commitment
    }

    /// Reminds, through the outbox, each partner with a phone of what it owes that is overdue: on the first day
    /// it is late, then weekly. The cooperative's own overdue commitments are on the risk board. Returns how
    /// many were sent.
    package func remindOverdue(
        on today: CivilDate, now: Date, message: (_ partner: String, _ what: String, _ due: CivilDate) -> String
    ) async throws -> Int {
        let running = try await all().filter { $0.status == .active || $0.status == .underReview }
        let partners = Dictionary(uniqueKeysWithValues: try await PartnerStore(tenant).all().map { ($0.id!, $0) })
        let partnerOf = Dictionary(uniqueKeysWithValues: running.map { ($0.id!, $0.partnerID) })
        var sent = 0
        for commitment in try await commitments(of: Array(partnerOf.keys))
        where commitment.party == .partner && Commitment.isOverdue(commitment.status, due: commitment.due, today: today)
            && (commitment.remindedOn.map { $0.days(until: today) >= 7 } ?? true)
        {
            guard let partner = partnerOf[commitment.partnershipID].flatMap({ partners[$0] }),
                let phone = partner.phone.flatMap({ try? PhoneNumber($0) })
            else { continue }
            try await PhoneCodeStore(tenant).post(message(partner.name, commitment.what, commitment.due), to: phone, now: now)
            commitment.remindedOn = today
            try await commitment.update(on: tenant.db)
            sent += 1
        }
        return sent
    }

    // MARK: reviews

    package func reviews(of id: UUID) async throws -> [PartnershipReviewRecord] {
        try await tenant.query(PartnershipReviewRecord.self).filter(\.$partnershipID == id).sort(\.$reviewedOn, .descending)
            .sort(\.$createdAt, .descending).all()
    }

    /// A review on `date`: what was due by then against what was delivered, whether the goals still meet, and
    /// the decision (an end ends the agreement).
    package func review(
        _ agreement: PartnershipRecord, decision: String?, diverging: Bool, note: String?, on date: CivilDate,
        by actor: Actor
    ) async throws -> PartnershipReviewRecord {
        guard let decision = decision.flatMap(ReviewDecision.init(rawValue:)) else {
            throw PartnershipError.field(.invalidChoice("decision"))
        }
        try await lock(agreement)
        let status = try agreement.status.reviewed(decision)
        let review = PartnershipReviewRecord()
        do { review.note = try FieldRules.required(note, field: "note", max: FieldLimit.note * 3) } catch {
            throw PartnershipError.field(error)
        }
        let due = try await commitments(of: [agreement.id!]).filter { $0.status != .waived && $0.due <= date }
        (review.partnershipID, review.reviewedOn, review.committed) = (agreement.id!, date, due.count)
        review.delivered = due.filter { $0.status == .delivered }.count
        (review.diverging, review.decision, review.byName) = (diverging, decision, actor.name)
        let benefits = try await BenefitStore(tenant).indicators(of: agreement).map {
            ReviewedBenefit(name: $0.record.name, benefit: $0.benefit, unit: $0.record.unit)
        }
        if !benefits.isEmpty { review.benefitsJSON = String(decoding: try JSONEncoder().encode(benefits), as: UTF8.self) }
        try await tenant.create(review)
        let before = agreement.status
        agreement.status = status
        try await agreement.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipReview, entity: "partnership", entityID: agreement.id,
            before: ["status": before.rawValue],
            after: ["status": status.rawValue, "decision": decision.rawValue, "diverging": String(diverging)])
        return review
    }
}

extension PartnershipStore {
    /// Serialises changes to one cooperative's agreements: two at once cannot both pass a step's check.
    /// Changes to one agreement and its parts take turns.
    package func lock(_ agreement: PartnershipRecord) async throws {
        guard !tenant.db.isSQLite else { return }
        _ = try await tenant.db.sql.raw(
            """
            SELECT id FROM partnerships WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: agreement.id!)
            FOR NO KEY UPDATE
            """
        ).all()
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
