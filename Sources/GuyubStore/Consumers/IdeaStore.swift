import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Ideas from everyone the cooperative serves (urun ide): proposed with photos, supported once by each
/// person, commented on, moved along by the board with its public answer, declined with a reason the
/// proposer reads, and hidden (with why, in the audit trail) when they break the rules.
package struct IdeaStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// The cooperative's categories; the standard ones the first time they are asked for.
    package func categories() async throws -> [IdeaCategoryRecord] {
        let found = try await tenant.query(IdeaCategoryRecord.self).sort(\.$nameID).all()
        guard found.isEmpty else { return found }
        for standard in IdeaCategory.standard {
            let category = IdeaCategoryRecord()
            (category.code, category.nameID, category.nameEN) = (standard.code, standard.nameID, standard.nameEN)
            do { try await tenant.create(category) } catch  where error.isConstraintFailure {}
        }
        return try await tenant.query(IdeaCategoryRecord.self).sort(\.$nameID).all()
    }

    package func find(_ id: UUID?) async throws -> IdeaRecord {
        guard let idea = try await tenant.find(IdeaRecord.self, id) else { throw AccessError.notFound }
        return idea
    }

    /// Ideas, the newest first; hidden ones only for those who moderate.
    package func all(includingHidden: Bool = false, limit: Int = 200) async throws -> [IdeaRecord] {
        var query = tenant.query(IdeaRecord.self)
        if !includingHidden { query = query.filter(\.$hidden == false) }
        return try await query.sort(\.$number, .descending).limit(limit).all()
    }

    /// A new idea in a category, with the photos already kept (images only); in the name of `author` when
    /// someone records it for them (what a guest said at a consultation).
    package func propose(
        category categoryID: UUID?, title: String?, body: String?, photos: [UUID], on date: CivilDate, by actor: Actor,
        author: Actor? = nil
    ) async throws -> IdeaRecord {
        let title = try IdeaText.checked(title, field: "title", max: FieldLimit.name)
        let body = try IdeaText.checked(body, field: "body", max: FieldLimit.note * 3)
        guard let categoryID, try await tenant.find(IdeaCategoryRecord.self, categoryID) != nil else {
            throw ConsumerError.field(.invalidChoice("categoryId"))
        }
        guard photos.count <= 3, Set(photos).count == photos.count else { throw ConsumerError.field(.invalidChoice("photoIds")) }
        let uploads = try await tenant.query(UploadRecord.self).filter(\.$id ~~ photos).all()
        guard uploads.count == photos.count else { throw AccessError.notFound }
        guard uploads.allSatisfy({ $0.kind != .pdf }) else { throw UploadError.unsupportedType }
        // The cooperative's row first, so two ideas at once do not take one number.
        try await StockStore(tenant).lockCooperative()
        let idea = IdeaRecord()
        idea.id = UUID()
        idea.number = (try await tenant.query(IdeaRecord.self).sort(\.$number, .descending).first()?.number ?? 0) + 1
        idea.categoryID = categoryID
        idea.title = title
        idea.body = body
        idea.authorUserID = (author ?? actor).userID
        idea.authorName = (author ?? actor).name
        idea.status = .submitted
        idea.hidden = false
        idea.supports = 0
        idea.proposedOn = date
        try await tenant.create(idea)
        for upload in photos {
            let photo = IdeaPhotoRecord()
            (photo.ideaID, photo.uploadID) = (idea.id!, upload)
            try await tenant.create(photo)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .ideaPropose, entity: "idea", entityID: idea.id,
            after: ["number": String(idea.number), "title": title])
        return idea
    }

    /// One support a person: a second is refused.
    package func support(_ idea: IdeaRecord, by userID: UUID) async throws -> IdeaRecord {
        guard idea.status.isOpen, !idea.hidden else { throw ConsumerError.ideaState(idea.status) }
        let support = IdeaSupportRecord()
        (support.ideaID, support.userID) = (idea.id!, userID)
        if try await tenant.query(IdeaSupportRecord.self).filter(\.$ideaID == idea.id!).filter(\.$userID == userID).first()
            != nil
        {
            throw ConsumerError.alreadySupported
        }
        do { try await tenant.create(support) } catch  where error.isConstraintFailure { throw ConsumerError.alreadySupported }
        try await tenant.runTogether([
            SQLQueryString(
                """
                UPDATE ideas SET supports = supports + 1
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: idea.id!)
                """)
        ])
        idea.supports += 1
        return idea
    }

    package func supported(_ ideaID: UUID, by userID: UUID) async throws -> Bool {
        try await tenant.query(IdeaSupportRecord.self).filter(\.$ideaID == ideaID).filter(\.$userID == userID).first() != nil
    }

    package func comment(on idea: IdeaRecord, body: String?, by actor: Actor) async throws -> IdeaCommentRecord {
        guard !idea.hidden else { throw AccessError.notFound }
        let comment = IdeaCommentRecord()
        comment.ideaID = idea.id!
        comment.authorUserID = actor.userID
        comment.authorName = actor.name
        comment.body = try IdeaText.checked(body, field: "body", max: FieldLimit.note)
        comment.hidden = false
        try await tenant.create(comment)
        return comment
    }

    /// The comments shown with an idea, oldest first (hidden ones only for those who moderate).
    package func comments(of ideaID: UUID, includingHidden: Bool = false) async throws -> [IdeaCommentRecord] {
        var query = tenant.query(IdeaCommentRecord.self).filter(\.$ideaID == ideaID)
        if !includingHidden { query = query.filter(\.$hidden == false) }
        return try await query.sort(\.$createdAt).all()
    }

    package func photos(of ideaID: UUID) async throws -> [UUID] {
        try await tenant.query(IdeaPhotoRecord.self).filter(\.$ideaID == ideaID).all().map(\.uploadID)
    }

    /// The board moves an idea along; a decline says why, for its proposer.
    package func act(_ action: IdeaAction, on idea: IdeaRecord, reason: String?, by actor: Actor) async throws -> IdeaRecord {
        let given = reason?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false ? reason : nil
        let reason = try given.map { try IdeaText.checked($0, field: "reason", max: FieldLimit.note) }
        let before = idea.status
        idea.status = try idea.status.after(action, reason: reason)
        if action == .decline { idea.reason = reason }
        try await idea.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .ideaStep, entity: "idea", entityID: idea.id,
            before: ["status": before.rawValue], after: ["status": idea.status.rawValue, "reason": reason ?? ""])
        return idea
    }

    /// The board's public answer, and what the idea became when it became something.
    package func answer(
        _ idea: IdeaRecord, with text: String?, outcome: IdeaOutcome?, note: String?, product: UUID? = nil,
        by actor: Actor
    ) async throws -> IdeaRecord {
        idea.answer = try IdeaText.checked(text, field: "answer", max: FieldLimit.note * 3)
        if let product {
            guard outcome == .product else { throw ConsumerError.field(.invalidChoice("productId")) }
            guard try await tenant.find(ProductRecord.self, product) != nil else { throw AccessError.notFound }
        }
        idea.answeredByName = actor.name
        idea.outcome = outcome
        idea.outcomeProductID = product
        idea.outcomeNote = try note.flatMap { try IdeaText.checked($0, field: "outcomeNote", max: FieldLimit.name) }
        try await idea.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .ideaAnswer, entity: "idea", entityID: idea.id,
            after: ["answer": idea.answer ?? "", "outcome": outcome?.rawValue ?? ""])
        return idea
    }

    /// Hides an idea, or one of its comments, with why: kept, and in the audit trail.
    package func hide(_ idea: IdeaRecord, comment commentID: UUID?, reason: String?, by actor: Actor) async throws {
        let reason = try IdeaText.checked(reason, field: "reason", max: FieldLimit.note)
        if let commentID {
            guard
                let comment = try await tenant.query(IdeaCommentRecord.self).filter(\.$id == commentID)
                    .filter(\.$ideaID == idea.id!).first()
            else { throw AccessError.notFound }
            comment.hidden = true
            try await comment.update(on: tenant.db)
        } else {
            idea.hidden = true
            idea.hiddenReason = reason
            try await idea.update(on: tenant.db)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .ideaHide, entity: "idea", entityID: idea.id,
            after: ["comment": commentID?.uuidString.lowercased() ?? "", "reason": reason])
    }
}
