import OpenAPIKit30
import Vapor

extension AuditController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "audit", .permission(.viewAudit),
                APIDoc(
                    "The audit trail, newest first", tag: "audit", parameters: [.page], ok: .json(200, .ref("AuditPage")),
                    errors: [403, 422]), use: list)
        ]
    }
}
