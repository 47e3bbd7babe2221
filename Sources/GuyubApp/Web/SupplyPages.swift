import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Buying in the browser: what to reorder, suppliers and paying them, purchase orders and receiving them.
/// Members' harvest and deliveries are in their own files.
struct SupplyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let supply = routes.grouped("supply")
        supply.get(use: home)
        supply.post("suppliers", use: addSupplier)
        supply.get("suppliers", ":id", use: supplier)
        supply.post("suppliers", ":id", "payments", use: paySupplier)
        supply.post("suppliers", ":id", "prices", use: setPrice)
        for step in ConsignmentStep.allCases {
            supply.post("suppliers", ":id", "consignment", .constant(step.rawValue)) { try await consignment($0, step) }
        }
        supply.get("orders", "new", use: newOrder)
        supply.post("orders", use: raiseOrder)
        supply.get("orders", ":id", use: order)
        supply.post("orders", ":id", "invoices", use: recordInvoice)
        for action in PurchaseOrderAction.allCases {
            supply.post("orders", ":id", .constant(action.rawValue)) { try await orderAction($0, action) }
        }
        supply.get("reports", use: report)
        supply.get("storage", use: storage)
        supply.post("storage", use: store)
        supply.post("storage", ":id", "releases", use: release)
        supply.get("claims", use: claims)
        supply.on(.POST, "claims", body: .collect(maxSize: "4mb"), use: submitClaim)
        for action in ClaimAction.allCases {
            supply.post("claims", ":id", .constant(action.rawValue)) { try await decideClaim($0, action) }
        }
        supply.get("uploads", ":id", use: upload)
        supply.get("produce", use: produce)
        supply.post("produce", use: takeProduce)
        supply.post("processing", use: process)
        supply.get("deliveries", use: deliveries)
        supply.post("deliveries", use: planDelivery)
        for action in DeliveryAction.allCases where action != .replan {
            supply.on(.POST, "deliveries", ":id", .constant(action.rawValue), body: .collect(maxSize: "4mb")) {
                try await moveDelivery($0, action)
            }
        }
    }

    /// Renders a page again with a refusal beside the field it names (or above the form), in its status.
    static func refused(_ error: any DomainError, fields: Set<String>, _ request: Request, render: ([String: String]) -> String)
        -> Response
    {
        let field = error.field.flatMap { fields.contains($0) ? $0 : nil } ?? "form"
        return request.html(render([field: request.catalogue.message(for: error)]), status: ErrorMapper.status(error.kind))
    }

    // MARK: home

    func home(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        return request.html(SupplyHome.View.render(try await homeModel(request), in: request.pageContext()))
    }

    private func homeModel(_ request: Request) async throws -> SupplyHome.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let reorder = try await SupplyController.reorder(tenant, unit: nil, on: request.today(), decimals: principal.decimals)
        let suppliers = try await SupplierStore(tenant).all()
        let names = Dictionary(uniqueKeysWithValues: suppliers.map { ($0.id!, $0.name) })
        let held = try await SupplierStore(tenant).cashAndBank()
        return SupplyHome.Model(
            suggestions: reorder.lines.map {
                .init(
                    name: $0.name, unit: $0.unit, stock: (try? Quantity.parse($0.stock)) ?? 0,
                    reorderPoint: (try? Quantity.parse($0.reorderPoint)) ?? 0, quantity: (try? Quantity.parse($0.quantity)) ?? 0,
                    amount: (try? Amount.parse($0.amount, decimals: principal.decimals)) ?? 0)
            }, cashAndBank: (held[.cash] ?? 0) + (held[.bank] ?? 0),
            orders: try await PurchaseStore(tenant).orders(limit: 30).map { Self.orderRow($0, names) },
            suppliers: suppliers.map {
                .init(
                    id: $0.id!, name: $0.name, terms: $0.terms, creditDays: $0.creditDays, ownUnit: $0.unitID != nil,
                    owed: $0.owed)
            }, canManage: principal.allows(.manageStock))
    }

    static func orderRow(_ o: PurchaseOrderRecord, _ names: [UUID: String]) -> SupplyHome.Model.Order {
        .init(
            id: o.id!, number: o.number, supplier: names[o.supplierID] ?? "", date: o.orderedOn, total: o.total, status: o.status)
    }

    struct SupplierForm: Content {
        var name: String?
        var terms: String?
        var creditDays: String?
        var phone: String?
    }

    func addSupplier(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let form = try request.content.decode(SupplierForm.self)
        do {
            let name: String
            do { name = try FieldRules.required(form.name, field: "name", max: FieldLimit.name) } catch {
                throw SupplyError.field(error)
            }
            guard let terms = SupplierTerms(rawValue: form.terms ?? "") else { throw SupplyError.field(.invalidChoice("terms")) }
            let days = form.creditDays.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            let supplier = try await SupplierStore(request.tenant()).add(
                name: name, phone: try SupplyController.text(form.phone, field: "phone", max: 20), terms: terms,
                creditDays: days, unitID: nil, by: principal.actor)
            return request.redirect(to: SiteURL.supplySupplier(supplier.id!).path, notice: "supplier_added")
        } catch let error as any DomainError {
            var model = try await homeModel(request)
            model.values = [
                "name": form.name ?? "", "terms": form.terms ?? "", "creditDays": form.creditDays ?? "",
                "phone": form.phone ?? "",
            ]
            return Self.refused(error, fields: ["name", "terms", "creditDays", "phone"], request) {
                model.errors = $0
                return SupplyHome.View.render(model, in: request.pageContext())
            }
        }
    }

    // MARK: a supplier

    func supplier(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        let id = try request.parameters.get("id", as: UUID.self)
        return request.html(SupplySupplier.View.render(try await supplierModel(request, id), in: request.pageContext()))
    }

    func supplierModel(_ request: Request, _ id: UUID?) async throws -> SupplySupplier.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = SupplierStore(tenant)
        let supplier = try await store.find(id)
        let sid = supplier.id!
        let today = try request.today()
        let open = Payables.open(try await store.bills(of: [sid])[sid] ?? [], paid: try await store.paid(to: [sid])[sid] ?? 0)
        var model = SupplySupplier.Model(
            id: sid, name: supplier.name, terms: supplier.terms, creditDays: supplier.creditDays, phone: supplier.phone,
            owed: supplier.owed,
            bills: open.map { .init(dueOn: $0.dueOn, amount: $0.amount, age: Payables.Age.of(dueOn: $0.dueOn, on: today)) },
            payments: try await store.payments(to: sid).map { .init(date: $0.paidOn, amount: $0.amount, channel: $0.channel) },
            orders: try await PurchaseStore(tenant).orders(supplierID: sid, limit: 30).map {
                Self.orderRow($0, [sid: supplier.name])
            },
            canPay: principal.allows(.keepBooks))
        let priced = try await store.prices(of: sid)
        let catalogue = try await tenant.query(ProductRecord.self).filter(\.$active == true).filter(\.$consignorID == nil)
            .sort(\.$name).all()
        model.prices = catalogue.compactMap { p in priced[p.id!].map { (p.name, p.unit, $0) } }
        model.priceable = principal.allows(.manageStock) ? catalogue.map { ($0.id!, $0.name) } : []
        guard supplier.unitID == nil else { return model }
        model.canManage = principal.allows(.manageStock)
        model.consigned = try await ConsignmentStore(tenant).position(of: sid).map { p in
            let price = p.product.consignmentPrice ?? 0
            return .init(
                productID: p.product.id!, name: p.product.name, unit: p.product.unit, price: price, held: p.held,
                unsettled: p.unsettledQuantity, unsettledAmount: (try? Quantity.amount(p.unsettledQuantity, at: price)) ?? 0)
        }
        if model.canManage {
            // Products with no stock of the cooperative's own, not another's consignment.
            let held = Set(try await tenant.query(StockLevelRecord.self).filter(\.$quantity > 0).all().map(\.productID))
            model.consignable = try await tenant.query(ProductRecord.self).filter(\.$consignorID == nil).filter(\.$active == true)
                .sort(\.$name).all().filter { !held.contains($0.id!) }.map { ($0.id!, $0.name) }
        }
        return model
    }

    func paySupplier(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let store = try SupplierStore(request.tenant())
        let supplier = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(StorePages.PaymentForm.self)
        do {
            let amount = try StoreController.price(form.amount, field: "amount", decimals: principal.decimals)
            guard let channel = PaymentChannel(rawValue: form.channel ?? "cash"), channel != .qris else {
                throw SupplyError.field(.invalidChoice("channel"))
            }
            _ = try await store.pay(
                amount, to: supplier.id, channel: channel, on: request.today(),
                description: request.booksText.supplierPaid(supplier.name), by: principal.actor)
            return request.redirect(to: SiteURL.supplySupplier(supplier.id!).path, notice: "supplier_paid")
        } catch let error as any DomainError {
            var model = try await supplierModel(request, supplier.id)
            model.amountValue = form.amount ?? ""
            return Self.refused(error, fields: ["amount", "channel"], request) {
                model.errors = $0
                return SupplySupplier.View.render(model, in: request.pageContext())
            }
        }
    }

    // MARK: orders

    func newOrder(_ request: Request) async throws -> Response {
        _ = try request.authorize(.manageStock)
        return request.html(SupplyOrderNew.View.render(try await newOrderModel(request), in: request.pageContext()))
    }

    private func newOrderModel(_ request: Request) async throws -> SupplyOrderNew.Model {
        let tenant = try request.tenant()
        return SupplyOrderNew.Model(
            suppliers: try await SupplierStore(tenant).all().filter(\.active).map { ($0.id!, $0.name) },
            units: try await BusinessUnitStore(tenant).all().filter(\.active).map { ($0.id!, $0.name) },
            products: try await tenant.query(ProductRecord.self).filter(\.$active == true).filter(\.$consignorID == nil)
                .sort(\.$name).all().map { ($0.id!, $0.name) })
    }

    struct OrderForm: Content {
        var supplierId: String?
        var unitId: String?
        var note: String?
        var product: [String]?
        var quantity: [String]?
        var cost: [String]?
    }

    func raiseOrder(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let form = try request.content.decode(OrderForm.self)
        let products = form.product ?? []
        let rows = products.indices.map { i in
            (
                products[i], (form.quantity ?? []).indices.contains(i) ? form.quantity![i] : "",
                (form.cost ?? []).indices.contains(i) ? form.cost![i] : ""
            )
        }
        do {
            guard let supplierID = UUID(uuidString: form.supplierId ?? "") else {
                throw SupplyError.field(.required("supplierId"))
            }
            let prices = try await SupplierStore(tenant).prices(of: try await SupplierStore(tenant).find(supplierID).id!)
            let lines = try rows.filter { !$0.0.isEmpty }.map { row in
                guard let product = UUID(uuidString: row.0) else { throw AccessError.notFound }
                let blank = row.2.trimmingCharacters(in: .whitespaces).isEmpty
                guard !blank || prices[product] != nil else { throw StoreError.field(.required("unitCost")) }
                let cost =
                    blank ? prices[product]! : try StoreController.price(row.2, field: "unitCost", decimals: principal.decimals)
                return PurchaseStore.OrderLine(productID: product, quantity: try Quantity.parse(row.1), unitCost: cost)
            }
            let order = try await PurchaseStore(tenant).raise(
                lines, to: supplierID, unitID: UUID(uuidString: form.unitId ?? ""),
                note: try SupplyController.text(form.note, field: "note", max: FieldLimit.note), on: request.today(),
                by: principal.actor)
            return request.redirect(to: SiteURL.supplyOrder(order.id!).path, notice: "order_placed")
        } catch let error as any DomainError {
            var model = try await newOrderModel(request)
            model.values = ["supplierId": form.supplierId ?? "", "unitId": form.unitId ?? "", "note": form.note ?? ""]
            model.lines = rows.map { (product: $0.0, quantity: $0.1, cost: $0.2) }
            return Self.refused(error, fields: ["supplierId", "unitId", "quantity", "unitCost", "note"], request) {
                model.errors = $0
                return SupplyOrderNew.View.render(model, in: request.pageContext())
            }
        }
    }

    func order(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        let id = try request.parameters.get("id", as: UUID.self)
        return request.html(SupplyOrder.View.render(try await orderModel(request, id), in: request.pageContext()))
    }

    func orderModel(_ request: Request, _ id: UUID?) async throws -> SupplyOrder.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = PurchaseStore(tenant)
        let order = try await store.find(id)
        let lines = try await store.lines(of: [order.id!])[order.id!] ?? []
        let products = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all().map {
                ($0.id!, $0)
            })
        let supplier = try await SupplierStore(tenant).find(order.supplierID)
        var model = SupplyOrder.Model(
            id: order.id!, number: order.number, supplierID: order.supplierID, supplier: supplier.name,
            unit: try await BusinessUnitStore(tenant).find(order.unitID).name, status: order.status, date: order.orderedOn,
            total: order.total, raisedBy: order.raisedByName, approvedBy: order.approvedByName,
            lines: lines.map {
                .init(
                    productID: $0.productID, name: products[$0.productID]?.name ?? "", unit: products[$0.productID]?.unit ?? "",
                    ordered: $0.quantity, unitCost: $0.unitCost, received: $0.received)
            }.sorted { $0.name < $1.name },
            receipts: try await store.receipts(of: order.id!).map {
                .init(date: $0.receivedOn, total: $0.total, owed: $0.payable, dueOn: $0.dueOn)
            }, canManage: principal.allows(.manageStock), canApprove: principal.allows(.approvePurchases))
        model.betweenUnits = supplier.unitID != nil
        model.invoices = try await store.invoices(of: order.id!).map {
            .init(number: $0.number, date: $0.invoicedOn, amount: $0.amount, difference: $0.difference)
        }
        return model
    }

    struct ReceiveForm: Content {
        var product: [String]?
        var quantity: [String]?
        var damaged: [String]?
    }

    func orderAction(_ request: Request, _ action: PurchaseOrderAction) async throws -> Response {
        let principal = try request.authorize(action == .approve ? .approvePurchases : .manageStock)
        let tenant = try request.tenant()
        let store = PurchaseStore(tenant)
        let order = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = action == .receive ? try request.content.decode(ReceiveForm.self) : ReceiveForm()
        do {
            switch action {
            case .approve: _ = try await store.approve(order.id, on: request.today(), by: principal.actor)
            case .close, .cancel: _ = try await store.end(order.id, action, by: principal.actor)
            case .receive:
                let products = form.product ?? []
                let delivered = try products.indices.compactMap { i -> PurchaseStore.Delivered? in
                    guard let product = UUID(uuidString: products[i]) else { throw AccessError.notFound }
                    let quantity = try SupplyController.optionalQuantity(
                        (form.quantity ?? []).indices.contains(i) ? NumberText(form.quantity![i]) : nil, field: "quantity")
                    let damaged = try SupplyController.optionalQuantity(
                        (form.damaged ?? []).indices.contains(i) ? NumberText(form.damaged![i]) : nil, field: "damaged")
                    return quantity == 0 && damaged == 0
                        ? nil : PurchaseStore.Delivered(productID: product, quantity: quantity, damaged: damaged)
                }
                let supplier = try await SupplierStore(tenant).find(order.supplierID)
                _ = try await store.receive(
                    delivered, against: order.id, allowOver: false, on: request.today(),
                    description: request.booksText.orderReceived(order.number, from: supplier.name), by: principal.actor)
            }
            return request.redirect(to: SiteURL.supplyOrder(order.id!).path, notice: "order_\(action.rawValue)")
        } catch let error as any DomainError {
            var model = try await orderModel(request, order.id)
            for (i, product) in (form.product ?? []).enumerated() {
                if let id = UUID(uuidString: product), (form.quantity ?? []).indices.contains(i) {
                    model.quantities[id] = form.quantity![i]
                }
            }
            return Self.refused(error, fields: ["quantity"], request) {
                model.errors = $0
                return SupplyOrder.View.render(model, in: request.pageContext())
            }
        }
    }
}

