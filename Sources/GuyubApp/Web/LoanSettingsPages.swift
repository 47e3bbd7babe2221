import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `/settings/loans`: the loan products and the collectibility rules in the browser.
struct LoanSettingsPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let settings = routes.grouped("settings", "loans")
        settings.get(use: show)
        settings.post("products", use: saveProduct)
        settings.post("rules", use: saveRules)
    }

    func show(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewLoans)
        var values: [String: String] = ["active": "1", "method": "flat", "penaltyPer": "day"]
        if let id = try request.queryValue("product").flatMap(UUID.init(uuidString:)) {
            let product = try await LoanStore(request.tenant()).product(id)
            values = LoanSettingsPage.Model.values(
                of: .init(id: id, rules: product.rules, active: product.record.active),
                decimals: principal.decimals)
        }
        return try await page(request, values: values, errors: [:])
    }

    private func page(
        _ request: Request, values: [String: String], errors: [String: String],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let model = LoanSettingsPage.Model(
            products: try await LoanStore(tenant).products().map {
                .init(id: $0.record.id!, rules: $0.rules, active: $0.record.active)
            },
            rules: try await SettingsStore(tenant).collectibility(), values: values, errors: errors,
            canEdit: principal.allows(.manageSettings))
        return request.html(LoanSettingsPage.View.render(model, in: request.pageContext()), status: status)
    }

    struct ProductForm: Content {
        var id: String?
        var code: String?
        var name: String?
        var method: String?
        var rateMinPercent: String?
        var rateMaxPercent: String?
        var periodsMin: String?
        var periodsMax: String?
        var principalMin: String?
        var principalMax: String?
        var adminFixed: String?
        var adminPercent: String?
        var provisionPercent: String?
        var penaltyPercent: String?
        var penaltyPer: String?
        var penaltyGraceDays: String?
        var penaltyCapPercent: String?
        var savingsMultiple: String?
        var collateralRequired: String?
        var active: String?

        /// The same input the API reads, so both refuse alike. A product being changed keeps what the
        /// form does not show (its period, rounding, grace, seasons, allocation, penalty basis).
        func product(changing existing: LoanProductDTO?) throws -> LoanProductDTO {
            func integer(_ text: String?, _ field: String) throws -> Int? {
                guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                guard let value = Int(text) else { throw LoanError.invalidProduct(field) }
                return value
            }
            var dto = existing ?? LoanProductDTO()
            dto.code = code
            dto.name = name
            dto.method = method
            dto.rateMinPercent = rateMinPercent
            dto.rateMaxPercent = rateMaxPercent
            dto.periodsMin = try integer(periodsMin, "periodsMin")
            dto.periodsMax = try integer(periodsMax, "periodsMax")
            dto.principalMin = principalMin
            dto.principalMax = principalMax
            dto.adminFee = .init(fixed: adminFixed, percent: adminPercent)
            dto.provisionFee = .init(fixed: existing?.provisionFee?.fixed, percent: provisionPercent)
            dto.penalty = .init(
                basis: existing?.penalty?.basis ?? "installment", percent: penaltyPercent, per: penaltyPer,
                graceDays: try integer(penaltyGraceDays, "penaltyGraceDays"), capPercent: penaltyCapPercent)
            dto.savingsMultiple = try integer(savingsMultiple, "savingsMultiple")
            dto.collateralRequired = collateralRequired == "1"
            return dto
        }

        var values: [String: String] {
            let mirror = Mirror(reflecting: self)
            return Dictionary(
                uniqueKeysWithValues: mirror.children.compactMap { child in
                    (child.value as? String?).flatMap { value in child.label.map { ($0, value ?? "") } }
                })
        }
    }

    func saveProduct(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageSettings)
        let form = try request.content.decode(ProductForm.self)
        let store = LoanStore(try request.tenant())
        let id = form.id.flatMap { $0.isEmpty ? nil : UUID(uuidString: $0) }
        var existing: LoanProductDTO?
        if let id {
            let product = try await store.product(id)
            existing = LoanProductDTO(product.record, product.rules, decimals: principal.decimals)
        }
        do {
            let rules = try form.product(changing: existing).rules(decimals: principal.decimals)
            try await store.saveProduct(rules, id: id, active: form.active == "1", by: principal.actor)
            return request.redirect(to: SiteURL.loanSettings().path, notice: "loan_product_saved")
        } catch let error as any DomainError {
            // The core names a rule; the form names its field.
            let names = [
                "rateMax": "rateMaxPercent", "rate": "rateMaxPercent", "adminFee": "adminPercent",
                "provisionFee": "provisionPercent", "penaltyRate": "penaltyPercent", "penaltyPer": "penaltyPer",
                "penaltyCap": "penaltyCapPercent", "principal": "principalMax",
            ]
            let field = error.field.map { names[$0] ?? $0 }.flatMap { form.values[$0] == nil ? nil : $0 } ?? "code"
            return try await page(
                request, values: form.values, errors: [field: request.catalogue.message(for: error)],
                status: ErrorMapper.status(error.kind))
        }
    }

    struct RulesForm: Content {
        var scheme: String?
        var allowancePercent: String?
    }

    func saveRules(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageSettings)
        let form = try request.content.decode(RulesForm.self)
        do {
            let allowance = form.allowancePercent.map { text in
                text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let scheme = CollectibilityRules.Scheme(rawValue: form.scheme ?? "")
            let current = try await SettingsStore(request.tenant()).collectibility()
            // Changing the scheme takes its own thresholds and percentages; otherwise the percentages typed apply.
            let rules = try CollectibilityDTO(
                scheme: form.scheme, thresholds: nil,
                allowancePercent: scheme == current.scheme ? allowance : nil
            ).rules()
            try await SettingsStore(request.tenant()).setCollectibility(rules, by: principal.actor)
            return request.redirect(to: SiteURL.loanSettings().path, notice: "loan_rules_saved")
        } catch let error as any DomainError {
            return try await page(
                request, values: ["active": "1", "method": "flat", "penaltyPer": "day"],
                errors: ["allowance": request.catalogue.message(for: error)], status: ErrorMapper.status(error.kind))
        }
    }
}
