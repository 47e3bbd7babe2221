import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Consultation sessions in the browser, for those who hold them: the list and the form to plan one; a
/// session with its guests (found by name or phone in their group), who came, and what they said.
struct ConsultationPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("consultations", use: list)
        routes.post("consultations", use: plan)
        routes.get("consultations", ":id", use: show)
        routes.post("consultations", ":id", "guests", use: invite)
        routes.post("consultations", ":id", "attendance", use: attend)
        routes.post("consultations", ":id", "ideas", use: record)
        for action in [ConsultationAction.finish, .cancel] {
            routes.post("consultations", ":id", .constant(action.rawValue)) { try await step(action, $0) }
        }
    }

    private static func row(_ session: ConsultationRecord, guests: [ConsultationGuestRecord]) -> ConsultationsPage.Session {
        .init(
            id: session.id!, topic: session.topic, kind: session.kind, heldOn: session.heldOn, startsAt: session.startsAt,
            place: session.place, status: session.status, invited: guests.count, came: guests.filter(\.attended).count)
    }

    private func listModel(_ request: Request) async throws -> ConsultationsPage.Model {
        _ = try request.authorize(.consult)
        let store = try ConsultationStore(request.tenant())
        var rows: [ConsultationsPage.Session] = []
        for session in try await store.all() { rows.append(Self.row(session, guests: try await store.guests(of: session.id!))) }
        return ConsultationsPage.Model(sessions: rows)
    }

    func list(_ request: Request) async throws -> Response {
        request.html(ConsultationsPage.View.render(try await listModel(request), in: request.pageContext()))
    }

    struct PlanForm: Content {
        var topic: String?
        var kind: String?
        var heldOn: String?
        var startsAt: String?
        var place: String?
    }

    func plan(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.consult)
        let form = try request.content.decode(PlanForm.self)
        do {
            guard let heldOn = CivilDate(written: form.heldOn ?? "") else { throw ConsumerError.field(.invalidDate("heldOn")) }
            let session = try await ConsultationStore(request.tenant()).plan(
                .init(topic: form.topic, kind: form.kind, heldOn: heldOn, startsAt: form.startsAt, place: form.place),
                by: principal.actor)
            return request.redirect(to: SiteURL.consultation(session.id!).path, notice: "consultation_planned")
        } catch let error as any DomainError {
            var model = try await listModel(request)
            model.values = [
                "topic": form.topic ?? "", "kind": form.kind ?? "", "heldOn": form.heldOn ?? "",
                "startsAt": form.startsAt ?? "", "place": form.place ?? "",
            ]
            return SupplyPages.refused(error, fields: ["topic", "kind", "heldOn", "startsAt", "place"], request) {
                model.errors = $0
                return ConsultationsPage.View.render(model, in: request.pageContext())
            }
        }
    }

    private func detail(_ request: Request, _ session: ConsultationRecord) async throws -> ConsultationsPage.Detail {
        let tenant = try request.tenant()
        let store = ConsultationStore(tenant)
        let guests = try await store.guests(of: session.id!)
        let names = Dictionary(uniqueKeysWithValues: guests.map { ($0.id!, $0.name) })
        let english = request.language == .en
        return ConsultationsPage.Detail(
            session: Self.row(session, guests: guests),
            guests: guests.map { .init(id: $0.id!, group: $0.group, name: $0.name, phone: $0.phone, attended: $0.attended) },
            inputs: try await store.inputs(of: session.id!).map {
                .init(
                    ideaID: $0.idea.id!, number: $0.idea.number, title: $0.idea.title, status: $0.idea.status,
                    guest: names[$0.guestID] ?? "")
            }, actions: session.status.allowed(on: try request.today(), heldOn: session.heldOn),
            categories: try await IdeaStore(tenant).categories().map { ($0.id!, english ? $0.nameEN : $0.nameID) })
    }

    private func session(_ request: Request) async throws -> ConsultationRecord {
        _ = try request.authorize(.consult)
        return try await ConsultationStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
    }

    func show(_ request: Request) async throws -> Response {
        let session = try await session(request)
        return request.html(ConsultationsPage.View.render(try await detail(request, session), in: request.pageContext()))
    }

    /// A change to a session; refused, the session's page again with why beside the form that was sent.
    private func act(
        _ request: Request, form: String?, values: [String: String] = [:], fields: Set<String> = [], notice: String,
        _ work: (ConsultationStore, ConsultationRecord, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try request.authorize(.consult)
        let session = try await session(request)
        do {
            try await work(try ConsultationStore(request.tenant()), session, principal)
            return request.redirect(to: SiteURL.consultation(session.id!).path, notice: notice)
        } catch let error as any DomainError {
            var detail = try await detail(request, session)
            (detail.failed, detail.values) = (form, values)
            return SupplyPages.refused(error, fields: fields, request) {
                detail.errors = $0
                return ConsultationsPage.View.render(detail, in: request.pageContext())
            }
        }
    }

    struct GuestForm: Content {
        var group: String?
        var name: String?
        var phone: String?
    }

    func invite(_ request: Request) async throws -> Response {
        let form = try request.content.decode(GuestForm.self)
        let values = ["group": form.group ?? "", "name": form.name ?? "", "phone": form.phone ?? ""]
        return try await act(
            request, form: "guests", values: values, fields: ["group", "name", "phone"], notice: "guest_invited"
        ) {
            store, session, principal in
            let invitee = try await store.whom(group: form.group, name: form.name, phone: form.phone)
            _ = try await store.invite(
                invitee, to: session, today: try request.today(), now: request.application.clock.now(),
                invitation: ConsultationsController.invitation(to: session), by: principal.actor)
        }
    }

    struct AttendanceForm: Content {
        var came: [String]?
    }

    func attend(_ request: Request) async throws -> Response {
        let form = try request.content.decode(AttendanceForm.self)
        return try await act(request, form: "attendance", notice: "attendance_saved") { store, session, principal in
            let came = try (form.came ?? []).map {
                guard let id = UUID(uuidString: $0) else { throw AccessError.notFound }
                return id
            }
            _ = try await store.attend(Set(came), at: session, today: try request.today(), by: principal.actor)
        }
    }

    struct InputForm: Content {
        var guestId: String?
        var categoryId: String?
        var title: String?
        var body: String?
    }

    func record(_ request: Request) async throws -> Response {
        let form = try request.content.decode(InputForm.self)
        let values = [
            "guestId": form.guestId ?? "", "categoryId": form.categoryId ?? "", "title": form.title ?? "",
            "body": form.body ?? "",
        ]
        return try await act(
            request, form: "ideas", values: values, fields: ["guestId", "categoryId", "title", "body"], notice: "input_recorded"
        ) { store, session, principal in
            _ = try await store.record(
                from: UUID(uuidString: form.guestId ?? ""), at: session, category: UUID(uuidString: form.categoryId ?? ""),
                title: form.title, body: form.body, today: try request.today(), by: principal.actor)
        }
    }

    func step(_ action: ConsultationAction, _ request: Request) async throws -> Response {
        try await act(request, form: nil, notice: action == .finish ? "consultation_held" : "consultation_cancelled") {
            store, session, principal in
            _ = try await store.step(action, session, today: try request.today(), by: principal.actor)
        }
    }
}
