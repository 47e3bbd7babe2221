import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Purchase orders through the API: what to reorder, raising an order, the board's approval, deliveries,
/// the supplier's invoice, and closing what will not come.
extension SupplyController {
    func orders(_ request: Request) async throws -> [PurchaseOrderDTO] {
        let principal = try request.authorize(.viewStore)
        let store = try PurchaseStore(request.tenant())
        let orders = try await store.orders()
        let lines = try await store.lines(of: orders.map { $0.id! })
        return orders.map { PurchaseOrderDTO($0, lines: lines[$0.id!] ?? [], decimals: principal.decimals) }
    }

    func order(_ request: Request) async throws -> PurchaseOrderDTO {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let order = try await PurchaseStore(tenant).find(request.parameters.get("id", as: UUID.self))
        return try await Self.detail(order, tenant, decimals: principal.decimals)
    }

    static func detail(_ order: PurchaseOrderRecord, _ tenant: Tenant, decimals: Int) async throws -> PurchaseOrderDTO {
        let store = PurchaseStore(tenant)
        func m(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        var dto = PurchaseOrderDTO(order, lines: try await store.lines(of: [order.id!])[order.id!] ?? [], decimals: decimals)
        dto.receipts = try await store.receipts(of: order.id!).map {
            .init(
                id: $0.id!, date: $0.receivedOn.description, total: m($0.total), owed: m($0.payable),
                dueOn: $0.dueOn?.description,
                entryId: $0.entryID)
        }
        dto.invoices = try await store.invoices(of: order.id!).map {
            .init(
                id: $0.id!, number: $0.number, date: $0.invoicedOn.description, amount: m($0.amount),
                receivedValue: m($0.receivedValue), difference: m($0.difference))
        }
        return dto
    }

    /// `POST /api/v1/purchase-orders {"supplierId","lines":[{"productId","quantity","unitCost"}],"unitId"?,"note"?}`
    /// → 201; a line's cost may be left out when the supplier's price list has the product.
    func raise(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let input = try request.content.decode(PurchaseOrderInput.self)
        guard let supplierID = input.supplierId else { throw SupplyError.field(.required("supplierId")) }
        let supplier = try await SupplierStore(tenant).find(supplierID)
        let prices = try await SupplierStore(tenant).prices(of: supplier.id!)
        guard let given = input.lines else { throw StoreError.field(.required("lines")) }
        let lines = try given.map { line in
            guard let product = line.productId else { throw StoreError.field(.required("productId")) }
            let cost: Int64
            if line.unitCost == nil, let listed = prices[product] {
                cost = listed
            } else {
                cost = try Self.money(line.unitCost, field: "unitCost", decimals: principal.decimals)
            }
            return PurchaseStore.OrderLine(productID: product, quantity: try Self.quantity(line.quantity), unitCost: cost)
        }
        let order = try await PurchaseStore(tenant).raise(
            lines, to: supplier.id, unitID: input.unitId, note: try Self.text(input.note, field: "note", max: FieldLimit.note),
            on: request.today(), by: principal.actor)
        return try created(try await Self.detail(order, tenant, decimals: principal.decimals))
    }

    /// `POST /api/v1/purchase-orders/{id}/approve`: a board member other than the one who raised it.
    func approve(_ request: Request) async throws -> PurchaseOrderDTO {
        let principal = try request.authorize(.approvePurchases)
        let tenant = try request.tenant()
        let order = try await PurchaseStore(tenant).approve(
            request.parameters.get("id", as: UUID.self), on: request.today(), by: principal.actor)
        return try await Self.detail(order, tenant, decimals: principal.decimals)
    }

    /// `POST /api/v1/purchase-orders/{id}/close` and `/cancel`.
    func end(_ action: PurchaseOrderAction) -> @Sendable (Request) async throws -> PurchaseOrderDTO {
        { request in
            let principal = try request.authorize(.manageStock)
            let tenant = try request.tenant()
            let order = try await PurchaseStore(tenant).end(
                request.parameters.get("id", as: UUID.self), action, by: principal.actor)
            return try await Self.detail(order, tenant, decimals: principal.decimals)
        }
    }

    /// `POST /api/v1/purchase-orders/{id}/receipts {"lines":[{"productId","quantity","short"?,"damaged"?}],
    /// "allowOver"?}` → 201: a delivery, partial or whole.
    func receive(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let store = PurchaseStore(tenant)
        let order = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(DeliveryInput.self)
        guard let given = input.lines else { throw StoreError.field(.required("lines")) }
        guard given.count <= StockStore.maxLines else { throw StoreError.tooManyLines }
        let delivered = try given.map { line in
            guard let product = line.productId else { throw StoreError.field(.required("productId")) }
            guard line.quantity != nil else { throw StoreError.quantityRequired }
            return PurchaseStore.Delivered(
                productID: product, quantity: try Self.optionalQuantity(line.quantity, field: "quantity"),
                short: try Self.optionalQuantity(line.short, field: "short"),
                damaged: try Self.optionalQuantity(line.damaged, field: "damaged"),
                expiresOn: try StoreController.date(line.expiresOn, field: "expiresOn"),
                note: try Self.text(line.note, field: "note", max: FieldLimit.note))
        }
        let supplier = try await SupplierStore(tenant).find(order.supplierID)
        let (received, receipt) = try await store.receive(
            delivered, against: order.id, allowOver: input.allowOver ?? false, on: request.today(),
            description: request.booksText.orderReceived(order.number, from: supplier.name), by: principal.actor)
        func m(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return try created(
            DeliveryDTO(
                id: receipt.id!, orderId: received.id!, date: receipt.receivedOn.description, total: m(receipt.total),
                owed: m(receipt.payable), dueOn: receipt.dueOn?.description, entryId: receipt.entryID,
                order: try await Self.detail(received, tenant, decimals: principal.decimals)))
    }

    /// `POST /api/v1/purchase-orders/{id}/invoices {"number","amount","date"?}` → 201, the order with the
    /// invoice matched against what came.
    func recordInvoice(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let store = PurchaseStore(tenant)
        let id = try await store.find(request.parameters.get("id", as: UUID.self)).id
        let input = try request.content.decode(InvoiceInput.self)
        let number: String
        do { number = try FieldRules.required(input.number, field: "number", max: FieldLimit.invoiceNumber) } catch {
            throw SupplyError.field(error)
        }
        let amount = try Self.money(input.amount, field: "amount", decimals: principal.decimals)
        let date = try StoreController.date(input.date, field: "date") ?? request.today()
        _ = try await store.recordInvoice(number: number, amount: amount, on: date, against: id, by: principal.actor)
        return try created(try await Self.detail(try await store.find(id), tenant, decimals: principal.decimals))
    }

    /// `GET /api/v1/purchase-orders/suggestions?unitId=`: what to reorder, and whether cash and bank pay for it.
    func suggestions(_ request: Request) async throws -> ReorderDTO {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        var unit: UUID?
        if let text = try request.queryValue("unitId") {
            guard let id = UUID(uuidString: text) else { throw FieldError.invalidChoice("unitId") }
            unit = try await BusinessUnitStore(tenant).find(id).id
        }
        return try await Self.reorder(tenant, unit: unit, on: request.today(), decimals: principal.decimals)
    }

    static func reorder(_ tenant: Tenant, unit: UUID?, on date: CivilDate, decimals: Int) async throws -> ReorderDTO {
        func m(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        var total: Int64 = 0
        let lines = try await PurchaseStore(tenant).suggestions(in: unit, on: date).map { s in
            let amount = s.unitCost.flatMap { try? Quantity.amount(s.quantity, at: $0) } ?? 0
            total += amount
            return ReorderDTO.Line(
                productId: s.product.id!, name: s.product.name, unit: s.product.unit, stock: Quantity.string(s.onHand),
                reorderPoint: Quantity.string(s.product.reorderPoint), sold: Quantity.string(s.sold),
                quantity: Quantity.string(s.quantity), unitCost: m(s.unitCost ?? 0), amount: m(amount),
                supplierId: s.supplierID)
        }
        let held = try await SupplierStore(tenant).cashAndBank()
        let cash = held[.cash] ?? 0
        let bank = held[.bank] ?? 0
        return ReorderDTO(
            lines: lines, total: m(total), cash: m(cash), bank: m(bank),
            covered: Reorder.covered(total: total, cashAndBank: cash + bank).covered)
    }
}
