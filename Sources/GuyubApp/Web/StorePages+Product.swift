import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// A product's page in the browser: a new product, a change to one, goods received and stock put right.
extension StorePages {
    struct ProductForm: Content {
        var name: String?
        var category: String?
        var unit: String?
        var barcode: String?
        var memberPrice: String?
        var nonMemberPrice: String?
        var programmeId: String?
        var reorderPoint: String?
        var unitId: String?
        var active: String?
        var packName: [String]?
        var packSize: [String]?
        var packBarcode: [String]?
        var tierClass: [String]?
        var tierMin: [String]?
        var tierPrice: [String]?

        /// The rows of three parallel lists, blank rows left out.
        static func rows(_ a: [String]?, _ b: [String]?, _ c: [String]?) -> [[String]] {
            let (a, b, c) = (a ?? [], b ?? [], c ?? [])
            return (0..<max(a.count, b.count, c.count)).map { i in
                [a, b, c].map { i < $0.count ? $0[i].trimmingCharacters(in: .whitespaces) : "" }
            }.filter { $0.contains { !$0.isEmpty } }
        }

        var values: ShopProduct.Model.Values {
            var values = ShopProduct.Model.Values()
            (values.name, values.category, values.unit, values.barcode) =
                (name ?? "", category ?? "", unit ?? "", barcode ?? "")
            (values.memberPrice, values.nonMemberPrice, values.reorderPoint) =
                (memberPrice ?? "", nonMemberPrice ?? "", reorderPoint ?? "")
            (values.programmeID, values.unitID, values.active) = (programmeId ?? "", unitId ?? "", active == "1")
            values.packs = Self.rows(packName, packSize, packBarcode)
            values.tiers = Self.rows(tierClass, tierMin, tierPrice)
            return values
        }

        /// The product as the API reads it, so both check it the same way.
        var input: ProductInput {
            let values = self.values
            return ProductInput(
                name: values.name, category: values.category, unit: values.unit, barcode: values.barcode,
                memberPrice: values.memberPrice, nonMemberPrice: values.nonMemberPrice,
                tiers: values.tiers.map { ProductInput.Tier(customerClass: $0[0], minQuantity: $0[1], price: $0[2]) },
                packs: values.packs.map { ProductInput.PackInput(name: $0[0], size: $0[1], barcode: $0[2]) },
                programme: UUID(uuidString: values.programmeID), programmeId: nil,
                reorderPoint: values.reorderPoint, active: values.active, unitId: UUID(uuidString: values.unitID))
        }
    }

    struct MovementForm: Content {
        var quantity: String?
        var pack: String?
        var unitCost: String?
        var expiresOn: String?
        var supplier: String?
        var unitId: String?
        var reason: String?
        var toUnitId: String?

        var values: ShopProduct.Model.Movement {
            var values = ShopProduct.Model.Movement()
            (values.quantity, values.pack, values.unitCost) = (quantity ?? "", pack ?? "", unitCost ?? "")
            (values.expiresOn, values.supplier, values.unitID) = (expiresOn ?? "", supplier ?? "", unitId ?? "")
            values.reason = reason ?? values.reason
            values.toUnitID = toUnitId ?? ""
            return values
        }
    }

    func newProduct(_ request: Request) async throws -> Response {
        try request.authorize(.manageStock)
        let model = try await productModel(request, id: nil)
        return request.html(ShopProduct.View.render(model, in: request.pageContext()))
    }

    func product(_ request: Request) async throws -> Response {
        try request.authorize(.viewStore)
        let id = try await ProductStore(request.tenant()).find(request.parameters.get("id", as: UUID.self)).id!
        return request.html(ShopProduct.View.render(try await productModel(request, id: id), in: request.pageContext()))
    }

