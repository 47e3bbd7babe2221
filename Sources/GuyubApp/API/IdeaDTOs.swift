import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// `{"categoryId","title","body","photoIds"?}`.
struct IdeaInput: Content {
    var categoryId: UUID?
    var title: String?
    var body: String?
    var photoIds: [UUID]?
}

/// `{"reason"?}` for a step (a decline needs it) or a hiding; `{"answer","outcome"?,"outcomeNote"?}`.
struct IdeaStepInput: Content {
    var reason: String?
    var commentId: UUID?
}

struct IdeaAnswerInput: Content {
    var answer: String?
    var outcome: String?
    var outcomeNote: String?
    var productId: UUID?
}

struct IdeaCommentInput: Content {
    var body: String?
}

struct IdeaCategoryDTO: Content {
    var id: UUID
    var code: String
    var name: String
}

struct IdeaDTO: Content {
    struct Comment: Content {
        var id: UUID
        /// Shown to staff who see the cooperative's people, and to its writer.
        var author: String?
        var body: String
        var at: Date?
    }
    var id: UUID
    var number: Int
    var categoryId: UUID
    var title: String
    var body: String
    /// Shown to staff who see the cooperative's people, and to its proposer.
    var author: String?
    var status: String
    var reason: String?
    var answer: String?
    var answeredBy: String?
    var outcome: String?
    var outcomeNote: String?
    /// The product it became.
    var productId: UUID?
    var supports: Int
    var proposedOn: String
    var hidden: Bool
    /// The reader supports it already (when asked as a signed-in person).
    var supported: Bool?
    var photoIds: [UUID]?
    var comments: [Comment]?
    /// What the reader may do with it now.
    var actions: [String]

    init(
        _ idea: IdeaRecord, for reader: (userID: UUID, staff: Bool), supported: Bool? = nil, photos: [UUID]? = nil,
        comments: [IdeaCommentRecord]? = nil, moderator: Bool = false
    ) {
        func name(_ author: UUID?, _ written: String) -> String? {
            IdeaNames.shown(toStaff: reader.staff, own: author == reader.userID) ? written : nil
        }
        id = idea.id!
        number = idea.number
        categoryId = idea.categoryID
        title = idea.title
        body = idea.body
        author = name(idea.authorUserID, idea.authorName)
        status = idea.status.rawValue
        reason = idea.reason
        answer = idea.answer
        answeredBy = idea.answeredByName
        outcome = idea.outcome?.rawValue
        outcomeNote = idea.outcomeNote
        productId = idea.outcomeProductID
        supports = idea.supports
        proposedOn = idea.proposedOn.description
        hidden = idea.hidden
        self.supported = supported
        photoIds = photos
        self.comments = comments?.map {
            Comment(id: $0.id!, author: name($0.authorUserID, $0.authorName), body: $0.body, at: $0.createdAt)
        }
        actions = moderator ? idea.status.allowed.map(\.rawValue) : []
    }
}