/// A supplier's consignment in the browser: a product put on it, goods in or back, and settling what sold.
extension SupplyPages {
    struct ConsignmentForm: Content {
        var productId: String?
        var price: String?
        var quantity: String?
        var direction: String?
    }

    func consignment(_ request: Request, _ step: ConsignmentStep) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let supplier = try await SupplierStore(tenant).find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(ConsignmentForm.self)
        let store = ConsignmentStore(tenant)
        do {
            switch step {
            case .consign:
                guard let product = UUID(uuidString: form.productId ?? "") else {
                    throw SupplyError.field(.required("productId"))
                }
                _ = try await store.consign(
                    product, from: supplier.id!,
                    at: try StoreController.price(form.price, field: "price", decimals: principal.decimals),
                    by: principal.actor)
            case .move:
                guard let product = UUID(uuidString: form.productId ?? "") else {
                    throw SupplyError.field(.required("productId"))
                }
                let quantity = try Quantity.parse(form.quantity)
                try await store.move(
                    [(product, form.direction == "back" ? -quantity : quantity)], of: supplier.id!, unitID: nil,
                    on: request.today(), by: principal.actor)
            case .settle:
                guard
                    try await store.settle(
                        supplier.id, on: request.today(), description: request.booksText.consignmentSettled(supplier.name),
                        by: principal.actor) != nil
                else { throw SupplyError.nothingToSettle }
            }
            return request.redirect(to: SiteURL.supplySupplier(supplier.id!).path, notice: "consignment_\(step.rawValue)")
        } catch let error as any DomainError {
            var model = try await supplierModel(request, supplier.id)
            return Self.refused(error, fields: ["productId", "quantity", "price"], request) {
                model.errors = $0
                return SupplySupplier.View.render(model, in: request.pageContext())
            }
        }
    }
}

