import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Consignment (titip jual) through the API: which products a supplier leaves with the cooperative and at
/// what price, its goods in and back, and settling what sold.
extension SupplyController {
    func consignment(_ request: Request) async throws -> ConsignmentDTO {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let supplier = try await SupplierStore(tenant).find(request.parameters.get("id", as: UUID.self))
        return try await Self.consignment(supplier.id!, tenant, decimals: principal.decimals)
    }

    static func consignment(_ supplierID: UUID, _ tenant: Tenant, decimals: Int) async throws -> ConsignmentDTO {
        func m(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        let store = ConsignmentStore(tenant)
        return ConsignmentDTO(
            supplierId: supplierID,
            lines: try await store.position(of: supplierID).map { p in
                let price = p.product.consignmentPrice ?? 0
                return .init(
                    productId: p.product.id!, name: p.product.name, price: m(price), held: Quantity.string(p.held),
                    unsettled: Quantity.string(p.unsettledQuantity),
                    unsettledAmount: m((try? Quantity.amount(p.unsettledQuantity, at: price)) ?? 0))
            },
            settlements: try await store.settlements(of: supplierID).map {
                .init(id: $0.id!, date: $0.settledOn.description, amount: m($0.amount), entryId: $0.entryID)
            })
    }

    /// `PUT /api/v1/suppliers/{id}/consignment {"productId","price"}`: the product is the supplier's, sold on
    /// consignment and settled at `price` a base unit.
    func consign(_ request: Request) async throws -> ConsignmentDTO {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let supplier = try await SupplierStore(tenant).find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(ConsignInput.self)
        guard let product = input.productId else { throw SupplyError.field(.required("productId")) }
        let price = try Self.money(input.price, field: "price", decimals: principal.decimals)
        _ = try await ConsignmentStore(tenant).consign(product, from: supplier.id!, at: price, by: principal.actor)
        return try await Self.consignment(supplier.id!, tenant, decimals: principal.decimals)
    }

    /// `POST /api/v1/suppliers/{id}/consignment/receipts` and `/returns {"lines":[{"productId","quantity"}]}` → 201.
    func moveConsignment(back: Bool) -> @Sendable (Request) async throws -> Response {
        { request in
            let principal = try request.authorize(.manageStock)
            let tenant = try request.tenant()
            let supplier = try await SupplierStore(tenant).find(request.parameters.get("id", as: UUID.self))
            let input = try request.content.decode(ConsignmentMoveInput.self)
            guard let given = input.lines else { throw StoreError.field(.required("lines")) }
            guard given.count <= StockStore.maxLines else { throw StoreError.tooManyLines }
            let lines = try given.map { line in
                guard let product = line.productId else { throw StoreError.field(.required("productId")) }
                let quantity = try Self.quantity(line.quantity)
                return (productID: product, quantity: back ? -quantity : quantity)
            }
            try await ConsignmentStore(tenant).move(
                lines, of: supplier.id!, unitID: input.unitId, on: request.today(), by: principal.actor)
            return try created(try await Self.consignment(supplier.id!, tenant, decimals: principal.decimals))
        }
    }

    /// `POST /api/v1/suppliers/{id}/consignment/settlements` → 201: what sold since the last settlement is owed
    /// to the supplier; 422 `nothing_to_settle` when nothing new sold.
    func settleConsignment(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let supplier = try await SupplierStore(tenant).find(request.parameters.get("id", as: UUID.self))
        guard
            try await ConsignmentStore(tenant).settle(
                supplier.id, on: request.today(), description: request.booksText.consignmentSettled(supplier.name),
                by: principal.actor) != nil
        else { throw SupplyError.nothingToSettle }
        return try created(try await Self.consignment(supplier.id!, tenant, decimals: principal.decimals))
    }
}
