import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Synchronization
import Testing
import Vapor
import VaporTesting

/// Buying goods through the API, on SQLite and PostgreSQL: suppliers and what is owed them, purchase orders
/// received in parts, the board's approval, payments never above what is owed, and members' produce that
/// counts for their SHU.
@Suite("Supply API") struct SupplyAPITests {
    static let board = "ketua@sukamaju.coop"
    /// The smallest PNG: one transparent pixel.
    static let png: [UInt8] = Array(
        Data(
            base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
        )!)

    /// A cooperative with cash in the drawer (Siti's pokok and a sukarela deposit), rice on the shelf list,
    /// and a supplier on 30 days' credit.
    struct Shop {
        let api: Client
        let rice: String
        let supplier: String
        let siti: String
    }

    static func shop(_ t: TestApp) async throws -> Shop {
        try await t.cooperative("Koperasi Sukamaju", admin: board)
        let api = try await t.apiClient(board)
        let siti = try await t.member(People.siti, through: api)
        try await api.deposit(siti, "sukarela", "5.000.000")
        let rice = try await StoreAPITests.product(api)
        let supplier = try await api.post(
            "/api/v1/suppliers", json: ["name": "UD Sumber Rejeki", "terms": "credit", "creditDays": 30])
        #expect(supplier.status == .created, "\(supplier.body.string)")
        return Shop(api: api, rice: rice, supplier: try supplier.json()["id"] as! String, siti: siti)
    }

    static func order(_ s: Shop, _ quantity: Any = "100", at cost: Any = "1.000") async throws -> String {
        let response = try await s.api.post(
            "/api/v1/purchase-orders",
            json: ["supplierId": s.supplier, "lines": [["productId": s.rice, "quantity": quantity, "unitCost": cost]]])
        #expect(response.status == .created, "order: \(response.body.string)")
        return try response.json()["id"] as! String
    }

    static func owed(_ s: Shop) async throws -> String? {
        try await s.api.get("/api/v1/suppliers/\(s.supplier)").json()["owed"] as? String
    }

    @Test func goodsOnCreditAreOwedUntilPaidAndNeverOverpaid() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let order = try await Self.order(s)

