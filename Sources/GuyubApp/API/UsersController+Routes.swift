import OpenAPIKit30
import Vapor

extension UsersController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "users", .permission(.manageUsers),
                APIDoc(
                    "Users with roles in the cooperative", tag: "users", ok: .json(200, .arrayOf(.ref("User"))),
                    links: OpenAPIDocument.userLinks("/0/id"), errors: [403]), use: list),
            APIRoute(
                .POST, "users", .permission(.manageUsers),
                APIDoc(
                    "Give someone a sign-in with roles", tag: "users", body: .ref("NewUser"), ok: .json(201, .ref("User")),
                    links: OpenAPIDocument.userLinks("/id"), errors: [403, 404, 409, 422]), use: create),
            APIRoute(
                .PUT, "users/:id/roles", .permission(.manageUsers), id: .user,
                APIDoc(
                    "Replace a user's roles", tag: "users", body: .input(["roles": .arrayOf(.ref("Role"))], required: ["roles"]),
                    ok: .json(200, .ref("User")), errors: [403, 404, 422]), use: setRoles),
        ]
    }
}
