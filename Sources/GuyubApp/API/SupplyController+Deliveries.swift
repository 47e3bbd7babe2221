import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Deliveries through the API: vehicles, planning, the driver's steps with proof, and the files kept as proof.
extension SupplyController {
    /// `POST /api/v1/uploads` (the file as the body) → 201: a photo or a PDF, checked by its first bytes.
    func upload(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let bytes = request.body.data.map { Array($0.readableBytesView) } ?? []
        let upload = try await UploadStore(request.tenant()).keep(bytes, by: principal.actor)
        return try created(UploadDTO(id: upload.id!, contentType: upload.kind.contentType, size: upload.size))
    }

    /// `GET /api/v1/uploads/{id}`: the file as it was kept.
    func uploaded(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let upload = try await UploadStore(tenant).find(request.parameters.get("id", as: UUID.self))
        try await Self.checkReadable(upload, by: principal, tenant)
        return Self.serve(upload)
    }

    /// Refuses a claim's receipt to anyone but its claimant and those who decide or pay claims (as if it did
    /// not exist): a receipt says what someone spent.
    static func checkReadable(_ upload: UploadRecord, by principal: Principal, _ tenant: Tenant) async throws {
        guard !seesAllClaims(principal) else { return }
        let claims = try await tenant.query(ExpenseClaimRecord.self).filter(\.$receiptID == upload.id!).all()
        if !claims.isEmpty, !claims.contains(where: { $0.claimantUserID == principal.actor.userID }) {
            throw AccessError.notFound
        }
    }

    /// The file's bytes with its type, kept privately by the browser for a day.
    static func serve(_ upload: UploadRecord) -> Response {
        var headers = HTTPHeaders()
        let type = upload.kind.contentType.split(separator: "/").map(String.init)
        headers.contentType = HTTPMediaType(type: type[0], subType: type[1])
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=86400")
        return Response(status: .ok, headers: headers, body: .init(data: upload.data))
    }

    func vehicles(_ request: Request) async throws -> [VehicleDTO] {
        _ = try request.authorize(.viewStore)
        return try await DeliveryStore(request.tenant()).vehicles().map { VehicleDTO(id: $0.id!, name: $0.name, plate: $0.plate) }
    }

    func addVehicle(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(VehicleInput.self)
        let name: String
        do { name = try FieldRules.required(input.name, field: "name", max: FieldLimit.name) } catch {
            throw SupplyError.field(error)
        }
        let vehicle = try await DeliveryStore(request.tenant()).addVehicle(
            name: name, plate: try Self.text(input.plate, field: "plate", max: 20), by: principal.actor)
        return try created(VehicleDTO(id: vehicle.id!, name: vehicle.name, plate: vehicle.plate))
    }

    static func delivery(_ d: DeliveryRecord, for principal: Principal, decimals: Int) -> DeliveryRunDTO {
        let driver = d.driverUserID != nil && d.driverUserID == principal.actor.userID
        return DeliveryRunDTO(
            id: d.id!, number: d.number, goods: d.goods, destination: d.destination, recipient: d.recipient,
            plannedOn: d.plannedOn.description, saleId: d.saleID, customerId: d.customerID, orderId: d.orderID,
            vehicleId: d.vehicleID, driverId: d.driverUserID, driverName: d.driverName, status: d.status.rawValue,
            fee: Amount.string(d.fee, decimals: decimals), feePaidBy: d.feePaidBy.rawValue, receivedBy: d.receivedBy,
            note: d.note, photoId: d.photoID, finishedOn: d.finishedOn?.description,
            onTime: d.status == .delivered ? d.finishedOn.map { $0 <= d.plannedOn } : nil,
            actions: d.status.allowed(driver: driver, manager: principal.allows(.manageStock)).map(\.rawValue))
    }

    /// `GET /api/v1/deliveries?mine=true`: the latest first; `mine`, the signed-in driver's.
    func deliveries(_ request: Request) async throws -> [DeliveryRunDTO] {
        let principal = try request.authorize(.viewStore)
        var mine = false
        if let given = try request.queryValue("mine") {
            guard let read = Bool(given) else { throw FieldError.invalidChoice("mine") }
            mine = read
        }
        return try await DeliveryStore(request.tenant()).all(driver: mine ? principal.actor.userID ?? UUID() : nil).map {
            Self.delivery($0, for: principal, decimals: principal.decimals)
        }
    }

    func delivery(_ request: Request) async throws -> DeliveryRunDTO {
        let principal = try request.authorize(.viewStore)
        let delivery = try await DeliveryStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        return Self.delivery(delivery, for: principal, decimals: principal.decimals)
    }

    /// `POST /api/v1/deliveries {"goods","destination","recipient","plannedOn"?,…}` → 201.
    func planDelivery(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let input = try request.content.decode(DeliveryPlanInput.self)
        func required(_ value: String?, _ field: String, max: Int) throws -> String {
            do { return try FieldRules.required(value, field: field, max: max) } catch { throw SupplyError.field(error) }
        }
        var driver: (id: UUID, name: String)?
        if let id = input.driverId {
            guard let found = try await StoreController.staff(in: tenant).first(where: { $0.id == id }) else {
                throw AccessError.notFound
            }
            driver = found
        }
        var fee: Int64 = 0
        if let text = input.fee?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do { fee = try Amount.parse(text, decimals: principal.decimals) } catch { throw SupplyError.amountInvalid("fee") }
        }
        var paidBy = DeliveryFee.cooperative
        if let given = input.feePaidBy {
            guard let read = DeliveryFee(rawValue: given) else { throw SupplyError.field(.invalidChoice("feePaidBy")) }
            paidBy = read
        }
        let delivery = try await DeliveryStore(tenant).plan(
            .init(
                goods: try required(input.goods, "goods", max: FieldLimit.note),
                destination: try required(input.destination, "destination", max: FieldLimit.address),
                recipient: try required(input.recipient, "recipient", max: FieldLimit.name),
                plannedOn: try StoreController.date(input.plannedOn, field: "plannedOn") ?? request.today(),
                saleID: input.saleId, customerID: input.customerId, orderID: input.orderId, vehicleID: input.vehicleId,
                driver: driver, fee: fee, feePaidBy: paidBy), by: principal.actor)
        return try created(Self.delivery(delivery, for: principal, decimals: principal.decimals))
    }

    /// `POST /api/v1/deliveries/{id}/depart|deliver|fail|replan {"receivedBy"?,"note"?,"photoId"?}`.
    func moveDelivery(_ action: DeliveryAction) -> @Sendable (Request) async throws -> DeliveryRunDTO {
        { request in
            let principal = try request.authorize(.viewStore)
            let input = try request.content.decode(DeliveryStepInput.self)
            let store = try DeliveryStore(request.tenant())
            let id = try await store.find(request.parameters.get("id", as: UUID.self)).id
            let delivery = try await store.act(
                action, on: id, receivedBy: try Self.text(input.receivedBy, field: "receivedBy", max: FieldLimit.name),
                note: try Self.text(input.note, field: "note", max: FieldLimit.note), photo: input.photoId,
                manager: principal.allows(.manageStock), on: request.today(), at: request.application.clock.now(),
                description: request.booksText.deliveryFee(try await store.find(id).number), by: principal.actor)
            return Self.delivery(delivery, for: principal, decimals: principal.decimals)
        }
    }
}
