import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Consultation sessions through the API: planned, guests invited by group, who came, and what they said
/// kept as ideas.
struct ConsultationsController {
    func consultations(_ request: Request) async throws -> [ConsultationDTO] {
        _ = try request.authorize(.consult)
        let today = try request.today()
        return try await ConsultationStore(request.tenant()).all().map { ConsultationDTO($0, today: today) }
    }

    /// `GET /api/v1/consultations/{id}`: with its guests and the ideas kept from it.
    func consultation(_ request: Request) async throws -> ConsultationDTO {
        _ = try request.authorize(.consult)
        let store = try ConsultationStore(request.tenant())
        return try await Self.whole(store.find(request.parameters.get("id", as: UUID.self)), store, request)
    }

    /// `POST /api/v1/consultations {"topic","kind","heldOn","startsAt","place"}` → 201.
    func plan(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.consult)
        let input = try request.content.decode(ConsultationInput.self)
        let heldOn: CivilDate
        do { heldOn = try CivilDate.required(input.heldOn ?? "", field: "heldOn") } catch let e as FieldError {
            throw ConsumerError.field(e)
        }
        let session = try await ConsultationStore(request.tenant()).plan(
            .init(topic: input.topic, kind: input.kind, heldOn: heldOn, startsAt: input.startsAt, place: input.place),
            by: principal.actor)
        return try created(ConsultationDTO(session, today: try request.today(), guests: [], inputs: []))
    }

    /// `POST /api/v1/consultations/{id}/guests {"group",…}` → 201: the guest, their invitation in the outbox.
    func invite(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.consult)
        let store = try ConsultationStore(request.tenant())
        let session = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(ConsultationGuestInput.self)
        let guest = try await store.invite(
            .init(
                group: input.group, memberID: input.memberId, consumerID: input.consumerId, supplierID: input.supplierId,
                name: input.name, phone: input.phone), to: session, today: try request.today(),
            now: request.application.clock.now(), invitation: Self.invitation(to: session), by: principal.actor)
        return try created(ConsultationDTO.Guest(guest))
    }

    /// `PUT /api/v1/consultations/{id}/attendance {"guestIds"}`: who came (the rest did not).
    func attend(_ request: Request) async throws -> ConsultationDTO {
        let principal = try request.authorize(.consult)
        let store = try ConsultationStore(request.tenant())
        let session = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(ConsultationAttendanceInput.self)
        let came = try FieldRules.present(input.guestIds, field: "guestIds")
        _ = try await store.attend(Set(came), at: session, today: try request.today(), by: principal.actor)
        return try await Self.whole(session, store, request)
    }

    /// `POST /api/v1/consultations/{id}/ideas {"guestId","categoryId","title","body"}` → 201: the idea.
    func record(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.consult)
        let store = try ConsultationStore(request.tenant())
        let session = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(ConsultationIdeaInput.self)
        let idea = try await store.record(
            from: input.guestId, at: session, category: input.categoryId, title: input.title, body: input.body,
            today: try request.today(), by: principal.actor)
        return try created(
            IdeaDTO(idea, for: IdeasController.reader(principal), moderator: principal.allows(.moderateIdeas)))
    }

    /// `POST /api/v1/consultations/{id}/finish|cancel`.
    func step(_ action: ConsultationAction) -> @Sendable (Request) async throws -> ConsultationDTO {
        { request in
            let principal = try request.authorize(.consult)
            let store = try ConsultationStore(request.tenant())
            let session = try await store.find(request.parameters.get("id", as: UUID.self))
            return try await Self.whole(
                store.step(action, session, today: try request.today(), by: principal.actor), store, request)
        }
    }

    /// The invitation's words: always Indonesian, as the messages the cooperative sends are.
    static func invitation(to session: ConsultationRecord) -> @Sendable (String, String) -> String {
        let (topic, kind, heldOn, startsAt, place) = (
            session.topic, session.kind, session.heldOn, session.startsAt, session.place
        )
        return { guest, cooperative in
            Catalogue(.id).consultationInvitation(
                guest: guest, cooperative: cooperative, topic: topic, kind: kind, on: heldOn, at: startsAt, place: place)
        }
    }

    private static func whole(_ session: ConsultationRecord, _ store: ConsultationStore, _ request: Request) async throws
        -> ConsultationDTO
    {
        ConsultationDTO(
            session, today: try request.today(), guests: try await store.guests(of: session.id!),
            inputs: try await store.inputs(of: session.id!))
    }
}
