import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Buying and taking in goods through the API: suppliers and what the cooperative owes them, purchase
/// orders and their deliveries, and members' produce.
struct SupplyController {
    /// An amount or a price sent as a string or a number: required, above zero.
    static func money(_ value: NumberText?, field: String, decimals: Int) throws -> Int64 {
        try StoreController.price(value?.text, field: field, decimals: decimals)
    }

    /// A quantity sent as a string or a number: required, above zero.
    static func quantity(_ value: NumberText?) throws -> Int64 {
        try Quantity.parse(value?.text)
    }

    /// A quantity that may be left out (nothing), or zero.
    static func optionalQuantity(_ value: NumberText?, field: String) throws -> Int64 {
        guard let text = value?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return 0 }
        guard let quantity = try? Amount.parse(text, decimals: 3), (0...Quantity.ceiling).contains(quantity) else {
            throw SupplyError.quantityInvalid
        }
        return quantity
    }

    static func text(_ value: String?, field: String, max: Int) throws -> String? {
        do { return try FieldRules.optional(value, field: field, max: max) } catch { throw SupplyError.field(error) }
    }

    // MARK: suppliers

    func suppliers(_ request: Request) async throws -> [SupplierDTO] {
        let principal = try request.authorize(.viewStore)
        return try await SupplierStore(request.tenant()).all().map { SupplierDTO($0, decimals: principal.decimals) }
    }

    /// `POST /api/v1/suppliers {"name","terms":"cash"|"credit"|"cod","creditDays"?,"phone"?,"unitId"?}` → 201.
    func createSupplier(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(SupplierInput.self)
        let name: String
        do { name = try FieldRules.required(input.name, field: "name", max: FieldLimit.name) } catch {
            throw SupplyError.field(error)
        }
        let phone = try Self.text(input.phone, field: "phone", max: 20)
        // A unit of the cooperative is paid between units; an outside supplier's terms are required.
        let terms: SupplierTerms
        switch (input.terms, input.unitId) {
        case (nil, .some): terms = .cash
        case (nil, nil): throw SupplyError.field(.required("terms"))
        case (let given?, _):
            guard let read = SupplierTerms(rawValue: given) else { throw SupplyError.field(.invalidChoice("terms")) }
            terms = read
        }
        let supplier = try await SupplierStore(request.tenant()).add(
            name: name, phone: phone, terms: terms, creditDays: input.creditDays, unitID: input.unitId, by: principal.actor)
        return try created(SupplierDTO(supplier, decimals: principal.decimals))
    }

    /// `GET /api/v1/suppliers/{id}`: with what is owed, its bills by due date and its prices.
    func supplier(_ request: Request) async throws -> SupplierDTO {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let supplier = try await SupplierStore(tenant).find(request.parameters.get("id", as: UUID.self))
        return try await Self.detail(supplier, tenant, decimals: principal.decimals)
    }

    static func detail(_ supplier: SupplierRecord, _ tenant: Tenant, decimals: Int) async throws -> SupplierDTO {
        let store = SupplierStore(tenant)
        let id = supplier.id!
        var dto = SupplierDTO(supplier, decimals: decimals)
        let open = Payables.open(
            try await store.bills(of: [id])[id] ?? [], paid: try await store.paid(to: [id])[id] ?? 0)
        dto.bills = open.map { .init(dueOn: $0.dueOn.description, amount: Amount.string($0.amount, decimals: decimals)) }
        dto.prices = try await store.prices(of: id).sorted { $0.key.uuidString < $1.key.uuidString }.map {
            .init(productId: $0.key, unitCost: Amount.string($0.value, decimals: decimals))
        }
        return dto
    }

    /// `PUT /api/v1/suppliers/{id}/prices {"productId","unitCost"}`: the supplier's price of a product.
    func setPrice(_ request: Request) async throws -> SupplierDTO {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let store = SupplierStore(tenant)
        let id = try await store.find(request.parameters.get("id", as: UUID.self)).id!
        let input = try request.content.decode(SupplierPriceInput.self)
        guard let product = input.productId else { throw SupplyError.field(.required("productId")) }
        let cost = try Self.money(input.unitCost, field: "unitCost", decimals: principal.decimals)
        try await store.setPrice(cost, of: product, at: id, on: request.today(), by: principal.actor)
        return try await Self.detail(try await store.find(id), tenant, decimals: principal.decimals)
    }

    /// `POST /api/v1/suppliers/{id}/payments {"amount","channel":"cash"|"bank"}` → 201; 422 `overpayment`
    /// above what is owed.
    func pay(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let store = try SupplierStore(request.tenant())
        let id = try await store.find(request.parameters.get("id", as: UUID.self)).id!
        let input = try request.content.decode(SupplierPaymentInput.self)
        let amount = try Self.money(input.amount, field: "amount", decimals: principal.decimals)
        guard let given = input.channel else { throw SupplyError.field(.required("channel")) }
        guard let channel = PaymentChannel(rawValue: given), channel != .qris else {
            throw SupplyError.field(.invalidChoice("channel"))
        }
        let name = try await store.find(id).name
        let (payment, supplier) = try await store.pay(
            amount, to: id, channel: channel, on: request.today(), description: request.booksText.supplierPaid(name),
            by: principal.actor)
        return try created(SupplierPaymentDTO(payment, supplier: supplier, decimals: principal.decimals))
    }

    /// `GET /api/v1/suppliers/aging?date=`: what was owed to each supplier at the end of a day (today unless
    /// told), by how late it was then.
    func aging(_ request: Request) async throws -> AgingDTO {
        let principal = try request.authorize(.viewBooks)
        let date = try request.queryValue("date").map { try CivilDate.required($0, field: "date") } ?? request.today()
        let rows = try await SupplierStore(request.tenant()).aging(on: date)
        func m(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return AgingDTO(
            date: date.description,
            rows: rows.map { row in
                .init(
                    supplierId: row.supplier.id!, name: row.supplier.name, owed: m(row.owed),
                    ages: Dictionary(uniqueKeysWithValues: row.ages.map { ($0.key.rawValue, m($0.value)) }))
            }, total: m(rows.reduce(0) { $0 + $1.owed }))
    }

    // MARK: settings

    func purchasingSettings(_ request: Request) async throws -> PurchasingSettingsDTO {
        let principal = try request.authorize(.viewStore)
        let settings = try await SettingsStore(request.tenant()).purchasing()
        return PurchasingSettingsDTO(
            approvalAbove: settings.approvalAbove.map { Amount.string($0, decimals: principal.decimals) })
    }

    /// `PUT /api/v1/settings/purchasing {"approvalAbove"}`: orders above it wait for the board; blank for none.
    func setPurchasingSettings(_ request: Request) async throws -> PurchasingSettingsDTO {
        let principal = try request.authorize(.manageSettings)
        let input = try request.content.decode(PurchasingSettingsInput.self)
        var above: Int64?
        if let text = input.approvalAbove?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do { above = try Amount.parse(text, decimals: principal.decimals) } catch {
                throw SupplyError.amountInvalid("approvalAbove")
            }
        }
        try await SettingsStore(request.tenant()).setPurchasing(PurchasingSettings(approvalAbove: above), by: principal.actor)
        return try await purchasingSettings(request)
    }
}
