import FluentKit
import Foundation
import GuyubCore

/// A kind of idea the cooperative takes (its interior, service, uniforms…).
package final class IdeaCategoryRecord: TenantModel, @unchecked Sendable {
    package static let schema = "idea_categories"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<IdeaCategoryRecord, FieldProperty<IdeaCategoryRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "code") package var code: String
    @Field(key: "name_id") package var nameID: String
    @Field(key: "name_en") package var nameEN: String

    package init() {}
}

/// An idea someone proposed, where the board took it, and its public answer.
package final class IdeaRecord: TenantModel, @unchecked Sendable {
    package static let schema = "ideas"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<IdeaRecord, FieldProperty<IdeaRecord, UUID>> { \.$cooperativeID }
    @Field(key: "number") package var number: Int
    @Field(key: "category_id") package var categoryID: UUID
    @Field(key: "title") package var title: String
    @Field(key: "body") package var body: String
    @OptionalField(key: "author_user_id") package var authorUserID: UUID?
    @Field(key: "author_name") package var authorName: String
    @Field(key: "status") package var status: IdeaStatus
    /// Why it was declined, for its proposer.
    @OptionalField(key: "reason") package var reason: String?
    @OptionalField(key: "answer") package var answer: String?
    @OptionalField(key: "answered_by_name") package var answeredByName: String?
    @Field(key: "hidden") package var hidden: Bool
    @OptionalField(key: "hidden_reason") package var hiddenReason: String?
    @Field(key: "supports") package var supports: Int
    /// What it became: a campaign, a plan item, a product, named in words.
    @OptionalField(key: "outcome") package var outcome: IdeaOutcome?
    @OptionalField(key: "outcome_note") package var outcomeNote: String?
    /// The product it became, when it became one.
    @OptionalField(key: "outcome_product_id") package var outcomeProductID: UUID?
    @Field(key: "proposed_on") package var proposedOn: CivilDate
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// One person's support of an idea: once.
package final class IdeaSupportRecord: TenantModel, @unchecked Sendable {
    package static let schema = "idea_supports"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<IdeaSupportRecord, FieldProperty<IdeaSupportRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "idea_id") package var ideaID: UUID
    @Field(key: "user_id") package var userID: UUID

    package init() {}
}

/// A comment on an idea.
package final class IdeaCommentRecord: TenantModel, @unchecked Sendable {
    package static let schema = "idea_comments"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<IdeaCommentRecord, FieldProperty<IdeaCommentRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "idea_id") package var ideaID: UUID
    @OptionalField(key: "author_user_id") package var authorUserID: UUID?
    @Field(key: "author_name") package var authorName: String
    @Field(key: "body") package var body: String
    @Field(key: "hidden") package var hidden: Bool
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A photo with an idea (the shop's corner as it is, a uniform seen elsewhere).
package final class IdeaPhotoRecord: TenantModel, @unchecked Sendable {
    package static let schema = "idea_photos"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<IdeaPhotoRecord, FieldProperty<IdeaPhotoRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "idea_id") package var ideaID: UUID
    @Field(key: "upload_id") package var uploadID: UUID

    package init() {}
}
