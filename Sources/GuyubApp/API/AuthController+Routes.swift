import OpenAPIKit30
import Vapor

extension AuthController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .POST, "auth/token", .open,
                APIDoc(
                    "Sign in: exchange e-mail and password for a bearer token", tag: "auth",
                    body: .ref("Credentials"), ok: .json(200, .ref("Token")), errors: [401, 422, 429]), use: token),
            APIRoute(
                .DELETE, "auth/token", .signedIn,
                APIDoc(
                    "Sign out: the token used for this call stops working", tag: "auth", ok: .status(204)), use: revoke),
            APIRoute(
                .GET, "me", .signedIn,
                APIDoc(
                    "Who is signed in: user, cooperative, roles", tag: "auth", ok: .json(200, .ref("Me"))), use: me),
        ]
    }
}
