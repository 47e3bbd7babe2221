import GuyubCore
import OpenAPIKit30
import Vapor

extension IdeasController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "idea-categories", .signedIn,
                APIDoc(
                    "The kinds of idea the cooperative takes", tag: "ideas", ok: .json(200, .arrayOf(.ref("IdeaCategory"))),
                    errors: []), use: categories),
            APIRoute(
                .GET, "ideas", .signedIn,
                APIDoc(
                    "Ideas, the newest first, with the board's answers (the board sees hidden ones too)", tag: "ideas",
                    ok: .json(200, .arrayOf(.ref("Idea"))), errors: []), use: ideas),
            APIRoute(
                .POST, "ideas", .signedIn,
                APIDoc(
                    "Propose an idea (words only, no markup; up to three photos already uploaded)", tag: "ideas",
                    body: .ref("IdeaInput"), ok: .json(201, .ref("Idea")), errors: [404, 422]), use: propose),
            APIRoute(
                .GET, "ideas/:id", .signedIn, id: .idea,
                APIDoc(
                    "An idea with its photos, comments and whether the reader supports it", tag: "ideas",
                    ok: .json(200, .ref("Idea")), errors: [404]), use: idea),
            APIRoute(
                .POST, "ideas/:id/support", .signedIn, id: .idea,
                APIDoc(
                    "Support an idea, once a person", tag: "ideas", ok: .json(201, .ref("Idea")), errors: [404, 409]),
                use: support),
            APIRoute(
                .POST, "ideas/:id/comments", .signedIn, id: .idea,
                APIDoc(
                    "Comment on an idea (words only)", tag: "ideas", body: .ref("IdeaCommentInput"),
                    ok: .json(201, .ref("IdeaComment")), errors: [404, 422]), use: comment),
            APIRoute(
                .PUT, "ideas/:id/answer", .permission(.moderateIdeas), id: .idea,
                APIDoc(
                    "The board's public answer, and what the idea became (a campaign, a plan item, a product)",
                    tag: "ideas", body: .ref("IdeaAnswerInput"), ok: .json(200, .ref("Idea")), errors: [403, 404, 422]),
                use: answer),
            APIRoute(
                .POST, "ideas/:id/hide", .permission(.moderateIdeas), id: .idea,
                APIDoc(
                    "Hide an idea, or one of its comments, with the reason (kept in the audit trail)", tag: "ideas",
                    body: .ref("IdeaStepInput"), ok: .json(200, .ref("Idea")), errors: [403, 404, 422]), use: hide),
        ]
            + IdeaAction.allCases.map { action in
                APIRoute(
                    .POST, "ideas/:id/\(action.rawValue)", .permission(.moderateIdeas), id: .idea,
                    APIDoc(
                        "The board moves the idea on: \(action.rawValue) (a decline needs its reason, which the proposer "
                            + "reads)", tag: "ideas", body: .ref("IdeaStepInput"), ok: .json(200, .ref("Idea")),
                        errors: [403, 404, 409, 422]), use: step(action))
            }
    }
}
