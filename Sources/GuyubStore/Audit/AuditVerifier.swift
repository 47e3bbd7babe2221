import FluentKit
import Foundation

/// Walks every cooperative's audit chain and reports the first broken link of each.
package enum AuditVerifier {
    package struct Break: Sendable, Equatable, CustomStringConvertible {
        package let cooperativeID: UUID
        package let cooperativeName: String
        package let sequence: Int64
        package let reason: String

        package var description: String {
            "cooperative \"\(cooperativeName)\" (\(cooperativeID.uuidString.lowercased())): audit link #\(sequence) \(reason)"
        }
    }

    package struct Report: Sendable {
        package let breaks: [Break]
        /// How many links were checked.
        package let links: Int
    }

    package static func verify(_ db: any Database, batch: Int = 2_000) async throws -> Report {
        var breaks: [Break] = []
        var checked = 0
        for cooperative in try await CooperativeRecord.query(on: db).sort(\.$name).all() {
            let id = try cooperative.requireID()
            let tenant = Tenant(cooperativeID: id, db: db)
            func broken(_ sequence: Int64, _ reason: String) -> Break {
                Break(cooperativeID: id, cooperativeName: cooperative.name, sequence: sequence, reason: reason)
            }
            var expected: Int64 = 1
            var previous = ""
            var found: Break?
            scan: while true {
                let links = try await tenant.query(AuditEventRecord.self)
                    .filter(\.$sequence >= expected).sort(\.$sequence).limit(batch).all()
                if links.isEmpty { break }
                for link in links {
                    if link.sequence != expected { found = broken(expected, "is missing"); break scan }
                    if link.previousHash != previous {
                        found = broken(link.sequence, "does not follow the link before it"); break scan
                    }
                    if AuditLog.digest(link) != link.hash {
                        found = broken(link.sequence, "was changed after it was written"); break scan
                    }
                    previous = link.hash
                    expected += 1
                }
                checked += links.count
            }
            if found == nil, cooperative.auditSequence != expected - 1 || cooperative.auditHead != previous {
                found = broken(expected, "is missing: the chain ends before its recorded head (#\(cooperative.auditSequence))")
            }
            if let found { breaks.append(found) }
        }
        return Report(breaks: breaks, links: checked)
    }
}