    /// A new product (`id` nil) or a change to one; back to the product's page.
    func saveProduct(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        var id: UUID?
        if request.parameters.get("id") != nil {
            id = try await ProductStore(tenant).find(request.parameters.get("id", as: UUID.self)).id!
        }
        let form = try request.content.decode(ProductForm.self)
        do {
            let input = try form.input.read(decimals: principal.decimals)
            let store = ProductStore(tenant)
            let saved =
                if let id {
                    try await store.update(id, input, active: form.values.active, today: request.today(), by: principal.actor)
                } else {
                    try await store.create(input, today: request.today(), by: principal.actor)
                }
            return request.redirect(to: SiteURL.shopProduct(saved.id!).path, notice: "product_saved")
        } catch let error as any DomainError {
            var model = try await productModel(request, id: id)
            model.values = form.values
            let fields = [
                "name", "category", "unit", "barcode", "memberPrice", "nonMemberPrice", "tiers", "packs", "unitId",
                "reorderPoint",
            ]
            var field = error.field.flatMap { fields.contains($0) ? $0 : nil } ?? "form"
            // A quantity that does not read is a pack's size, a tier's quantity or the reorder point's.
            if error.field == "quantity" { field = Self.unreadQuantity(form) }
            model.errors["product.\(field)"] = request.catalogue.message(for: error)
            return request.html(ShopProduct.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    /// Which of the product form's quantities does not read.
    private static func unreadQuantity(_ form: ProductForm) -> String {
        let values = form.values
        if !values.reorderPoint.isEmpty, (try? Quantity.parse(values.reorderPoint)) == nil { return "reorderPoint" }
        if values.packs.contains(where: { (try? Quantity.parse($0[1])) == nil }) { return "packs" }
        return "tiers"
    }

    func receiveProduct(_ request: Request) async throws -> Response {
        try await move(request, .receive)
    }

    func adjustProduct(_ request: Request) async throws -> Response {
        try await move(request, .adjust)
    }

    func transferProduct(_ request: Request) async throws -> Response {
        try await move(request, .transfer)
    }

    /// What the product's page does to its stock: each has its form.
    enum StockMove: String {
        case receive, adjust, transfer
    }

    /// Goods received into stock, stock put right, or goods moved between units, from the product's page.
    private func move(_ request: Request, _ kind: StockMove) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let product = try await ProductStore(tenant).find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(MovementForm.self)
        let unit = form.unitId.flatMap(UUID.init(uuidString:))
        do {
            switch kind {
            case .receive:
                let line = StockStore.ReceiptLine(
                    productID: product.id!, quantity: try Quantity.parse(form.quantity),
                    unitCost: try StoreController.price(form.unitCost, field: "unitCost", decimals: principal.decimals),
                    expiresOn: try StoreController.date(form.expiresOn, field: "expiresOn"),
                    pack: try StoreController.pack(form.pack))
                let supplier = try FieldRules.optional(form.supplier, field: "supplier", max: FieldLimit.name)
                _ = try await StockStore(tenant).receive(
                    [line], unitID: unit, supplier: supplier, on: request.today(),
                    description: request.booksText.goodsReceived(from: supplier), by: principal.actor)
            case .adjust:
                guard let reason = form.reason.flatMap(AdjustmentReason.init(rawValue:)), reason != .count else {
                    throw StoreError.field(.invalidChoice("reason"))
                }
                _ = try await StockStore(tenant).adjust(
                    product.id!, unitID: unit, reason: reason, quantity: try Quantity.parse(form.quantity), unitCost: nil,
                    on: request.today(), description: request.booksText.stockAdjusted(product.name, reason),
                    by: principal.actor)
            case .transfer:
                guard let to = form.toUnitId.flatMap(UUID.init(uuidString:)) else {
                    throw StoreError.field(.invalidChoice("toUnitId"))
                }
                let target = try await BusinessUnitStore(tenant).find(to)
                _ = try await StockStore(tenant).transfer(
                    product.id!, quantity: try Quantity.parse(form.quantity), from: unit, to: to, on: request.today(),
                    description: request.booksText.stockMoved(product.name, to: target.name), by: principal.actor)
            }
            let notices: [StockMove: String] = [
                .receive: "goods_received", .adjust: "stock_adjusted", .transfer: "stock_moved",
            ]
            return request.redirect(to: SiteURL.shopProduct(product.id!).path, notice: notices[kind]!)
        } catch let error as any DomainError {
            var model = try await productModel(request, id: product.id!)
            switch kind {
            case .receive: model.receive = form.values
            case .adjust: model.adjust = form.values
            case .transfer: model.transfer = form.values
            }
            // Each form shows only its own fields' refusals; the rest go above it.
            let fields: [StockMove: [String]] = [
                .receive: ["quantity", "pack", "unitCost", "expiresOn", "supplier", "unitId"],
                .adjust: ["reason", "quantity", "unitId"], .transfer: ["quantity", "unitId", "toUnitId"],
            ]
            let field = error.field.flatMap { fields[kind]!.contains($0) ? $0 : nil } ?? "form"
            model.errors["\(kind.rawValue).\(field)"] = request.catalogue.message(for: error)
            return request.html(ShopProduct.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    /// The page as the product now stands: its fields, stock by unit and batch, and the choices its forms offer.
    private func productModel(_ request: Request, id: UUID?) async throws -> ShopProduct.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let units = try await BusinessUnitStore(tenant).all().filter(\.active)
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        var values = ShopProduct.Model.Values()
        var model = ShopProduct.Model(
            id: id, values: values,
            programmes: try await ProgrammeStore(tenant).all().map { ($0.id!, $0.name) },
            units: units.filter { $0.kind?.sells ?? true }.map { ($0.id!, $0.name) },
            canManage: principal.allows(.manageStock))
        guard let id else { return model }
        let product = try await ProductStore(tenant).find(id)
        let prices = try ProductStore.prices(product)
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        func quantity(_ q: Int64) -> String { ShopCounter.Model.written(q) }
        (values.name, values.category, values.unit, values.barcode) =
            (product.name, product.category ?? "", product.unit, product.barcode ?? "")
        (values.memberPrice, values.nonMemberPrice) = (money(prices.memberPrice), money(prices.nonMemberPrice))
        values.reorderPoint = product.reorderPoint > 0 ? quantity(product.reorderPoint) : ""
        values.programmeID = product.programmeID?.uuidString.lowercased() ?? ""
        values.unitID = product.unitID.uuidString.lowercased()
        values.active = product.active
        values.packs = (try await ProductStore(tenant).packs(of: [id])[id] ?? []).map {
            [$0.name, quantity($0.size), $0.barcode ?? ""]
        }
        values.tiers = prices.tiers.map { [$0.customerClass.rawValue, quantity($0.minQuantity), money($0.price)] }
        model.values = values
        model.levels = try await StockStore(tenant).levels(of: id).map {
            .init(unit: names[$0.unitID] ?? "", quantity: $0.quantity, value: $0.value, averageCost: $0.position.averageCost)
        }
        model.batches = try await StockStore(tenant).batches(of: id).map {
            (names[$0.unitID] ?? "", $0.expiresOn == Batch.noExpiry ? nil : $0.expiresOn, $0.quantity)
        }
        return model
    }
}
