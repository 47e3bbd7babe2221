import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Walks every cooperative's audit chain and checks the records it vouches for:
/// - every link's seal (an edited, inserted, reordered or re-hashed link is found: hashing again needs the key);
/// - every journal entry against the link written when it was posted (an entry changed on both its lines
///   with the balances recomputed, or deleted, or added without the posting path, is found);
/// - every member's record against the last change the trail holds for them.
/// What the chain alone cannot show is its last links removed together with the head: the head is
/// printed on each month's closing and the RAT's report pack, and `anchors` compares it with the chain.
package enum AuditVerifier {
    package typealias Finding = AuditFinding

    /// Where a chain stood when it was printed: a link's number and the start of its hash.
    package struct Anchor: Sendable, Equatable {
        package let sequence: Int64
        package let hashPrefix: String

        /// Reads `1234:ab12cd34…` (at least 8 hex digits of the hash).
        package init?(_ text: String) {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let sequence = Int64(parts[0].trimmingCharacters(in: ["#", " "])), sequence > 0,
                parts[1].count >= 8, parts[1].allSatisfy(\.isHexDigit)
            else { return nil }
            self.sequence = sequence
            hashPrefix = parts[1].lowercased()
        }
    }

    package struct Cooperative: Sendable {
        package let id: UUID
        package let name: String
        package let links: Int
        package let entries: Int
        package let members: Int
        /// The head as the cooperative's row records it: the last link's number and hash.
        package let headSequence: Int64
        package let headHash: String
        package let findings: [Finding]
    }

    package struct Report: Sendable {
        package let cooperatives: [Cooperative]
        package var links: Int { cooperatives.reduce(0) { $0 + $1.links } }
        package var intact: Bool { cooperatives.allSatisfy(\.findings.isEmpty) }
    }

    package static func verify(_ db: any Database, anchors: [UUID: Anchor] = [:], batch: Int = 2_000) async throws -> Report {
        var results: [Cooperative] = []
        for cooperative in try await CooperativeRecord.query(on: db).sort(\.$name).all() {
            let id = try cooperative.requireID()
            var check = Check(tenant: Tenant(cooperativeID: id, db: db))
            do {
                try await check.run(
                    batch: batch, recordedHead: cooperative.auditSequence, head: cooperative.auditHead,
                    anchor: anchors[id])
            } catch {
                check.findings.append(.unreadable(String(describing: error)))
            }
            results.append(
                Cooperative(
                    id: id, name: cooperative.name, links: check.links, entries: check.entries,
                    members: check.members, headSequence: cooperative.auditSequence,
                    headHash: cooperative.auditHead, findings: check.findings))
        }
        return Report(cooperatives: results)
    }

    /// One cooperative's walk.
    private struct Check {
        let tenant: Tenant
        var findings: [Finding] = []
        var links = 0
        var entries = 0
        var members = 0

        mutating func run(batch: Int, recordedHead: Int64, head: String, anchor: Anchor?) async throws {
            let accounts = Dictionary(
                uniqueKeysWithValues: try await tenant.query(AccountRecord.self).all().map {
                    ($0.id!, (id: $0.id!.uuidString.lowercased(), role: $0.role))
                })
            var expected: Int64 = 1
            var previous = ""
            var chainBroken = false
            var posted = Set<Int>()
            var memberSnapshots: [String: MemberSnapshot] = [:]
            var wajibClasses: [String: String] = [:]
            while true {
                let page = try await tenant.query(AuditEventRecord.self)
                    .filter(\.$sequence >= expected).sort(\.$sequence).limit(batch).all()
                if page.isEmpty { break }
                var postings: [Int: EntrySnapshot] = [:]
                for link in page {
                    if !chainBroken {
                        if link.sequence != expected {
                            findings.append(.linkMissing(expected))
                            chainBroken = true
                        } else if link.previousHash != previous {
                            findings.append(.linkOutOfOrder(link.sequence))
                            chainBroken = true
                        } else if try AuditLog.digest(link) != link.hash {
                            findings.append(.linkAltered(link.sequence))
                            chainBroken = true
                        }
                    }
                    if link.sequence == anchor?.sequence, !link.hash.hasPrefix(anchor!.hashPrefix) {
                        findings.append(.anchorMismatch(link.sequence))
                    }
                    previous = link.hash
                    expected = link.sequence + 1
                    let after = link.after.map { Data($0.utf8) }
                    switch (link.action, link.entity) {
                    case (.ledgerPost, _):
                        if let after, let snapshot = try? JSONDecoder().decode(EntrySnapshot.self, from: after) {
                            postings[snapshot.number] = snapshot
                        }
                    case (.memberWajibClass, _):
                        if let after, let value = try? JSONDecoder().decode([String: String].self, from: after) {
                            wajibClasses[link.entityID ?? ""] = value["wajibClass"] ?? ""
                        }
                    case (_, "member"):
                        if let after, let snapshot = try? JSONDecoder().decode(MemberSnapshot.self, from: after) {
                            memberSnapshots[link.entityID ?? ""] = snapshot
                        }
                    default: break
                    }
                }
                links += page.count
                try await compare(postings, accounts: accounts)
                posted.formUnion(postings.keys)
            }
            if !chainBroken, recordedHead != expected - 1 || head != previous {
                findings.append(.chainEndsEarly(found: expected - 1, recorded: recordedHead))
            }
            if let anchor, anchor.sequence >= expected { findings.append(.anchorMismatch(anchor.sequence)) }
            try await unrecordedEntries(posted)
            try await compareMembers(memberSnapshots, wajibClasses: wajibClasses)
        }

        /// Each entry the trail says was posted, against the journal.
        mutating func compare(_ postings: [Int: EntrySnapshot], accounts: [UUID: (id: String, role: AccountRole?)]) async throws {
            guard !postings.isEmpty else { return }
            let found = try await tenant.query(JournalEntryRecord.self).filter(\.$number ~~ Array(postings.keys)).all()
            let lines = Dictionary(
                grouping: try await tenant.query(JournalLineRecord.self).filter(\.$entryID ~~ found.map { $0.id! })
                    .sort(\.$lineNumber).all(), by: \.entryID)
            let byNumber = Dictionary(found.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
            for (number, snapshot) in postings.sorted(by: { $0.key < $1.key }) {
                guard let entry = byNumber[number] else {
                    findings.append(.entryMissing(number))
                    continue
                }
                entries += 1
                let kept = lines[entry.id!] ?? []
                let same =
                    entry.entryDate.description == snapshot.date && entry.description == snapshot.description
                    && entry.sourceType == snapshot.source && entry.total == snapshot.total && kept.count == snapshot.lines.count
                    && zip(kept, snapshot.lines).allSatisfy { line, posted in
                        let account = accounts[line.accountID]
                        return (posted.account == account?.id || posted.account == account?.role?.rawValue)
                            && line.debit == posted.debit
                            && line.credit == posted.credit && line.savingsAccountID == posted.savingsAccount
                    }
                if !same { findings.append(.entryAltered(number)) }
            }
        }

        /// Entries in the journal that no posting in the trail accounts for.
        mutating func unrecordedEntries(_ posted: Set<Int>) async throws {
            let count = try await tenant.query(JournalEntryRecord.self).count()
            guard count > entries else { return }
            for row in try await tenant.db.sql.raw(
                """
                SELECT number FROM journal_entries WHERE cooperative_id = \(bind: tenant.cooperativeID) ORDER BY number
                """
            ).all() {
                let number = try row.decode(column: "number", as: Int.self)
                if !posted.contains(number) { findings.append(.entryUnrecorded(number)) }
            }
        }

        /// Each member's record, against the last change the trail recorded for them.
        mutating func compareMembers(_ snapshots: [String: MemberSnapshot], wajibClasses: [String: String]) async throws {
            for member in try await tenant.query(MemberRecord.self).sort(\.$memberNumber).all() {
                let key = member.id!.uuidString.lowercased()
                members += 1
                guard let last = snapshots[key] else {
                    findings.append(.memberUnrecorded(member.memberNumber))
                    continue
                }
                if last != MemberSnapshot(member) || (wajibClasses[key] ?? "") != (member.wajibClass ?? "") {
                    findings.append(.memberAltered(member.memberNumber))
                }
            }
        }
    }
}
