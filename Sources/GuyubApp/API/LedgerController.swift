import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// The books through the API: the chart of accounts, journal entries (manual ones by the treasurer,
/// and the reversal of any entry).
struct LedgerController {
    /// `GET /api/v1/ledger/export?format=hledger|beancount|csv&from=&to=`: the journal as a file.
    func export(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewBooks)
        guard let format = JournalExport.Format(rawValue: (try? request.query.get(String.self, at: "format")) ?? "") else {
            throw FieldError.invalidChoice("format")
        }
        let (from, to) = try request.dateRange()
        var text = ""
        try await JournalExporter(request.tenant()).export(format, from: from, to: to) { text += $0 }
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(
            name: .contentType,
            value: format == .csv
                ? "text/csv; charset=utf-8"
                : "text/plain; charset=utf-8")
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename=\"guyub-\(try request.today()).\(format.fileExtension)\"")
        return response
    }

    struct UnitDTO: Content {
        let id: UUID
        let code: String
        let name: String
        let active: Bool

        init(_ u: BusinessUnitRecord) {
            id = u.id!
            code = u.code
            name = u.name
            active = u.active
        }
    }

    struct UnitInput: Content {
        var code: String?
        var name: String?
        var active: Bool?
    }

    /// `GET /api/v1/ledger/units`: the business units the books report apart.
    func units(_ request: Request) async throws -> [UnitDTO] {
        _ = try request.authorize(.viewBooks)
        return try await BusinessUnitStore(request.tenant()).all().map(UnitDTO.init)
    }

    func addUnit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(UnitInput.self)
        return try created(
            UnitDTO(
                try await BusinessUnitStore(request.tenant()).add(
                    code: input.code ?? "", name: input.name ?? "",
                    by: principal.actor)))
    }

    func updateUnit(_ request: Request) async throws -> UnitDTO {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(UnitInput.self)
        guard let id = request.parameters.get("id", as: UUID.self) else { throw AccessError.notFound }
        return UnitDTO(
            try await BusinessUnitStore(request.tenant()).update(
                id, name: input.name, active: input.active,
                by: principal.actor))
    }

    struct MonthPlanDTO: Content {
        let month: String
        /// True when this call closed the month; false when it was closed already (or for a plan).
        let closed: Bool
        let sukarelaInterest: String
        let tax: String
        let accrued: String
        let maturities: Int
        let duesToBill: Int

        init(_ plan: MonthEnd.Plan, decimals d: Int, closed: Bool = false) {
            month = plan.month.description
            self.closed = closed
            sukarelaInterest = plan.sukarelaInterest.money(d)
            tax = plan.sukarelaTax.money(d)
            accrued = plan.accrued.money(d)
            maturities = plan.maturities.count
            duesToBill = plan.duesToBill
        }
    }

    struct MonthsDTO: Content {
        struct Closing: Content {
            let month: String
            let closedAt: Date?
            let closedBy: String
        }
        let next: String
        /// What closing the next month would post, when it can be closed now.
        let plan: MonthPlanDTO?
        let closings: [Closing]
    }

    /// `GET /api/v1/ledger/months`: the months closed, and what closing the next one would post.
    func months(_ request: Request) async throws -> MonthsDTO {
        let principal = try request.authorize(.viewBooks)
        let monthEnd = try MonthEnd(request.tenant())
        let today = try request.today()
        let next = try await monthEnd.nextMonth(today: today)
        let plan = try? await monthEnd.plan(next, today: today)
        return MonthsDTO(
            next: next.description, plan: plan.map { MonthPlanDTO($0, decimals: principal.decimals) },
            closings: try await monthEnd.closings().map {
                .init(
                    month: $0.month.description, closedAt: $0.closedAt,
                    closedBy: $0.closedByName)
            })
    }

    /// `POST /api/v1/ledger/months/{YYYY-MM}/close`: closes the month (again: changes nothing, `closed` false).
    func closeMonth(_ request: Request) async throws -> MonthPlanDTO {
        let principal = try request.authorize(.keepBooks)
        guard let month = YearMonth(request.parameters.get("month") ?? "") else { throw FieldError.invalidDate("month") }
        let monthEnd = try MonthEnd(request.tenant())
        let plan = try await monthEnd.plan(month, today: request.today())
        let closed = try await monthEnd.close(plan, texts: .init(month), by: principal.actor)
        return MonthPlanDTO(plan, decimals: principal.decimals, closed: closed)
    }

    func accounts(_ request: Request) async throws -> [AccountDTO] {
        let principal = try request.authorize(.viewBooks)
        return try await ChartStore(request.tenant()).all().map {
            AccountDTO($0, language: request.language.rawValue, decimals: principal.decimals)
        }
    }

    struct NewAccount: Content {
        var code: String?
        var nameId: String?
        var nameEn: String?
        var type: String?
        var segment: String?
    }

    func addAccount(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(NewAccount.self)
        guard let type = input.type.flatMap(AccountType.init(rawValue:)) else { throw FieldError.invalidChoice("type") }
        guard let segment = Segment(rawValue: input.segment ?? "none") else { throw FieldError.invalidChoice("segment") }
        let account = try await ChartStore(request.tenant()).add(
            code: input.code ?? "", nameID: input.nameId ?? "",
            nameEN: input.nameEn ?? "", type: type, segment: segment,
            by: principal.actor)
        return try created(AccountDTO(account, language: request.language.rawValue, decimals: principal.decimals))
    }

    struct AccountChange: Content {
        var nameId: String?
        var nameEn: String?
        var active: Bool?
    }

    func updateAccount(_ request: Request) async throws -> AccountDTO {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(AccountChange.self)
        guard let id = request.parameters.get("id", as: UUID.self) else { throw AccessError.notFound }
        let account = try await ChartStore(request.tenant()).update(
            id, nameID: input.nameId, nameEN: input.nameEn,
            active: input.active, by: principal.actor)
        return AccountDTO(account, language: request.language.rawValue, decimals: principal.decimals)
    }

    func deleteAccount(_ request: Request) async throws -> HTTPStatus {
        let principal = try request.authorize(.keepBooks)
        guard let id = request.parameters.get("id", as: UUID.self) else { throw AccessError.notFound }
        try await ChartStore(request.tenant()).delete(id, by: principal.actor)
        return .noContent
    }

    /// `GET /api/v1/ledger/entries?from=&to=&page=`: newest first.
    func entries(_ request: Request) async throws -> PageDTO<EntryDTO> {
        let principal = try request.authorize(.viewBooks)
        let (from, to) = try request.dateRange()
        let page = try await JournalQueries(request.tenant()).entries(from: from, to: to, page: request.apiPage())
        return PageDTO(page) { EntryDTO($0, decimals: principal.decimals) }
    }

    func entry(_ request: Request) async throws -> EntryDTO {
        let principal = try request.authorize(.viewBooks)
        let detail = try await JournalQueries(request.tenant()).entry(request.parameters.get("id", as: UUID.self))
        return EntryDTO(detail, language: request.language, decimals: principal.decimals)
    }

    struct ManualEntry: Content {
        struct Line: Content {
            var accountId: UUID?
            var debit: String?
            var credit: String?
            var memo: String?
            var businessUnitId: UUID?
        }
        var date: String?
        var description: String?
        var lines: [Line]?
    }

    /// `POST /api/v1/ledger/entries`: a manual entry by the treasurer. Members' savings accounts
    /// move only through savings operations.
    func postEntry(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(ManualEntry.self)
        let draft = try await ManualEntryRules.draft(
            input, tenant: request.tenant(), today: request.today(),
            decimals: principal.decimals)
        let posting = try await Ledger(request.tenant()).post(draft, by: principal.actor)
        let detail = try await JournalQueries(request.tenant()).entry(posting.entry.id)
        return try created(EntryDTO(detail, language: request.language, decimals: principal.decimals))
    }

    struct ReverseInput: Content {
        var date: String?
        var reason: String?
    }

    /// `POST /api/v1/ledger/entries/{id}/reverse`: the mirror entry, dated today unless said otherwise.
    func reverse(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(ReverseInput.self)
        let tenant = try request.tenant()
        guard let id = request.parameters.get("id", as: UUID.self),
            let original = try await tenant.find(JournalEntryRecord.self, id)
        else { throw LedgerError.entryNotFound }
        let date = try input.date.map { try CivilDate.required($0, field: "date") } ?? request.today()
        let reason = request.booksText.reversalDescription(number: original.number, reason: input.reason ?? "")
        let posting = try await Ledger(tenant).reverse(
            id, on: date, reason: String(reason.prefix(JournalDraft.maxDescriptionLength)),
            by: principal.actor)
        let detail = try await JournalQueries(tenant).entry(posting.entry.id)
        return try created(EntryDTO(detail, language: request.language, decimals: principal.decimals))
    }
}

