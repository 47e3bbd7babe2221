import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The financial statements, for the API and the pages: which report, for which dates, read once.
enum ReportKind: String, CaseIterable {
    case trialBalance = "trial-balance"
    case balanceSheet = "balance-sheet"
    case incomeStatement = "income-statement"
    case equityChanges = "equity-changes"
    case cashFlow = "cash-flow"
}

struct ReportPeriod {
    let from: CivilDate?
    let to: CivilDate
    /// One business unit's figures (`?unit=`), or the whole cooperative's.
    let unit: UUID?

    /// `?from=&to=` (or `?date=` for a position at a date), `?unit=`; `to` defaults to today. A
    /// statement of the year's flows starts, unless told, on the first day of the financial year `to`
    /// falls in, so that it never spans two years.
    init(_ request: Request, yearToDate: Bool = false) async throws {
        let (from, to) = try request.dateRange()
        let date = try request.queryValue("date").map { try CivilDate.required($0, field: "date") }
        self.to = try date ?? to ?? request.today()
        self.from = date != nil ? nil : from ?? (yearToDate ? CivilDate(year: self.to.year, month: 1, day: 1) : nil)
        if let from = self.from, from > self.to { throw FieldError.invalidDate("from") }
        if let text = try request.queryValue("unit"), !text.isEmpty {
            // Another cooperative's unit is not found, like one that does not exist.
            do { unit = try await BusinessUnitStore(request.tenant()).find(UUID(uuidString: text)).id } catch AccessError.notFound
            { throw LedgerError.unknownUnit }
        } else {
            unit = nil
        }
    }
}

extension Request {
    /// Answers with CSV when `?format=csv`, otherwise with `json`.
    /// `file`: the CSV's file name, `.csv` included.
    func report(_ json: some Content, csv: () -> CSVText, file: String) throws -> Response {
        if try queryChoice("format", in: ["json", "csv"]) == "csv" { return csv().response(filename: file) }
        let response = Response()
        try response.content.encode(json)
        return response
    }
}
