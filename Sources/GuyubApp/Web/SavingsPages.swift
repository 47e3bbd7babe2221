import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Statements, arrears and the savings products in the browser.
struct SavingsPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("savings", "accounts", ":id", use: statement)
        routes.get("savings", "arrears", use: arrears)
        routes.post("savings", "dues", use: billDues)
        routes.get("settings", "savings", use: settings)
        routes.post("settings", "savings", use: updateSettings)
    }

    /// A savings account's statement; `?format=csv` for a spreadsheet. A member may see their own.
    func statement(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = SavingsStore(tenant)
        let account = try await store.account(request.parameters.get("id", as: UUID.self))
        let member = try await MemberStore(tenant).find(account.memberID)
        try request.authorizeSavings(of: member)
        let (from, to) = try request.dateRange()
        let (opening, lines) = try await store.statement(account.requireID(), from: from, to: to)
        if (try? request.query.get(String.self, at: "format")) == "csv" {
            let text = request.catalogue
            var csv = text.csv()
            csv.row([text.csvDate, text.csvVoucher, text.csvDescription, text.columnAmount, text.csvBalance])
            csv.row([from?.description ?? "", "", text.openingBalance, "", opening.money(principal.decimals)])
            for line in lines {
                csv.row([
                    line.date.description, String(line.number), line.description, line.amount.money(principal.decimals),
                    line.balance.money(principal.decimals),
                ])
            }
            return csv.response(
                filename: text.fileName(
                    text.statementFileName, String(member.memberNumber),
                    text.savingsKind(account.kind)))
        }
        let model = Statement.Model(
            member: MemberRow(member), account: SavingsRow(account), from: from, to: to, opening: opening,
            lines: lines.map {
                .init(
                    entryID: $0.entryID, number: $0.number, date: $0.date, description: $0.description,
                    amount: $0.amount, balance: $0.balance)
            },
            linksReceipts: true)
        return request.html(Statement.View.render(model, in: request.pageContext()))
    }

    func arrears(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewSavings)
        let store = SavingsStore(try request.tenant())
        if (try? request.query.get(String.self, at: "format")) == "csv" {
            let rows = try await store.arrears()
            let text = request.catalogue
            var csv = text.csv()
            csv.row([
                text.csvMemberNumber, text.csvName, text.csvPhone, text.csvWajibOwed, text.csvMonthsOwed, text.csvOwedSince,
                text.csvPokokOwed, text.csvTotal,
            ])
            for a in rows {
                csv.row([
                    String(a.member.memberNumber), a.member.name, a.member.phone, a.wajibOwed.money(principal.decimals),
                    String(a.monthsOwed), a.since?.description ?? "", a.pokokOwed.money(principal.decimals),
                    a.total.money(principal.decimals),
                ])
            }
            return csv.response(filename: text.fileName(text.savingsArrearsFileName, try request.today().description))
        }
        let (members, total) = try await store.arrearsTotal()
        let perPage = 50
        let pageCount = max(1, (members + perPage - 1) / perPage)
        let page = min(request.pageNumber, pageCount)
        let rows = try await store.arrears(limit: perPage, offset: (page - 1) * perPage)
        let model = Arrears.Model(
            rows: rows.map { .init(member: MemberRow($0.member), owed: Owed($0)) },
            billableMonth: principal.allows(.keepBooks) ? try request.today().yearMonth : nil,
            page: page, pageCount: pageCount, members: members, total: total)
        return request.html(Arrears.View.render(model, in: request.pageContext()))
    }

    struct DuesForm: Content {
        var month: String?
    }

    func billDues(_ request: Request) async throws -> Response {
        _ = try request.authorize(.keepBooks)
        guard let month = YearMonth(try request.content.decode(DuesForm.self).month ?? "") else {
            throw FieldError.invalidDate("month")
        }
        let billed = try await SavingsStore(request.tenant()).billWajib(for: month, today: request.today())
        return request.redirect(to: SiteURL.arrears().path, notice: "dues_billed:\(billed)")
    }

    func settings(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewSavings)
        let settings = try await SettingsStore(request.tenant()).savings()
        let model = SavingsSettingsForm.Model(
            values: .init(settings, decimals: principal.decimals),
            canEdit: principal.allows(.manageSettings))
        return request.html(SavingsSettingsForm.View.render(model, in: request.pageContext()))
    }

    struct SettingsForm: Content {
        var pokokAmount: String?
        var wajibAmount: String?
        var wajibEveryMonths: String?
        var wajibClasses: String?
        var sukarelaRate: String?
        var sukarelaBasis: String?
        var sukarelaMinimum: String?
        var terms: String?
        var earlyBreakPenalty: String?
        var interestTaxThreshold: String?
        var interestTaxRate: String?
        var counterLimit: String?
    }

    func updateSettings(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageSettings)
        let form = try request.content.decode(SettingsForm.self)
        var values = SavingsSettingsForm.Model.Values()
        values.pokokAmount = form.pokokAmount ?? ""
        values.wajibAmount = form.wajibAmount ?? ""
        values.wajibEveryMonths = form.wajibEveryMonths ?? "1"
        values.wajibClasses = form.wajibClasses ?? ""
        values.sukarelaRate = form.sukarelaRate ?? ""
        values.sukarelaBasis = form.sukarelaBasis ?? "lowest"
        values.sukarelaMinimum = form.sukarelaMinimum ?? ""
        values.terms = form.terms ?? ""
        values.earlyBreakPenalty = form.earlyBreakPenalty ?? ""
        values.interestTaxThreshold = form.interestTaxThreshold ?? ""
        values.interestTaxRate = form.interestTaxRate ?? ""
        values.counterLimit = form.counterLimit ?? ""
        do {
            try await SettingsStore(request.tenant()).setSavings(
                try values.settings(decimals: principal.decimals),
                by: principal.actor)
            return request.redirect(to: SiteURL.savingsSettings.path, notice: "settings_saved")
        } catch let error as any DomainError {
            let model = SavingsSettingsForm.Model(values: values, errors: request.fieldErrors(error), canEdit: true)
            return request.html(
                SavingsSettingsForm.View.render(model, in: request.pageContext()),
                status: ErrorMapper.status(error.kind))
        }
    }
}

