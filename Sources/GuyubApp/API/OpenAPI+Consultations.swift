import GuyubCore
import OpenAPIKit30

extension OpenAPIDocument {
    static let consultationSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "ConsultationInput": .input(
            [
                "topic": .string(maxLength: FieldLimit.meetingTitle),
                "kind": .string(allowedValues: ConsultationKind.allCases.map { .init($0.rawValue) }), "heldOn": .isoDate,
                "startsAt": .string(maxLength: 5), "place": .string(maxLength: FieldLimit.meetingPlace),
            ], required: ["topic", "kind", "heldOn", "startsAt", "place"]),
        "ConsultationGuestInput": .input(
            [
                "group": .string(allowedValues: ConsultationGroup.allCases.map { .init($0.rawValue) }),
                "memberId": .uuid, "consumerId": .uuid, "supplierId": .uuid, "name": .string(maxLength: FieldLimit.name),
                "phone": .string(maxLength: 20),
            ], required: ["group"]),
        "ConsultationAttendanceInput": .input(["guestIds": .arrayOf(.uuid)], required: ["guestIds"]),
        "ConsultationIdeaInput": .input(
            [
                "guestId": .uuid, "categoryId": .uuid, "title": .string(maxLength: FieldLimit.name),
                "body": .string(maxLength: FieldLimit.note * 3),
            ], required: ["guestId", "categoryId", "title", "body"]),
        "ConsultationGuest": .object(
            [
                "id": .uuid, "group": .string(allowedValues: ConsultationGroup.allCases.map { .init($0.rawValue) }),
                "name": .string, "phone": .string, "memberId": .uuid, "consumerId": .uuid, "supplierId": .uuid,
                "attended": .boolean,
            ], required: ["id", "group", "name", "attended"]),
        "Consultation": .object(
            [
                "id": .uuid, "topic": .string,
                "kind": .string(allowedValues: ConsultationKind.allCases.map { .init($0.rawValue) }),
                "heldOn": .isoDate, "startsAt": .string, "place": .string,
                "status": .string(allowedValues: ConsultationStatus.allCases.map { .init($0.rawValue) }),
                "guests": .arrayOf(.ref("ConsultationGuest")),
                "inputs": .arrayOf(
                    .object(
                        [
                            "guestId": .uuid, "ideaId": .uuid, "number": .integer, "title": .string,
                            "status": .string(allowedValues: IdeaStatus.allCases.map { .init($0.rawValue) }),
                        ], required: ["guestId", "ideaId", "number", "title", "status"])),
                "actions": .arrayOf(.string(allowedValues: ConsultationAction.allCases.map { .init($0.rawValue) })),
            ], required: ["id", "topic", "kind", "heldOn", "startsAt", "place", "status", "actions"]),
    ]
}
