/// A file kept with a record: a photo of a receipt or of goods delivered, or a scanned PDF. Its kind is read
/// from its first bytes, never taken from what the sender claims, and its size is bounded.
package enum UploadKind: String, Codable, Sendable, CaseIterable {
    case jpeg, png, webp, pdf

    /// The largest file kept: a phone photo, compressed, or a page of scans.
    package static let maxBytes = 3 * 1024 * 1024

    package var contentType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        case .pdf: "application/pdf"
        }
    }

    package var isImage: Bool { self != .pdf }

    /// The kind of `bytes` (the whole file), or why it is refused: empty, too large, or neither an image nor a PDF.
    package static func of(_ bytes: [UInt8]) throws(UploadError) -> UploadKind {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxBytes else { throw .tooLarge(maxBytes: maxBytes) }
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        throw .unsupportedType
    }
}

package enum UploadError: DomainError, Equatable {
    case empty
    case tooLarge(maxBytes: Int)
    case unsupportedType

    package var code: String {
        switch self {
        case .empty: "upload_empty"
        case .tooLarge: "upload_too_large"
        case .unsupportedType: "upload_type"
        }
    }
    package var field: String? { "file" }
    package var kind: ErrorKind { .invalid }
}
