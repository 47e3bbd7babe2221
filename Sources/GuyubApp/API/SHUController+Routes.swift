import OpenAPIKit30
import Vapor

extension SHUController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "shu", .permission(.viewBooks),
                APIDoc(
                    "The financial years with SHU rules, a close or a distribution", tag: "shu",
                    ok: .json(200, .arrayOf(.ref("SHUYear"))), errors: [403]), use: years),
            APIRoute(
                .GET, "shu/:year/settings", .permission(.viewBooks),
                APIDoc(
                    "The year's SHU rules (the latest earlier year's, or the common split, until set)", tag: "shu",
                    ok: .json(200, .ref("SHURules")), errors: [403, 422]), use: settings),
            APIRoute(
                .PUT, "shu/:year/settings", .permission(.manageSettings),
                APIDoc(
                    "Set the year's SHU rules (a draft distribution is computed again)", tag: "shu",
                    body: .ref("SHURulesInput"), ok: .json(200, .ref("SHURules")), errors: [403, 409, 422]), use: updateSettings),
            APIRoute(
                .POST, "shu/:year/close", .permission(.keepBooks),
                APIDoc(
                    "Close the financial year: its open months, the closing entry, the draft distribution", tag: "shu",
                    ok: .json(201, .ref("YearClose")), errors: [403, 409, 422]), use: close),
            APIRoute(
                .POST, "shu/:year/compute", .permission(.keepBooks),
                APIDoc(
                    "Compute the draft distribution again from the books", tag: "shu",
                    ok: .json(200, .ref("SHUDistribution")), errors: [403, 409, 422]), use: compute),
            APIRoute(
                .GET, "shu/:year", .permission(.viewBooks),
                APIDoc(
                    "The year's distribution and its shares by member number", tag: "shu",
                    parameters: [.query("limit", .integer(in: 0...10_000)), .query("offset", .integer(in: 0...2_147_483_647))],
                    ok: .json(200, .ref("SHUDistribution")), errors: [403, 409, 422]), use: show),
            APIRoute(
                .POST, "shu/:year/post", .permission(.keepBooks),
                APIDoc(
                    "Post the distribution the RAT approved: shares to savings or SHU payable, funds to their accounts",
                    tag: "shu", ok: .json(200, .ref("SHUDistribution")), errors: [403, 409, 422]), use: post),
            APIRoute(
                .POST, "shu/:year/shares/:id/payout", .permission(.handleCash), id: .member,
                APIDoc(
                    "Pay a member's SHU held to collect, settling the payable", tag: "shu",
                    body: .input(["channel": .string(allowedValues: "cash", "bank")], required: []),
                    ok: .json(201, .ref("Entry")), errors: [403, 404, 409, 422]), use: payOut),
            APIRoute(
                .GET, "members/:id/shu", .permission(.viewSavings, orOwn: true), id: .member,
                APIDoc(
                    "A member's SHU by year and how it was computed (a member may read their own)", tag: "shu",
                    ok: .json(200, .arrayOf(.ref("MemberSHU"))), errors: [404]), use: memberSHU),
        ]
    }
}
