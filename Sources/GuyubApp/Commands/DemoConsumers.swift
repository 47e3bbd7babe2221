import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The demo cooperative's consumers, last month and this: villagers members brought with their codes, each
/// welcomed with a voucher; first purchases that earned their members a voucher, one below the minimum,
/// one brought back within the window and one brought back after its reward (taken back); from mid-month
/// the board's reward is a sembako package, collected at the counter this month. They and members propose
/// ideas, which the board takes through every step, answering most; one is hidden.
struct DemoConsumers {
    let tenant: Tenant
    let shop: DemoShop
    let chair: Actor

    /// Last month's referrals, decided as its days pass; nothing before it.
    func month(_ month: YearMonth, last: CivilDate, today: CivilDate, members: [MemberRecord]) async throws {
        let text = Catalogue(.id)
        let consumers = ConsumerStore(tenant)
        let referrals = ReferralStore(tenant)
        let settings = SettingsStore(tenant)
        let rice = try await tenant.query(ProductRecord.self).filter(\.$name == "Beras Medium").first()!
        func day(_ d: Int) -> CivilDate { CivilDate(year: month.year, month: month.month, day: min(d, last.day))! }
        func buy(
            _ consumer: ConsumerRecord?, member: MemberRecord? = nil, kilos: Int64, on date: CivilDate, voucher: String? = nil
        )
            async throws -> SaleRecord
        {
            try await SaleStore(tenant).sell(
                .init(
                    lines: [.init(productID: rice.id!, quantity: kilos * Quantity.scale)], memberID: member?.id,
                    customerID: nil, buyerNIK: nil, payment: .cash, unitID: nil, date: date, at: shop.at(date, hour: 10),
                    consumerID: consumer?.id, voucherCode: voucher),
                describe: { text.saleDescription($0) }, by: shop.cashier
            ).sale
        }
        func giveBack(_ sale: SaleRecord, kilos: Int64, on date: CivilDate, _ reason: String) async throws {
            _ = try await SaleStore(tenant).giveBack(
                .init(
                    saleID: sale.id!, quantities: [rice.id!: kilos * Quantity.scale], reason: reason, date: date,
                    at: shop.at(date, hour: 15)),
                describe: { text.returnDescription($0) }, referrals: ConsumerDay.texts, by: shop.manager)
        }

        // Enough rice for what these buyers take, besides what the month's shoppers do.
        _ = try await StockStore(tenant).receive(
            [.init(productID: rice.id!, quantity: 60 * Quantity.scale, unitCost: 11_000)], unitID: nil,
            supplier: "UD Sumber Rejeki", on: day(1), description: text.goodsReceived(from: "UD Sumber Rejeki"), by: shop.manager)
        if month < today.yearMonth {
            var rules = ReferralRules.standard
            (rules.voucherValue, rules.minimumPurchase, rules.welcomeValue, rules.voucherDays) = (10_000, 50_000, 5_000, 60)
            try await settings.setReferrals(rules, by: chair)
            var codes: [String] = []
            for member in members.prefix(3) { codes.append(try await referrals.code(of: member.id!)) }
            func join(_ name: String, _ phone: String, code: String?, on date: CivilDate) async throws -> ConsumerRecord {
                try await consumers.add(
                    .init(phone: phone, name: name, consent: true, referralCode: code), on: date,
                    welcome: text.welcomeVoucherEntry, by: shop.cashier
                ).consumer
            }
            let ratna = try await join("Ratna Sari", "0813-2900-1101", code: codes[0], on: day(2))
            let yogi = try await join("Yogi Pratama", "0813-2900-1102", code: codes[0], on: day(2))
            let wati = try await join("Wati Lestari", "0813-2900-1103", code: codes[1], on: day(2))
            let hadi = try await join("Hadi Kusuma", "0813-2900-1104", code: codes[2], on: day(2))
            _ = try await join("Lina Marlina", "0813-2900-1105", code: nil, on: day(2))
            _ = try await buy(ratna, kilos: 5, on: day(3))
            _ = try await buy(yogi, kilos: 1, on: day(3))
            let watiFirst = try await buy(wati, kilos: 6, on: day(3))
            try await giveBack(watiFirst, kilos: 6, on: day(5), "Beras berkutu, uang dikembalikan")
            let hadiFirst = try await buy(hadi, kilos: 6, on: day(3))
            // Ratna spends her welcome voucher on her second purchase.
            let welcome = try await VoucherStore(tenant).held(by: .consumer(ratna.id!)).first!
            _ = try await buy(ratna, kilos: 2, on: day(8), voucher: welcome.code)
            _ = try await ConsumerDay(tenant).close(day(14), by: shop.manager)
            // Hadi brings half back after his member was rewarded: the reward is taken back.
            try await giveBack(hadiFirst, kilos: 3, on: day(16), "Sebagian tidak jadi dipakai")
            // From mid-month the reward is a sembako package: 5 kg of rice.
            (rules.reward, rules.packageProductID, rules.packageQuantity) = (.package, rice.id, 5 * Quantity.scale)
            try await settings.setReferrals(rules, by: chair)
            let dodi = try await join("Dodi Saputra", "0813-2900-1106", code: codes[1], on: day(15))
            _ = try await buy(dodi, kilos: 8, on: day(16))
            _ = try await ConsumerDay(tenant).close(last, by: shop.manager)
            try await ideas(from: [ratna, wati, hadi], members: members, on: day)
            // Ratna's member spends her reward voucher at the counter.
            if let reward = try await VoucherStore(tenant).held(by: .member(members[0].id!)).first(where: {
                $0.status == .active && $0.kind == .money
            }) {
                _ = try await buy(nil, member: members[0], kilos: 4, on: last, voucher: reward.code)
            }
        } else {
            // The package Dodi's purchase earned is collected on the month's first day.
            for package in try await tenant.query(VoucherRecord.self).filter(\.$kind == .package).filter(\.$status == .active)
                .all()
            {
                _ = try await VoucherStore(tenant).collect(
                    package.id, on: day(1), description: text.voucherCollectedEntry(package.code), by: shop.cashier)
            }
        }
    }

