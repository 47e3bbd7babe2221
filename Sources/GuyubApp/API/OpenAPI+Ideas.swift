import GuyubCore
import OpenAPIKit30

extension OpenAPIDocument {
    static let ideaSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "IdeaCategory": .object(["id": .uuid, "code": .string, "name": .string], required: ["id", "code", "name"]),
        "IdeaInput": .input(
            [
                "categoryId": .uuid, "title": .string(maxLength: FieldLimit.name),
                "body": .string(maxLength: FieldLimit.note * 3), "photoIds": .arrayOf(.uuid),
            ], required: ["categoryId", "title", "body"]),
        "IdeaCommentInput": .input(["body": .string(maxLength: FieldLimit.note)], required: ["body"]),
        "IdeaStepInput": .input(["reason": .string(maxLength: FieldLimit.note), "commentId": .uuid], required: []),
        "IdeaAnswerInput": .input(
            [
                "answer": .string(maxLength: FieldLimit.note * 3),
                "outcome": .string(allowedValues: IdeaOutcome.allCases.map { .init($0.rawValue) }),
                "outcomeNote": .string(maxLength: FieldLimit.name), "productId": .uuid,
            ], required: ["answer"]),
        "IdeaComment": .object(
            ["id": .uuid, "author": .string, "body": .string, "at": .dateTime], required: ["id", "body"]),
        "Idea": .object(
            [
                "id": .uuid, "number": .integer, "categoryId": .uuid, "title": .string, "body": .string, "author": .string,
                "status": .string(allowedValues: IdeaStatus.allCases.map { .init($0.rawValue) }), "reason": .string,
                "answer": .string, "answeredBy": .string,
                "outcome": .string(allowedValues: IdeaOutcome.allCases.map { .init($0.rawValue) }), "outcomeNote": .string,
                "productId": .uuid, "supports": .integer, "proposedOn": .isoDate, "hidden": .boolean, "supported": .boolean,
                "photoIds": .arrayOf(.uuid), "comments": .arrayOf(.ref("IdeaComment")),
                "actions": .arrayOf(.string(allowedValues: IdeaAction.allCases.map { .init($0.rawValue) })),
            ],
            required: [
                "id", "number", "categoryId", "title", "body", "status", "supports", "proposedOn", "hidden",
                "actions",
            ]),
    ]
}