extension SavingsSettingsForm.Model.Values {
    /// The products as the form shows them: amounts in rupiah, rates in percent, lists one per line.
    init(_ s: SavingsSettings, decimals: Int) {
        self.init()
        func percent(_ bp: Int) -> String {
            let text = Int64(bp).money(2)
            return text.hasSuffix(".00") ? String(text.dropLast(3)) : text.hasSuffix("0") ? String(text.dropLast()) : text
        }
        pokokAmount = s.pokokAmount.money(decimals)
        wajibAmount = s.wajibAmount.money(decimals)
        wajibEveryMonths = String(s.wajibEveryMonths)
        wajibClasses = s.wajibClasses.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.money(decimals))" }
            .joined(separator: "\n")
        sukarelaRate = percent(s.sukarelaRate)
        sukarelaBasis = s.sukarelaBasis.rawValue
        sukarelaMinimum = s.sukarelaMinimum.money(decimals)
        terms = s.terms.map { "\($0.months) = \(percent($0.rate))" }.joined(separator: "\n")
        earlyBreakPenalty = percent(s.earlyBreakPenalty)
        interestTaxThreshold = s.interestTaxThreshold.money(decimals)
        interestTaxRate = percent(s.interestTaxRate)
        counterLimit = s.counterLimit.money(decimals)
    }

    /// Reads the form back into settings; each field's mistake is named by the field.
    func settings(decimals: Int) throws -> SavingsSettings {
        func money(_ text: String, _ field: String) throws -> Int64 {
            do { return try Amount.parse(text, decimals: decimals) } catch { throw SavingsError.invalidSetting(field) }
        }
        func percent(_ text: String, _ field: String) throws -> Int {
            do { return try Percent.basisPoints(text) } catch { throw SavingsError.invalidSetting(field) }
        }
        func pairs(_ text: String, _ field: String) throws -> [(String, String)] {
            try text.split(whereSeparator: \.isNewline).compactMap { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { return nil }
                let parts = trimmed.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty else { throw SavingsError.invalidSetting(field) }
                return (parts[0], parts[1])
            }
        }
        guard let basis = SavingsSettings.InterestBasis(rawValue: sukarelaBasis) else {
            throw SavingsError.invalidSetting("sukarelaBasis")
        }
        let classes = try pairs(wajibClasses, "wajibClasses")
        guard Set(classes.map(\.0)).count == classes.count else { throw SavingsError.invalidSetting("wajibClasses") }
        var settings = try SavingsSettings(
            pokokAmount: money(pokokAmount, "pokokAmount"), wajibAmount: money(wajibAmount, "wajibAmount"),
            wajibClasses: Dictionary(uniqueKeysWithValues: try classes.map { ($0.0, try money($0.1, "wajibClasses")) }),
            sukarelaRate: percent(sukarelaRate, "sukarelaRate"), sukarelaBasis: basis,
            sukarelaMinimum: money(sukarelaMinimum, "sukarelaMinimum"),
            terms: try pairs(terms, "terms").map { months, rate in
                guard let m = Int(months) else { throw SavingsError.invalidSetting("terms") }
                return .init(months: m, rate: try percent(rate, "terms"))
            },
            earlyBreakPenalty: percent(earlyBreakPenalty, "earlyBreakPenalty"),
            interestTaxThreshold: money(interestTaxThreshold, "interestTaxThreshold"),
            interestTaxRate: percent(interestTaxRate, "interestTaxRate"))
        guard let every = Int(wajibEveryMonths.trimmingCharacters(in: .whitespaces)) else {
            throw SavingsError.invalidSetting("wajibEveryMonths")
        }
        settings.wajibEveryMonths = every
        // Left empty, the limit is the default one.
        settings.counterLimit =
            counterLimit.trimmingCharacters(in: .whitespaces).isEmpty
            ? SavingsSettings.defaultCounterLimit : try money(counterLimit, "counterLimit")
        return try settings.validated()
    }
}
