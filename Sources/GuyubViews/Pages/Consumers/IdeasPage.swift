import Foundation
import GuyubCore
import Plot

/// Ideas from everyone (urun ide): the list with where each stands and the board's answers, a form to
/// propose one (with a photo), and one idea with its support, comments and, for the board, its next steps.
/// The public list shows the same ideas and answers without names, to anyone.
package enum IdeasPage {
    package struct Idea: Sendable, Equatable {
        package var id: UUID
        package var number: Int
        package var category: String
        package var title: String
        package var body: String
        /// Nil on the public page: names stay inside.
        package var author: String?
        package var status: IdeaStatus
        package var reason: String?
        package var answer: String?
        package var supports: Int
        package var proposedOn: CivilDate
        package var hidden: Bool
        /// What it became, in the board's words.
        package var outcome: IdeaOutcome?
        package var outcomeNote: String?
        package init(
            id: UUID, number: Int, category: String, title: String, body: String, author: String?, status: IdeaStatus,
            reason: String?, answer: String?, supports: Int, proposedOn: CivilDate, hidden: Bool = false,
            outcome: IdeaOutcome? = nil, outcomeNote: String? = nil
        ) {
            self.outcome = outcome
            self.outcomeNote = outcomeNote
            self.id = id
            self.number = number
            self.category = category
            self.title = title
            self.body = body
            self.author = author
            self.status = status
            self.reason = reason
            self.answer = answer
            self.supports = supports
            self.proposedOn = proposedOn
            self.hidden = hidden
        }
    }

    package struct Comment: Sendable, Equatable {
        package var id: UUID
        /// Nil for a reader who may not see it.
        package var author: String?
        package var body: String
        package var hidden: Bool
        package init(id: UUID, author: String?, body: String, hidden: Bool) {
            self.id = id
            self.author = author
            self.body = body
            self.hidden = hidden
        }
    }

    package struct Model: Sendable {
        package var ideas: [Idea]
        package var categories: [(id: UUID, name: String)]
        /// Signed out, on the cooperative's public page: no forms, no names.
        package var cooperativeName: String?
        /// Links for those who hold consultations and who see how everyone takes part.
        package var canConsult = false
        package var canSeeEngagement = false
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]

        package init(ideas: [Idea], categories: [(id: UUID, name: String)]) {
            self.ideas = ideas
            self.categories = categories
        }
    }

    /// One idea as its page shows it.
    package struct Detail: Sendable {
        package var idea: Idea
        package var photos: [UUID]
        package var comments: [Comment]
        package var supported: Bool
        /// The board's next steps (empty for others).
        package var actions: [IdeaAction]
        package var canModerate: Bool
        /// The consultation it was said at; its id only for those who hold consultations.
        package var session: (id: UUID?, topic: String, heldOn: CivilDate)?
        /// The product it became, linked for staff; and the products the board may name.
        package var product: (id: UUID, name: String)?
        package var products: [(id: UUID, name: String)] = []
        package var errors: [String: String] = [:]
        package init(
            idea: Idea, photos: [UUID], comments: [Comment], supported: Bool, actions: [IdeaAction], canModerate: Bool
        ) {
            self.idea = idea
            self.photos = photos
            self.comments = comments
            self.supported = supported
            self.actions = actions
            self.canModerate = canModerate
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let title = model.cooperativeName.map(text.publicIdeasTitle) ?? text.ideasTitle
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    Paragraph(text.ideasLead).class("muted")
                    if model.canConsult || model.canSeeEngagement {
                        Paragraph {
                            if model.canConsult { Link(text.consultationsTitle, url: SiteURL.consultations.path) }
                            if model.canConsult && model.canSeeEngagement { Text(" · ") }
                            if model.canSeeEngagement { Link(text.engagementTitle, url: SiteURL.engagement.path) }
                        }
                        .class("no-print")
                    }
                }
                .class("page-head")
                if model.cooperativeName == nil { proposeForm(model, context: context) }
                Element(name: "section") {
                    if model.ideas.isEmpty { EmptyState(message: text.noIdeasYet) }
                    for idea in model.ideas { card(idea, linked: model.cooperativeName == nil, text: text) }
                }
                .class("ideas")
            }
        }

        static func card(_ idea: Idea, linked: Bool, text: Catalogue) -> Component {
            let format = text.format
            return Element(name: "article") {
                H3 {
                    if linked {
                        Link(idea.title, url: SiteURL.idea(idea.id).path)
                    } else {
                        Text(idea.title)
                    }
                }
                Paragraph {
                    Span(text.ideaStatus(idea.status)).class("badge idea-\(idea.status.rawValue)")
                    Text(" " + idea.category + " · " + format.date(idea.proposedOn) + " · " + text.supportsCount(idea.supports))
                }
                .class("muted")
                Paragraph(idea.body)
                if let reason = idea.reason { Paragraph(text.declinedBecause(reason)).class("idea-reason") }
                if let answer = idea.answer { Paragraph(text.boardAnswer(answer)).class("idea-answer") }
                if let outcome = idea.outcome { Paragraph(text.ideaBecame(outcome, idea.outcomeNote)).class("idea-outcome") }
                if idea.hidden { Paragraph(text.ideaHidden).class("field-error") }
            }
            .class("card idea")
        }

        private static func proposeForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let v = model.values
            return Form(url: SiteURL.ideas.path, method: .post, contentType: .multipartData) {
                H2(text.proposeIdea)
                CSRFField(context: context)
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                ChoiceField(
                    scope: "idea", label: text.consumerField("categoryId"), name: "categoryId",
                    options: [("", text.chooseOne)] + model.categories.map { ($0.id.uuidString.lowercased(), $0.name) },
                    selected: v["categoryId"] ?? "", error: model.errors["categoryId"], isRequired: true)
                FormField(
                    scope: "idea", label: text.consumerField("title"), name: "title", value: v["title"] ?? "",
                    error: model.errors["title"], isRequired: true, maxLength: FieldLimit.name)
                FormField(
                    scope: "idea", label: text.consumerField("body"), name: "body", value: v["body"] ?? "",
                    error: model.errors["body"], isRequired: true, maxLength: FieldLimit.note * 3, lines: 4)
                FileField(
                    id: "idea-photo", label: text.optionalField(text.ideaPhoto), name: "photo", accept: "image/*",
                    error: model.errors["file"])
                Div { Button(text.proposeIdea).attribute(named: "type", value: "submit").class("primary") }
                    .class("form-actions")
            }
            .class("card propose-form")
        }

        package static func render(_ detail: Detail, in context: PageContext) -> String {
            let text = context.text
            let idea = detail.idea
            return Layout.render(title: idea.title, context: context) {
                Paragraph { Link(text.allIdeas, url: SiteURL.ideas.path) }.class("muted")
                card(idea, linked: false, text: text)
                if let author = idea.author { Paragraph(text.proposedBy(author)).class("muted") }
                if let session = detail.session {
                    Paragraph {
                        Text(text.fromConsultation + ": ")
                        if let id = session.id {
                            Link(session.topic, url: SiteURL.consultation(id).path)
                        } else {
                            Text(session.topic)
                        }
                        Text(" (" + text.format.date(session.heldOn) + ")")
                    }
                    .class("muted")
                }
                if let product = detail.product, detail.canModerate {
                    Paragraph { Link(product.name, url: SiteURL.shopProduct(product.id).path) }.class("muted")
                }
                for photo in detail.photos {
                    Image(url: SiteURL.ideaPhoto(idea.id, photo).path, description: text.ideaPhoto).class("idea-photo")
                }
                ErrorNotice(messages: detail.errors["form"].map { [$0] } ?? [])
                if idea.status.isOpen && !detail.supported {
                    Form(url: SiteURL.ideaStep(idea.id, "support").path, method: .post) {
                        CSRFField(context: context)
                        Button(text.supportIdea).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("support-form")
                } else if detail.supported {
                    Paragraph(text.youSupport).class("muted")
                }
                Element(name: "section") {
                    H2(text.commentsTitle)
                    for comment in detail.comments {
                        Element(name: "article") {
                            if let author = comment.author { Paragraph(author).class("comment-author") }
                            Paragraph(comment.body)
                            if comment.hidden { Paragraph(text.ideaHidden).class("field-error") }
                        }
                        .class("comment")
                    }
                    Form(url: SiteURL.ideaStep(idea.id, "comments").path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            scope: "comment", label: text.yourComment, name: "body", value: "", error: detail.errors["body"],
                            isRequired: true, maxLength: FieldLimit.note, lines: 3)
                        Button(text.sendComment).attribute(named: "type", value: "submit")
                    }
                    .class("comment-form")
                }
                .class("card comments")
                if detail.canModerate { boardForms(detail, context: context) }
            }
        }

        private static func boardForms(_ detail: Detail, context: PageContext) -> Component {
            let text = context.text
            let idea = detail.idea
            return Element(name: "section") {
                H2(text.boardSteps)
                for action in detail.actions where action != .decline {
                    Form(url: SiteURL.ideaStep(idea.id, action.rawValue).path, method: .post) {
                        CSRFField(context: context)
                        Button(text.ideaAction(action)).attribute(named: "type", value: "submit")
                    }
                    .class("idea-step")
                }
                if detail.actions.contains(.decline) {
                    Form(url: SiteURL.ideaStep(idea.id, IdeaAction.decline.rawValue).path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            scope: "decline", label: text.consumerField("reason"), name: "reason",
                            error: detail.errors["reason"], maxLength: FieldLimit.note)
                        Button(text.ideaAction(.decline)).attribute(named: "type", value: "submit")
                    }
                    .class("idea-step")
                }
                Form(url: SiteURL.ideaStep(idea.id, "answer").path, method: .post) {
                    CSRFField(context: context)
                    FormField(
                        scope: "answer", label: text.consumerField("answer"), name: "answer", value: idea.answer ?? "",
                        error: detail.errors["answer"], isRequired: true, maxLength: FieldLimit.note * 3, lines: 3)
                    ChoiceField(
                        scope: "answer", label: text.optionalField(text.ideaOutcomeLabel), name: "outcome",
                        options: [("", text.chooseOne)] + IdeaOutcome.allCases.map { ($0.rawValue, text.ideaOutcome($0)) },
                        selected: idea.outcome?.rawValue ?? "", error: detail.errors["outcome"])
                    FormField(
                        scope: "answer", label: text.optionalField(text.consumerField("outcomeNote")), name: "outcomeNote",
                        value: idea.outcomeNote ?? "", error: detail.errors["outcomeNote"], maxLength: FieldLimit.name)
                    if !detail.products.isEmpty {
                        ChoiceField(
                            scope: "answer", label: text.optionalField(text.consumerField("productId")), name: "productId",
                            options: [("", text.chooseOne)] + detail.products.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: detail.product?.id.uuidString.lowercased() ?? "", error: detail.errors["productId"],
                            hint: text.productOutcomeHint)
                    }
                    Button(text.saveAnswer).attribute(named: "type", value: "submit").class("primary")
                }
                .class("idea-answer-form")
                if !idea.hidden {
                    Form(url: SiteURL.ideaStep(idea.id, "hide").path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            scope: "hide", label: text.hideReason, name: "reason", error: detail.errors["hideReason"],
                            maxLength: FieldLimit.note)
                        Button(text.hideIdea).attribute(named: "type", value: "submit").class("danger")
                    }
                    .class("idea-step")
                }
            }
            .class("card board-steps no-print")
        }
    }
}
