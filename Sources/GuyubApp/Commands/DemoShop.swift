import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The demo cooperative's shop: the seven units of the village-cooperative programme, about two hundred
/// goods (LPG 3 kg, subsidised urea and SPHP rice among them, as regulated goods), a warung that buys on
/// credit, and each month's restocking and sales at the counter — most of them to members, whose purchases
/// count for their SHU — with goods brought back, goods damaged, fertiliser kept in the warehouse, a shift
/// at the till each month counted at closing, and the warung paying what it owes.
struct DemoShop {
    let tenant: Tenant
    let manager: Actor
    let cashier: Actor
    let products: [ProductRecord]
    let warung: UUID

    /// Families of goods: a name, its variants, the base unit, and a member price for the first variant
    /// (each next one a little dearer). The non-member price is about 6 % above.
    static let families: [(String, [String], String, Int64)] = [
        ("Beras", ["Medium", "Premium", "Pandan Wangi", "Merah", "Ketan Putih", "Ketan Hitam"], "kg", 12_500),
        ("Gula Pasir", ["Curah", "Kemasan 1 kg", "Kemasan 500 g"], "pcs", 17_500),
        ("Minyak Goreng", ["Curah", "Pouch 1 L", "Pouch 2 L", "Botol 1 L", "Botol 2 L"], "pcs", 17_000),
        ("Tepung Terigu", ["Serbaguna 1 kg", "Protein Tinggi 1 kg", "Protein Rendah 1 kg", "Curah"], "pcs", 12_000),
        ("Tepung", ["Beras 500 g", "Tapioka 500 g", "Maizena 300 g", "Ketan 500 g"], "pcs", 8_000),
        ("Telur", ["Ayam Ras", "Ayam Kampung", "Bebek", "Puyuh"], "kg", 28_000),
        (
            "Mi Instan", ["Goreng", "Soto", "Ayam Bawang", "Kari Ayam", "Rendang", "Kaldu Ayam", "Sedaap Goreng", "Cup"],
            "bungkus", 3_200
        ),
        ("Kopi", ["Bubuk 165 g", "Sachet Susu", "Sachet Hitam", "Robusta Lokal 250 g", "Arabika Lokal 250 g"], "pcs", 14_000),
        ("Teh", ["Celup 25", "Tubruk 80 g", "Melati 40 g", "Hijau Celup 25"], "pcs", 6_500),
        ("Susu", ["Kental Manis Kaleng", "Kental Manis Sachet", "Bubuk 400 g", "UHT 250 ml", "UHT 1 L"], "pcs", 12_000),
        ("Garam", ["Beryodium 250 g", "Beryodium 500 g", "Krosok 1 kg"], "pcs", 3_000),
        ("Kecap Manis", ["Botol 135 ml", "Botol 275 ml", "Pouch 550 ml", "Sachet"], "pcs", 7_000),
        ("Saus", ["Sambal 135 ml", "Tomat 135 ml", "Sambal 340 ml", "Tiram 133 ml"], "pcs", 6_500),
        ("Bumbu", ["Penyedap 250 g", "Nasi Goreng", "Rendang", "Soto", "Opor", "Merica Bubuk", "Ketumbar Bubuk"], "pcs", 4_000),
        ("Sabun Mandi", ["Batang 75 g", "Batang 110 g", "Cair 250 ml", "Cair 450 ml"], "pcs", 4_500),
        ("Sabun Cuci", ["Bubuk 800 g", "Cair 750 ml", "Krim 450 g", "Colek 155 g", "Piring 800 ml"], "pcs", 9_000),
        ("Sampo", ["Sachet", "Botol 170 ml", "Botol 340 ml", "Anak 200 ml"], "pcs", 1_000),
        ("Pasta Gigi", ["75 g", "150 g", "190 g", "Anak 50 g"], "pcs", 7_500),
        ("Sikat Gigi", ["Dewasa", "Anak", "Isi 3"], "pcs", 5_000),
        ("Biskuit", ["Kelapa", "Cokelat", "Marie", "Kaleng Campur", "Wafer", "Krim Kacang"], "pcs", 8_000),
        ("Air Mineral", ["600 ml", "1,5 L", "Galon Isi Ulang", "Gelas 240 ml Dus"], "pcs", 3_500),
        ("Minuman", ["Teh Botol", "Sirup Cocopandan", "Sirup Jeruk", "Jahe Sachet", "Kopi Susu Botol"], "pcs", 5_000),
        ("Kacang", ["Tanah Kupas", "Hijau", "Kedelai", "Merah", "Mete"], "kg", 24_000),
        ("Bawang", ["Merah", "Putih", "Bombay"], "kg", 32_000),
        ("Cabai", ["Merah Keriting", "Rawit", "Merah Besar"], "kg", 40_000),
        ("Ikan Asin", ["Teri Medan", "Jambal", "Peda", "Cumi"], "kg", 60_000),
        ("Sarden", ["Kaleng Kecil", "Kaleng Besar", "Makarel Kaleng"], "pcs", 11_000),
        ("Tisu", ["Gulung", "Wajah 250", "Basah"], "pcs", 6_000),
        ("Popok Bayi", ["S isi 10", "M isi 10", "L isi 10", "Dewasa isi 8"], "pcs", 24_000),
        ("Pembalut", ["Siang isi 10", "Malam isi 8", "Pantyliner isi 20"], "pcs", 9_000),
        ("Obat Nyamuk", ["Bakar", "Semprot 600 ml", "Elektrik Isi Ulang", "Oles Sachet"], "pcs", 6_000),
        ("Korek dan Lilin", ["Korek Api", "Korek Gas", "Lilin Isi 10"], "pcs", 2_000),
        ("Alat Tulis", ["Buku Tulis 38 Lembar", "Pulpen", "Pensil", "Penghapus", "Penggaris 30 cm"], "pcs", 3_500),
        ("Baterai", ["AA isi 2", "AAA isi 2", "Kotak 9 V"], "pcs", 9_000),
        ("Deterjen Pel", ["800 ml", "Pewangi 800 ml"], "pcs", 11_000),
        ("Pewangi Pakaian", ["Sachet", "Pouch 900 ml"], "pcs", 1_000),
        ("Roti", ["Tawar", "Manis Cokelat", "Sobek"], "pcs", 15_000),
        ("Margarin", ["200 g", "1 kg", "Sachet"], "pcs", 8_500),
        ("Santan", ["Kemasan 65 ml", "Kemasan 200 ml", "Bubuk"], "pcs", 3_500),
        ("Gas dan Air", ["Tabung Bright Gas 5,5 kg Isi Ulang", "Isi Ulang Galon"], "pcs", 95_000),
        ("Pakan", ["Ayam 1 kg", "Ikan Lele 1 kg", "Bebek 1 kg"], "kg", 9_500),
        ("Pupuk Nonsubsidi", ["NPK 1 kg", "Organik 5 kg", "ZA 1 kg"], "pcs", 14_000),
        ("Kemasan", ["Kantong Plastik Kecil", "Kantong Plastik Besar", "Plastik Es", "Karet Gelang", "Sedotan"], "pcs", 5_000),
        (
            "Perlengkapan Rumah",
            ["Sapu Ijuk", "Ember 10 L", "Gayung", "Lap Pel", "Sikat WC", "Keset", "Jepit Jemuran", "Tali Rafia"], "pcs", 12_000
        ),
        ("Lauk Kering", ["Tahu Kering", "Kerupuk Udang", "Kerupuk Bawang", "Rempeyek", "Abon Sapi"], "pcs", 7_000),
        (
            "Obat Bebas",
            [
                "Parasetamol Strip", "Obat Batuk Sirup", "Minyak Kayu Putih 60 ml", "Plester Luka", "Oralit Sachet",
                "Vitamin C Strip",
            ],
            "pcs", 5_000
        ),
        ("Alat Tani", ["Cangkul", "Sabit", "Sprayer 16 L", "Karung Plastik", "Benih Padi 5 kg"], "pcs", 25_000),
    ]