/// Turns a manual entry as typed into a draft: amounts parsed exactly, accounts this cooperative's own,
/// none of them a control account.
enum ManualEntryRules {
    static func draft(
        _ input: LedgerController.ManualEntry, tenant: Tenant, today: CivilDate,
        decimals: Int
    ) async throws -> JournalDraft {
        let date = try input.date.map { try CivilDate.required($0, field: "date") } ?? today
        var lines: [JournalDraft.Line] = []
        for (index, line) in (input.lines ?? []).enumerated() {
            guard let accountID = line.accountId else { throw LedgerError.invalidLine(index) }
            func amount(_ text: String?) throws -> Int64 {
                guard let text, !text.isEmpty else { return 0 }
                do { return try Amount.parse(text, decimals: decimals) } catch { throw LedgerError.invalidLine(index) }
            }
            let memo = line.memo?.trimmingCharacters(in: .whitespacesAndNewlines)
            lines.append(
                .init(
                    account: .id(accountID), debit: try amount(line.debit), credit: try amount(line.credit),
                    memo: memo?.isEmpty == false ? String(memo!.prefix(FieldLimit.lineMemo)) : nil, unit: line.businessUnitId))
        }
        let ids = lines.compactMap { if case .id(let id) = $0.account { id } else { nil } }
        let accounts = try await tenant.query(AccountRecord.self).filter(\.$id ~~ ids).all()
        if accounts.contains(where: \.isControl) { throw LedgerError.controlAccount }
        // New entries go to units still in use.
        let units = Set(lines.compactMap(\.unit))
        if !units.isEmpty,
            try await tenant.query(BusinessUnitRecord.self).filter(\.$id ~~ Array(units))
                .filter(\.$active == true).count() != units.count
        {
            throw LedgerError.unknownUnit
        }
        return JournalDraft(date: date, description: input.description ?? "", sourceType: .manual, lines: lines)
    }
}

extension CivilDate {
    /// A date field that must read `YYYY-MM-DD`.
    static func required(_ text: String, field: String) throws -> CivilDate {
        guard let date = CivilDate(written: text) else { throw FieldError.invalidDate(field) }
        return date
    }
}

extension Request {
    /// `?from=&to=` as dates, each optional.
    func dateRange() throws -> (CivilDate?, CivilDate?) {
        func date(_ key: String) throws -> CivilDate? {
            guard let text = try queryValue(key), !text.isEmpty else { return nil }
            return try CivilDate.required(text, field: key)
        }
        return (try date("from"), try date("to"))
    }
}

/// A 201 with the created resource.
func created(_ body: some Content) throws -> Response {
    let response = Response(status: .created)
    try response.content.encode(body)
    return response
}
