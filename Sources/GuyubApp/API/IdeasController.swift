import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Ideas from everyone through the API: anyone signed in proposes, supports once and comments; the board
/// moves ideas along, answers them in public, and hides what breaks the rules.
struct IdeasController {
    /// The reader, as the names they may see depend on: their sign-in and whether they see the people.
    static func reader(_ principal: Principal) -> (userID: UUID, staff: Bool) {
        (principal.userID, principal.allows(.viewMembers))
    }

    func categories(_ request: Request) async throws -> [IdeaCategoryDTO] {
        _ = try request.signedIn()
        let english = request.language == .en
        return try await IdeaStore(request.tenant()).categories().map {
            IdeaCategoryDTO(id: $0.id!, code: $0.code, name: english ? $0.nameEN : $0.nameID)
        }
    }

    /// `GET /api/v1/ideas`: the newest first (hidden ones for the board too).
    func ideas(_ request: Request) async throws -> [IdeaDTO] {
        let principal = try request.signedIn()
        let moderator = principal.allows(.moderateIdeas)
        return try await IdeaStore(request.tenant()).all(includingHidden: moderator).map {
            IdeaDTO($0, for: Self.reader(principal), moderator: moderator)
        }
    }

    /// `GET /api/v1/ideas/{id}`: with its photos, comments and whether the reader supports it.
    func idea(_ request: Request) async throws -> IdeaDTO {
        let principal = try request.signedIn()
        let moderator = principal.allows(.moderateIdeas)
        let store = try IdeaStore(request.tenant())
        let idea = try await store.find(request.parameters.get("id", as: UUID.self))
        guard !idea.hidden || moderator else { throw AccessError.notFound }
        return IdeaDTO(
            idea, for: Self.reader(principal), supported: try await store.supported(idea.id!, by: principal.userID),
            photos: try await store.photos(of: idea.id!),
            comments: try await store.comments(of: idea.id!, includingHidden: moderator), moderator: moderator)
    }

    /// `POST /api/v1/ideas {"categoryId","title","body","photoIds"?}` → 201.
    func propose(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let input = try request.content.decode(IdeaInput.self)
        let idea = try await IdeaStore(request.tenant()).propose(
            category: input.categoryId, title: input.title, body: input.body, photos: input.photoIds ?? [],
            on: request.today(), by: principal.actor)
        return try created(IdeaDTO(idea, for: Self.reader(principal), moderator: principal.allows(.moderateIdeas)))
    }

    /// `POST /api/v1/ideas/{id}/support` → 201; 409 `already_supported` the second time.
    func support(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let store = try IdeaStore(request.tenant())
        let idea = try await store.find(request.parameters.get("id", as: UUID.self))
        guard !idea.hidden else { throw AccessError.notFound }
        return try created(
            IdeaDTO(try await store.support(idea, by: principal.userID), for: Self.reader(principal), supported: true))
    }

    /// `POST /api/v1/ideas/{id}/comments {"body"}` → 201.
    func comment(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let store = try IdeaStore(request.tenant())
        let idea = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(IdeaCommentInput.self)
        let comment = try await store.comment(on: idea, body: input.body, by: principal.actor)
        return try created(
            IdeaDTO.Comment(id: comment.id!, author: comment.authorName, body: comment.body, at: comment.createdAt))
    }

    /// `POST /api/v1/ideas/{id}/review|accept|start|finish|decline {"reason"?}`: the board's step.
    func step(_ action: IdeaAction) -> @Sendable (Request) async throws -> IdeaDTO {
        { request in
            let principal = try request.authorize(.moderateIdeas)
            let store = try IdeaStore(request.tenant())
            let idea = try await store.find(request.parameters.get("id", as: UUID.self))
            let input = try request.content.decode(IdeaStepInput.self)
            return IdeaDTO(
                try await store.act(action, on: idea, reason: input.reason, by: principal.actor), for: Self.reader(principal),
                moderator: true)
        }
    }

    /// `PUT /api/v1/ideas/{id}/answer {"answer","outcome"?,"outcomeNote"?,"productId"?}`: the board's public
    /// answer, and what the idea became.
    func answer(_ request: Request) async throws -> IdeaDTO {
        let principal = try request.authorize(.moderateIdeas)
        let store = try IdeaStore(request.tenant())
        let idea = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(IdeaAnswerInput.self)
        return IdeaDTO(
            try await store.answer(
                idea, with: input.answer, outcome: try Self.outcome(input.outcome), note: input.outcomeNote,
                product: input.productId, by: principal.actor), for: Self.reader(principal), moderator: true)
    }

    /// What an idea became, as sent: nothing, or one of the outcomes.
    static func outcome(_ given: String?) throws -> IdeaOutcome? {
        guard let given, !given.isEmpty else { return nil }
        guard let outcome = IdeaOutcome(rawValue: given) else { throw ConsumerError.field(.invalidChoice("outcome")) }
        return outcome
    }

    /// `POST /api/v1/ideas/{id}/hide {"reason","commentId"?}`: the idea, or one comment, hidden with why.
    func hide(_ request: Request) async throws -> IdeaDTO {
        let principal = try request.authorize(.moderateIdeas)
        let store = try IdeaStore(request.tenant())
        let idea = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(IdeaStepInput.self)
        try await store.hide(idea, comment: input.commentId, reason: input.reason, by: principal.actor)
        return IdeaDTO(try await store.find(idea.id), for: Self.reader(principal), moderator: true)
    }
}