    /// Opens the shop on `day`: the units, the programmes, the goods and their first stock (cash drawn
    /// from the bank to pay for it), and the warung that buys on credit.
    static func open(_ tenant: Tenant, on day: CivilDate, manager: Actor, cashier: Actor) async throws -> DemoShop {
        let units = try await BusinessUnitStore(tenant).addProgrammeUnits(by: manager)
        if let outlet = units.first(where: { $0.kind == .grocery }) {
            _ = try await BusinessUnitStore(tenant).setMerchant(
                QRIS.Merchant(name: "KOP DESA SUKAMAJU", city: "KLATEN", id: "ID1026123456789", postalCode: "57411"),
                of: outlet.id!, by: manager)
        }
        // The outlet sells in Kabupaten Klaten, and the cashier works there.
        if let outlet = units.first(where: { $0.kind == .grocery }), let user = cashier.userID {
            _ = try await BusinessUnitStore(tenant).setRegion("Kab. Klaten", of: outlet.id!, by: manager)
            _ = try await BusinessUnitStore(tenant).assign(
                [(user, cashier.name)], to: outlet.id!, names: [user: cashier.name], by: manager)
        }
        let programmes = ProgrammeStore(tenant)
        let lpg = try await programmes.create(
            name: "LPG 3 kg", ceiling: 18_000, effectiveFrom: day, requiresBuyerID: true, perBuyerLimit: 2 * Quantity.scale,
            period: .day, by: manager)
        let urea = try await programmes.create(
            name: "Pupuk Urea bersubsidi", ceiling: 1_800, effectiveFrom: day, requiresBuyerID: true, perBuyerLimit: nil,
            period: .month, byAllocation: true, by: manager)
        let sphp = try await programmes.create(
            name: "Beras SPHP", ceiling: 62_500, effectiveFrom: day, requiresBuyerID: true, perBuyerLimit: 2 * Quantity.scale,
            period: .day, by: manager)
        // Klaten sets its own LPG ceiling for bases far from the depot.
        _ = try await programmes.addCeiling(
            PriceCeiling(effectiveFrom: day, price: 18_500, region: "Kab. Klaten"), to: lpg.id, today: day, by: manager)
        var inputs: [(ProductStore.Input, Int64)] = [
            (input("LPG 3 kg", "tabung", 18_000, 18_000, programme: lpg.id), 16_000),
            (input("Pupuk Urea Bersubsidi", "kg", 1_800, 1_800, programme: urea.id), 1_650),
            (input("Beras SPHP 5 kg", "pak", 60_000, 62_500, programme: sphp.id), 55_000),
            (input("MinyaKita 1 L", "pcs", 15_500, 15_700, programme: nil), 14_500),
        ]
        for (family, variants, unit, first) in families {
            for (index, variant) in variants.enumerated() {
                let price = (first + first * Int64(index) / 8) / 100 * 100
                inputs.append(
                    (
                        input("\(family) \(variant)", unit, price, (price * 106 / 100 + 99) / 100 * 100, programme: nil),
                        price * 80 / 100
                    ))
            }
        }
        let store = ProductStore(tenant)
        var products: [ProductRecord] = []
        var lines: [StockStore.ReceiptLine] = []
        for (input, cost) in inputs {
            let product = try await store.create(input, today: day, by: manager)
            products.append(product)
            let target = Self.target(input.unit, regulated: input.programmeID != nil)
            // Goods that come in a pack arrive in whole packs, priced a pack.
            if let pack = input.packs?.first, target % pack.size == 0 {
                lines.append(
                    .init(
                        productID: product.id!, quantity: target / pack.size * Quantity.scale,
                        unitCost: cost * pack.size / Quantity.scale, pack: pack.name))
                continue
            }
            lines.append(
                .init(
                    productID: product.id!, quantity: target, unitCost: cost,
                    expiresOn: Self.expiry(of: input.name, receivedOn: day)))
        }
        // The village's fund (Dana Desa) grants the shop its first stock; the cash is drawn to pay the distributor.
        let cost = try lines.reduce(0) {
            try $0 + ($1.pack == nil ? Quantity.amount($1.quantity, at: $1.unitCost) : Pack.cost($1.quantity, at: $1.unitCost))
        }
        try await Ledger(tenant).post(
            JournalDraft(
                date: day, description: "Hibah Dana Desa untuk modal barang gerai sembako", sourceType: .manual,
                lines: [.debit(.role(.cash), cost), .credit(.role(.grants), cost)]), by: manager)
        for batch in stride(from: 0, to: lines.count, by: StockStore.maxLines) {
            _ = try await StockStore(tenant).receive(
                Array(lines[batch..<min(lines.count, batch + StockStore.maxLines)]), unitID: nil, supplier: "Distributor Klaten",
                on: day, description: Catalogue(.id).goodsReceived(from: "Distributor Klaten"), by: manager)
        }
        // The fertiliser season's stock waits in the warehouse; the outlet keeps what it sells.
        if let urea = products.first(where: { $0.programmeID == urea.id }),
            let warehouse = units.first(where: { $0.kind == .warehouse })
        {
            _ = try await StockStore(tenant).transfer(
                urea.id!, quantity: 40 * Quantity.scale, from: nil, to: warehouse.id!, on: day,
                description: Catalogue(.id).stockMoved(urea.name, to: warehouse.name), by: manager)
        }
        let warung = try await StoreCustomerStore(tenant).register(
            name: "Warung Bu Darmi", phone: "+6281328884411", customerClass: .warung, memberID: nil, creditLimit: 1_500_000,
            by: manager)
        return DemoShop(tenant: tenant, manager: manager, cashier: cashier, products: products, warung: warung.id!)
    }

