import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `/shu`: the year-end close, each year's distribution and its rules in the browser.
struct SHUPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let shu = routes.grouped("shu")
        shu.get(use: index)
        shu.post("close", use: close)
        shu.get(":year", use: year)
        shu.post(":year", "compute", use: compute)
        shu.post(":year", "post", use: post)
        shu.post(":year", "shares", ":id", "payout", use: payOut)
        shu.get(":year", "settings", use: settings)
        shu.post(":year", "settings", use: saveSettings)
    }

    // MARK: the years and the close

    func index(_ request: Request) async throws -> Response {
        try await indexPage(request, error: nil)
    }

    private func indexPage(_ request: Request, error: (any DomainError)?) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let tenant = try request.tenant()
        let closings = try await tenant.query(YearClosingRecord.self).all()
        let distributions = try await tenant.query(SHUDistributionRecord.self).all()
        let lastYear = try request.today().year - 1
        let years = Set(closings.map(\.year) + distributions.map(\.year)).sorted(by: >).map { year in
            SHUIndexPage.Model.Year(
                year: year, closed: true, status: distributions.first { $0.year == year }?.status,
                memberSurplus: closings.first { $0.year == year }?.memberSurplus)
        }
        let model = SHUIndexPage.Model(
            years: years, closable: closings.contains { $0.year == lastYear } ? nil : lastYear,
            canClose: principal.allows(.keepBooks),
            error: error.map { request.catalogue.message(for: $0) })
        return request.html(
            SHUIndexPage.View.render(model, in: request.pageContext()),
            status: error.map { ErrorMapper.status($0.kind) } ?? .ok)
    }

    struct CloseForm: Content {
        var year: Int?
    }

    func close(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        guard let year = try request.content.decode(CloseForm.self).year else {
            return try await indexPage(request, error: YearEndError.invalidYear)
        }
        do {
            _ = try await YearEnd(request.tenant()).close(year, today: request.today(), texts: .init(year), by: principal.actor)
            return request.redirect(to: SiteURL.shuYear(year).path, notice: "year_closed")
        } catch let error as any DomainError {
            return try await indexPage(request, error: error)
        }
    }

    // MARK: a year's distribution

    func year(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let year = try request.year()
        let store = SHUStore(try request.tenant())
        guard let record = try await store.distribution(of: year) else { throw YearEndError.yearNotClosed(year) }
        if try request.queryValue("format") == "csv" { return try await csv(record, request: request) }
        return try await yearPage(record, request: request, error: nil)
    }

    private func yearPage(_ record: SHUDistributionRecord, request: Request, error: (any DomainError)?) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let perPage = 100
        let pageCount = max(1, (record.members + perPage - 1) / perPage)
        let page = min(max(try request.queryValue("page").flatMap(Int.init) ?? 1, 1), pageCount)
        let shares = try await SHUStore(tenant).memberShares(of: record, limit: perPage, offset: (page - 1) * perPage).map {
            SHUYearPage.Model.Share(
                memberID: $0.memberID, number: $0.memberNumber, name: $0.name, savings: $0.savings,
                business: $0.business, capital: $0.capital, patronage: $0.patronage, paidTo: $0.paidTo)
        }
        let approval = try await SHUStore(tenant).approval(of: record.year)
        let model = SHUYearPage.Model(
            year: record.year, status: record.status,
            rules: try JSONDecoder().decode(SHURules.self, from: Data(record.rules.utf8)),
            memberSurplus: record.memberSurplus, nonMemberSurplus: record.nonMemberSurplus,
            pools: SHUStore.amounts(record.pools), nonMemberPools: SHUStore.amounts(record.nonMemberPools),
            remainder: SHUStore.amounts(record.remainder), totalSavings: record.totalSavings, totalBusiness: record.totalBusiness,
            members: record.members, shares: shares, page: page, pageCount: pageCount, approvedOn: approval?.decidedOn,
            postedOn: record.postedOn,
            canCompute: principal.allows(.keepBooks)
                && SHUYearStage(closed: true, distribution: record.status, approved: approval != nil).allows(.compute),
            canPost: principal.allows(.keepBooks), canPayOut: principal.allows(.handleCash),
            error: error.map { request.catalogue.message(for: $0) })
        return request.html(
            SHUYearPage.View.render(model, in: request.pageContext()),
            status: error.map { ErrorMapper.status($0.kind) } ?? .ok)
    }

    /// Every member's share, for the RAT's report pack and the spreadsheet.
    private func csv(_ record: SHUDistributionRecord, request: Request) async throws -> Response {
        let decimals = try request.signedIn().decimals
        let text = request.catalogue
        var csv = text.csv()
        csv.row([
            text.csvMemberNumber, text.csvName, text.csvSavings, text.csvBusiness, text.csvCapitalShare, text.csvPatronageShare,
            text.csvSHU, text.csvPaidTo,
        ])
        for share in try await SHUStore(request.tenant()).memberShares(of: record) {
            csv.row([
                String(share.memberNumber), share.name, share.savings.money(decimals), share.business.money(decimals),
                share.capital.money(decimals), share.patronage.money(decimals), share.total.money(decimals),
                text.paidTo(share.paidTo),
            ])
        }
        return csv.response(filename: text.fileName(text.shuFileName, String(record.year)))
    }

    func compute(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let year = try request.year()
        let store = SHUStore(try request.tenant())
        do {
            try await store.compute(year, by: principal.actor)
            return request.redirect(to: SiteURL.shuYear(year).path, notice: "shu_computed")
        } catch let error as any DomainError {
            guard let record = try await store.distribution(of: year) else { throw error }
            return try await yearPage(record, request: request, error: error)
        }
    }

    /// Posts the distribution once the RAT's resolution approving it has passed.
    func post(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let year = try request.year()
        let tenant = try request.tenant()
        let store = SHUStore(tenant)
        do {
            try await store.post(
                year, approval: try await store.approval(of: year), on: request.today(), texts: .init(year),
                by: principal.actor)
            return request.redirect(to: SiteURL.shuYear(year).path, notice: "shu_posted")
        } catch let error as any DomainError {
            guard let record = try await store.distribution(of: year) else { throw error }
            return try await yearPage(record, request: request, error: error)
        }
    }

    func payOut(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let year = try request.year()
        let tenant = try request.tenant()
        let member = try await MemberStore(tenant).find(request.parameters.get("id", as: UUID.self))
        do {
            let posting = try await SHUStore(tenant).payOut(
                year, member: member.requireID(), channel: .cash, on: request.today(),
                texts: .init(year), by: principal.actor)
            return request.redirect(to: SiteURL.receipt(try posting.entry.requireID()).path, notice: "shu_paid")
        } catch let error as any DomainError {
            guard let record = try await SHUStore(tenant).distribution(of: year) else { throw error }
            return try await yearPage(record, request: request, error: error)
        }
    }

    // MARK: the rules

    func settings(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewBooks)
        let year = try request.year()
        let rules = try await SHUStore(request.tenant()).rules(for: year)
        return try settingsPage(request, year: year, values: SHUSettingsPage.Model.values(of: rules), errors: [:])
    }

    private func settingsPage(
        _ request: Request, year: Int, values: [String: String], errors: [String: String],
        status: HTTPStatus = .ok
    ) throws -> Response {
        let model = SHUSettingsPage.Model(
            year: year, values: values, errors: errors,
            canEdit: try request.signedIn().allows(.manageSettings))
        return request.html(SHUSettingsPage.View.render(model, in: request.pageContext()), status: status)
    }

    func saveSettings(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageSettings)
        let year = try request.year()
        let form = try request.content.decode([String: String].self)
        let values = form.filter { !$0.key.hasPrefix("_") }
        let store = SHUStore(try request.tenant())
        do {
            let rules = try Self.input(from: values).applied(to: try await store.rules(for: year))
            try await store.save(rules, for: year, by: principal.actor)
            return request.redirect(to: SiteURL.shuSettings(year).path, notice: "shu_rules_saved")
        } catch let error as any DomainError {
            let field = error.field ?? "form"
            let known = ["allocation", "nonMemberAllocation", "joinedBefore"]
            return try settingsPage(
                request, year: year, values: values,
                errors: [known.contains(field) ? field : "form": request.catalogue.message(for: error)],
                status: ErrorMapper.status(error.kind))
        }
    }

    /// The form's fields as the API's input, so both refuse alike.
    static func input(from values: [String: String]) throws(SHUError) -> SHURulesInput {
        func percentages(_ prefix: String, other: String?) throws(SHUError) -> [String: SHUSimulation.Flexible] {
            var result: [String: SHUSimulation.Flexible] = [:]
            for (key, value) in values where key.hasPrefix(prefix) && key != prefix + "other" {
                result[String(key.dropFirst(prefix.count))] = .init(value.trimmingCharacters(in: .whitespaces))
            }
            for pair in (other ?? "").split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw .invalidInput(prefix == "m." ? "allocation" : "nonMemberAllocation")
                }
                result[parts[0]] = .init(parts[1])
            }
            return result
        }
        var accounts: [String: String] = [:]
        for pair in (values["fundAccounts"] ?? "").split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .invalidInput("fundAccounts") }
            accounts[parts[0]] = parts[1]
        }
        var weights: [String: Int] = [:]
        for source in SHURules.BusinessSource.allCases {
            let text = (values["weight.\(source.rawValue)"] ?? "0").trimmingCharacters(in: .whitespaces)
            guard let weight = Int(text.isEmpty ? "0" : text) else { throw .invalidInput("businessWeights") }
            weights[source.rawValue] = weight
        }
        return SHURulesInput(
            allocation: try percentages("m.", other: values["m.other"]),
            nonMemberAllocation: try percentages("n.", other: values["n.other"]),
            savingsKinds: [SavingsKind.pokok, .wajib, .sukarela].map(\.rawValue).filter { values["kind.\($0)"] == "1" },
            savingsBasis: values["savingsBasis"], businessWeights: weights, joinedBefore: values["joinedBefore"] ?? "",
            payTo: values["payTo"], rounding: nil, fundAccounts: accounts)
    }
}