/// A supplier's invoice recorded on its order's page, matched against what came.
extension SupplyPages {
    struct InvoiceForm: Content {
        var number: String?
        var amount: String?
        var date: String?
    }

    func recordInvoice(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let store = try PurchaseStore(request.tenant())
        let order = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(InvoiceForm.self)
        do {
            let number: String
            do { number = try FieldRules.required(form.number, field: "number", max: FieldLimit.invoiceNumber) } catch {
                throw SupplyError.field(error)
            }
            _ = try await store.recordInvoice(
                number: number, amount: try StoreController.price(form.amount, field: "amount", decimals: principal.decimals),
                on: try StoreController.date(form.date, field: "date") ?? request.today(), against: order.id, by: principal.actor)
            return request.redirect(to: SiteURL.supplyOrder(order.id!).path, notice: "invoice_recorded")
        } catch let error as any DomainError {
            var model = try await orderModel(request, order.id)
            return Self.refused(error, fields: [], request) {
                model.errors = ["invoice": $0.values.first ?? ""]
                return SupplyOrder.View.render(model, in: request.pageContext())
            }
        }
    }
}

/// A supplier's price of a product, set from its page.
extension SupplyPages {
    struct PriceForm: Content {
        var productId: String?
        var unitCost: String?
    }

    func setPrice(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let store = try SupplierStore(request.tenant())
        let supplier = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(PriceForm.self)
        do {
            guard let product = UUID(uuidString: form.productId ?? "") else { throw SupplyError.field(.required("productId")) }
            try await store.setPrice(
                try StoreController.price(form.unitCost, field: "unitCost", decimals: principal.decimals), of: product,
                at: supplier.id!, on: request.today(), by: principal.actor)
            return request.redirect(to: SiteURL.supplySupplier(supplier.id!).path, notice: "price_saved")
        } catch let error as any DomainError {
            var model = try await supplierModel(request, supplier.id)
            return Self.refused(error, fields: [], request) {
                model.errors = ["price": $0.values.first ?? ""]
                return SupplySupplier.View.render(model, in: request.pageContext())
            }
        }
    }
}
