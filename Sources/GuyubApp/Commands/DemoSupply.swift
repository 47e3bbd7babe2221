import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The demo cooperative's buying, this month (earlier months are closed): suppliers of each kind — a
/// wholesaler on 30 days' credit, a grocer paid on delivery, its own warehouse, and a villager whose snacks
/// are sold on consignment; members' rice harvest weighed into the warehouse, milled there and ordered by
/// the outlet; an order on credit half received and partly paid, another waiting for the rest; deliveries to
/// warung for the driver; the treasurer's claim for a trip to the district office; chillies in cold storage.
enum DemoSupply {
    /// The smallest PNG (one pixel), standing for the photo of the treasurer's bus ticket.
    static let ticket: [UInt8] = Array(
        Data(
            base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
        )!)

    static func seed(
        _ tenant: Tenant, today: CivilDate, chair: Actor, treasurer: Actor, driver: Actor, members: [MemberRecord]
    ) async throws {
        let books = Catalogue(.id)
        let units = try await BusinessUnitStore(tenant).all()
        let outlet = units.first { $0.kind == .grocery }!
        let warehouse = units.first { $0.kind == .warehouse }!
        let logistics = units.first { $0.kind == .logistics }!
        if let user = driver.userID {
            _ = try await BusinessUnitStore(tenant).assign(
                [(user, driver.name)], to: logistics.id!, names: [user: driver.name], by: chair)
        }
        try await SettingsStore(tenant).setPurchasing(PurchasingSettings(approvalAbove: 5_000_000), by: chair)
        let suppliers = SupplierStore(tenant)
        let wholesaler = try await suppliers.add(
            name: "UD Sumber Rejeki", phone: "+6281329001122", terms: .credit, creditDays: 30, unitID: nil, by: treasurer)
        _ = try await suppliers.add(
            name: "Toko Grosir Makmur", phone: "+6281327004455", terms: .cod, creditDays: nil, unitID: nil, by: treasurer)
        let gudang = try await suppliers.add(
            name: "Gudang Koperasi", phone: nil, terms: .cash, creditDays: nil, unitID: warehouse.id, by: treasurer)
        let villager = try await suppliers.add(
            name: "Bu Sri Keripik", phone: "+6285640007788", terms: .cash, creditDays: nil, unitID: nil, by: treasurer)

        let products = ProductStore(tenant)
        let all = try await tenant.query(ProductRecord.self).all()
        let rice = all.first { $0.name == "Beras Medium" }!
        let sugar = all.first { $0.name == "Gula Pasir Kemasan 1 kg" }!
        let oil = all.first { $0.name == "Minyak Goreng Pouch 2 L" }!
        for (product, cost) in [(rice, Int64(11_000)), (sugar, 15_500), (oil, 33_000)] {
            try await suppliers.setPrice(cost, of: product.id!, at: wholesaler.id!, on: today, by: treasurer)
        }

        // Members' harvest: gabah weighed into the warehouse at the day's price by grade, most paid to savings.
        let gabah = try await products.create(
            ProductStore.Input(
                name: "Gabah Kering Panen", category: "Hasil panen", unit: "kg", barcode: nil,
                prices: PriceList(memberPrice: 7_000, nonMemberPrice: 7_200), programmeID: nil, reorderPoint: 0,
                unitID: warehouse.id), today: today, by: treasurer)
        let farmers = members.prefix(8)
        for (index, member) in farmers.enumerated() {
            let grade: ProduceGrade = index % 3 == 0 ? .a : .b
            let kilos = Int64(400 + 100 * index)
            _ = try await ProduceStore(tenant).take(
                .init(
                    memberID: member.id!, productID: gabah.id!, quantity: kilos * Quantity.scale,
                    price: grade == .a ? 6_800 : 6_500, grade: grade, payment: index == 7 ? .cash : .savings,
                    unitID: warehouse.id), on: today, description: books.produceTaken(from: member.name), by: treasurer)
        }
        // Milled at the village mill for Rp 100 a kilo: 5.000 kg of the 6.000 kg gives 3.150 kg of beras (63 %).
        _ = try await ProcessingStore(tenant).run(
            input: (gabah.id!, 5_000 * Quantity.scale), output: (rice.id!, 3_150 * Quantity.scale), cost: 500_000,
            unitID: warehouse.id, on: today, description: books.processed(gabah.name, into: rice.name), by: treasurer)
        // The outlet orders 500 kg of it from the warehouse at Rp 11.500 a kilo.
        let purchases = PurchaseStore(tenant)
        let internalOrder = try await purchases.raise(
            [.init(productID: rice.id!, quantity: 500 * Quantity.scale, unitCost: 11_500)], to: gudang.id, unitID: outlet.id,
            note: "Beras hasil panen anggota", on: today, by: treasurer)
        _ = try await purchases.approve(internalOrder.id, on: today, by: chair)
        _ = try await purchases.receive(
            [.init(productID: rice.id!, quantity: 500 * Quantity.scale)], against: internalOrder.id, allowOver: false,
            on: today, description: books.orderReceived(internalOrder.number, from: gudang.name), by: treasurer)

        // Sugar and oil on credit: half came, the rest is awaited (the browser walk receives some of it).
        let credit = try await purchases.raise(
            [
                .init(productID: sugar.id!, quantity: 200 * Quantity.scale, unitCost: 15_500),
                .init(productID: oil.id!, quantity: 100 * Quantity.scale, unitCost: 33_000),
            ], to: wholesaler.id, unitID: outlet.id, note: nil, on: today, by: treasurer)
        _ = try await purchases.approve(credit.id, on: today, by: chair)
        _ = try await purchases.receive(
            [.init(productID: sugar.id!, quantity: 100 * Quantity.scale, damaged: 2 * Quantity.scale, note: "2 dus sobek")],
            against: credit.id, allowOver: false, on: today,
            description: books.orderReceived(credit.number, from: wholesaler.name), by: treasurer)
        _ = try await suppliers.pay(
            500_000, to: wholesaler.id, channel: .bank, on: today, description: books.supplierPaid(wholesaler.name),
            by: treasurer)
        // A small order waiting for nothing but the goods.
        _ = try await purchases.raise(
            [.init(productID: oil.id!, quantity: 20 * Quantity.scale, unitCost: 33_000)], to: wholesaler.id, unitID: outlet.id,
            note: "Untuk pesanan warung", on: today, by: treasurer)

        // Bu Sri's cassava chips on consignment at Rp 4.000 a pack.
        let chips = try await products.create(
            ProductStore.Input(
                name: "Keripik Singkong Bu Sri", category: "Titipan", unit: "bks", barcode: nil,
                prices: PriceList(memberPrice: 5_000, nonMemberPrice: 5_500), programmeID: nil, reorderPoint: 0,
                unitID: outlet.id), today: today, by: treasurer)
        let consignment = ConsignmentStore(tenant)
        _ = try await consignment.consign(chips.id!, from: villager.id!, at: 4_000, by: treasurer)
        try await consignment.move(
            [(chips.id!, 60 * Quantity.scale)], of: villager.id!, unitID: outlet.id, on: today, by: treasurer)
        // Five packs had gone soft: back to her.
        try await consignment.move(
            [(chips.id!, -5 * Quantity.scale)], of: villager.id!, unitID: outlet.id, on: today, by: treasurer)

        // Deliveries to warung for the driver.
        let pickup = try await DeliveryStore(tenant).addVehicle(name: "Pikap L300", plate: "AD 8123 KX", by: chair)
        let warung = try await tenant.query(StoreCustomerRecord.self).first()
        for (index, stop) in [
            ("Beras Medium 2 karung", "Warung Bu Darmi, Dusun Krajan RT 02", "Bu Darmi", Int64(15_000)),
            ("Gula Pasir 20 kg, Minyak Goreng 10 pouch", "Warung Pak Slamet, Dusun Ngemplak", "Pak Slamet", 10_000),
            ("Pupuk Urea 4 karung", "Kelompok Tani Sido Makmur, Dusun Gondang", "Pak Darmaji", 0),
        ].enumerated() {
            _ = try await DeliveryStore(tenant).plan(
                .init(
                    goods: stop.0, destination: stop.1, recipient: stop.2, plannedOn: today,
                    customerID: index == 0 ? warung?.id : nil, vehicleID: pickup.id,
                    driver: driver.userID.map { ($0, driver.name) },
                    fee: stop.3, feePaidBy: stop.3 > 0 ? .customer : .cooperative), by: chair)
        }

        // The treasurer's bus fare to the district cooperative office, approved by the chair and paid.
        let receipt = try await UploadStore(tenant).keep(ticket, by: treasurer)
        let claim = try await ClaimStore(tenant).submit(
            amount: 85_000, purpose: "Ongkos ke Dinas Koperasi Kabupaten Klaten", spentOn: today, unitID: nil,
            receipt: receipt.id!, by: treasurer)
        _ = try await ClaimStore(tenant).decide(.approve, on: claim.id, reason: nil, on: today, description: "", by: chair)
        _ = try await ClaimStore(tenant).decide(
            .pay, on: claim.id, reason: nil, channel: .cash, on: today,
            description: books.claimPaid(claim.number, to: treasurer.name), by: treasurer)

        // A member's chillies in cold storage at Rp 50 a kilo a day.
        if let grower = members.dropFirst(8).first {
            _ = try await StorageStore(tenant).store(
                goods: "Cabai merah keriting", owner: grower.name, memberID: grower.id, quantity: 400 * Quantity.scale, rate: 50,
                unitID: warehouse.id, on: today, by: chair)
        }
    }
}