    /// When goods received on `day` expire: milk in three months, biscuits in four, medicine in a year; nil for
    /// goods that keep.
    /// What is left when they do is written off.
    static func expiry(of name: String, receivedOn day: CivilDate) -> CivilDate? {
        let shelfLife = [("Susu", 90), ("Biskuit", 120), ("Obat Bebas", 365)]
        return shelfLife.first { name.hasPrefix($0.0) }.flatMap { day.adding(days: $0.1) }
    }

    /// What the shop keeps of a good: fifty kilos, fifteen pieces, twice that of a regulated good.
    static func target(_ unit: String, regulated: Bool) -> Int64 {
        (unit == "kg" ? 50 : 15) * Quantity.scale * (regulated ? 2 : 1)
    }

    /// The packs a good comes in: rice and fertiliser by the karung, instant noodles by the carton.
    static func packs(of name: String, unit: String) -> [Pack] {
        if name.hasPrefix("Pupuk Urea") { return [Pack(name: "karung", size: 50 * Quantity.scale)] }
        if name.hasPrefix("Beras"), unit == "kg" { return [Pack(name: "karung", size: 25 * Quantity.scale)] }
        if name.hasPrefix("Mi Instan") { return [Pack(name: "dus", size: 40 * Quantity.scale)] }
        return []
    }

