import OpenAPIKit30
import Vapor

extension MembersController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "members", .permission(.viewMembers),
                APIDoc(
                    "Search the registry by name, NIK, phone or member number", tag: "members",
                    parameters: [
                        .query("query", .string), .query("status", .ref("MemberStatus")), .page,
                        .query("perPage", .integer(in: 1...100)),
                    ],
                    ok: .json(200, .ref("MemberPage")), links: OpenAPIDocument.memberLinks("/items/0/id"), errors: [403, 422]),
                use: list),
            APIRoute(
                .POST, "members", .permission(.manageMembers),
                APIDoc(
                    "Register an applicant (calon anggota)", tag: "members", body: .ref("MemberInput"),
                    ok: .json(201, .ref("Member")), links: OpenAPIDocument.memberLinks("/id"), errors: [403, 409, 422]),
                use: create),
            APIRoute(
                .POST, "members/import", .permission(.importMembers), body: .collect(maxSize: ImportPage.maxSize),
                APIDoc(
                    "Import a member list kept in a spreadsheet (CSV)", tag: "members",
                    parameters: [.query("dryRun", .boolean)], rawBody: [.csv: .init(schema: .string)],
                    ok: .json(200, .ref("ImportReport")), errors: [403, 413, 422], accepted: .ref("ImportReport")),
                use: importSheet),
            APIRoute(
                .GET, "members/imports/:id", .permission(.importMembers), id: .memberImport,
                APIDoc(
                    "How far an import taken in by batches has come", tag: "members", ok: .json(200, .ref("ImportJob")),
                    errors: [403, 404]), use: importJob),
            APIRoute(
                .GET, "members/:id", .permission(.viewMembers, orOwn: true), id: .member,
                APIDoc(
                    "A member's record with its dated history", tag: "members", ok: .json(200, .ref("Member")), errors: [404]),
                use: show),
            APIRoute(
                .PATCH, "members/:id", .permission(.manageMembers), id: .member,
                APIDoc(
                    "Correct a member's particulars; fields left out keep their values", tag: "members",
                    body: .ref("MemberInput"), ok: .json(200, .ref("Member")), errors: [403, 404, 409, 422]), use: update),
            APIRoute(
                .POST, "members/:id/status", .permission(.changeMemberStatus), id: .member,
                APIDoc(
                    "Accept or reject an applicant, or record a member's exit", tag: "members",
                    body: .ref("StatusChange"), ok: .json(200, .ref("Member")), errors: [403, 404, 422]), use: changeStatus),
        ]
    }
}
