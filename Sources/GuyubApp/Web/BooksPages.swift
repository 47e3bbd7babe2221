import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The treasurer's books in the browser: the desk, the journal, manual entries and reversals, the
/// chart, the financial statements and the month end.
struct BooksPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let books = routes.grouped("books")
        books.get(use: home)
        books.get("journal", use: journal)
        books.get("journal", "new", use: newEntry)
        books.post("journal", "new", use: postEntry)
        books.get("journal", ":id", use: entry)
        books.post("journal", ":id", "reverse", use: reverse)
        books.get("accounts", use: chart)
        books.post("accounts", use: addAccount)
        books.post("accounts", ":id", use: updateAccount)
        books.post("units", use: addUnit)
        books.post("units", ":id", use: updateUnit)
        books.get("reports", ":kind", use: report)
        books.get("month-end", use: monthEnd)
        books.post("month-end", ":month", use: closeMonth)
    }

    func home(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let today = try request.today()
        let tenant = try request.tenant()
        let queries = ReportQueries(tenant)
        let all = try await queries.trialBalance(from: nil, to: today)
        let year = try await queries.incomeStatement(from: CivilDate(year: today.year, month: 1, day: 1), to: today)
        func natural(_ roles: AccountRole...) -> Int64 {
            all.rows.filter { $0.role.map(roles.contains) ?? false }.reduce(0) { $0 + $1.natural($1.closing) }
        }
        let cooperative = try await CooperativeRecord.find(principal.cooperativeID, on: request.database)
        var model = BooksHome.Model(
            today: today, cash: natural(.cash), bank: natural(.bank), qris: natural(.qrisClearing),
            equitySavings: natural(.savingsPokok, .savingsWajib), memberDeposits: natural(.savingsSukarela, .savingsBerjangka),
            surplusThisYear: year.surplus,
            closedThrough: cooperative.flatMap(\.booksClosedThrough.date),
            balanced: all.isBalanced, canKeepBooks: principal.allows(.keepBooks))
        model.months = try await queries.monthlyResult(from: CivilDate(year: today.year, month: 1, day: 1)!, to: today).map {
            .init(month: $0.month, income: $0.income, expenses: $0.expenses)
        }
        model.negativeAssets = all.negativeAssets.map {
            StatementLine(code: $0.code, nameID: $0.nameID, nameEN: $0.nameEN, amount: $0.closing)
        }
        return request.html(BooksHome.View.render(model, in: request.pageContext()))
    }

    func journal(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let (from, to) = try request.dateRange()
        let page = try await JournalQueries(request.tenant()).entries(from: from, to: to, page: request.pageNumber)
        let model = Journal.Model(
            from: from, to: to,
            rows: page.items.map {
                .init(
                    id: $0.id!, number: $0.number, date: $0.entryDate,
                    description: $0.description, total: $0.total, source: $0.sourceType)
            },
            page: page.page, pageCount: page.pageCount, total: page.total, canPost: principal.allows(.keepBooks))
        return request.html(Journal.View.render(model, in: request.pageContext()))
    }

    func entry(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let model = try await entryModel(request, principal: principal, id: request.parameters.get("id", as: UUID.self))
        return request.html(EntryShow.View.render(model, in: request.pageContext()))
    }

    private func entryModel(
        _ request: Request, principal: Principal, id: UUID?,
        errors: [String: String] = [:]
    ) async throws -> EntryShow.Model {
        let tenant = try request.tenant()
        let detail = try await JournalQueries(tenant).entry(id)
        let e = detail.entry
        func numbered(_ id: UUID?) async throws -> (id: UUID, number: Int)? {
            guard let id, let other = try await tenant.find(JournalEntryRecord.self, id) else { return nil }
            return (id, other.number)
        }
        return EntryShow.Model(
            id: e.id!, number: e.number, date: e.entryDate, description: e.description, source: e.sourceType,
            total: e.total,
            lines: detail.lines.map { line in
                let account = detail.accounts[line.accountID]
                return .init(
                    code: account?.code ?? "", name: (request.language == .en ? account?.nameEN : account?.nameID) ?? "",
                    debit: line.debit, credit: line.credit, memo: line.memo)
            },
            recordedBy: e.createdByName, recordedAt: e.createdAt, reverses: try await numbered(e.reversalOfID),
            reversedBy: try await numbered(detail.reversedBy), hasReceipt: detail.lines.contains { $0.savingsAccountID != nil },
            canReverse: principal.allows(.keepBooks) && e.sourceType.isReversible, today: try request.today(), errors: errors)
    }

    struct ReverseForm: Content {
        var date: String?
        var reason: String?
    }

    func reverse(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let id = request.parameters.get("id", as: UUID.self)
        let form = try request.content.decode(ReverseForm.self)
        do {
            let tenant = try request.tenant()
            guard let id, let original = try await tenant.find(JournalEntryRecord.self, id) else {
                throw LedgerError.entryNotFound
            }
            let date =
                try form.date.flatMap { $0.isEmpty ? nil : $0 }.map { try CivilDate.required($0, field: "date") }
                ?? request.today()
            let reason = request.booksText.reversalDescription(number: original.number, reason: form.reason ?? "")
            let posting = try await Ledger(tenant).reverse(
                id, on: date, reason: String(reason.prefix(JournalDraft.maxDescriptionLength)),
                by: principal.actor)
            return request.redirect(to: SiteURL.entry(posting.entry.id!).path, notice: "entry_reversed")
        } catch let error as any DomainError {
            // An entry that does not exist is still a 404: building the page throws it again.
            var model = try await entryModel(request, principal: principal, id: id, errors: request.fieldErrors(error))
            model.reversalDate = form.date ?? ""
            model.reversalReason = form.reason ?? ""
            return request.html(EntryShow.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func newEntry(_ request: Request) async throws -> Response {
        _ = try request.authorize(.keepBooks)
        let model = try await entryForm(
            request, date: try request.today().description, description: "",
            lines: Array(repeating: .init(), count: 4))
        return request.html(EntryForm.View.render(model, in: request.pageContext()))
    }

    private func entryForm(
        _ request: Request, date: String, description: String, lines: [EntryForm.Model.LineValues],
        errors: [String: String] = [:]
    ) async throws -> EntryForm.Model {
        let accounts = try await ChartStore(request.tenant()).all()
            .filter { $0.active && !$0.isControl }
            .map {
                EntryForm.Model.AccountOption(id: $0.id!, code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID)
            }
        var model = EntryForm.Model(date: date, description: description, lines: lines, accounts: accounts, errors: errors)
        model.units = try await BusinessUnitStore(request.tenant()).all().filter(\.active).map { ($0.id!, $0.name) }
        return model
    }

    struct EntryFormInput: Content {
        struct Line: Content {
            var accountId: String?
            var debit: String?
            var credit: String?
            var memo: String?
            var businessUnitId: String?
        }
        var date: String?
        var description: String?
        var lines: [Line]?
        var addLine: String?
    }

    func postEntry(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let form = try request.content.decode(EntryFormInput.self)
        let typed = (form.lines ?? []).map { line -> EntryForm.Model.LineValues in
            var values = EntryForm.Model.LineValues()
            values.accountID = line.accountId ?? ""
            values.debit = line.debit ?? ""
            values.credit = line.credit ?? ""
            values.memo = line.memo ?? ""
            values.unitID = line.businessUnitId ?? ""
            return values
        }
        if form.addLine != nil {
            let model = try await entryForm(
                request, date: form.date ?? "", description: form.description ?? "",
                lines: typed + [.init()])
            return request.html(EntryForm.View.render(model, in: request.pageContext()))
        }
        // Lines left wholly empty are not part of the entry; the rest must make sense.
        let used = typed.enumerated().filter {
            !($0.element.accountID.isEmpty && $0.element.debit.isEmpty && $0.element.credit.isEmpty)
        }
        do {
            let input = LedgerController.ManualEntry(
                date: form.date.flatMap { $0.isEmpty ? nil : $0 }, description: form.description,
                lines: try used.map { index, line in
                    guard let id = UUID(uuidString: line.accountID) else { throw LedgerError.invalidLine(index) }
                    return .init(
                        accountId: id, debit: line.debit, credit: line.credit, memo: line.memo,
                        businessUnitId: line.unitID.isEmpty ? nil : UUID(uuidString: line.unitID))
                })
            let draft = try await ManualEntryRules.draft(
                input, tenant: request.tenant(), today: request.today(),
                decimals: principal.decimals)
            let posting = try await Ledger(request.tenant()).post(draft, by: principal.actor)
            return request.redirect(to: SiteURL.entry(posting.entry.id!).path, notice: "entry_posted")
        } catch let error as any DomainError {
            // A line's position in the entry is its position among the lines that were filled in.
            var errors = request.fieldErrors(error)
            if case LedgerError.invalidLine(let i) = error, i < used.count {
                errors = ["lines[\(used[i].offset)]": request.catalogue.message(for: error)]
            }
            let model = try await entryForm(
                request, date: form.date ?? "", description: form.description ?? "", lines: typed,
                errors: errors)
            return request.html(EntryForm.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func chart(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        return request.html(Chart.View.render(try await chartModel(request, principal: principal), in: request.pageContext()))
    }

    private func chartModel(
        _ request: Request, principal: Principal, values: Chart.Model.Values = .init(),
        errors: [String: String] = [:]
    ) async throws -> Chart.Model {
        let rows = try await ChartStore(request.tenant()).all().map { a in
            Chart.Model.Row(
                id: a.id!, code: a.code, nameID: a.nameID, nameEN: a.nameEN,
                type: a.type, segment: a.segment, isSystem: a.role != nil, active: a.active,
                balance: a.normalSide == .debit ? a.balance : -a.balance)
        }
        var model = Chart.Model(rows: rows, canEdit: principal.allows(.keepBooks), values: values, errors: errors)
        model.units = try await BusinessUnitStore(request.tenant()).all().map {
            .init(id: $0.id!, code: $0.code, name: $0.name, active: $0.active)
        }
        return model
    }

    struct AccountForm: Content {
        var code: String?
        var nameID: String?
        var nameEN: String?
        var type: String?
        var segment: String?
        var active: String?
    }

    func addAccount(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let form = try request.content.decode(AccountForm.self)
        var values = Chart.Model.Values()
        values.code = form.code ?? ""
        values.nameID = form.nameID ?? ""
        values.nameEN = form.nameEN ?? ""
        values.type = form.type ?? values.type
        values.segment = form.segment ?? values.segment
        do {
            guard let type = AccountType(rawValue: values.type) else { throw FieldError.invalidChoice("type") }
            guard let segment = Segment(rawValue: values.segment) else { throw FieldError.invalidChoice("segment") }
            _ = try await ChartStore(request.tenant()).add(
                code: values.code, nameID: values.nameID, nameEN: values.nameEN,
                type: type, segment: segment, by: principal.actor)
            return request.redirect(to: SiteURL.chart.path, notice: "account_saved")
        } catch let error as any DomainError {
            var errors = request.fieldErrors(error)
            if let message = errors["name"] { errors = ["nameID": message] }
            let model = try await chartModel(request, principal: principal, values: values, errors: errors)
            return request.html(Chart.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func updateAccount(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let form = try request.content.decode(AccountForm.self)
        do {
            guard let id = request.parameters.get("id", as: UUID.self) else { throw LedgerError.unknownAccount }
            _ = try await ChartStore(request.tenant()).update(
                id, nameID: form.nameID, nameEN: form.nameEN,
                active: form.active.map { $0 == "true" }, by: principal.actor)
            return request.redirect(to: SiteURL.chart.path, notice: "account_saved")
        } catch let error as any DomainError {
            // The row's own form opens again, with what was typed and why it was refused.
            var values = Chart.Model.Values()
            values.nameID = form.nameID ?? ""
            values.nameEN = form.nameEN ?? ""
            var errors = request.fieldErrors(error)
            if let message = errors["name"] { errors = ["nameID": message] }
            var model = try await chartModel(request, principal: principal, values: values, errors: errors)
            model.editing = request.parameters.get("id", as: UUID.self)
            return request.html(Chart.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    struct UnitForm: Content {
        var code: String?
        var name: String?
        var active: String?
    }

    func addUnit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let form = try request.content.decode(UnitForm.self)
        do {
            _ = try await BusinessUnitStore(request.tenant()).add(
                code: form.code ?? "", name: form.name ?? "", by: principal.actor)
            return request.redirect(to: SiteURL.chart.path, notice: "account_saved")
        } catch let error as any DomainError {
            var values = Chart.Model.Values()
            values.unitCode = form.code ?? ""
            values.unitName = form.name ?? ""
            let message = request.catalogue.message(for: error)
            let model = try await chartModel(
                request, principal: principal, values: values,
                errors: [error.field == "code" ? "unitCode" : "unitName": message])
            return request.html(Chart.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func updateUnit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let form = try request.content.decode(UnitForm.self)
        do {
            _ = try await BusinessUnitStore(request.tenant()).update(
                request.parameters.get("id", as: UUID.self) ?? UUID(),
                name: form.name, active: form.active.map { $0 == "true" },
                by: principal.actor)
            return request.redirect(to: SiteURL.chart.path, notice: "account_saved")
        } catch let error as any DomainError {
            let model = try await chartModel(
                request, principal: principal, errors: ["form": request.catalogue.message(for: error)])
            return request.html(Chart.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    /// A financial statement for `?from=&to=`; with `?format=csv` the same CSV as the API's.
    func report(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        guard let kind = Report.Model.Kind(rawValue: request.parameters.get("kind") ?? "") else { throw AccessError.notFound }
        if (try? request.query.get(String.self, at: "format")) == "csv" {
            let api = ReportsController()
            switch kind {
            case .trialBalance: return try await api.trialBalance(request)
            case .balanceSheet: return try await api.balanceSheet(request)
            case .incomeStatement: return try await api.incomeStatement(request)
            case .equityChanges: return try await api.equityChanges(request)
            case .cashFlow: return try await api.cashFlow(request)
            }
        }
        let period = try await ReportPeriod(request, yearToDate: [.incomeStatement, .equityChanges, .cashFlow].contains(kind))
        let queries = try ReportQueries(request.tenant())
        let from = kind == .balanceSheet ? nil : period.from
        let content: Report.Model.Content =
            switch kind {
            case .trialBalance: .trialBalance(try await queries.trialBalance(from: from, to: period.to, unit: period.unit))
            case .balanceSheet:
                .balanceSheet(try await queries.balanceSheet(to: period.to, unit: period.unit))
            case .incomeStatement:
                .incomeStatement(try await queries.incomeStatement(from: from, to: period.to, unit: period.unit))
            case .equityChanges:
                .equityChanges(EquityChanges(try await queries.trialBalance(from: from, to: period.to, unit: period.unit)))
            case .cashFlow: .cashFlow(try await queries.cashFlow(from: from, to: period.to, unit: period.unit))
            }
        var model = Report.Model(
            cooperativeName: principal.cooperativeName, kind: kind, from: from, to: period.to, content: content)
        model.units = try await BusinessUnitStore(request.tenant()).all().map { ($0.id!, $0.name) }
        model.unit = period.unit
        return request.html(Report.View.render(model, in: request.pageContext()))
    }

    func monthEnd(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        return request.html(
            MonthEndPage.View.render(
                try await monthEndModel(request, principal: principal),
                in: request.pageContext()))
    }

    private func monthEndModel(_ request: Request, principal: Principal, error: String? = nil) async throws -> MonthEndPage.Model
    {
        let monthEnd = try MonthEnd(request.tenant())
        let today = try request.today()
        let next = try await monthEnd.nextMonth(today: today)
        let plan = try? await monthEnd.plan(next, today: today)
        return MonthEndPage.Model(
            next: next,
            plan: plan.map {
                .init(
                    month: $0.month, sukarelaInterest: $0.sukarelaInterest, tax: $0.sukarelaTax, accrued: $0.accrued,
                    maturities: $0.maturities.count, duesToBill: $0.duesToBill)
            },
            closings: try await monthEnd.closings().map { c in
                .init(
                    month: c.month, closedAt: c.closedAt, closedBy: c.closedByName,
                    seal: c.auditSequence.flatMap { sequence in
                        c.auditHead.map { request.catalogue.auditSeal(sequence: sequence, hash: $0) }
                    })
            },
            canClose: principal.allows(.keepBooks), error: error)
    }

    struct CloseForm: Content {
        var confirm: String?
    }

    func closeMonth(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        do {
            guard let month = YearMonth(request.parameters.get("month") ?? "") else { throw FieldError.invalidDate("month") }
            guard try request.content.decode(CloseForm.self).confirm == "1" else { throw BooksError.confirmationRequired }
            let monthEnd = try MonthEnd(request.tenant())
            try await monthEnd.close(
                try await monthEnd.plan(month, today: request.today()), texts: .init(month), by: principal.actor)
            return request.redirect(to: SiteURL.monthEnd.path, notice: "month_closed")
        } catch let error as any DomainError {
            let model = try await monthEndModel(request, principal: principal, error: request.catalogue.message(for: error))
            return request.html(
                MonthEndPage.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }
}

enum BooksError: DomainError {
    case confirmationRequired
    var code: String { "confirmation_required" }
    var field: String? { "confirm" }
    var kind: ErrorKind { .invalid }
}
