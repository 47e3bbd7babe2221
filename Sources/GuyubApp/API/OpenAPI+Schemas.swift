import Foundation
import OpenAPIKit30

/// The words the API's description is written in: amounts, dates, ids, objects, pages, references.
extension JSONSchema {
    /// An amount: major units with exactly the currency's decimals ("2800000", "4314407.15").
    /// Answers write amounts as `"50000"` or `"4314407.15"`; requests may also write them as people do
    /// (`"1.250.000"`, `"Rp 50.000"`, `"50.000,00"`), which the pattern admits and the server reads exactly.
    static let money = JSONSchema.string(
        description: "Major units: 50000, 4314407.15, 1.250.000, Rp 50.000 or 50.000,00",
        pattern: "^\\s*-?([Rr][Pp]\\.?\\s*)?[0-9][0-9.,]*([.,]-)?\\s*$", example: "50000")
    static let percent = JSONSchema.string(
        description: "Percent with at most two decimals: 5.50, 5,5 or 5,5%",
        pattern: "^\\s*[0-9][0-9.,]*\\s*%?\\s*$", example: "5.50")
    /// A rate in percent as a loan states it: 12, 12.5 or 12,25 (up to four decimals).
    static let ratePercent = JSONSchema.string(pattern: "^[0-9]+([.,][0-9]{1,4})?$", example: "12")
    /// Answers write dates `2026-08-05`; requests may also write them as people do.
    static let date = JSONSchema.string(
        description: "A date: 2026-08-05, 05/08/2026, 05082026 or 5 Agustus 2026 (day before month)",
        pattern: "^\\s*[0-9A-Za-z][0-9A-Za-z ./,-]*\\s*$", example: "2026-08-05")
    /// A date exactly as ISO 8601 writes it.
    static let isoDate = JSONSchema.string(format: .date)
    /// A date, or an empty text for none (as a form sends a field left blank).
    static let dateOrEmpty = JSONSchema.any(of: [.isoDate, .string(maxLength: 0)])
    static let dateTime = JSONSchema.string(format: .dateTime)
    static let uuid = JSONSchema.string(format: .extended(.uuid))
    static let nullableString = JSONSchema.string(nullable: true)
    static let month = JSONSchema.string(pattern: "^[0-9]{4}-[0-9]{2}$")

    static func ref(_ name: String) -> JSONSchema { .reference(.component(named: name)) }

    static func arrayOf(_ items: JSONSchema) -> JSONSchema { .array(items: items) }

    static func integer(in range: ClosedRange<Int>) -> JSONSchema {
        .integer(maximum: (range.upperBound, exclusive: false), minimum: (range.lowerBound, exclusive: false))
    }

    /// An answer's object: the properties not named in `required` may be left out.
    static func object(_ properties: OrderedDictionary<String, JSONSchema>, required: [String]) -> JSONSchema {
        precondition(required.allSatisfy(properties.contains(key:)), "a required property is not described: \(required)")
        var properties = properties
        for (key, schema) in properties where !required.contains(key) { properties[key] = schema.optionalSchemaObject() }
        return .object(properties: properties)
    }

    /// A request body's object. The API reads a property sent as null as one left out, so every
    /// property that is not required may also be null.
    static func input(_ properties: OrderedDictionary<String, JSONSchema>, required: [String]) -> JSONSchema {
        var properties = properties
        for (key, schema) in properties where !required.contains(key) { properties[key] = schema.orNull() }
        return object(properties, required: required)
    }

    /// This schema, admitting null too. OpenAPI 3.0 cannot say so beside a reference, so a reference
    /// is wrapped in `allOf`; an enum lists null, or it would still refuse it; each choice of an
    /// `anyOf` admits it.
    func orNull() -> JSONSchema {
        switch value {
        case .reference:
            return .all(of: [self], core: .init(nullable: true))
        case .string(let core, let string) where core.allowedValues != nil:
            return .string(core.nullableContext().with(allowedValues: core.allowedValues! + [nil]), string)
        case .integer(let core, let integer) where core.allowedValues != nil:
            return .integer(core.nullableContext().with(allowedValues: core.allowedValues! + [nil]), integer)
        case .any(of: let choices, let core):
            return .any(of: choices.map { $0.orNull() }, core: core.nullableContext())
        default:
            return nullableSchemaObject()
        }
    }

    /// One page of a list.
    static func pageOf(_ item: JSONSchema) -> JSONSchema {
        object(
            ["items": .arrayOf(item), "page": .integer, "perPage": .integer, "total": .integer, "pageCount": .integer],
            required: ["items", "page", "perPage", "total", "pageCount"])
    }
}

extension Either where A == JSONReference<OpenAPI.Parameter>, B == OpenAPI.Parameter {
    static func query(_ name: String, _ schema: JSONSchema, required: Bool = false) -> Self {
        .parameter(name: name, context: .query(required: required), schema: schema)
    }

    /// One of the parameters every list or report shares (`Page`, `From`, `To`).
    static func shared(_ name: String) -> Self { .a(.component(named: name)) }
    static var page: Self { shared("Page") }
    static var from: Self { shared("From") }
    static var to: Self { shared("To") }
}

extension Either where A == JSONReference<OpenAPI.Link>, B == OpenAPI.Link {
    /// A link from an answer to an operation that takes what it returned (OpenAPI 3.0 `links`), so that
    /// clients and testing tools can follow one call with the next. `parameters` are runtime
    /// expressions (`$response.body#/id`); `body` is the request body to send, with expressions inside.
    static func to(
        _ method: String, _ path: String, parameters: [String: String] = [:],
        body: [String: any Sendable]? = nil
    ) -> Self {
        let pointer = path.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        return .link(
            operationRef: URL(string: "#/paths/\(pointer)/\(method)")!,
            parameters: OrderedDictionary(
                parameters.map { name, expression in
                    (name, .a(OpenAPI.RuntimeExpression(rawValue: expression)!))
                }
            ) { first, _ in first },
            requestBody: body.map { .b(AnyCodable($0)) })
    }
}
