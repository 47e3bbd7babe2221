import GuyubCore
import OpenAPIKit30
import Vapor

extension ConsumersController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .POST, "consumers", .permission(.sell),
                APIDoc(
                    "Sign a consumer up at the counter by their phone, perhaps with a member's referral code (refused "
                        + "for the member themselves or their household)", tag: "consumers", body: .ref("ConsumerInput"),
                    ok: .json(201, .ref("Consumer")), errors: [403, 409, 422]), use: create),
            APIRoute(
                .GET, "consumers", .permission(.viewStore),
                APIDoc(
                    "Consumers, the newest first; by name or phone with q", tag: "consumers",
                    parameters: [.query("q", .string(maxLength: FieldLimit.name))],
                    ok: .json(200, .arrayOf(.ref("Consumer"))), errors: [403, 422]), use: consumers),
            APIRoute(
                .GET, "consumers/:id", .permission(.viewStore), id: .consumer,
                APIDoc("A consumer", tag: "consumers", ok: .json(200, .ref("Consumer")), errors: [403, 404]), use: consumer),
            APIRoute(
                .GET, "outbox", .permission(.sell),
                APIDoc(
                    "The latest messages to phones (sign-in codes), newest first: what an SMS gateway sends, or staff "
                        + "read out at the counter", tag: "consumers", ok: .json(200, .arrayOf(.ref("OutboxMessage"))),
                    errors: [403]), use: outbox),
            APIRoute(
                .GET, "members/:id/referral", .permission(.viewMembers, orOwn: true), id: .member,
                APIDoc(
                    "A member's referral code (made the first time), the sign-up link it opens and what it brought; "
                        + "a member may read their own", tag: "consumers", ok: .json(200, .ref("ReferralCode")),
                    errors: [403, 404]), use: referralCode),
            APIRoute(
                .GET, "referrals", .signedIn,
                APIDoc(
                    "A member's referrals with their status (pending, rewarded, reversed, refused) and a refusal's "
                        + "reason (self_referral, over_monthly_cap, below_minimum, returned); a member reads their own, "
                        + "staff who see members anyone's or, without memberId, everyone's", tag: "consumers",
                    parameters: [.query("memberId", .uuid)], ok: .json(200, .arrayOf(.ref("Referral"))),
                    errors: [403, 404, 422]), use: referrals),
            APIRoute(
                .POST, "referrals/close-day", .permission(.manageStock),
                APIDoc(
                    "Today's referral decisions (each first purchase past its return window rewarded or refused) and "
                        + "vouchers past their last day expired; also run by guyub close-day and the server's daily job",
                    tag: "consumers", ok: .json(200, .ref("ConsumerDay")), errors: [403]), use: closeDay),
            APIRoute(
                .GET, "settings/referrals", .permission(.viewStore),
                APIDoc(
                    "The board's referral rules: the reward, the minimum first purchase, the return window, the monthly "
                        + "cap, the welcome voucher", tag: "consumers", ok: .json(200, .ref("ReferralRules")), errors: [403]),
                use: rules),
            APIRoute(
                .PUT, "settings/referrals", .permission(.manageSettings),
                APIDoc(
                    "Set the referral rules (what is left out keeps its value)", tag: "consumers",
                    body: .ref("ReferralRulesInput"), ok: .json(200, .ref("ReferralRules")), errors: [403, 404, 422]),
                use: setRules),
            APIRoute(
                .GET, "vouchers", .permission(.viewStore),
                APIDoc(
                    "A voucher by its code, or a member's or a consumer's vouchers", tag: "consumers",
                    parameters: [
                        .query("code", .string(maxLength: 20)), .query("memberId", .uuid), .query("consumerId", .uuid),
                    ], ok: .json(200, .arrayOf(.ref("Voucher"))), errors: [403, 422]), use: vouchers),
            APIRoute(
                .POST, "vouchers/:id/collect", .permission(.sell), id: .voucher,
                APIDoc(
                    "Hand a package voucher's goods over at the counter, out of the unit's stock", tag: "consumers",
                    ok: .json(200, .ref("Voucher")), errors: [403, 404, 409, 422]), use: collect),
        ]
    }
}
