import GuyubCore
import GuyubStore
import GuyubViews
import SwiftCSV
import Vapor

/// Imports a member list exported from a spreadsheet (CSV, comma or semicolon, UTF-8). First a plan:
/// every row read and checked, those already registered (same NIK) set aside, so running the same
/// file twice imports nothing twice. Then the commit, in the caller's transaction: all or nothing.
struct MemberImporter {
    let store: MemberStore

    struct Plan {
        var accepted: [SheetMember] = []
        var skipped: [(line: Int, problem: SheetProblem)] = []
        var rejected: [(line: Int, problem: SheetProblem)] = []
    }

    static func rows(csv text: String) throws(SheetError) -> (header: [String], rows: [[String]]) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .empty }
        // NUL never occurs in a text spreadsheet (a UTF-16 "Unicode text" export is full of them).
        guard !text.contains("\0") else { throw .unreadable }
        do {
            let csv = try EnumeratedCSV(string: text, loadColumns: false)
            return (csv.header, csv.rows)
        } catch {
            throw .unreadable
        }
    }

    /// The sheet's rows read: those valid, and those the sheet itself refuses (no database needed).
    static func read(csv text: String) throws -> (valid: [SheetMember], rejected: [(line: Int, problem: SheetProblem)]) {
        let (header, rows) = try Self.rows(csv: text)
        let sheet = try MemberSheet(header: header)
        var valid: [SheetMember] = []
        var rejected: [(line: Int, problem: SheetProblem)] = []
        for row in sheet.readAll(rows, firstLine: 2) {
            switch row {
            case .valid(let member): valid.append(member)
            case .rejected(let line, let problem): rejected.append((line, problem))
            }
        }
        return (valid, rejected)
    }

    static func rejections(csv text: String) throws -> [(line: Int, problem: SheetProblem)] {
        try read(csv: text).rejected
    }

    func plan(csv text: String) async throws -> Plan {
        let (valid, rejected) = try Self.read(csv: text)
        var plan = Plan(rejected: rejected)
        let existing = try await store.numbers(ofNIKs: valid.map(\.details.nik.digits))
        for member in valid {
            if let number = existing[member.details.nik.digits] {
                plan.skipped.append((member.line, .alreadyRegistered(memberNumber: number)))
            } else {
                plan.accepted.append(member)
            }
        }
        return plan
    }

    /// Registers every accepted row as a member since its sheet's joining date (or `date`).
    func commit(
        _ plan: Plan, on date: CivilDate, by actor: Actor,
        progress: (Int, Int) -> Void = { _, _ in }
    ) async throws -> [(line: Int, member: MemberRecord)] {
        var imported: [(Int, MemberRecord)] = []
        for (index, row) in plan.accepted.enumerated() {
            let member = try await store.register(
                row.details, status: .member, joinedOn: row.joinedOn, on: date,
                by: actor, action: .memberImport)
            imported.append((row.line, member))
            progress(index + 1, plan.accepted.count)
        }
        return imported
    }

    /// What an import did or would do, for the API.
    struct Report: Content {
        struct Row: Content {
            let line: Int
            let code: String
            let field: String?
            let reason: String
        }
        struct Imported: Content {
            let line: Int
            let id: UUID
            let memberNumber: Int
        }
        /// Nil for a dry run, and for a sheet imported by batches (see `job`).
        let imported: [Imported]?
        let accepted: Int
        let skipped: [Row]
        let rejected: [Row]
        /// A sheet larger than one batch: the import that takes it in.
        var job: ImportJobDTO?
    }
}

extension MemberImporter.Report.Row {
    /// A sheet's row that was skipped or refused, with its code and the field at fault.
    init(_ entry: (line: Int, problem: SheetProblem), text: Catalogue) {
        let (code, field): (String, String?) =
            switch entry.problem {
            case .member(let e): (e.code, e.field)
            case .unreadableDate(let column, _): ("invalid_date", column.rawValue)
            case .unreadableGender: ("invalid_choice", "gender")
            case .duplicateInSheet: ("duplicate_in_file", "nik")
            case .alreadyRegistered: ("already_registered", "nik")
            case .nik(let e): (e.code, "nik")
            case .quantity(let e): (e.code, "quantity")
            }
        self.init(line: entry.line, code: code, field: field, reason: text.reason(entry.problem))
    }
}

extension MemberImporter.Report {
    init(_ plan: MemberImporter.Plan, imported: [(line: Int, member: MemberRecord)]?, text: Catalogue) {
        func row(_ entry: (line: Int, problem: SheetProblem)) -> Row { Row(entry, text: text) }
        self.init(
            imported: imported?.map { Imported(line: $0.line, id: $0.member.id!, memberNumber: $0.member.memberNumber) },
            accepted: plan.accepted.count, skipped: plan.skipped.map(row), rejected: plan.rejected.map(row), job: nil)
    }
}

/// An import taken in by batches, and where it stands.
struct ImportJobDTO: Content {
    let id: UUID
    let status: ImportJobStatus
    let accepted: Int
    let imported: Int
    let skipped: Int
    let rejected: Int

    init(_ job: MemberImportRecord) {
        id = job.id!
        status = job.status
        accepted = job.accepted
        imported = job.imported
        skipped = job.skipped
        rejected = job.rejected
    }
}
