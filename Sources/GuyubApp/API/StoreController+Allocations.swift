import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The allocation lists of programmes sold by allocation (subsidised fertiliser): imported season by
/// season from the e-RDKK spreadsheet, and what a buyer has left to take.
extension StoreController {
    /// `POST /api/v1/store/programmes/{id}/allocations?season=&startsOn=&endsOn=[&dryRun=true]` with the
    /// sheet as CSV: the season's list replaced by the sheet's valid rows; refused rows come back with why.
    func importAllocations(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let programme = try await ProgrammeStore(tenant).find(request.parameters.get("id", as: UUID.self))
        guard programme.byAllocation else { throw StoreError.notByAllocation }
        let season = try Self.season(
            name: request.query[String.self, at: "season"], startsOn: request.query[String.self, at: "startsOn"],
            endsOn: request.query[String.self, at: "endsOn"])
        guard let body = request.body.data, let text = body.getString(at: body.readerIndex, length: body.readableBytes) else {
            throw SheetError.empty
        }
        let (valid, rejected) = try Self.allocationRows(csv: text)
        let rows = rejected.map { MemberImporter.Report.Row($0, text: request.catalogue) }
        if (try? request.query.get(Bool.self, at: "dryRun")) == true {
            return try await AllocationImportDTO(
                season: nil, accepted: valid.count, allocated: Quantity.string(valid.reduce(0) { $0 + $1.quantity }),
                rejected: rows
            ).encodeResponse(for: request)
        }
        let record = try await AllocationStore(tenant).importList(
            valid, season: season, into: programme, at: request.application.clock.now(), by: principal.actor)
        return try await AllocationImportDTO(
            season: AllocationSeasonDTO(
                id: record.id!, name: record.name, startsOn: record.startsOn.description, endsOn: record.endsOn.description,
                farmers: valid.count, allocated: Quantity.string(valid.reduce(0) { $0 + $1.quantity }), taken: nil),
            accepted: valid.count, allocated: Quantity.string(valid.reduce(0) { $0 + $1.quantity }), rejected: rows
        ).encodeResponse(status: .created, for: request)
    }

    /// `GET /api/v1/store/programmes/{id}/allocations`: the seasons, latest first, with their lists' totals.
    func allocationSeasons(_ request: Request) async throws -> [AllocationSeasonDTO] {
        _ = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let programme = try await ProgrammeStore(tenant).find(request.parameters.get("id", as: UUID.self))
        return try await AllocationStore(tenant).summaries(of: programme.id!).map {
            AllocationSeasonDTO(
                id: $0.season.id!, name: $0.season.name, startsOn: $0.season.startsOn.description,
                endsOn: $0.season.endsOn.description, farmers: $0.farmers, allocated: Quantity.string($0.allocated),
                taken: Quantity.string($0.taken))
        }
    }

    /// `GET /api/v1/store/programmes/{id}/allocations/standing?nik=`: what one buyer may still take this
    /// season, as the counter shows it.
    func allocationStanding(_ request: Request) async throws -> AllocationStandingDTO {
        _ = try request.authorize(.sell)
        let tenant = try request.tenant()
        let programme = try await ProgrammeStore(tenant).find(request.parameters.get("id", as: UUID.self))
        let nik = try NIK(request.query[String.self, at: "nik"] ?? "")
        guard programme.byAllocation else { throw StoreError.notByAllocation }
        let standing = try await AllocationStore(tenant).standing(of: nik.digits, in: programme.id!, on: request.today())
        return AllocationStandingDTO(
            nik: nik.digits, season: standing?.season, onList: standing?.allocated != nil,
            allocated: standing?.allocated.map(Quantity.string), taken: Quantity.string(standing?.taken ?? 0),
            remaining: Quantity.string(standing?.remaining ?? 0))
    }

    /// A season as a form or a query gives it: a name and its first and last day.
    static func season(name: String?, startsOn: String?, endsOn: String?) throws -> AllocationSeason {
        func date(_ text: String?, _ field: String) throws -> CivilDate {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.field(.required(field)) }
            guard let date = WrittenDate.parse(text) else { throw StoreError.field(.invalidDate(field)) }
            return date
        }
        return try AllocationSeason(
            name: name ?? "", startsOn: date(startsOn, "startsOn"), endsOn: date(endsOn, "endsOn"))
    }

    /// The sheet's rows, read and checked.
    static func allocationRows(csv text: String) throws -> (
        valid: [AllocationSheet.Row], rejected: [(line: Int, problem: SheetProblem)]
    ) {
        let (header, rows) = try MemberImporter.rows(csv: text)
        return try AllocationSheet(header: header).readAll(rows, firstLine: 2)
    }
}

struct AllocationSeasonDTO: Content {
    var id: UUID
    var name: String
    var startsOn: String
    var endsOn: String
    var farmers: Int
    var allocated: String
    /// Sold in the season under the programme, less what came back.
    var taken: String?
}

struct AllocationImportDTO: Content {
    /// Nil for a dry run.
    var season: AllocationSeasonDTO?
    var accepted: Int
    var allocated: String
    var rejected: [MemberImporter.Report.Row]
}

struct AllocationStandingDTO: Content {
    var nik: String
    /// The season holding today; nil when no list covers it.
    var season: String?
    var onList: Bool
    var allocated: String?
    var taken: String
    var remaining: String
}
