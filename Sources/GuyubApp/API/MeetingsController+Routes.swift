import OpenAPIKit30
import Vapor

extension MeetingsController {
    var routes: [APIRoute] {
        let meetingLinks = OpenAPIDocument.meetingLinks
        let resolutionLinks = OpenAPIDocument.resolutionLinks
        let agendaKind = OpenAPIDocument.agendaKind
        let format = OpenAPI.Parameter.Array.Element.query("format", .string(allowedValues: "json", "csv"))
        /// A step in a meeting's life, taken on `meetings/{id}/<step>` by whoever runs it.
        func step<Answer: AsyncResponseEncodable>(
            _ path: String, _ summary: String, body: JSONSchema? = nil, ok: APIDoc.Answer,
            use handler: @escaping @Sendable (Request) async throws -> Answer
        ) -> APIRoute {
            APIRoute(
                .POST, "meetings/:id/" + path, .permission(.manageMeetings), id: .meeting,
                APIDoc(
                    summary, tag: "meetings", body: body, ok: ok, links: meetingLinks("/id"), errors: [403, 404, 422]),
                use: handler)
        }
        return [
            APIRoute(
                .GET, "meetings", .signedIn,
                APIDoc(
                    "Members' meetings, newest first (members and those who may see meetings)", tag: "meetings",
                    ok: .json(200, .arrayOf(.ref("MeetingSummary"))), links: meetingLinks("/0/id"), errors: [403]), use: list),
            APIRoute(
                .POST, "meetings", .permission(.manageMeetings),
                APIDoc(
                    "Call a meeting as a draft; a RAT gets the standard agenda and the bylaws' quorum", tag: "meetings",
                    body: .ref("MeetingInput"), ok: .json(201, .ref("Meeting")), links: meetingLinks("/id"), errors: [403, 422]),
                use: create),
            APIRoute(
                .GET, "meetings/settings", .permission(.viewMeetings),
                APIDoc(
                    "The bylaws' meeting rules: quorum fraction, secret votes, registration number", tag: "meetings",
                    ok: .json(200, .ref("MeetingRules")), errors: [403]), use: settings),
            APIRoute(
                .PUT, "meetings/settings", .permission(.manageMeetings),
                APIDoc(
                    "Set the meeting rules (fields left out keep their value)", tag: "meetings",
                    body: .ref("MeetingRules"), ok: .json(200, .ref("MeetingRules")), errors: [403, 422]), use: updateSettings),
            APIRoute(
                .GET, "meetings/:id", .signedIn, id: .meeting,
                APIDoc(
                    "A meeting with its agenda, live attendance and quorum, and resolutions", tag: "meetings",
                    ok: .json(200, .ref("Meeting")), errors: [403, 404]), use: show),
            APIRoute(
                .PATCH, "meetings/:id", .permission(.manageMeetings), id: .meeting,
                APIDoc(
                    "Change a meeting's details before it opens", tag: "meetings", body: .ref("MeetingInput"),
                    ok: .json(200, .ref("Meeting")), errors: [403, 404, 422]), use: update),
            APIRoute(
                .PUT, "meetings/:id/agenda", .permission(.manageMeetings), id: .meeting,
                APIDoc(
                    "Replace the agenda, in order, before the meeting opens", tag: "meetings",
                    body: .input(
                        ["items": .arrayOf(.input(["kind": agendaKind, "title": .string], required: ["title"]))],
                        required: ["items"]),
                    ok: .json(200, .arrayOf(.ref("AgendaItem"))), errors: [403, 404, 422]), use: setAgenda),
            step(
                "notice", "Record the notice as sent (date, channel, text) to every member entitled to attend",
                body: .input(
                    [
                        "date": .date, "channel": .string(allowedValues: "letter", "whatsapp", "sms", "email", "board"),
                        "text": .string(maxLength: 5000),
                    ], required: ["channel", "text"]),
                ok: .json(
                    200,
                    .object(
                        ["sentOn": .date, "channel": .string, "recipients": .integer],
                        required: ["sentOn", "channel", "recipients"])), use: notice),
            step(
                "delegates", "Choose the delegates (a delegates' meeting, for cooperatives of more than 500 members)",
                body: .input(["memberIds": .arrayOf(.uuid)], required: ["memberIds"]),
                ok: .json(200, .arrayOf(.ref("Participant"))), use: delegates),
            step("start", "Open the meeting (after the notice)", ok: .json(200, .ref("Meeting")), use: start),
            step("close", "Close the meeting (no vote may still be open)", ok: .json(200, .ref("Meeting")), use: close),
            APIRoute(
                .GET, "meetings/:id/attendance", .permission(.viewMeetings), id: .meeting,
                APIDoc(
                    "The attendance list: notice, delegates, who is present and how", tag: "meetings",
                    ok: .json(200, .arrayOf(.ref("Participant"))), errors: [403, 404]), use: attendance),
            APIRoute(
                .POST, "meetings/:id/attendance", .signedIn, id: .meeting,
                APIDoc(
                    "Check a member in, once: a clerk for anyone entitled, a member for themselves online", tag: "meetings",
                    body: .input(["memberId": .uuid, "mode": .string(allowedValues: "in-person", "online")], required: ["mode"]),
                    ok: .json(201, .ref("Participant")), errors: [403, 404, 409, 422]), use: checkIn),
            APIRoute(
                .POST, "meetings/:id/resolutions", .permission(.manageMeetings), id: .meeting,
                APIDoc(
                    "Put a motion on an agenda item (a draft until opened); a shu motion names its year", tag: "meetings",
                    body: .input(
                        [
                            "agendaItemId": .uuid, "kind": agendaKind, "shuYear": .integer,
                            "motion": .string(maxLength: 2000), "secret": .boolean,
                        ], required: ["motion"]),
                    ok: .json(201, .ref("Resolution")), links: resolutionLinks("/id"), errors: [403, 404, 422]),
                use: addResolution),
            APIRoute(
                .PUT, "meetings/:id/minutes", .permission(.manageMeetings), id: .meeting,
                APIDoc(
                    "Write the minutes with the chair and secretary named", tag: "meetings",
                    body: .input(["minutes": .string, "chairName": .string, "secretaryName": .string], required: ["minutes"]),
                    ok: .json(200, .ref("Meeting")), errors: [403, 404, 422]), use: minutes),
            APIRoute(
                .GET, "meetings/:id/report", .permission(.viewMeetings), id: .meeting,
                APIDoc(
                    "The report pack: attendance, quorum, resolutions with totals, the year's statements", tag: "meetings",
                    parameters: [format], ok: .json(200, .ref("MeetingReport")), alsoAs: [.csv: .string], errors: [403, 404]),
                use: report),
            APIRoute(
                .GET, "meetings/:id/ministry-report", .permission(.viewMeetings), id: .meeting,
                APIDoc(
                    "The figures of the ministry's annual RAT report (ODS), from the books", tag: "meetings",
                    parameters: [format], ok: .json(200, .ref("MinistryReport")), alsoAs: [.csv: .string], errors: [403, 404]),
                use: ministryReport),
            APIRoute(
                .GET, "meetings/resolutions/:id", .signedIn, id: .resolution,
                APIDoc(
                    "A resolution: totals once closed, otherwise how many have voted", tag: "meetings",
                    ok: .json(200, .ref("Resolution")), errors: [403, 404]), use: showResolution),
            APIRoute(
                .POST, "meetings/resolutions/:id/open", .permission(.manageMeetings), id: .resolution,
                APIDoc(
                    "Open the vote: only in session and with the quorum present (422 no_quorum)", tag: "meetings",
                    ok: .json(200, .ref("Resolution")), links: resolutionLinks("/id"), errors: [403, 404, 422]),
                use: openResolution),
            APIRoute(
                .POST, "meetings/resolutions/:id/close", .permission(.manageMeetings), id: .resolution,
                APIDoc(
                    "Close the vote: passed when more vote yes than no (abstentions decide nothing)", tag: "meetings",
                    ok: .json(200, .ref("Resolution")), errors: [403, 404, 422]), use: closeResolution),
            APIRoute(
                .POST, "meetings/resolutions/:id/votes", .signedIn, id: .resolution,
                APIDoc(
                    """
                    Vote once: a member for themselves, or a clerk for a member present in the hall (403 no_proxy, \
                    409 already_voted, 422 no_quorum)
                    """, tag: "meetings",
                    body: .input(
                        ["memberId": .uuid, "choice": .string(allowedValues: "yes", "no", "abstain")], required: ["choice"]),
                    ok: .json(201, .ref("Resolution")), errors: [403, 404, 409, 422]), use: vote),
        ]
    }
}
