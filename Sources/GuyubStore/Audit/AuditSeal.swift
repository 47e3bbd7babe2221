import Crypto
import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The key that seals the audit chain. A link's hash is an HMAC-SHA256 under a key the database does not
/// hold, so someone who can edit the database can still not write a chain that verifies: re-hashing every
/// link after an edit needs the key. The key comes from `GUYUB_AUDIT_KEY`, or from a file beside the data
/// (`audit.key`, made once with a random key and readable by its owner only). Every server of one
/// database must use the same key.
package enum AuditSeal {
    package enum Source: Sendable {
        case key(SymmetricKey)
        /// A file holding the key as hex; made when missing.
        case file(String)
    }

    private static let state = NIOLockedValueBox<(source: Source?, key: SymmetricKey?)>((nil, nil))

    /// Where the key comes from; set once at start (a test process sets a fixed key).
    package static func use(_ source: Source) {
        state.withLockedValue { $0 = (source, nil) }
    }

    /// The key, read (or made) on first use.
    static func key() throws -> SymmetricKey {
        try state.withLockedValue { state in
            if let key = state.key { return key }
            guard let source = state.source else { throw AuditSealError.notConfigured }
            let key: SymmetricKey
            switch source {
            case .key(let given): key = given
            case .file(let path): key = try load(path)
            }
            state.key = key
            return key
        }
    }

    /// Reads a key written as hex (at least 32 bytes), as `GUYUB_AUDIT_KEY` or the key file holds it.
    package static func key(hex text: String) -> SymmetricKey? {
        let hex = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard hex.count >= 64, hex.count % 2 == 0, hex.allSatisfy(\.isHexDigit) else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return SymmetricKey(data: bytes)
    }

    private static func load(_ path: String) throws -> SymmetricKey {
        if !FileManager.default.fileExists(atPath: path) {
            let fresh = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.map { String(format: "%02x", $0) }.joined()
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // Made exclusively and readable by its owner only: of two servers starting at once, the first
            // file written wins and the other reads it.
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            if descriptor >= 0 {
                let bytes = Array((fresh + "\n").utf8)
                let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                guard written == bytes.count else { throw AuditSealError.unreadable(path) }
            }
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let key = key(hex: text) else {
            throw AuditSealError.unreadable(path)
        }
        return key
    }

    /// HMAC-SHA256 of `data` under the key, as hex.
    static func seal(_ data: Data) throws -> String {
        HMAC<SHA256>.authenticationCode(for: data, using: try key()).map { String(format: "%02x", $0) }.joined()
    }
}

package enum AuditSealError: Error, Equatable {
    case notConfigured
    case unreadable(String)
}
