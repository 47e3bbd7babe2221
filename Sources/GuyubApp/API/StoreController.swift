import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The shop through the API: products and their stock, goods received, sales at the counter, the
/// state-regulated programmes and the customers who buy on credit.
struct StoreController {
    func products(_ request: Request) async throws -> [ProductDTO] {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        // A search that cannot be read is refused, not taken for none.
        let asked = try request.query.get(String?.self, at: "q")
        let search: String
        do { search = try FieldRules.within(asked, field: "q", max: FieldLimit.name) } catch { throw StoreError.field(error) }
        let products = try await ProductStore(tenant).list(search: search)
        let levels = Dictionary(
            grouping: try await tenant.query(StockLevelRecord.self).filter(\.$productID ~~ products.map { $0.id! }).all(),
            by: \.productID)
        let packs = try await ProductStore(tenant).packs(of: products.map { $0.id! })
        return try products.map {
            try ProductDTO($0, levels: levels[$0.id!] ?? [], packs: packs[$0.id!] ?? [], decimals: principal.decimals)
        }
    }

    /// `POST /api/v1/store/products {"name","unit","memberPrice","nonMemberPrice","barcode"?,"programme"?}`.
    func createProduct(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(ProductInput.self).read(decimals: principal.decimals)
        let product = try await ProductStore(request.tenant()).create(input, today: request.today(), by: principal.actor)
        return try created(try ProductDTO(product, levels: [], packs: input.packs ?? [], decimals: principal.decimals))
    }

    func product(_ request: Request) async throws -> ProductDTO {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let product = try await ProductStore(tenant).find(request.parameters.get("id", as: UUID.self))
        return try await Self.detail(product, tenant, decimals: principal.decimals)
    }

    /// A product with its stock in each unit and its batches by expiry date.
    static func detail(_ product: ProductRecord, _ tenant: Tenant, decimals: Int) async throws -> ProductDTO {
        var dto = try ProductDTO(
            product, levels: try await StockStore(tenant).levels(of: product.id!),
            packs: try await ProductStore(tenant).packs(of: [product.id!])[product.id!] ?? [], decimals: decimals)
        dto.batches = try await StockStore(tenant).batches(of: product.id!).map {
            ProductDTO.Batch(
                unitId: $0.unitID, expiresOn: $0.expiresOn == Batch.noExpiry ? nil : $0.expiresOn.description,
                quantity: Quantity.string($0.quantity))
        }
        return dto
    }

    /// A line's pack by name; none when left out or blank.
    static func pack(_ text: String?) throws -> String? {
        try FieldRules.optional(text, field: "pack", max: FieldLimit.productUnit)
    }

