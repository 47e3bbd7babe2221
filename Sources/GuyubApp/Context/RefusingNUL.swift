import Vapor

/// Decoders that refuse input holding the character NUL before decoding it. No field of Guyub's may
/// hold one, and PostgreSQL cannot store it while SQLite can: refusing it where input is read keeps
/// the two engines alike and turns it into a plain 422 rather than a database error.
struct RefusingNUL<Base: ContentDecoder>: ContentDecoder {
    let base: Base
    /// How NUL is spelt in this media type besides the raw byte: `\u0000` in JSON, `%00` in a form.
    let escapes: [String]

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try refuseNUL(body.readableBytesView, escapes: escapes)
        return try base.decode(decodable, from: body, headers: headers)
    }

    func decode<D: Decodable>(
        _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
        userInfo: [CodingUserInfoKey: any Sendable]
    ) throws -> D {
        try refuseNUL(body.readableBytesView, escapes: escapes)
        return try base.decode(decodable, from: body, headers: headers, userInfo: userInfo)
    }
}

/// The query string's decoder, refusing `%00`.
struct QueryRefusingNUL<Base: URLQueryDecoder>: URLQueryDecoder {
    let base: Base

    func decode<D: Decodable>(_ decodable: D.Type, from url: URI) throws -> D {
        try refuseNUL((url.query ?? "").utf8, escapes: ["%00"])
        return try base.decode(decodable, from: url)
    }

    func decode<D: Decodable>(_ decodable: D.Type, from url: URI, userInfo: [CodingUserInfoKey: any Sendable]) throws -> D {
        try refuseNUL((url.query ?? "").utf8, escapes: ["%00"])
        return try base.decode(decodable, from: url, userInfo: userInfo)
    }
}

private func refuseNUL(_ bytes: some Collection<UInt8>, escapes: [String]) throws {
    guard !bytes.contains(0) else { throw Abort(.unprocessableEntity, reason: "NUL in input") }
    guard !escapes.isEmpty, bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "%") }) else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    for escape in escapes where text.range(of: escape, options: .caseInsensitive) != nil {
        throw Abort(.unprocessableEntity, reason: "NUL in input")
    }
}
