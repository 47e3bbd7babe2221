import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Ideas in the browser, for anyone signed in: the list and the form to propose one (with a photo), an
/// idea with its support and comments, and the board's steps, answer and hiding.
struct IdeaPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("ideas", use: list)
        routes.post("ideas", use: propose)
        routes.get("ideas", ":id", use: show)
        routes.get("ideas", ":id", "photos", ":photo", use: photo)
        routes.post("ideas", ":id", "support", use: support)
        routes.post("ideas", ":id", "comments", use: comment)
        routes.post("ideas", ":id", "answer", use: answer)
        routes.post("ideas", ":id", "hide", use: hide)
        for action in IdeaAction.allCases {
            routes.post("ideas", ":id", .constant(action.rawValue)) { try await step(action, $0) }
        }
    }

    /// Who reads: their sign-in and whether they see the cooperative's people (nil: signed out).
    typealias Reader = (userID: UUID, staff: Bool)?

    static func reader(_ request: Request) -> Reader {
        request.principal.map { ($0.userID, $0.allows(.viewMembers)) }
    }

    /// Whether the reader sees a name written by `author`.
    static func names(_ author: UUID?, for reader: Reader) -> Bool {
        guard let reader else { return false }
        return IdeaNames.shown(toStaff: reader.staff, own: author == reader.userID)
    }

    /// The ideas as a list shows them: the reader's language for categories, names as the reader may see them.
    static func rows(_ ideas: [IdeaRecord], _ tenant: Tenant, english: Bool, reader: Reader) async throws
        -> [IdeasPage.Idea]
    {
        let categories = Dictionary(
            uniqueKeysWithValues: try await IdeaStore(tenant).categories().map { ($0.id!, english ? $0.nameEN : $0.nameID) })
        return ideas.map { row($0, category: categories[$0.categoryID] ?? "", reader: reader) }
    }

    static func row(_ idea: IdeaRecord, category: String, reader: Reader) -> IdeasPage.Idea {
        .init(
            id: idea.id!, number: idea.number, category: category, title: idea.title, body: idea.body,
            author: names(idea.authorUserID, for: reader) ? idea.authorName : nil, status: idea.status, reason: idea.reason,
            answer: idea.answer, supports: idea.supports, proposedOn: idea.proposedOn, hidden: idea.hidden,
            outcome: idea.outcome, outcomeNote: idea.outcomeNote)
    }

    private func listModel(_ request: Request) async throws -> IdeasPage.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let english = request.language == .en
        let store = IdeaStore(tenant)
        var model = IdeasPage.Model(
            ideas: try await Self.rows(
                try await store.all(includingHidden: principal.allows(.moderateIdeas)), tenant, english: english,
                reader: Self.reader(request)),
            categories: try await store.categories().map { ($0.id!, english ? $0.nameEN : $0.nameID) })
        (model.canConsult, model.canSeeEngagement) = (principal.allows(.consult), principal.allows(.viewStore))
        return model
    }

    func list(_ request: Request) async throws -> Response {
        request.html(IdeasPage.View.render(try await listModel(request), in: request.pageContext()))
    }

    struct ProposeForm: Content {
        var categoryId: String?
        var title: String?
        var body: String?
        var photo: File?
    }

    func propose(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let form = try request.content.decode(ProposeForm.self)
        do {
            var photos: [UUID] = []
            if let file = form.photo, file.data.readableBytes > 0 {
                photos.append(try await UploadStore(tenant).keep(Array(file.data.readableBytesView), by: principal.actor).id!)
            }
            let idea = try await IdeaStore(tenant).propose(
                category: UUID(uuidString: form.categoryId ?? ""), title: form.title, body: form.body, photos: photos,
                on: request.today(), by: principal.actor)
            return request.redirect(to: SiteURL.idea(idea.id!).path, notice: "idea_proposed")
        } catch let error as any DomainError {
            var model = try await listModel(request)
            model.values = ["categoryId": form.categoryId ?? "", "title": form.title ?? "", "body": form.body ?? ""]
            return SupplyPages.refused(error, fields: ["categoryId", "title", "body", "file"], request) {
                model.errors = $0
                return IdeasPage.View.render(model, in: request.pageContext())
            }
        }
    }

    private func detail(_ request: Request, _ idea: IdeaRecord) async throws -> IdeasPage.Detail {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = IdeaStore(tenant)
        let moderator = principal.allows(.moderateIdeas)
        let english = request.language == .en
        let category = try await store.categories().first { $0.id == idea.categoryID }
        var detail = IdeasPage.Detail(
            idea: Self.row(idea, category: (english ? category?.nameEN : category?.nameID) ?? "", reader: Self.reader(request)),
            photos: try await store.photos(of: idea.id!),
            comments: try await store.comments(of: idea.id!, includingHidden: moderator).map {
                .init(
                    id: $0.id!, author: Self.names($0.authorUserID, for: Self.reader(request)) ? $0.authorName : nil,
                    body: $0.body, hidden: $0.hidden)
            }, supported: try await store.supported(idea.id!, by: principal.userID),
            actions: moderator ? idea.status.allowed : [], canModerate: moderator)
        if let session = try await ConsultationStore(tenant).session(of: idea.id!) {
            detail.session = (principal.allows(.consult) ? session.id : nil, session.topic, session.heldOn)
        }
        if moderator {
            let products = try await tenant.query(ProductRecord.self).sort(\.$name).all()
            detail.products = products.filter { $0.active || $0.id == idea.outcomeProductID }.map { ($0.id!, $0.name) }
            detail.product = detail.products.first { $0.id == idea.outcomeProductID }
        }
        return detail
    }

    /// An idea the reader may see: hidden ones only for the board.
    private func visible(_ request: Request) async throws -> IdeaRecord {
        let idea = try await IdeaStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        let moderator = try request.signedIn().allows(.moderateIdeas)
        guard !idea.hidden || moderator else { throw AccessError.notFound }
        return idea
    }

    func show(_ request: Request) async throws -> Response {
        let idea = try await visible(request)
        return request.html(IdeasPage.View.render(try await detail(request, idea), in: request.pageContext()))
    }

    /// A photo of an idea the reader may see.
    func photo(_ request: Request) async throws -> Response {
        let idea = try await visible(request)
        let tenant = try request.tenant()
        guard let id = request.parameters.get("photo", as: UUID.self),
            try await IdeaStore(tenant).photos(of: idea.id!).contains(id)
        else { throw AccessError.notFound }
        return SupplyController.serve(try await UploadStore(tenant).find(id))
    }

    /// A step on an idea; refused, the idea's page again with why.
    private func act(
        _ request: Request, notice: String, field: String = "form",
        _ work: (IdeaStore, IdeaRecord, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try request.signedIn()
        let idea = try await visible(request)
        do {
            try await work(try IdeaStore(request.tenant()), idea, principal)
            return request.redirect(to: SiteURL.idea(idea.id!).path, notice: notice)
        } catch let error as any DomainError {
            var detail = try await detail(request, idea)
            return SupplyPages.refused(error, fields: ["body", "reason", "answer"], request) {
                detail.errors = field == "form" ? $0 : Dictionary(uniqueKeysWithValues: $0.map { (field, $0.value) })
                return IdeasPage.View.render(detail, in: request.pageContext())
            }
        }
    }

    struct TextForm: Content {
        var body: String?
        var reason: String?
        var answer: String?
        var outcome: String?
        var outcomeNote: String?
        var productId: String?
    }

    func support(_ request: Request) async throws -> Response {
        try await act(request, notice: "idea_supported") { store, idea, principal in
            _ = try await store.support(idea, by: principal.userID)
        }
    }

    func comment(_ request: Request) async throws -> Response {
        let form = try request.content.decode(TextForm.self)
        return try await act(request, notice: "idea_commented", field: "body") { store, idea, principal in
            _ = try await store.comment(on: idea, body: form.body, by: principal.actor)
        }
    }

    func answer(_ request: Request) async throws -> Response {
        _ = try request.authorize(.moderateIdeas)
        let form = try request.content.decode(TextForm.self)
        return try await act(request, notice: "idea_answered", field: "answer") { store, idea, principal in
            let outcome = try IdeasController.outcome(form.outcome)
            let note = form.outcomeNote?.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try await store.answer(
                idea, with: form.answer, outcome: outcome, note: note?.isEmpty == false ? note : nil,
                product: UUID(uuidString: form.productId ?? ""), by: principal.actor)
        }
    }

    func hide(_ request: Request) async throws -> Response {
        _ = try request.authorize(.moderateIdeas)
        let form = try request.content.decode(TextForm.self)
        return try await act(request, notice: "idea_hidden", field: "hideReason") { store, idea, principal in
            try await store.hide(idea, comment: nil, reason: form.reason, by: principal.actor)
        }
    }

    func step(_ action: IdeaAction, _ request: Request) async throws -> Response {
        _ = try request.authorize(.moderateIdeas)
        let form = try request.content.decode(TextForm.self)
        return try await act(request, notice: "idea_moved", field: action == .decline ? "reason" : "form") {
            store, idea, principal in
            _ = try await store.act(action, on: idea, reason: form.reason, by: principal.actor)
        }
    }
}
