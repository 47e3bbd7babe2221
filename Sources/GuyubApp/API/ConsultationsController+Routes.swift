import GuyubCore
import OpenAPIKit30
import Vapor

extension ConsultationsController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "consultations", .permission(.consult),
                APIDoc(
                    "Consultation sessions, the latest day first", tag: "consultations",
                    ok: .json(200, .arrayOf(.ref("Consultation"))), errors: [403]), use: consultations),
            APIRoute(
                .POST, "consultations", .permission(.consult),
                APIDoc(
                    "Plan a visit or a meeting about a topic (`13.30` reads as a time)", tag: "consultations",
                    body: .ref("ConsultationInput"), ok: .json(201, .ref("Consultation")), errors: [403, 422]), use: plan),
            APIRoute(
                .GET, "consultations/:id", .permission(.consult), id: .consultation,
                APIDoc(
                    "A session with its guests, who came, and the ideas kept from it", tag: "consultations",
                    ok: .json(200, .ref("Consultation")), errors: [403, 404]), use: consultation),
            APIRoute(
                .POST, "consultations/:id/guests", .permission(.consult), id: .consultation,
                APIDoc(
                    "Invite a member, consumer or supplier by their id, or a neighbour by name (and phone); the "
                        + "invitation goes to the outbox when their phone is known and they may be contacted",
                    tag: "consultations", body: .ref("ConsultationGuestInput"), ok: .json(201, .ref("ConsultationGuest")),
                    errors: [403, 404, 409, 422]), use: invite),
            APIRoute(
                .PUT, "consultations/:id/attendance", .permission(.consult), id: .consultation,
                APIDoc(
                    "Who came (the other guests did not), from the session's day until it is closed",
                    tag: "consultations", body: .ref("ConsultationAttendanceInput"), ok: .json(200, .ref("Consultation")),
                    errors: [403, 404, 409, 422]), use: attend),
            APIRoute(
                .POST, "consultations/:id/ideas", .permission(.consult), id: .consultation,
                APIDoc(
                    "Keep what a guest who came said, as an idea in their name", tag: "consultations",
                    body: .ref("ConsultationIdeaInput"), ok: .json(201, .ref("Idea")), errors: [403, 404, 409, 422]),
                use: record),
        ]
            + [ConsultationAction.finish, .cancel].map { action in
                APIRoute(
                    .POST, "consultations/:id/\(action.rawValue)", .permission(.consult), id: .consultation,
                    APIDoc(
                        action == .finish
                            ? "Close the session as held (someone must have come); its attendance is final"
                            : "Call the session off", tag: "consultations", ok: .json(200, .ref("Consultation")),
                        errors: [403, 404, 409]), use: step(action))
            }
    }
}
