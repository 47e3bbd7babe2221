import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Deliveries in the browser: the driver's phone (their deliveries and the next step of each, with a photo
/// as proof) and the manager's planning.
extension SupplyPages {
    func deliveries(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        var model = try await deliveriesModel(request)
        if model.canPlan {
            func id(_ name: String) throws -> UUID? {
                guard let given = try request.queryValue(name) else { return nil }
                guard let id = UUID(uuidString: given) else { throw AccessError.notFound }
                return id
            }
            (model.values, model.source) = try await planned(
                sale: try id("sale"), customer: try id("customer"), order: try id("order"), try request.tenant(),
                request.catalogue)
        }
        return request.html(SupplyDeliveries.View.render(model, in: request.pageContext()))
    }

    /// What a delivery of a sale, to a credit customer or of an order between units starts with: the goods,
    /// who takes them and where, and a line saying what it is for.
    private func planned(sale: UUID?, customer: UUID?, order: UUID?, _ tenant: Tenant, _ text: Catalogue) async throws
        -> (values: [String: String], source: String?)
    {
        func goods(_ lines: [(productID: UUID, quantity: Int64)]) async throws -> String {
            let products = Dictionary(
                uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all()
                    .map { ($0.id!, $0) })
            let listed = lines.compactMap { line in
                products[line.productID].map { "\(text.format.quantity(line.quantity)) \($0.unit) \($0.name)" }
            }.joined(separator: ", ")
            return String(listed.prefix(FieldLimit.note))
        }
        var values: [String: String] = [:]
        var source: String?
        var customerID = customer
        if let sale {
            let (record, lines) = try await SaleStore(tenant).find(sale)
            values["saleId"] = record.id!.uuidString.lowercased()
            values["goods"] = try await goods(lines.map { ($0.productID, $0.quantity) })
            source = text.deliveryOfSale(record.number)
            if let member = record.memberID {
                let found = try await MemberStore(tenant).find(member)
                (values["recipient"], values["destination"]) = (found.name, found.address)
            }
            customerID = customerID ?? record.customerID
        }
        if let customerID {
            let found = try await StoreCustomerStore(tenant).find(customerID)
            values["customerId"] = customerID.uuidString.lowercased()
            values["recipient"] = found.name
            if let member = found.memberID { values["destination"] = try await MemberStore(tenant).find(member).address }
            source = source ?? text.deliveryToCustomer(found.name)
        }
        if let order {
            let store = PurchaseStore(tenant)
            let record = try await store.find(order)
            values["orderId"] = record.id!.uuidString.lowercased()
            values["goods"] = try await goods(
                (try await store.lines(of: [record.id!])[record.id!] ?? []).map {
                    ($0.productID, $0.quantity)
                })
            values["destination"] = try await BusinessUnitStore(tenant).find(record.unitID).name
            source = text.deliveryOfOrder(record.number)
        }
        return (values, source)
    }