    /// Ideas from consumers and members in every state, most answered by the board; one hidden.
    private func ideas(from consumers: [ConsumerRecord], members: [MemberRecord], on day: (Int) -> CivilDate) async throws {
        let store = IdeaStore(tenant)
        let categories = Dictionary(uniqueKeysWithValues: try await store.categories().map { ($0.code, $0.id!) })
        func person(_ consumer: ConsumerRecord) async throws -> Actor {
            Actor(userID: try await ConsumerStore(tenant).account(of: consumer), name: consumer.name)
        }
        let member = Actor(userID: members[0].userID, name: members[0].name)
        let compost = try await tenant.query(ProductRecord.self).filter(\.$name == "Pupuk Nonsubsidi Organik 5 kg").first()
        let proposals: [(Actor, String, String, String, [IdeaAction], String?, String?)] = [
            (
                try await person(consumers[0]), "interior", "Rak beras lebih rendah",
                "Rak paling atas terlalu tinggi untuk ibu-ibu; karung 5 kg sulit diambil.", [.review, .accept],
                nil, "Rak baru sedang dibuat tukang kayu desa."
            ),
            (
                member, "product", "Jual pupuk organik dari kelompok tani",
                "Kelompok tani Dusun Krajan membuat kompos; bisa dijual di toko.", [.accept, .start, .finish], nil,
                "Kompos kelompok tani kini dijual di toko, titip jual."
            ),
            (
                try await person(consumers[1]), "service", "Buka toko hari Minggu pagi",
                "Banyak warga baru sempat belanja hari Minggu.", [.review], nil, nil
            ),
            (
                try await person(consumers[2]), "uniform", "Seragam batik untuk kasir", "Supaya kasir mudah dikenali.",
                [.decline], "Anggaran seragam tahun ini sudah habis; diusulkan lagi di RAT.",
                "Terima kasih, usul ini kami bawa ke RAT."
            ),
            (
                member, "office", "Papan pengumuman di depan kantor", "Agar jadwal rapat terlihat semua anggota.",
                [.accept, .start], nil, nil
            ),
        ]
        for (index, (actor, category, title, body, steps, reason, answer)) in proposals.enumerated() {
            let idea = try await store.propose(
                category: categories[category], title: title, body: body, photos: [], on: day(4 + index), by: actor)
            for step in steps {
                _ = try await store.act(step, on: idea, reason: step == .decline ? reason : nil, by: chair)
            }
            if let answer {
                // The compost became a product of the shop's.
                let product = category == "product" ? compost : nil
                _ = try await store.answer(
                    idea, with: answer, outcome: product == nil ? nil : .product, note: product?.name, product: product?.id,
                    by: chair)
            }
            for supporter in consumers.compactMap(\.userID) where supporter != actor.userID && idea.status.isOpen {
                _ = try await store.support(idea, by: supporter)
            }
        }
        let spam = try await store.propose(
            category: categories["other"], title: "Jual pulsa murah", body: "Hubungi nomor saya.", photos: [], on: day(9),
            by: try await person(consumers[0]))
        try await store.hide(spam, comment: nil, reason: "Iklan pribadi, bukan usul untuk koperasi", by: chair)
    }
}