            // when: 60 kg come, then 40 more (one sack short noted, one damaged)
            let first = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": 60]]])
            let afterFirst = try await Self.owed(s)
            let second = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts",
                json: ["lines": [["productId": s.rice, "quantity": "40", "short": "0", "damaged": "2", "note": "karung sobek"]]])
            let over = try await s.api.post(
                "/api/v1/suppliers/\(s.supplier)/payments", json: ["amount": "100.001", "channel": "cash"])
            let paid = try await s.api.post(
                "/api/v1/suppliers/\(s.supplier)/payments", json: ["amount": 30000, "channel": "cash"])
            let detail = try await s.api.get("/api/v1/suppliers/\(s.supplier)").json()
            let orderAfter = try await s.api.get("/api/v1/purchase-orders/\(order)").json()

            // then
            #expect(first.status == .created, "\(first.body.string)")
            #expect(try first.json()["owed"] as? String == "60000")
            #expect(try first.json()["dueOn"] as? String != nil)
            #expect(afterFirst == "60000")
            #expect(second.status == .created, "\(second.body.string)")
            #expect(over.status == .unprocessableEntity)
            #expect(over.body.string.contains("\"overpayment\""))
            #expect(paid.status == .created, "\(paid.body.string)")
            #expect(try paid.json()["owed"] as? String == "70000")
            #expect(detail["owed"] as? String == "70000")
            #expect((detail["bills"] as? [[String: Any]])?.map { $0["amount"] as? String } == ["30000", "40000"])
            #expect(orderAfter["status"] as? String == "received")
            #expect((orderAfter["receipts"] as? [Any])?.count == 2)
            let product = try await s.api.get("/api/v1/store/products/\(s.rice)").json()
            #expect(product["stock"] as? String == "100")
            try await t.expectBooksSound()
        }
    }

    @Test func receivingMoreThanOrderedIsRefusedUnlessAllowed() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let order = try await Self.order(s, "10")
            let tenant = try await t.tenant()

            let over = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "11"]]])
            let receiptsAfterRefusal = try await tenant.query(GoodsReceiptRecord.self).count()
            let other = try await StoreAPITests.product(
                s.api, ["name": "Gula Pasir", "unit": "kg", "memberPrice": "15.000", "nonMemberPrice": "16.000"])
            let notOrdered = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts",
                json: ["lines": [["productId": s.rice, "quantity": "1"], ["productId": other, "quantity": "1"]]])
            let allowed = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts",
                json: ["lines": [["productId": s.rice, "quantity": "11"]], "allowOver": true])
            let again = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "1"]]])

            #expect(over.status == .unprocessableEntity)
            #expect(over.body.string.contains("\"over_order\""))
            #expect(receiptsAfterRefusal == 0)
            #expect(notOrdered.status == .unprocessableEntity && notOrdered.body.string.contains("\"not_ordered\""))
            #expect(allowed.status == .created, "\(allowed.body.string)")
            #expect(try await Self.owed(s) == "11000")
            #expect(again.status == .conflict && again.body.string.contains("\"order_state\""))
            try await t.expectBooksSound()
        }
    }

    @Test func ordersAboveTheBoardsAmountWaitForAnotherBoardMember() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let coop = try #require(try await t.tenant().cooperativeID as UUID?)
            try await t.user("bendahara@sukamaju.coop", roles: [.board], in: coop)
            let treasurer = try await t.apiClient("bendahara@sukamaju.coop")
            let set = try await s.api.put("/api/v1/settings/purchasing", json: ["approvalAbove": "Rp 50.000"])
            let small = try await Self.order(s, "10")
            let large = try await Self.order(s, "100")

            let early = try await s.api.post(
                "/api/v1/purchase-orders/\(large)/receipts", json: ["lines": [["productId": s.rice, "quantity": "1"]]])
            let own = try await s.api.post("/api/v1/purchase-orders/\(large)/approve", json: [:])
            let approved = try await treasurer.post("/api/v1/purchase-orders/\(large)/approve", json: [:])
            let later = try await s.api.post(
                "/api/v1/purchase-orders/\(large)/receipts", json: ["lines": [["productId": s.rice, "quantity": "1"]]])

            #expect(set.status == .ok, "\(set.body.string)")
            #expect(try await s.api.get("/api/v1/purchase-orders/\(small)").json()["status"] as? String == "open")
            #expect(early.status == .conflict && early.body.string.contains("\"order_not_approved\""))
            #expect(own.status == .conflict && own.body.string.contains("\"own_approval\""))
            #expect(approved.status == .ok, "\(approved.body.string)")
            #expect(try approved.json()["status"] as? String == "open")
            #expect(later.status == .created, "\(later.body.string)")
            #expect(try later.json()["order"].flatMap { ($0 as? [String: Any])?["status"] } as? String == "partly_received")
        }
    }

    @Test func theSuppliersInvoiceIsMatchedAgainstWhatCame() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let order = try await Self.order(s, "10")
            try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "10"]]])

            let matched = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/invoices", json: ["number": "INV-001", "amount": "10.000"])
            let off = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/invoices", json: ["number": "INV-002", "amount": "10.500"])
            let twice = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/invoices", json: ["number": "INV-001", "amount": "10.000"])

            #expect(matched.status == .created, "\(matched.body.string)")
            let invoices = try off.json()["invoices"] as? [[String: Any]]
            #expect(invoices?.map { $0["difference"] as? String } == ["0", "500"])
            #expect(twice.status == .conflict)
        }
    }

    @Test func supplierRefusalsAreClear() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let noDays = try await s.api.post("/api/v1/suppliers", json: ["name": "CV Tanpa Tempo", "terms": "credit"])
            let badTerms = try await s.api.post("/api/v1/suppliers", json: ["name": "CV Aneh", "terms": "barter"])
            let twice = try await s.api.post("/api/v1/suppliers", json: ["name": "UD Sumber Rejeki", "terms": "cash"])
            let badPhone = try await s.api.post(
                "/api/v1/suppliers", json: ["name": "CV Salah", "terms": "cash", "phone": "12345"])
            let cash = try await s.api.post("/api/v1/suppliers", json: ["name": "Toko Grosir", "terms": "cash"])
            let cashID = try cash.json()["id"] as! String
            let nothingOwed = try await s.api.post(
                "/api/v1/suppliers/\(cashID)/payments", json: ["amount": "1000", "channel": "cash"])
            let qris = try await s.api.post(
                "/api/v1/suppliers/\(s.supplier)/payments", json: ["amount": "1000", "channel": "qris"])

            #expect(noDays.status == .unprocessableEntity && noDays.body.string.contains("\"credit_days_required\""))
            #expect(badTerms.status == .unprocessableEntity)
            #expect(twice.status == .conflict)
            #expect(badPhone.status == .unprocessableEntity)
            #expect(cash.status == .created)
            #expect(nothingOwed.status == .unprocessableEntity && nothingOwed.body.string.contains("\"overpayment\""))
            #expect(qris.status == .unprocessableEntity)
        }
    }

    @Test func aCashSupplierIsPaidOnDeliveryAndOwedNothing() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let cash = try await s.api.post("/api/v1/suppliers", json: ["name": "Toko Grosir", "terms": "cod"])
            let supplier = try cash.json()["id"] as! String
            let order =
                try await s.api.post(
                    "/api/v1/purchase-orders",
                    json: ["supplierId": supplier, "lines": [["productId": s.rice, "quantity": "5", "unitCost": "1.100"]]]
                ).json()["id"] as! String
            let delivery = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "5"]]])

            #expect(delivery.status == .created)
            #expect(try delivery.json()["owed"] as? String == "0")
            #expect(try await s.api.get("/api/v1/suppliers/\(supplier)").json()["owed"] as? String == "0")
            try await t.expectBooksSound()
        }
    }

    @Test func agedPayablesGroupWhatIsOwedByHowLate() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let order = try await Self.order(s, "10")
            try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "10"]]])
            let aging = try await s.api.get("/api/v1/suppliers/aging").json()
            let rows = aging["rows"] as? [[String: Any]]
            #expect(aging["total"] as? String == "10000")
            #expect((rows?.first?["ages"] as? [String: String])?["not_due"] == "10000")
        }
    }

    /// Harvests, receipts and deliveries taken at the same moment each land: none waits on another's
    /// key-share lock on the cooperative (on PostgreSQL they once deadlocked and answered busy).
    @Test func simultaneousSupplyWritesAllLand() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let order = try await Self.order(s, "1000")
            let writes: [(String, [String: Any])] =
                (0..<6).map { _ in
                    (
                        "/api/v1/produce/intakes",
                        [
                            "memberId": s.siti, "productId": s.rice, "quantity": "10", "price": "6.500",
                            "payment": "savings",
                        ]
                    )
                }
                + (0..<6).map { _ in
                    ("/api/v1/purchase-orders/\(order)/receipts", ["lines": [["productId": s.rice, "quantity": "1"]]])
                }
                + (0..<6).map { _ in
                    ("/api/v1/deliveries", ["goods": "Beras 10 kg", "destination": "Warung", "recipient": "Bu Darmi"])
                }
            let requests = try writes.map { ($0.0, try JSONSerialization.data(withJSONObject: $0.1)) }
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (path, body) in requests {
                    group.addTask {
                        try await s.api.send(
                            .POST, path, headers: ["Idempotency-Key": UUID().uuidString], body: ByteBuffer(data: body),
                            contentType: .json
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            #expect(statuses.count == writes.count && statuses.allSatisfy { $0 == .created }, "\(statuses)")
            try await t.expectBooksSound()
        }
    }

    /// Aged payables on a past day: the bills incurred by then, less what was paid by then, aged as of then.
    @Test func agedPayablesAreReadAsOfAPastDay() async throws {
        let day = Day(CivilDate(year: 2026, month: 8, day: 1)!)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await Self.shop(t)
            let order = try await Self.order(s, "10")
            try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "10"]]])
            // A session lasts a day: each day signs in again.
            day.set(CivilDate(year: 2026, month: 8, day: 20)!)
            let paid = try await t.apiClient(Self.board).post(
                "/api/v1/suppliers/\(s.supplier)/payments", json: ["amount": "4.000", "channel": "cash"])
            day.set(CivilDate(year: 2026, month: 9, day: 15)!)
            let api = try await t.apiClient(Self.board)

            func aging(_ query: String) async throws -> (total: String?, ages: [String: String]?) {
                let json = try await api.get("/api/v1/suppliers/aging" + query).json()
                return (
                    json["total"] as? String, ((json["rows"] as? [[String: Any]])?.first?["ages"] as? [String: String])
                )
            }
            let now = try await aging("")
            let beforePaying = try await aging("?date=2026-08-10")
            let beforeBuying = try await aging("?date=2026-07-31")
            let unread = try await api.get("/api/v1/suppliers/aging?date=kemarin")

            #expect(paid.status == .created, "\(paid.body.string)")
            #expect(now.total == "6000" && now.ages?["1_30"] == "6000", "due 31 August, 15 days late")
            #expect(beforePaying.total == "10000" && beforePaying.ages?["not_due"] == "10000")
            #expect(beforeBuying.total == "0" && beforeBuying.ages == nil)
            #expect(unread.status == .unprocessableEntity)
            let report = try await t.browser(Self.board).get("/supply/reports?from=2026-08-01&to=2026-08-10").body.string
            #expect(report.contains("Utang usaha per 10 Agu 2026") && report.contains("Rp 10.000"))
        }
    }

    // MARK: produce

    @Test func producePaidToSavingsCountsForTheSHUWithoutTyping() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let gabah = try await StoreAPITests.product(
                s.api, ["name": "Gabah Kering Panen", "unit": "kg", "memberPrice": "7.000", "nonMemberPrice": "7.200"])

            // when: 1.250,5 kg of grade A at Rp 6.500 to savings, 300 kg in cash
            let toSavings = try await s.api.post(
                "/api/v1/produce/intakes",
                json: [
                    "memberId": s.siti, "productId": gabah, "quantity": "1.250,5", "price": "6.500", "grade": "a",
                    "payment": "savings",
                ])
            let inCash = try await s.api.post(
                "/api/v1/produce/intakes",
                json: ["memberId": s.siti, "productId": gabah, "quantity": 300, "price": 6400, "payment": "cash"])
            let year = Int(try #require(try toSavings.json()["date"] as? String).prefix(4))!
            let business = try await s.api.get("/api/v1/members/\(s.siti)/business?year=\(year)")
            let records = try JSONSerialization.jsonObject(with: Data(buffer: business.body)) as? [[String: Any]] ?? []
            let figures = try await SHUStore(try await t.tenant()).figures(year, rules: .standard)

            // then: 1.250,5 × 6.500 = 8.128.250 (exact), 300 × 6.400 = 1.920.000
            #expect(toSavings.status == .created, "\(toSavings.body.string)")
            #expect(try toSavings.json()["amount"] as? String == "8128250")
            #expect(try toSavings.json()["grade"] as? String == "A")
            #expect(inCash.status == .created, "\(inCash.body.string)")
            #expect(
                records.filter { $0["source"] as? String == "produce" }.compactMap { $0["amount"] as? String }.sorted()
                    == ["1920000", "8128250"])
            let counted = figures.first { $0.id.lowercased() == s.siti.lowercased() }?.business
            #expect(counted == Int64(8_128_250 + 1_920_000), "\(figures)")
            let sukarela = try await s.api.get("/api/v1/members/\(s.siti)/savings").body.string
            #expect(sukarela.contains("13128250"), "5.000.000 deposited + 8.128.250 for the harvest")
            let product = try await s.api.get("/api/v1/store/products/\(gabah)").json()
            #expect(product["stock"] as? String == "1550.5")
            try await t.expectBooksSound()
        }
    }

    @Test func badProduceIsRefusedAndNothingIsWritten() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let tenant = try await t.tenant()
            let body: [String: Any] = [
                "memberId": s.siti, "productId": s.rice, "quantity": "10", "price": "6.000", "payment": "cash",
            ]
            func with(_ change: [String: Any]) -> [String: Any] { body.merging(change) { $1 } }

            let negative = try await s.api.post("/api/v1/produce/intakes", json: with(["quantity": "-5"]))
            let grade = try await s.api.post("/api/v1/produce/intakes", json: with(["grade": "Super"]))
            let payment = try await s.api.post("/api/v1/produce/intakes", json: with(["payment": "barter"]))
            let noPrice = try await s.api.post("/api/v1/produce/intakes", json: with(["price": "0"]))
            let stranger = try await s.api.post("/api/v1/produce/intakes", json: with(["memberId": UUID().uuidString]))

            #expect(negative.status == .unprocessableEntity)
            #expect(grade.status == .unprocessableEntity && grade.body.string.contains("\"unknown_grade\""))
            #expect(payment.status == .unprocessableEntity)
            #expect(noPrice.status == .unprocessableEntity)
            #expect(stranger.status == .notFound)
            #expect(try await tenant.query(ProduceIntakeRecord.self).count() == 0)
            #expect(try await tenant.query(BusinessRecord.self).count() == 0)
        }
    }

    @Test func aMemberReadsOnlyTheirOwnBusiness() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            let coop = try await t.tenant().cooperativeID
            let budi = try await t.member(People.budi, through: s.api)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: s.siti))
            let siti = try await t.apiClient("siti@sukamaju.coop")

            let own = try await siti.get("/api/v1/members/\(s.siti)/business")
            let other = try await siti.get("/api/v1/members/\(budi)/business")
            let badYear = try await s.api.get("/api/v1/members/\(budi)/business?year=abc")

            #expect(own.status == .ok)
            #expect(other.status == .notFound)
            #expect(badYear.status == .unprocessableEntity)
        }
    }
}

/// A clock a test moves from day to day: noon in Jakarta on the day set.
final class Day: Sendable {
    private let noon: Mutex<Date>

    init(_ date: CivilDate) { noon = Mutex(Self.noon(of: date)) }

    func set(_ date: CivilDate) { noon.withLock { $0 = Self.noon(of: date) } }

    var clock: WallClock { WallClock { self.noon.withLock { $0 } } }

    private static func noon(of date: CivilDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))!
    }
}
