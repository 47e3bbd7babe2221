import OpenAPIKit30

extension OpenAPIDocument {
    static func userLinks(_ pointer: String) -> OpenAPI.Link.Map {
        ["roles": .to("put", "/api/v1/users/{id}/roles", parameters: ["path.id": "$response.body#" + pointer])]
    }

    static let userSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "Credentials": .input(["email": .string, "password": .string, "cooperativeId": .uuid], required: ["email", "password"]),
        "Token": .object(["token": .string, "expiresAt": .dateTime], required: ["token", "expiresAt"]),
        "Role": .string(allowedValues: "board", "supervisor", "manager", "teller", "staff", "member", "consumer", "partner"),
        "Me": .object(
            [
                "user": .object(["id": .uuid, "email": .string, "name": .string], required: ["id", "email", "name"]),
                "cooperative": .object(["id": .uuid, "name": .string], required: ["id", "name"]),
                "roles": .arrayOf(.ref("Role")),
                "memberId": .uuid.orNull(),
            ], required: ["user", "cooperative", "roles"]),
        "User": .object(
            ["id": .uuid, "email": .string, "name": .string, "roles": .arrayOf(.ref("Role"))],
            required: ["id", "email", "name", "roles"]),
        "NewUser": .input(
            [
                "email": .string, "name": .string, "password": .string(minLength: 10),
                "roles": .arrayOf(.ref("Role")), "memberId": .uuid,
            ], required: ["email", "name", "password", "roles"]),
    ]
}
