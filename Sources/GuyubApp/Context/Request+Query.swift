import GuyubCore
import Vapor

/// Reading the query string: leniently for pages, strictly for the API, as its description says.
extension Request {
    /// `?page=` as a number from 1; anything else reads as the first page. At most `maxPage`, so that
    /// a page's offset cannot overflow.
    var pageNumber: Int { min(Self.maxPage, max(1, (try? query.get(Int.self, at: "page")) ?? 1)) }
    static let maxPage = 1_000_000

    /// For the API: `?name=` left out is `nil`; given once as a whole number in `range`, that number;
    /// anything else (given twice, empty, not a number) is refused (422), as the API description says.
    func queryInteger(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try queryValue(name) else { return nil }
        guard let number = Int(text), range.contains(number) else { throw FieldError.invalidChoice(name) }
        return number
    }

    /// For the API: `?name=` left out is `nil`; given once as one of `choices`, that choice; anything
    /// else is refused (422).
    func queryChoice(_ name: String, in choices: [String]) throws -> String? {
        guard let text = try queryValue(name) else { return nil }
        guard choices.contains(text) else { throw FieldError.invalidChoice(name) }
        return text
    }

    /// `?name=` left out is `nil`; given more than once, or unreadable (a NUL in it), it is refused (422).
    func queryValue(_ name: String) throws -> String? {
        guard let values = try query.get([String]?.self, at: name), !values.isEmpty else { return nil }
        guard values.count == 1 else { throw FieldError.invalidChoice(name) }
        return values[0]
    }

    /// The API's `?page=`: the first when left out.
    func apiPage() throws -> Int { try queryInteger("page", in: 1...Self.maxPage) ?? 1 }
}
