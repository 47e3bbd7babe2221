import GuyubCore
import OpenAPIKit30
import Vapor

extension PartnershipsController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "partners", .permission(.viewPartnerships),
                APIDoc(
                    "The cooperative's partners", tag: "partnerships", ok: .json(200, .arrayOf(.ref("Partner"))), errors: [403]),
                use: partners),
            APIRoute(
                .POST, "partners", .permission(.managePartnerships),
                APIDoc(
                    "Add a partner: a government office, an NGO, a company, a university, a bank, another cooperative; "
                        + "linked to its supplier record or programme to measure dependence on it", tag: "partnerships",
                    body: .ref("PartnerInput"), ok: .json(201, .ref("Partner")), errors: [403, 404, 409, 422]),
                use: addPartner),
            APIRoute(
                .POST, "partners/:id/users", .permission(.managePartnerships), id: .partner,
                APIDoc(
                    "A sign-in for one of the partner's own people, who sees only the partner's agreements",
                    tag: "partnerships", body: .ref("PartnerUserInput"), ok: .json(201, .ref("User")),
                    errors: [403, 404, 409, 422]), use: addPartnerUser),
            APIRoute(
                .GET, "partnerships", .signedIn,
                APIDoc(
                    "The agreements (a partner's people see their partner's only)", tag: "partnerships",
                    ok: .json(200, .arrayOf(.ref("Partnership"))), errors: [403]), use: partnerships),
            APIRoute(
                .POST, "partnerships", .permission(.managePartnerships),
                APIDoc(
                    "Draft an agreement with a partner, each side's goals stated separately", tag: "partnerships",
                    body: .ref("PartnershipInput"), ok: .json(201, .ref("Partnership")), errors: [403, 404, 422]),
                use: create),
            APIRoute(
                .GET, "partnerships/risks", .permission(.viewPartnerships),
                APIDoc(
                    "The open risks — dependence, overdue commitments, reviews due, goals apart, agreements ending — each "
                        + "with its evidence and who handles it", tag: "partnerships",
                    ok: .json(200, .arrayOf(.ref("PartnershipRisk"))), errors: [403]), use: risks),
            APIRoute(
                .PUT, "partnerships/risks/owner", .permission(.managePartnerships),
                APIDoc(
                    "Who handles a risk while it lasts", tag: "partnerships", body: .ref("RiskOwnerInput"),
                    ok: .status(204), errors: [403, 404, 422]), use: own),
            APIRoute(
                .GET, "partnerships/:id", .signedIn, id: .partnership,
                APIDoc(
                    "An agreement with its responsibility matrix, commitments, reviews and each side's fulfilment",
                    tag: "partnerships", ok: .json(200, .ref("Partnership")), errors: [403, 404]), use: partnership),
            APIRoute(
                .PUT, "partnerships/:id/responsibilities", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "The responsibility matrix: each task with each party's R, A, C or I; exactly one A a task "
                        + "(`accountable_required`)", tag: "partnerships", body: .ref("ResponsibilitiesInput"),
                    ok: .json(200, .ref("Partnership")), errors: [403, 404, 409, 422]), use: responsibilities),
            APIRoute(
                .POST, "partnerships/:id/commitments", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "What one side owes by a day within the agreement", tag: "partnerships", body: .ref("CommitmentInput"),
                    ok: .json(201, .ref("Commitment")), errors: [403, 404, 409, 422]), use: commit),
            APIRoute(
                .POST, "partnerships/:id/reviews", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "A review: committed against delivered, whether the goals still meet, and the decision (continue, "
                        + "amend, end)", tag: "partnerships", body: .ref("PartnershipReviewInput"),
                    ok: .json(201, .ref("Partnership")), errors: [403, 404, 409, 422]), use: review),
            APIRoute(
                .POST, "partnerships/:id/grants", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "A grant received under a financial agreement, into the bank unless `channel` is cash: owed to its "
                        + "purpose until spent", tag: "partnerships", body: .ref("GrantInput"),
                    ok: .json(201, .ref("Partnership")), errors: [403, 404, 409, 422]), use: receiveGrant),
            APIRoute(
                .POST, "partnerships/:id/grants/spending", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "Grant money spent on its purpose: the expense or asset account it bought, never more than is left "
                        + "(`grant_overspent`)", tag: "partnerships", body: .ref("GrantInput"),
                    ok: .json(201, .ref("Partnership")), errors: [403, 404, 409, 422]), use: spendGrant),
            APIRoute(
                .POST, "partnerships/:id/loan", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "A partner bank's loan received today under a financial agreement, into the bank unless `channel` "
                        + "is cash: owed to the bank, its schedule from the loan engine with instalments monthly from "
                        + "`firstDue` (day 1–28), the first `grace` of them interest only", tag: "partnerships",
                    body: .ref("BorrowingInput"), ok: .json(201, .ref("Partnership")), errors: [403, 404, 409, 422]),
                use: receiveLoan),
            APIRoute(
                .POST, "partnerships/:id/loan/instalments", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "The next instalment paid today, whole as the schedule has it: the principal off what is owed, the "
                        + "interest an expense", tag: "partnerships", body: .ref("ChannelInput"),
                    ok: .json(201, .ref("Partnership")), errors: [403, 404, 409, 422]), use: payInstalment),
            APIRoute(
                .POST, "partnerships/:id/equity", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "Equity participation: received from the partner (modal penyertaan) or made in its business",
                    tag: "partnerships", body: .ref("EquityInput"), ok: .json(201, .ref("Partnership")),
                    errors: [403, 404, 409, 422]), use: recordEquity),
            APIRoute(
                .POST, "partnerships/:id/indicators", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "A benefit the agreement is measured by, with its target: typed as it comes (`entered`) or measured "
                        + "from the records (grant received, loan received or repaid, the partner's programme sales, "
                        + "commitments delivered)", tag: "partnerships", body: .ref("IndicatorInput"),
                    ok: .json(201, .ref("Partnership")), errors: [403, 404, 409, 422]), use: addIndicator),
            APIRoute(
                .PUT, "partnerships/:id/indicators", .permission(.managePartnerships), id: .partnership,
                APIDoc(
                    "An entered indicator's actual figure; a measured one refuses it (`measured`)", tag: "partnerships",
                    body: .ref("IndicatorInput"), ok: .json(200, .ref("Partnership")), errors: [403, 404, 409, 422]),
                use: enterIndicator),
            APIRoute(
                .POST, "partnerships/:id/documents", .permission(.managePartnerships), id: .partnership,
                body: .collect(maxSize: "4mb"),
                APIDoc(
                    "A document kept with the agreement (`?title=`; the file as the body: JPEG, PNG, WebP or PDF, at "
                        + "most 3 MB)", tag: "partnerships", rawBody: UploadKind.requestBodies,
                    ok: .json(201, .ref("PartnerDocument")), errors: [403, 404, 413, 422]), use: addPartnershipDocument),
            APIRoute(
                .POST, "partners/:id/documents", .permission(.managePartnerships), id: .partner,
                body: .collect(maxSize: "4mb"),
                APIDoc(
                    "A document kept with the partner (`?title=`; the file as the body: JPEG, PNG, WebP or PDF, at most "
                        + "3 MB)", tag: "partnerships", rawBody: UploadKind.requestBodies,
                    ok: .json(201, .ref("PartnerDocument")), errors: [403, 404, 413, 422]), use: addPartnerDocument),
            APIRoute(
                .POST, "commitments/:id/deliver", .signedIn, id: .commitment,
                APIDoc(
                    "Delivered, with its evidence (words, an upload, an entry in the books); a partner's people record "
                        + "their own side's", tag: "partnerships", body: .ref("DeliveryEvidenceInput"),
                    ok: .json(200, .ref("Commitment")), errors: [403, 404, 409, 422]), use: deliver),
            APIRoute(
                .POST, "commitments/:id/waive", .permission(.managePartnerships), id: .commitment,
                APIDoc(
                    "No longer owed, by agreement", tag: "partnerships", ok: .json(200, .ref("Commitment")),
                    errors: [403, 404, 409]),
                use: waive),
            APIRoute(
                .GET, "settings/partnership-risks", .permission(.viewPartnerships),
                APIDoc(
                    "The board's thresholds: a partner's share that is a dependence, how often agreements are reviewed, "
                        + "how early an ending is flagged", tag: "partnerships", ok: .json(200, .ref("RiskRules")), errors: [403]),
                use: riskRules),
            APIRoute(
                .PUT, "settings/partnership-risks", .permission(.managePartnerships),
                APIDoc(
                    "Set the thresholds (what is left out keeps its value)", tag: "partnerships", body: .ref("RiskRulesInput"),
                    ok: .json(200, .ref("RiskRules")), errors: [403, 422]), use: setRiskRules),
        ]
            + PartnershipAction.allCases.map { action in
                APIRoute(
                    .POST, "partnerships/:id/\(action.rawValue)", .permission(.managePartnerships), id: .partnership,
                    APIDoc(
                        "The agreement moves on: \(action.rawValue)", tag: "partnerships", ok: .json(200, .ref("Partnership")),
                        errors: [403, 404, 409]), use: step(action))
            }
    }
}