    /// An optional day, as people write it.
    static func date(_ text: String?, field: String) throws -> CivilDate? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let date = WrittenDate.parse(text) else { throw StoreError.field(.invalidDate(field)) }
        return date
    }

    /// `PUT /api/v1/store/products/{id}`: the whole product again (prices above a ceiling refused).
    func updateProduct(_ request: Request) async throws -> ProductDTO {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        // Another cooperative's product is not found, whatever the body says.
        let id = try await ProductStore(tenant).find(request.parameters.get("id", as: UUID.self)).id!
        let body = try request.content.decode(ProductInput.self)
        let product = try await ProductStore(tenant).update(
            id, body.read(decimals: principal.decimals),
            active: body.active ?? true, today: request.today(), by: principal.actor)
        return try await Self.detail(product, tenant, decimals: principal.decimals)
    }

    /// `POST /api/v1/store/receipts {"lines":[{"productId","quantity","unitCost"}],"unitId"?,"supplier"?}`.
    func receive(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(ReceiptInput.self)
        let lines = try (input.lines ?? []).map { line in
            StockStore.ReceiptLine(
                productID: try FieldRules.present(line.productId, field: "productId"),
                quantity: try Quantity.parse(line.quantity),
                unitCost: try Self.price(line.unitCost, field: "unitCost", decimals: principal.decimals),
                expiresOn: try Self.date(line.expiresOn, field: "expiresOn"), pack: try Self.pack(line.pack))
        }
        let supplier = try FieldRules.optional(input.supplier, field: "supplier", max: FieldLimit.name)
        let tenant = try request.tenant()
        let receipt = try await StockStore(tenant).receive(
            lines, unitID: input.unitId, supplier: supplier, on: request.today(),
            description: request.booksText.goodsReceived(from: supplier), by: principal.actor)
        let levels = Dictionary(
            uniqueKeysWithValues: try await tenant.query(StockLevelRecord.self).filter(\.$unitID == receipt.unitID)
                .filter(\.$productID ~~ lines.map(\.productID)).all().map { ($0.productID, $0) })
        // What each line came to in base units and cost, as booked.
        let moved = Dictionary(
            uniqueKeysWithValues: try await tenant.query(StockMovementRecord.self).filter(\.$sourceID == receipt.id!).all().map {
                ($0.productID, $0)
            })
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return try created(
            ReceiptDTO(
                id: receipt.id!, unitId: receipt.unitID, date: receipt.receivedOn.description, supplier: receipt.supplier,
                total: money(receipt.total), entryId: receipt.entryID,
                lines: lines.map { line in
                    let level = levels[line.productID]
                    return ReceiptDTO.Line(
                        productId: line.productID, quantity: Quantity.string(moved[line.productID]?.quantity ?? 0),
                        cost: money(moved[line.productID]?.value ?? 0),
                        stock: Quantity.string(level?.quantity ?? 0), averageCost: money(level?.position.averageCost ?? 0))
                }))
    }

    /// `POST /api/v1/store/sales {"lines":[{"productId","quantity"}],"memberId"?,"buyerNik"?,"payment"}`.
    func sell(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let input = try request.content.decode(SaleInput.self)
        let lines = try (input.lines ?? []).map { line in
            SaleStore.Line(
                productID: try FieldRules.present(line.productId, field: "productId"),
                quantity: try Quantity.parse(line.quantity),
                pack: try Self.pack(line.pack))
        }
        guard let paymentText = input.payment, !paymentText.isEmpty else { throw StoreError.field(.required("payment")) }
        guard let payment = PaymentMethod(rawValue: paymentText) else { throw StoreError.field(.invalidChoice("payment")) }
        let parts = try (input.payments ?? []).map { part in
            guard let method = part.method.flatMap(PaymentMethod.init(rawValue:)) else {
                throw StoreError.field(.invalidChoice("payments"))
            }
            guard let text = part.amount, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                return (method: method, amount: Int64?.none)
            }
            return (method: method, amount: Int64?.some(try Self.price(text, field: "payments", decimals: principal.decimals)))
        }
        var nik: NIK?
        if let text = input.buyerNik?.trimmingCharacters(in: .whitespaces), !text.isEmpty { nik = try NIK(text) }
        var madeAt: Date?
        if let text = input.madeAt, !text.isEmpty {
            guard let date = Self.instant(text) else { throw StoreError.field(.invalidTime("madeAt")) }
            madeAt = date
        }
        var expected: Int64?
        if let text = input.expectedTotal, !text.isEmpty {
            do { expected = try Amount.parse(text, decimals: principal.decimals) } catch {
                throw StoreError.priceInvalid("expectedTotal")
            }
        }
        let booked = try SaleTime.booked(
            madeAt: madeAt, now: request.application.clock.now(), in: try request.signedIn().timeZone)
        let text = request.booksText
        let (sale, saleLines) = try await SaleStore(request.tenant()).sell(
            SaleStore.Request(
                lines: lines, memberID: input.memberId, customerID: input.customerId, buyerNIK: nik, payment: payment,
                unitID: input.unitId, date: booked.on, at: booked.at, expectedTotal: expected, parts: parts,
                consumerID: input.consumerId, voucherCode: input.voucherCode),
            describe: { text.saleDescription($0) }, by: principal.actor)
        return try created(SaleDTO(sale, lines: saleLines, decimals: principal.decimals))
    }

    func sale(_ request: Request) async throws -> SaleDTO {
        let principal = try request.authorize(.viewStore)
        let (sale, lines) = try await SaleStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        return SaleDTO(sale, lines: lines, decimals: principal.decimals)
    }

    /// `POST /api/v1/store/sales/{id}/returns {"lines"?:[{"productId","quantity"}],"reason"}`: goods back, or the
    /// whole sale undone when no lines are given.
    func giveBack(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.returnSales)
        let tenant = try request.tenant()
        let saleID = try request.parameters.get("id", as: UUID.self)
        let (sale, _) = try await SaleStore(tenant).find(saleID)
        let input = try request.content.decode(SaleReturnInput.self)
        var quantities: [UUID: Int64]?
        if let lines = input.lines {
            quantities = [:]
            for line in lines {
                let product = try FieldRules.present(line.productId, field: "productId")
                guard quantities?[product] == nil else { throw StoreError.duplicateLine }
                quantities?[product] = try Quantity.parse(line.quantity)
            }
        }
        let text = request.booksText
        let (record, lines) = try await SaleStore(tenant).giveBack(
            SaleStore.Return(
                saleID: sale.id!, quantities: quantities, reason: input.reason ?? "", date: request.today(),
                at: request.application.clock.now()),
            describe: { text.returnDescription($0) }, referrals: ConsumerDay.texts, by: principal.actor)
        return try created(SaleReturnDTO(record, lines: lines, decimals: principal.decimals))
    }

    /// `POST /api/v1/store/adjustments {"productId","reason","quantity","unitCost"?,"unitId"?}`: damaged, expired,
    /// lost or found goods, or a count that sets the stock.
    func adjust(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(AdjustmentInput.self)
        let productID = try FieldRules.present(input.productId, field: "productId")
        guard let text = input.reason, let reason = AdjustmentReason(rawValue: text) else {
            throw StoreError.field(.invalidChoice("reason"))
        }
        // A count may find none left.
        let quantity =
            reason == .count && input.quantity?.trimmingCharacters(in: .whitespaces) == "0"
            ? 0 : try Quantity.parse(input.quantity)
        var unitCost: Int64?
        if let text = input.unitCost, !text.isEmpty {
            unitCost = try Self.price(text, field: "unitCost", decimals: principal.decimals)
        }
        let tenant = try request.tenant()
        let product = try await ProductStore(tenant).find(productID)
        let result = try await StockStore(tenant).adjust(
            productID, unitID: input.unitId, reason: reason, quantity: quantity, unitCost: unitCost,
            expiresOn: try Self.date(input.expiresOn, field: "expiresOn"), on: request.today(),
            description: request.booksText.stockAdjusted(product.name, reason), by: principal.actor)
        return try created(
            StockChangeDTO(
                productId: productID, unitId: result.level.unitID, quantity: Quantity.string(result.change),
                value: Amount.string(result.value, decimals: principal.decimals), stock: Quantity.string(result.level.quantity),
                entryId: result.entry))
    }

    /// `POST /api/v1/store/transfers {"productId","quantity","toUnitId","fromUnitId"?}`.
    func transfer(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(StockTransferInput.self)
        let productID = try FieldRules.present(input.productId, field: "productId")
        let toID = try FieldRules.present(input.toUnitId, field: "toUnitId")
        let quantity = try Quantity.parse(input.quantity)
        let tenant = try request.tenant()
        let product = try await ProductStore(tenant).find(productID)
        let to = try await BusinessUnitStore(tenant).find(toID)
        let result = try await StockStore(tenant).transfer(
            productID, quantity: quantity, from: input.fromUnitId, to: toID, on: request.today(),
            description: request.booksText.stockMoved(product.name, to: to.name), by: principal.actor)
        let level = try await StockStore(tenant).levels(of: [productID], in: toID)[productID]!
        return try created(
            StockChangeDTO(
                productId: productID, unitId: toID, quantity: Quantity.string(quantity),
                value: Amount.string(result.value, decimals: principal.decimals), stock: Quantity.string(level.quantity),
                entryId: result.entry))
    }

    func programmes(_ request: Request) async throws -> [ProgrammeDTO] {
        let principal = try request.authorize(.viewStore)
        let store = ProgrammeStore(try request.tenant())
        let programmes = try await store.all()
        let ceilings = try await store.ceilings(programmes.map { $0.id! })
        let today = try request.today()
        return programmes.map { Self.programme($0, ceilings: ceilings[$0.id!] ?? [], today: today, decimals: principal.decimals) }
    }

    /// `POST /api/v1/store/programmes {"name","priceCeiling","perBuyerLimit"?,"period"?}`.
    func createProgramme(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(ProgrammeInput.self)
        let name = try FieldRules.required(input.name, field: "name", max: FieldLimit.name)
        let ceiling = try Self.price(input.priceCeiling, field: "priceCeiling", decimals: principal.decimals)
        let today = try request.today()
        var from = today
        if let text = input.effectiveFrom, !text.isEmpty {
            guard let date = WrittenDate.parse(text) else { throw StoreError.field(.invalidDate("effectiveFrom")) }
            from = date
        }
        var limit: Int64?
        if let text = input.perBuyerLimit, !text.isEmpty { limit = try Quantity.parse(text) }
        var period = LimitPeriod.day
        if let text = input.period, !text.isEmpty {
            guard let chosen = LimitPeriod(rawValue: text) else { throw StoreError.field(.invalidChoice("period")) }
            period = chosen
        }
        let programme = try await ProgrammeStore(request.tenant()).create(
            name: name, ceiling: ceiling, effectiveFrom: from, requiresBuyerID: input.requiresBuyerId ?? true,
            perBuyerLimit: limit, period: period, byAllocation: input.byAllocation ?? false, by: principal.actor)
        return try created(
            Self.programme(
                programme, ceilings: [PriceCeiling(effectiveFrom: from, price: ceiling)], today: today,
                decimals: principal.decimals))
    }

    /// `POST /api/v1/store/customers {"name","customerClass","creditLimit","phone"?,"memberId"?}`.
    func createCustomer(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(CustomerInput.self)
        let name = try FieldRules.required(input.name, field: "name", max: FieldLimit.name)
        var phone: String?
        if let text = input.phone?.trimmingCharacters(in: .whitespaces), !text.isEmpty { phone = try PhoneNumber(text).e164 }
        guard let classText = input.customerClass, let customerClass = CustomerClass(rawValue: classText) else {
            throw StoreError.field(.invalidChoice("customerClass"))
        }
        let limit: Int64
        do { limit = try Amount.parse(input.creditLimit ?? "0", decimals: principal.decimals) } catch {
            throw StoreError.priceInvalid("creditLimit")
        }
        guard limit >= 0, limit <= Amount.ceiling else { throw StoreError.priceInvalid("creditLimit") }
        let customer = try await StoreCustomerStore(request.tenant()).register(
            name: name, phone: phone, customerClass: customerClass, memberID: input.memberId, creditLimit: limit,
            by: principal.actor)
        return try created(CustomerDTO(customer, decimals: principal.decimals))
    }

    /// `POST /api/v1/store/customers/{id}/payments {"amount","channel"?}`.
    func customerPayment(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let store = try StoreCustomerStore(request.tenant())
        let id = try request.parameters.get("id", as: UUID.self)
        _ = try await store.find(id)
        let input = try request.content.decode(CustomerPaymentInput.self)
        let amount = try Self.price(input.amount, field: "amount", decimals: principal.decimals)
        guard let channel = PaymentChannel(rawValue: input.channel ?? "cash") else {
            throw StoreError.field(.invalidChoice("channel"))
        }
        let (payment, customer) = try await store.receive(
            amount, from: id, channel: channel, on: request.today(), at: request.application.clock.now(),
            description: request.booksText.customerPaid(try await store.find(id).name), by: principal.actor)
        return try created(CustomerPaymentDTO(payment, customer: customer, decimals: principal.decimals))
    }

    func customers(_ request: Request) async throws -> [CustomerDTO] {
        let principal = try request.authorize(.viewStore)
        return try await StoreCustomerStore(request.tenant()).all().map { CustomerDTO($0, decimals: principal.decimals) }
    }

    /// An instant as ISO 8601 writes it, with or without fractions of a second (a browser's
    /// `toISOString()` writes milliseconds).
    static func instant(_ text: String) -> Date? {
        let whole = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return whole.date(from: text) ?? fractional.date(from: text)
    }

    /// A price or a cost: required, above zero.
    static func price(_ text: String?, field: String, decimals: Int) throws -> Int64 {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.field(.required(field)) }
        do { return try Amount.positive(text, decimals: decimals) } catch { throw StoreError.priceInvalid(field) }
    }

    static func programme(_ record: ProgrammeRecord, ceilings: [PriceCeiling], today: CivilDate, decimals: Int) -> ProgrammeDTO {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        let rules = ProgrammeRules(
            ceilings: ceilings, requiresBuyerID: record.requiresBuyerID, perBuyerLimit: record.perBuyerLimit,
            period: record.period, byAllocation: record.byAllocation)
        return ProgrammeDTO(
            id: record.id!, name: record.name, priceCeiling: rules.ceiling(on: today).map(money),
            ceilings: ceilings.map {
                ProgrammeDTO.Ceiling(effectiveFrom: $0.effectiveFrom.description, price: money($0.price), region: $0.region)
            },
            perBuyerLimit: record.perBuyerLimit.map(Quantity.string), period: record.period.rawValue,
            requiresBuyerId: record.requiresBuyerID, byAllocation: record.byAllocation)
    }
}