/// `/shu/simulation`: the public SHU simulation.
struct SHUSimulationPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("shu", "simulation", use: show)
    }

    func show(_ request: Request) async throws -> Response {
        var values: [String: String] = [:]
        for field in ["surplus", "members"] + SHUSettingsPage.Model.funds { values[field] = try request.queryValue(field) }
        if values["surplus"] == nil {
            // A first visit shows a worked example: the common split of Rp100 juta among three members.
            let standard = SHUSettingsPage.Model.values(of: .standard)
            values = Dictionary(
                uniqueKeysWithValues: SHUSettingsPage.Model.funds.compactMap { fund in standard["m.\(fund)"].map { (fund, $0) } })
            values["surplus"] = "100000000"
            values["members"] = "Siti;1250000;3000000\nBudi;650000;1000000\nJoko;50000;0"
        }
        var model = SHUSimulationPage.Model(values: values)
        do {
            let members = try (values["members"] ?? "").split(whereSeparator: \.isNewline).compactMap {
                line -> SHUDistribution.Member? in
                let parts = line.split(separator: ";", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard !parts.allSatisfy(\.isEmpty) else { return nil }
                guard parts.count == 3, !parts[0].isEmpty else { throw SHUError.invalidInput("members") }
                return .init(
                    id: parts[0], savings: try Self.amount(parts[1], "members"), business: try Self.amount(parts[2], "members"))
            }
            var allocation: [String: Int64] = [:]
            for fund in SHUSettingsPage.Model.funds {
                guard let text = values[fund]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
                do { allocation[fund] = try InterestRate.parse(text, per: .year) } catch { throw SHUError.invalidInput(fund) }
            }
            model.result = try SHUDistribution(
                surplus: try Self.amount(values["surplus"] ?? "", "surplus"), allocation: allocation,
                members: members)
        } catch let error as any DomainError {
            model.error = request.catalogue.message(for: error)
            return request.html(SHUSimulationPage.View.render(model, in: request.pageContext()), status: .unprocessableEntity)
        }
        return request.html(SHUSimulationPage.View.render(model, in: request.pageContext()))
    }

    /// Whole rupiah as people write them: `1250000`, `1.250.000`, `Rp 1.250.000`.
    static func amount(_ text: String, _ field: String) throws(SHUError) -> Int64 {
        do { return try Amount.parse(text, decimals: 0) } catch { throw .invalidInput(field) }
    }
}
