import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The shop in the browser: the counter on a phone, a sale's receipt, and the goods with their stock.
struct StorePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let store = routes.grouped("store")
        store.get(use: counter)
        store.post("sales", use: sell)
        store.get("sales", ":id", use: receipt)
        store.post("sales", ":id", "returns", use: giveBack)
        store.get("programmes", use: programmes)
        store.post("programmes", "ceilings", use: addCeiling)
        store.get("customers", use: customers)
        store.post("customers", ":id", "payments", use: customerPayment)
        store.get("programmes", ":id", use: programmeReport)
        store.get("programmes", ":id", "allocations", use: allocations)
        store.on(.POST, "programmes", ":id", "allocations", body: .collect(maxSize: ImportPage.maxSize), use: importAllocations)
        store.get("shifts", use: shifts)
        store.post("shifts", use: openShift)
        store.get("shifts", ":id", use: shift)
        store.post("shifts", ":id", "close", use: closeShift)
        store.get("products", use: products)
        store.get("products", "new", use: newProduct)
        store.post("products", use: saveProduct)
        store.get("products", ":id", use: product)
        store.post("products", ":id", use: saveProduct)
        store.post("products", ":id", "receipts", use: receiveProduct)
        store.post("products", ":id", "adjustments", use: adjustProduct)
        store.post("products", ":id", "transfers", use: transferProduct)
        store.get("reports", use: salesReport)
        store.get("stock-takes", use: stockTakes)
        store.post("stock-takes", use: startStockTake)
        store.get("stock-takes", ":id", use: stockTake)
        store.post("stock-takes", ":id", "counts", use: countStockTake)
        store.post("stock-takes", ":id", "approve", use: approveStockTake)
        store.get("qris", use: qris)
        store.post("qris", use: settleQRIS)
        store.get("units", use: units)
        store.post("units", "template", use: addProgrammeUnits)
        store.post("units", ":id", "staff", use: setUnitStaff)
        store.post("units", ":id", "region", use: setUnitRegion)
    }

    /// What the counter's forms and links send: the sale being built and how it is paid.
    struct CounterForm: Content {
        var productId: [String]?
        var quantity: [String]?
        /// Each line's pack by name, "" for the base unit.
        var pack: [String]?
        var q: String?
        var buyer: String?
        var buyerNik: String?
        var payment: String?
        var customerId: String?
        var cashGiven: String?
        var paidSavings: String?
        var paidQris: String?
        var paidCredit: String?
        var voucherCode: String?
        var action: String?
        /// The total a QRIS code was shown for.
        var qrisTotal: String?
    }

    func counter(_ request: Request) async throws -> Response {
        try request.authorize(.sell)
        let form = try request.query.decode(CounterForm.self)
        return request.html(ShopCounter.View.render(try await model(request, form), in: request.pageContext()))
    }

    func sell(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let form = try request.content.decode(CounterForm.self)
        var model = try await model(request, form)
        guard form.action == "pay" || form.action == "qris-paid", model.errors.isEmpty else {
            return request.html(
                ShopCounter.View.render(model, in: request.pageContext()),
                status: model.errors.isEmpty ? .ok : .unprocessableEntity)
        }
        do {
            guard let payment = PaymentMethod(rawValue: model.values.payment) else {
                throw StoreError.field(.invalidChoice("payment"))
            }
            // A voucher pays first; the payment the rest.
            var toPay = model.total
            if !model.values.voucherCode.isEmpty {
                let holders = [
                    model.member.map { VoucherStore.Holder.member($0.id) }, model.consumer.map { .consumer($0.id) },
                ]
                let voucher = try await VoucherStore(request.tenant()).spendable(
                    code: model.values.voucherCode, by: holders.compactMap { $0 }, on: request.today())
                toPay -= Voucher.paying(voucher.value, toward: model.total).paid
            }
            // A split: the parts typed beside cash, which takes the rest.
            var parts: [(method: PaymentMethod, amount: Int64?)] = []
            if payment == .split {
                let typed: [(PaymentMethod, String, String)] = [
                    (.savings, model.values.paidSavings, "paidSavings"), (.qris, model.values.paidQris, "paidQris"),
                    (.credit, model.values.paidCredit, "paidCredit"),
                ]
                for (method, text, field) in typed where !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    do { parts.append((method, try Amount.positive(text, decimals: principal.decimals))) } catch {
                        throw StoreError.priceInvalid(field)
                    }
                }
                // Cash takes what the other parts leave, if they leave anything.
                if parts.reduce(0, { $0 + ($1.amount ?? 0) }) < toPay { parts.append((.cash, nil)) }
            }
            let split = try payment == .split ? SalePayment(parts, total: toPay) : SalePayment(single: payment, total: toPay)
            var given: Int64?
            if !model.values.cashGiven.isEmpty {
                given = try Amount.positive(model.values.cashGiven, decimals: principal.decimals)
                if split[.cash] > 0, given! < split[.cash] { throw ShopPageError.cashTooLittle }
            }
            // QRIS: first the code for what goes by QRIS; the sale is booked once the cashier sees the money arrive.
            if split[.qris] > 0, form.action == "pay" || form.qrisTotal != String(split[.qris]) {
                // The code of the unit the sale is made in.
                guard let merchant = try await BusinessUnitStore(request.tenant()).home(of: principal.actor)?.qrisMerchant,
                    principal.decimals == 0
                else { throw ShopPageError.qrisNotSet }
                model.qris = .init(
                    code: try QRCode(try QRIS.payload(for: merchant, amount: split[.qris])), total: split[.qris],
                    merchant: merchant.name)
                return request.html(ShopCounter.View.render(model, in: request.pageContext()))
            }
            var nik: NIK?
            if model.needsBuyerID, !model.values.buyerNik.isEmpty { nik = try NIK(model.values.buyerNik) }
            let lines = try model.lines.enumerated().map { index, line in
                guard let quantity = line.quantity else { throw ShopPageError.line(index, .quantityInvalid) }
                // In a pack, the count as typed: the pack stays on the receipt.
                guard let pack = line.pack, let count = try? Quantity.parse(line.quantityText) else {
                    return SaleStore.Line(productID: line.productID, quantity: quantity)
                }
                return SaleStore.Line(productID: line.productID, quantity: count, pack: pack.name)
            }
            let text = request.booksText
            let (sale, _) = try await SaleStore(request.tenant()).sell(
                SaleStore.Request(
                    lines: lines, memberID: model.member?.id, customerID: UUID(uuidString: model.values.customerID),
                    buyerNIK: nik, payment: payment, unitID: nil, date: request.today(), at: request.application.clock.now(),
                    parts: parts, consumerID: model.consumer?.id,
                    voucherCode: model.values.voucherCode.isEmpty ? nil : model.values.voucherCode),
                describe: { text.saleDescription($0) }, by: principal.actor)
            return request.redirect(
                to: SiteURL.shopSale(sale.id!, cashGiven: split[.cash] > 0 ? given.map { String($0) } ?? "" : "").path)
        } catch let error as any DomainError {
            let field: String
            if case ShopPageError.line(let index, _) = error {
                field = "line\(index)"
            } else if let named = error.field,
                [
                    "buyerNik", "payment", "customerId", "cashGiven", "amount", "payments", "paidSavings", "paidQris",
                    "paidCredit", "voucherCode",
                ]
                .contains(named)
            {
                field = named == "amount" ? "cashGiven" : named
            } else {
                field = "form"
            }
            model.errors[field] =
                switch error {
                case ShopPageError.cashTooLittle: request.catalogue.cashGivenTooLittle
                case ShopPageError.qrisNotSet: request.catalogue.qrisNotSet
                case ShopPageError.line(_, let reason): request.catalogue.message(for: reason)
                default: request.catalogue.message(for: error)
                }
            return request.html(
                ShopCounter.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    /// The counter as the form left it: each line priced for the buyer, the product a scanned barcode names
    /// added, what a search found, and the member the cashier looked up.
    private func model(_ request: Request, _ form: CounterForm) async throws -> ShopCounter.Model {
        let tenant = try request.tenant()
        let catalogue = request.catalogue
        var values = ShopCounter.Model.Values()
        values.buyer = (form.buyer ?? "").trimmingCharacters(in: .whitespaces)
        values.buyerNik = (form.buyerNik ?? "").trimmingCharacters(in: .whitespaces)
        values.payment = form.payment ?? "cash"
        values.customerID = form.customerId ?? ""
        values.cashGiven = form.cashGiven ?? ""
        values.paidSavings = form.paidSavings ?? ""
        values.paidQris = form.paidQris ?? ""
        values.paidCredit = form.paidCredit ?? ""
        values.voucherCode = (form.voucherCode ?? "").trimmingCharacters(in: .whitespaces)
        var model = ShopCounter.Model(values: values)
        let principal = try request.signedIn()
        model.deviceKey = "\(principal.cooperativeID.uuidString.lowercased()).\(principal.userID.uuidString.lowercased())"
        model.customers = try await StoreCustomerStore(tenant).all().map { ($0.id!, $0.name) }
        // The till of the unit the counter sells for (the cashier's, or the grocery outlet), once it exists.
        if let shop = try await BusinessUnitStore(tenant).home(of: principal.actor),
            let shift = try await ShiftStore(tenant).open(at: shop.id!)
        {
            model.till = (shift.id!, shift.openedByName, shift.openedAt)
        }

        if !values.buyer.isEmpty {
            let members = MemberStore(tenant)
            // A member number typed, or read from the QR on their card.
            if let number = MemberCard.number(in: values.buyer) {
                model.member = (try? await members.find(number: number)).map(MemberRow.init)
            } else {
                let found = try await members.list(query: values.buyer, perPage: 2).items
                if found.count == 1 { model.member = MemberRow(found[0]) }
            }
            // A consumer, by the phone they signed up with.
            if model.member == nil, let phone = try? PhoneNumber(values.buyer),
                let consumer = try await ConsumerStore(tenant).find(phone: phone)
            {
                model.consumer = (consumer.id!, consumer.name)
                if let member = consumer.memberID { model.member = (try? await members.find(member)).map(MemberRow.init) }
            }
            if model.member == nil && model.consumer == nil { model.errors["buyer"] = catalogue.buyerNotFound }
        }
        let customer = UUID(uuidString: values.customerID).flatMap { id in model.customers.first { $0.id == id } }
        var registered: CustomerClass?
        if let customer { registered = try await tenant.find(StoreCustomerRecord.self, customer.id)?.customerClass }
        let buyerClass = CustomerClass.paying(isMember: model.member?.status == .member, registered: registered)

        let packNames = form.pack ?? []
        var wanted = zip(form.productId ?? [], form.quantity ?? []).enumerated().compactMap { index, line in
            UUID(uuidString: line.0).map {
                ShopCounter.Model.Carried(
                    product: $0, quantity: line.1.trimmingCharacters(in: .whitespaces),
                    pack: packNames.indices.contains(index) ? packNames[index] : "")
            }
        }
        let store = ProductStore(tenant)
        let query = (form.q ?? "").trimmingCharacters(in: .whitespaces)
        if !query.isEmpty {
            if let scanned = try await store.find(barcode: query), scanned.product.active {
                let id = scanned.product.id!
                wanted = ShopCounter.Model.adding(
                    id, pack: scanned.pack, packs: try await store.packs(of: [id])[id] ?? [], to: wanted)
            } else {
                model.query = query
                let found = try await store.list(search: query, limit: 20).filter(\.active)
                let stock = try await stockByProduct(tenant, found.map { $0.id! })
                let packs = try await store.packs(of: found.map { $0.id! })
                model.found = try found.map {
                    .init(
                        id: $0.id!, name: $0.name, unit: $0.unit,
                        price: try ProductStore.prices($0).price(for: buyerClass, quantity: Quantity.scale),
                        stock: stock[$0.id!] ?? 0, packs: packs[$0.id!] ?? [])
                }
            }
        }
        let products = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ wanted.map(\.product)).all().map {
                ($0.id!, $0)
            })
        let packs = try await store.packs(of: Array(products.keys))
        for line in wanted {
            guard let product = products[line.product] else { continue }
            let pack = line.pack.isEmpty ? nil : try? (packs[line.product] ?? []).named(line.pack)
            let count = try? Quantity.parse(line.quantity)
            let quantity = try? count.map { try pack?.base($0) ?? $0 }
            model.lines.append(
                .init(
                    productID: line.product, name: product.name, unit: product.unit, quantityText: line.quantity,
                    quantity: quantity,
                    price: try ProductStore.prices(product).price(for: buyerClass, quantity: quantity ?? Quantity.scale),
                    regulated: product.programmeID != nil, packs: packs[line.product] ?? [], pack: pack))
            // A pack renamed or gone since the line was added is said, never taken for the base unit.
            let reason: StoreError? =
                !line.pack.isEmpty && pack == nil
                ? .packUnknown
                : quantity == nil ? (count != nil && pack != nil ? .packNotWhole : .quantityInvalid) : nil
            if let reason { model.errors["line\(model.lines.count - 1)"] = catalogue.message(for: reason) }
        }
        if let nik = (try? NIK(values.buyerNik))?.digits ?? model.member?.nik {
            let left = try await allowances(tenant, Set(products.values.compactMap(\.programmeID)), nik, request.today())
            for index in model.lines.indices {
                let line = model.lines[index]
                guard let programme = products[line.productID]?.programmeID, let allowance = left[programme] else { continue }
                func amount(_ quantity: Int64) -> String { catalogue.format.quantity(quantity) + " " + line.unit }
                model.lines[index].allowance =
                    switch allowance {
                    case .notOnList: catalogue.notOnAllocationList
                    case .allocation(let remaining, let season): catalogue.allocationLeft(amount(remaining), season: season)
                    case .limit(let remaining): catalogue.limitLeft(amount(remaining))
                    }
            }
        }
        return model
    }

    private enum Allowance {
        case notOnList
        case allocation(remaining: Int64, season: String)
        case limit(remaining: Int64)
    }

    /// What `nik` may still take under each programme on `date`: the season's allocation left (or that the
    /// NIK is not on the list), or what the limit a period leaves.
    private func allowances(_ tenant: Tenant, _ ids: Set<UUID>, _ nik: String, _ date: CivilDate) async throws
        -> [UUID: Allowance]
    {
        var left: [UUID: Allowance] = [:]
        for (id, rules) in try await ProgrammeStore(tenant).rules(ids) {
            if rules.byAllocation {
                let standing = try await AllocationStore(tenant).standing(of: nik, in: id, on: date)
                left[id] =
                    if let standing, standing.allocated != nil {
                        .allocation(remaining: standing.remaining, season: standing.season)
                    } else {
                        .notOnList
                    }
            } else if let limit = rules.perBuyerLimit {
                let taken = try await SaleStore(tenant).taken(programme: id, nik: nik, in: rules.period.span(containing: date))
                left[id] = .limit(remaining: max(0, limit - taken))
            }
        }
        return left
    }

    private func stockByProduct(_ tenant: Tenant, _ ids: [UUID]) async throws -> [UUID: Int64] {
        guard !ids.isEmpty else { return [:] }
        return try await tenant.query(StockLevelRecord.self).filter(\.$productID ~~ ids).all()
            .reduce(into: [:]) { $0[$1.productID, default: 0] += $1.quantity }
    }

    func receipt(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let model = try await receiptModel(request, principal, request.parameters.get("id", as: UUID.self))
        return request.html(ShopReceipt.View.render(model, in: request.pageContext()))
    }

    private func receiptModel(_ request: Request, _ principal: Principal, _ id: UUID?) async throws -> ShopReceipt.Model {
        let tenant = try request.tenant()
        let store = SaleStore(tenant)
        let (sale, lines) = try await store.find(id)
        let products = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all().map {
                ($0.id!, $0)
            })
        var member: MemberRecord?
        if let id = sale.memberID { member = try await MemberStore(tenant).find(id) }
        var customer: StoreCustomerRecord?
        if let id = sale.customerID { customer = try await tenant.find(StoreCustomerRecord.self, id) }
        var consumer: ConsumerRecord?
        if let id = sale.consumerID { consumer = try await tenant.find(ConsumerRecord.self, id) }
        let unit = try await BusinessUnitStore(tenant).find(sale.unitID)
        let given = (try? request.query.get(String.self, at: "cash")).flatMap { Int64($0) }
        var model = ShopReceipt.Model(
            saleID: sale.id!, cooperativeName: principal.cooperativeName, unitName: unit.name, number: sale.number,
            soldAt: sale.soldAt, cashier: sale.cashierName, buyer: member?.name ?? customer?.name ?? consumer?.name,
            buyerPhone: member?.phone ?? customer?.phone ?? consumer?.phone, payment: sale.payment,
            lines: lines.map { line in
                .init(
                    productID: line.productID, name: products[line.productID]?.name ?? "",
                    unit: products[line.productID]?.unit ?? "", quantity: line.quantity, price: line.price, amount: line.amount,
                    returnable: line.sold.returnable,
                    pack: line.packName.flatMap { name in line.packCount.map { (name, $0) } })
            }, total: sale.total, cashGiven: given)
        model.voucher = sale.paidVoucher
        if sale.payment == .split {
            model.parts = SalePayment.refundOrder.reversed().filter { sale.split[$0] > 0 }.map { ($0, sale.split[$0]) }
        }
        model.returns = try await store.returns(of: sale.id!).map {
            .init(at: $0.returnedAt, by: $0.byName, reason: $0.reason, amount: $0.amount)
        }
        model.canReturn = principal.allows(.returnSales) && model.lines.contains { $0.returnable > 0 }
        model.canDeliver = principal.allows(.manageStock)
        return model
    }

    /// What the return form sends: a quantity for each line that may still come back, and why.
    struct ReturnForm: Content {
        var productId: [String]?
        var quantity: [String]?
        var reason: String?
        var action: String?
    }

    func giveBack(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.returnSales)
        let id = request.parameters.get("id", as: UUID.self)
        let form = try request.content.decode(ReturnForm.self)
        var model = try await receiptModel(request, principal, id)
        model.returnQuantities = form.quantity ?? []
        model.returnReason = form.reason ?? ""
        do {
            var quantities: [UUID: Int64]?
            if form.action != "all" {
                let filled = zip(form.productId ?? [], form.quantity ?? []).enumerated().filter {
                    !$0.element.1.trimmingCharacters(in: .whitespaces).isEmpty
                }
                guard !filled.isEmpty else { throw ShopPageError.nothingReturned }
                quantities = [:]
                let open = model.lines.filter { $0.returnable > 0 }
                for (index, (product, text)) in filled {
                    guard let productID = UUID(uuidString: product) else { throw AccessError.notFound }
                    do {
                        let quantity = try Quantity.parse(text)
                        if let line = open.first(where: { $0.productID == productID }), quantity > line.returnable {
                            throw StoreError.returnExceedsSale(available: line.returnable)
                        }
                        quantities?[productID] = quantity
                    } catch let error as StoreError {
                        throw ShopPageError.line(index, error)
                    }
                }
            }
            let text = request.booksText
            _ = try await SaleStore(request.tenant()).giveBack(
                SaleStore.Return(
                    saleID: model.saleID, quantities: quantities, reason: form.reason ?? "", date: request.today(),
                    at: request.application.clock.now()),
                describe: { text.returnDescription($0) }, referrals: ConsumerDay.texts, by: principal.actor)
            return request.redirect(to: SiteURL.shopSale(model.saleID).path, notice: "sale_returned")
        } catch let error as any DomainError {
            model.errors =
                switch error {
                case ShopPageError.nothingReturned: ["form": request.catalogue.returnNothingChosen]
                case ShopPageError.line(let index, let reason): ["line\(index)": request.catalogue.message(for: reason)]
                default: [error.field == "reason" ? "reason" : "form": request.catalogue.message(for: error)]
                }
            return request.html(
                ShopReceipt.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func products(_ request: Request) async throws -> Response {
        try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let onlyLow = (try? request.query.get(String.self, at: "low")) == "1"
        let products = try await ProductStore(tenant).list(search: nil, limit: 1000)
        let levels = try await tenant.query(StockLevelRecord.self).all()
        let stock = levels.reduce(into: [UUID: Int64]()) { $0[$1.productID, default: 0] += $1.quantity }
        let rows = products.map { product in
            let onHand = stock[product.id!] ?? 0
            return ShopProducts.Model.Row(
                name: product.name, unit: product.unit, stock: onHand, memberPrice: product.memberPrice,
                nonMemberPrice: product.nonMemberPrice, low: onHand <= product.reorderPoint, id: product.id)
        }
        var model = ShopProducts.Model(
            rows: onlyLow ? rows.filter(\.low) : rows, onlyLow: onlyLow, stockValue: levels.reduce(0) { $0 + $1.value })
        let today = try request.today()
        model.today = today
        model.canManage = try request.signedIn().allows(.manageStock)
        let names = Dictionary(uniqueKeysWithValues: products.map { ($0.id!, ($0.name, $0.unit)) })
        model.expiring = try await StockStore(tenant).expiring(by: today.adding(days: ShopProducts.Model.expiringWithin) ?? today)
            .compactMap { batch in
                names[batch.productID].map {
                    .init(name: $0.0, unit: $0.1, expiresOn: batch.expiresOn, quantity: batch.quantity)
                }
            }
        return request.html(ShopProducts.View.render(model, in: request.pageContext()))
    }
}

/// Refusals only the counter's page makes: cash short of the total, a line whose quantity does not read.
enum ShopPageError: DomainError, Equatable {
    case cashTooLittle
    case line(Int, StoreError)
    /// QRIS chosen at a unit whose merchant data is not set.
    case qrisNotSet
    /// The return form sent with no quantity filled in.
    case nothingReturned
    var code: String {
        switch self {
        case .cashTooLittle: "cash_too_little"
        case .qrisNotSet: "qris_not_set"
        case .nothingReturned: "no_lines"
        case .line(_, let error): error.code
        }
    }
    var field: String? {
        switch self {
        case .cashTooLittle: "cashGiven"
        case .qrisNotSet: "payment"
        default: "quantity"
        }
    }
    var kind: ErrorKind { .invalid }
}