    private func deliveriesModel(_ request: Request) async throws -> SupplyDeliveries.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = DeliveryStore(tenant)
        let manager = principal.allows(.manageStock)
        func row(_ d: DeliveryRecord) -> SupplyDeliveries.Model.Delivery {
            let driver = d.driverUserID != nil && d.driverUserID == principal.actor.userID
            return .init(
                id: d.id!, number: d.number, goods: d.goods, destination: d.destination, recipient: d.recipient,
                plannedOn: d.plannedOn, driver: d.driverName, status: d.status, fee: d.fee, feePaidBy: d.feePaidBy,
                receivedBy: d.receivedBy, note: d.note, hasPhoto: d.photoID != nil,
                actions: d.status.allowed(driver: driver, manager: manager).filter { $0 != .replan })
        }
        let mine = try await store.all(driver: principal.actor.userID ?? UUID(), limit: 50)
            .filter { $0.status == .planned || $0.status == .onTheWay }.sorted { $0.number < $1.number }
        return SupplyDeliveries.Model(
            mine: mine.map(row), all: try await store.all(limit: 100).map(row), canPlan: manager,
            drivers: manager ? try await StoreController.staff(in: tenant) : [],
            vehicles: manager ? try await store.vehicles().map { ($0.id!, $0.name) } : [])
    }

    struct PlanForm: Content {
        var goods: String?
        var destination: String?
        var recipient: String?
        var plannedOn: String?
        var driverId: String?
        var vehicleId: String?
        var fee: String?
        var feePaidBy: String?
        var saleId: String?
        var customerId: String?
        var orderId: String?
    }

    func planDelivery(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let form = try request.content.decode(PlanForm.self)
        do {
            func required(_ value: String?, _ field: String, max: Int) throws -> String {
                do { return try FieldRules.required(value, field: field, max: max) } catch { throw SupplyError.field(error) }
            }
            // What the delivery is for, as the page that led here set it.
            func reference(_ value: String?) throws -> UUID? {
                guard let value, !value.isEmpty else { return nil }
                guard let id = UUID(uuidString: value) else { throw AccessError.notFound }
                return id
            }
            var driver: (id: UUID, name: String)?
            if let id = UUID(uuidString: form.driverId ?? "") {
                guard let found = try await StoreController.staff(in: tenant).first(where: { $0.id == id }) else {
                    throw AccessError.notFound
                }
                driver = found
            }
            var fee: Int64 = 0
            if let text = form.fee, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                do { fee = try Amount.parse(text, decimals: principal.decimals) } catch { throw SupplyError.amountInvalid("fee") }
            }
            _ = try await DeliveryStore(tenant).plan(
                .init(
                    goods: try required(form.goods, "goods", max: FieldLimit.note),
                    destination: try required(form.destination, "destination", max: FieldLimit.address),
                    recipient: try required(form.recipient, "recipient", max: FieldLimit.name),
                    plannedOn: try StoreController.date(form.plannedOn, field: "plannedOn") ?? request.today(),
                    saleID: try reference(form.saleId), customerID: try reference(form.customerId),
                    orderID: try reference(form.orderId), vehicleID: UUID(uuidString: form.vehicleId ?? ""), driver: driver,
                    fee: fee,
                    feePaidBy: DeliveryFee(rawValue: form.feePaidBy ?? "") ?? .cooperative), by: principal.actor)
            return request.redirect(to: SiteURL.supplyDeliveries.path, notice: "delivery_planned")
        } catch let error as any DomainError {
            var model = try await deliveriesModel(request)
            model.values = [
                "goods": form.goods ?? "", "destination": form.destination ?? "", "recipient": form.recipient ?? "",
                "plannedOn": form.plannedOn ?? "", "driverId": form.driverId ?? "", "vehicleId": form.vehicleId ?? "",
                "fee": form.fee ?? "", "feePaidBy": form.feePaidBy ?? "", "saleId": form.saleId ?? "",
                "customerId": form.customerId ?? "", "orderId": form.orderId ?? "",
            ]
            return Self.refused(error, fields: ["goods", "destination", "recipient", "plannedOn", "fee"], request) {
                model.errors = $0
                return SupplyDeliveries.View.render(model, in: request.pageContext())
            }
        }
    }

    struct StepForm: Content {
        var receivedBy: String?
        var note: String?
        var photo: File?
    }

    func moveDelivery(_ request: Request, _ action: DeliveryAction) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let store = DeliveryStore(tenant)
        let delivery = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(StepForm.self)
        do {
            var photo: UUID?
            if let file = form.photo, file.data.readableBytes > 0 {
                photo = try await UploadStore(tenant).keep(Array(file.data.readableBytesView), by: principal.actor).id
            }
            _ = try await store.act(
                action, on: delivery.id,
                receivedBy: try SupplyController.text(form.receivedBy, field: "receivedBy", max: FieldLimit.name),
                note: try SupplyController.text(form.note, field: "note", max: FieldLimit.note), photo: photo,
                manager: principal.allows(.manageStock), on: request.today(), at: request.application.clock.now(),
                description: request.booksText.deliveryFee(delivery.number), by: principal.actor)
            return request.redirect(to: SiteURL.supplyDeliveries.path, notice: "delivery_\(action.rawValue)")
        } catch let error as any DomainError {
            var model = try await deliveriesModel(request)
            model.failed = delivery.id
            return Self.refused(error, fields: ["receivedBy", "note", "file"], request) {
                model.errors = $0
                return SupplyDeliveries.View.render(model, in: request.pageContext())
            }
        }
    }
}