    private static func input(_ name: String, _ unit: String, _ member: Int64, _ other: Int64, programme: UUID?)
        -> ProductStore.Input
    {
        ProductStore.Input(
            name: name, category: nil, unit: unit, barcode: nil,
            prices: PriceList(
                memberPrice: member, nonMemberPrice: max(member, other),
                tiers: unit == "kg" ? [PriceTier(customerClass: .warung, minQuantity: 10 * Quantity.scale, price: member)] : []),
            programmeID: programme, reorderPoint: (unit == "kg" ? 10 : 3) * Quantity.scale, unitID: nil,
            packs: packs(of: name, unit: unit))
    }

    /// A month at the counter from `first` to `last`: the goods sold the month before restocked on its
    /// first day, then sales most days — members (some paying from their sukarela), other villagers,
    /// LPG against the buyer's NIK, and the warung's credit.
    func month(
        first: CivilDate, last: CivilDate, members: [MemberRecord], random: inout DemoData.Random
    ) async throws {
        let text = Catalogue(.id)
        let levels = try await StockStore(tenant).levels(
            of: products.map { $0.id! }, in: try await BusinessUnitStore(tenant).shop(nil, by: cashier).id!)
        let restock = products.compactMap { product -> StockStore.ReceiptLine? in
            let level = levels[product.id!]!
            let target = Self.target(product.unit, regulated: product.programmeID != nil)
            guard level.quantity < target else { return nil }
            return .init(
                productID: product.id!, quantity: target - level.quantity,
                unitCost: max(1, level.position.averageCost > 0 ? level.position.averageCost : product.memberPrice * 80 / 100),
                expiresOn: Self.expiry(of: product.name, receivedOn: first))
        }
        if !restock.isEmpty {
            // The distributor is paid in cash drawn from the bank for it, so the box keeps its float.
            let cost = try restock.reduce(0) { try $0 + Quantity.amount($1.quantity, at: $1.unitCost) }
            try await Ledger(tenant).post(
                JournalDraft(
                    date: first, description: "Pengambilan tunai dari bank untuk belanja barang toko", sourceType: .manual,
                    lines: [.debit(.role(.cash), cost), .credit(.role(.bank), cost)]), by: cashier)
            _ = try await StockStore(tenant).receive(
                restock, unitID: nil, supplier: "Distributor Klaten", on: first,
                description: text.goodsReceived(from: "Distributor Klaten"), by: cashier)
        }
        // What is on the shelf, kept here as the month sells it, so no sale is refused for stock.
        var onHand = Dictionary(
            uniqueKeysWithValues: products.map { product in
                (product.id!, Self.target(product.unit, regulated: product.programmeID != nil))
            })
        let farmers = try await allocationList(for: first, members: members, random: &random)
        var day = first
        var returnedToday = false
        while day <= last {
            // Goods that expired overnight come off the shelf, written off as expired.
            for batch in try await StockStore(tenant).expiring(by: day.adding(days: -1) ?? day) {
                onHand[batch.productID]? -= batch.quantity
                let name = products.first { $0.id == batch.productID }?.name ?? ""
                _ = try await StockStore(tenant).adjust(
                    batch.productID, unitID: batch.unitID, reason: .expired, quantity: batch.quantity, unitCost: nil, on: day,
                    description: text.stockAdjusted(name, .expired), by: manager)
            }
            // On the 10th the till runs as a shift: opened with a float, counted at closing (a little short
            // now and then).
            let shift =
                day.day == 10
                ? try await ShiftStore(tenant).open(unitID: nil, float: 200_000, on: day, at: at(day, hour: 7), by: cashier)
                : nil
            for _ in 0..<random.int(1...3) {
                let buyer: MemberRecord? = random.int(0...9) < 7 ? random.pick(members) : nil
                var lines: [SaleStore.Line] = []
                var total: Int64 = 0
                for product in (0..<random.int(3...6)).map({ _ in random.pick(products) }) where product.programmeID == nil {
                    let quantity = Int64(random.int(1...5) * (product.unit == "kg" ? 2 : 1)) * Quantity.scale
                    guard !lines.contains(where: { $0.productID == product.id }), onHand[product.id!]! >= quantity else {
                        continue
                    }
                    onHand[product.id!]! -= quantity
                    lines.append(.init(productID: product.id!, quantity: quantity))
                    total += try Quantity.amount(quantity, at: buyer == nil ? product.nonMemberPrice : product.memberPrice)
                }
                guard !lines.isEmpty else { continue }
                var payment = PaymentMethod.cash
                if random.int(0...9) == 0, let buyer, buyer.status == .member,
                    try await SavingsStore(tenant).accounts(of: buyer.id!).contains(where: {
                        $0.kind == .sukarela && $0.status == .open && $0.balance - total >= 10_000
                    })
                {
                    payment = .savings
                }
                // On the 12th a member pays Rp 10.000 from their sukarela and the rest in cash.
                var parts: [(method: PaymentMethod, amount: Int64?)] = []
                if day.day == 12, payment == .cash, total > 10_000, let buyer, buyer.status == .member,
                    try await SavingsStore(tenant).accounts(of: buyer.id!).contains(where: {
                        $0.kind == .sukarela && $0.status == .open && $0.balance >= 20_000
                    })
                {
                    (payment, parts) = (.split, [(.savings, 10_000), (.cash, nil)])
                }
                let sale = try await sell(lines, buyer: buyer, payment: payment, parts: parts, on: day, text: text)
                // On the 20th a buyer brings one of the goods back (a torn pack), and is paid back as they paid.
                if day.day == 20, !returnedToday, let line = lines.first {
                    returnedToday = true
                    _ = try await SaleStore(tenant).giveBack(
                        .init(
                            saleID: sale.id!, quantities: [line.productID: Quantity.scale],
                            reason: "Kemasan sobek, uang dikembalikan", date: day, at: sale.soldAt.addingTimeInterval(3_600)),
                        describe: { text.returnDescription($0) }, referrals: ConsumerDay.texts, by: manager)
                    onHand[line.productID]! += Quantity.scale
                }
            }
            if let shift {
                let store = ShiftStore(tenant)
                let short: Int64 = day.month % 3 == 0 ? 500 : 0
                _ = try await store.close(
                    shift.id, counted: try await store.till(shift).expected - short,
                    note: short > 0 ? "Kurang uang receh" : nil, on: day, at: at(day, hour: 17),
                    description: text.shiftDifference(cashier.name), supervising: false, by: cashier)
            }
            // Near the month's end the warung pays what it owes, in cash at the counter.
            if day.day == 28 {
                let customers = StoreCustomerStore(tenant)
                let owed = try await customers.find(warung)
                if owed.balance > 0 {
                    _ = try await customers.receive(
                        owed.balance, from: warung, channel: .cash, on: day, at: at(day, hour: 16),
                        description: text.customerPaid(owed.name), by: cashier)
                }
            }
            // At the month's count a kilo of something is found spoilt and written off.
            if day.day == 25, let spoilt = products.first(where: { $0.unit == "kg" && onHand[$0.id!]! >= 10 * Quantity.scale }) {
                onHand[spoilt.id!]! -= Quantity.scale
                _ = try await StockStore(tenant).adjust(
                    spoilt.id!, unitID: nil, reason: .damaged, quantity: Quantity.scale, unitCost: nil, on: day,
                    description: text.stockAdjusted(spoilt.name, .damaged), by: manager)
            }
            if day.day % 7 == 3, let buyer = members.first, onHand[products[0].id!]! >= Quantity.scale {
                onHand[products[0].id!]! -= Quantity.scale
                try await sell(
                    [.init(productID: products[0].id!, quantity: Quantity.scale)], buyer: buyer, payment: .cash, on: day,
                    text: text,
                    nik: try NIK(buyer.nik))
            }
            // On the 5th and the 18th a farmer on the season's list takes urea, within what the list leaves them.
            if day.day == 5 || day.day == 18, let urea = products.first(where: { $0.unit == "kg" && $0.programmeID != nil }) {
                let farmer = random.pick(farmers)
                let standing = try await AllocationStore(tenant).standing(of: farmer.nik, in: urea.programmeID!, on: day)
                let kilos = min(Int64(random.int(1...2)) * 25 * Quantity.scale, standing?.remaining ?? 0)
                if kilos > 0, onHand[urea.id!]! >= kilos {
                    onHand[urea.id!]! -= kilos
                    // A whole karung goes as a karung.
                    let line: SaleStore.Line =
                        kilos % (50 * Quantity.scale) == 0
                        ? .init(productID: urea.id!, quantity: kilos / 50, pack: "karung")
                        : .init(productID: urea.id!, quantity: kilos)
                    try await sell([line], buyer: farmer, payment: .cash, on: day, text: text, nik: try NIK(farmer.nik))
                }
            }
            let rice = products.first { $0.name == "Beras Medium" }!
            // The warung takes a karung of rice on credit.
            if day.day == 15, onHand[rice.id!]! >= 25 * Quantity.scale {
                onHand[rice.id!]! -= 25 * Quantity.scale
                try await sell(
                    [.init(productID: rice.id!, quantity: Quantity.scale, pack: "karung")], buyer: nil, payment: .credit, on: day,
                    text: text, customer: warung)
            }
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
    }

    /// The subsidised-fertiliser season holding `day` (MT I from October to March, MT II from April to
    /// September), its e-RDKK list imported when the season starts: a third of the members farm, each
    /// allotted 50 to 200 kg of urea. The season's farmers.
    private func allocationList(
        for day: CivilDate, members: [MemberRecord], random: inout DemoData.Random
    ) async throws -> [MemberRecord] {
        let farmers = members.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        guard let programme = products.first(where: { $0.unit == "kg" && $0.programmeID != nil })?.programmeID,
            !farmers.isEmpty
        else { return [] }
        let (name, starts, ends): (String, CivilDate, CivilDate) =
            switch day.month {
            case 4...9:
                ("MT II \(day.year)", CivilDate(year: day.year, month: 4, day: 1)!, CivilDate(year: day.year, month: 9, day: 30)!)
            case 10...12:
                (
                    "MT I \(day.year)/\(day.year + 1)", CivilDate(year: day.year, month: 10, day: 1)!,
                    CivilDate(year: day.year + 1, month: 3, day: 31)!
                )
            default:
                (
                    "MT I \(day.year - 1)/\(day.year)", CivilDate(year: day.year - 1, month: 10, day: 1)!,
                    CivilDate(year: day.year, month: 3, day: 31)!
                )
            }
        let store = AllocationStore(tenant)
        if try await !store.seasons(of: programme).contains(where: { $0.name == name }) {
            let rows = try farmers.enumerated().map { index, farmer in
                AllocationSheet.Row(
                    line: index + 2, nik: try NIK(farmer.nik), name: farmer.name,
                    quantity: Int64(random.int(2...8)) * 25 * Quantity.scale)
            }
            _ = try await store.importList(
                rows, season: try AllocationSeason(name: name, startsOn: starts, endsOn: ends),
                into: try await ProgrammeStore(tenant).find(programme), at: at(day, hour: 8), by: manager)
        }
        return farmers
    }

    @discardableResult
    private func sell(
        _ lines: [SaleStore.Line], buyer: MemberRecord?, payment: PaymentMethod,
        parts: [(method: PaymentMethod, amount: Int64?)] = [], on day: CivilDate, text: Catalogue, nik: NIK? = nil,
        customer: UUID? = nil
    ) async throws -> SaleRecord {
        try await SaleStore(tenant).sell(
            .init(
                lines: lines, memberID: buyer?.status == .member ? buyer?.id : nil, customerID: customer, buyerNIK: nik,
                payment: payment, unitID: nil, date: day, at: at(day, hour: 9), parts: parts),
            describe: { text.saleDescription($0) }, by: cashier
        ).sale
    }

    /// The hour on the day in the demo cooperative's time zone.
    func at(_ day: CivilDate, hour: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour))!
    }
}
