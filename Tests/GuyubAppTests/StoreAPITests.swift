import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// The shop through the API, on SQLite and PostgreSQL: products, goods received at moving average cost,
/// sales and their refusals, the regulated goods' rules, and the books that follow.
@Suite("Shop API") struct StoreAPITests {
    static var rice: [String: Any] { ["name": "Beras Medium", "unit": "kg", "memberPrice": "1.250", "nonMemberPrice": "1.400"] }

    /// A product; its id.
    static func product(_ api: Client, _ fields: [String: Any] = rice) async throws -> String {
        let response = try await api.post("/api/v1/store/products", json: fields)
        #expect(response.status == .created, "product: \(response.body.string)")
        return try response.json()["id"] as! String
    }

    @discardableResult
    static func receive(_ api: Client, _ product: String, _ quantity: String, at cost: String) async throws
        -> TestingHTTPResponse
    {
        let response = try await api.post(
            "/api/v1/store/receipts", json: ["lines": [["productId": product, "quantity": quantity, "unitCost": cost]]])
        #expect(response.status == .created, "receipt: \(response.body.string)")
        return response
    }

    static func sale(_ product: String, _ quantity: String, payment: String = "cash", extra: [String: Any] = [:])
        -> [String: Any]
    {
        var body: [String: Any] = ["lines": [["productId": product, "quantity": quantity]], "payment": payment]
        body.merge(extra) { $1 }
        return body
    }

    /// Warung Bu Darmi, who may owe up to `limit`; its id.
    static func warung(_ api: Client, limit: String = "20.000") async throws -> String {
        try await api.post(
            "/api/v1/store/customers", json: ["name": "Warung Bu Darmi", "customerClass": "warung", "creditLimit": limit]
        ).json()["id"] as! String
    }

    /// What the shop's credit customers owe, in order of name.
    static func owed(_ api: Client) async throws -> [String] {
        let customers = try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/store/customers").body))
        return (customers as? [[String: Any]] ?? []).compactMap { $0["balance"] as? String }
    }

    /// Bulog's SPHP rice: at most 2 packs a buyer a day, never above Rp 62.500; the pack's id and the programme's.
    static func sphpPack(_ api: Client) async throws -> (pack: String, programme: String) {
        let programme =
            try await api.post(
                "/api/v1/store/programmes",
                json: ["name": "SPHP", "priceCeiling": "62.500", "perBuyerLimit": "2", "period": "day"]
            ).json()["id"] as! String
        let pack = try await product(
            api,
            [
                "name": "Beras SPHP 5 kg", "unit": "pak", "memberPrice": "62.000", "nonMemberPrice": "62.500",
                "programme": programme,
            ])
        return (pack, programme)
    }

    /// DOMAIN.md's worked example through the API: 100 @ 900, 100 @ 1.200 and 100 @ 1.125 is 300 @ 1.075; a
    /// sale of 100 costs 107.500, which leaves the inventory account at 215.000.
    @Test func goodsReceivedAndSoldAtMovingAverageCost() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "100", at: "900")
            try await Self.receive(api, rice, "100", at: "1.200")
            let third = try await Self.receive(api, rice, "100", at: "1125")
            // when
            let sold = try await api.post("/api/v1/store/sales", json: Self.sale(rice, "100"))
            let product = try await api.get("/api/v1/store/products/\(rice)").json()
            // then
            #expect((try third.json()["lines"] as? [[String: Any]])?.first?["averageCost"] as? String == "1075")
            #expect(sold.status == .created)
            #expect(try sold.json()["total"] as? String == "140000") // a non-member pays Rp 1.400 a kg
            #expect(product["stock"] as? String == "200")
            #expect(product["averageCost"] as? String == "1075")
            #expect(product["stockValue"] as? String == "215000")
            #expect(try await api.account(role: "inventory")?["balance"] as? String == "215000")
            #expect(try await api.account(role: "costOfSales")?["balance"] as? String == "107500")
            try await t.expectBooksSound()
        }
    }

    @Test func aMemberPaysTheMemberPriceAndThePurchaseCountsForTheSHU() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "50", at: "1.000")
            // when
            let sale = try await api.post("/api/v1/store/sales", json: Self.sale(rice, "2,5", extra: ["memberId": siti]))
            // then
            #expect(sale.status == .created)
            #expect(try sale.json()["total"] as? String == "3125")
            let business = try await t.tenant().query(BusinessRecord.self).all()
            #expect(business.map(\.amount) == [3125])
            #expect(business.first?.memberID.uuidString == siti.uppercased())
            #expect(try await api.account(role: "salesMember")?["balance"] as? String == "3125")
            try await t.expectBooksSound()
        }
    }

    @Test func sellingMoreThanInStockIsRefusedAndChangesNothing() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "10", at: "1.000")
            // when
            let refused = try await api.post("/api/v1/store/sales", json: Self.sale(rice, "10,5"))
            // then
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.errorCode == "insufficient_stock")
            #expect(refused.errorMessage?.contains("10") == true)
            #expect(try await t.tenant().query(SaleRecord.self).count() == 0)
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "10")
            try await t.expectBooksSound()
        }
    }

    @Test(
        arguments: [
            (#"{"lines": [], "payment": "cash"}"#, "no_lines"),
            (#"{"lines": [{"quantity": "1"}], "payment": "cash"}"#, "required"),
            (#"{"lines": [{"productId": "\#(UUID())", "quantity": "0"}], "payment": "cash"}"#, "quantity_not_positive"),
            (#"{"lines": [{"productId": "\#(UUID())", "quantity": "-2"}], "payment": "cash"}"#, "invalid_quantity"),
            (#"{"lines": [{"productId": "\#(UUID())", "quantity": "1"}], "payment": "barter"}"#, "invalid_choice"),
            (#"{"lines": [{"productId": "\#(UUID())", "quantity": "1"}], "payment": "cash", "buyerNik": "123"}"#, "invalid_nik"),
            (#"{"lines": [{"productId": "\#(UUID())", "quantity": "1"}]}"#, "required"),
        ])
    func badSalesAreRefusedWithACode(_ json: String, _ code: String) async throws {
        let body = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            // when
            let refused = try await api.post("/api/v1/store/sales", json: body)
            // then
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.errorCode == code)
        }
    }

    @Test func payingFromSavingsIsBalanceCheckedInThePosting() async throws {
        try await withTestApp { t in
            // given: Siti holds Rp 5.000 of sukarela
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "5000")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "10", at: "1.000")
            // when
            let paid = try await api.post(
                "/api/v1/store/sales", json: Self.sale(rice, "4", payment: "savings", extra: ["memberId": siti]))
            let refused = try await api.post(
                "/api/v1/store/sales", json: Self.sale(rice, "1", payment: "savings", extra: ["memberId": siti]))
            let stranger = try await api.post("/api/v1/store/sales", json: Self.sale(rice, "1", payment: "savings"))
            // then
            #expect(paid.status == .created)
            #expect(try await api.balance(siti, "sukarela") == "0")
            #expect(refused.errorCode == "insufficient_funds")
            #expect(stranger.errorCode == "member_required")
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "6")
            try await t.expectBooksSound()
        }
    }

    @Test func aWarungBuysOnCreditUpToItsLimit() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var fields = Self.rice
            fields["tiers"] = [["customerClass": "warung", "minQuantity": "10", "price": "1.300"]]
            let rice = try await Self.product(api, fields)
            try await Self.receive(api, rice, "100", at: "1.000")
            let warung = try await Self.warung(api)
            // when
            let first = try await api.post(
                "/api/v1/store/sales", json: Self.sale(rice, "10", payment: "credit", extra: ["customerId": warung]))
            let over = try await api.post(
                "/api/v1/store/sales", json: Self.sale(rice, "10", payment: "credit", extra: ["customerId": warung]))
            let anonymous = try await api.post("/api/v1/store/sales", json: Self.sale(rice, "1", payment: "credit"))
            // then
            #expect(try first.json()["total"] as? String == "13000")
            #expect(over.errorCode == "over_credit_limit")
            #expect(over.errorMessage?.contains("Rp 7.000") == true)
            #expect(anonymous.errorCode == "customer_required")
            #expect(try await Self.owed(api) == ["13000"])
            #expect(try await api.account(role: "tradeReceivables")?["balance"] as? String == "13000")
            try await t.expectBooksSound()
        }
    }

    /// Siti pays Rp 12.500 from her savings for 10 kg; 4 kg come back (Rp 5.000 to her savings, the goods to
    /// stock at what they cost), then the rest. Her SHU business nets to nothing, and verify passes after each.
    @Test func goodsComeBackAsTheReverseOfTheSale() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let cashier = try await t.apiClient("kasir@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "20.000")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "30", at: "1.000")
            let sale =
                try await cashier.post(
                    "/api/v1/store/sales", json: Self.sale(rice, "10", payment: "savings", extra: ["memberId": siti])
                ).json()["id"] as! String
            let path = "/api/v1/store/sales/\(sale)/returns"
            // when
            let byCashier = try await cashier.post(path, json: ["reason": "Beras berkutu"])
            let noReason = try await api.post(path, json: ["lines": [["productId": rice, "quantity": "4"]], "reason": " "])
            let part = try await api.post(
                path, json: ["lines": [["productId": rice, "quantity": "4"]], "reason": "Beras berkutu"])
            let balanceAfterPart = try await api.balance(siti, "sukarela")
            try await t.expectBooksSound()
            let tooMuch = try await api.post(
                path, json: ["lines": [["productId": rice, "quantity": "7"]], "reason": "Salah hitung"])
            let rest = try await api.post(path, json: ["reason": "Dibatalkan"])
            let again = try await api.post(path, json: ["reason": "Dibatalkan"])
            // then
            #expect(byCashier.status == .forbidden)
            #expect(noReason.status == .unprocessableEntity && noReason.errorCode == "required")
            #expect(part.status == .created)
            #expect(try part.json()["amount"] as? String == "5000")
            #expect(balanceAfterPart == "12500")
            #expect(tooMuch.errorCode == "return_exceeds_sale")
            #expect(tooMuch.errorMessage?.contains("6") == true)
            #expect(try rest.json()["amount"] as? String == "7500")
            #expect(again.status == .conflict && again.errorCode == "already_returned")
            #expect(try await api.balance(siti, "sukarela") == "20000")
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "30")
            let shown = try await api.get("/api/v1/store/sales/\(sale)").json()
            #expect(shown["returned"] as? String == "12500")
            let business = try await t.tenant().query(BusinessRecord.self).all()
            #expect(business.map(\.amount).reduce(0, +) == 0)
            #expect(try await api.account(role: "inventory")?["balance"] as? String == "30000")
            #expect(try await api.account(role: "salesMember")?["balance"] as? String == "0")
            try await t.expectBooksSound()
        }
    }

    /// A warung's credit comes back off what it owes; SPHP brought back no longer counts toward the buyer's limit.
    @Test func creditAndRegulatedGoodsComeBackToo() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "100", at: "1.000")
            let warung = try await Self.warung(api)
            let (pack, _) = try await Self.sphpPack(api)
            try await Self.receive(api, pack, "10", at: "58.000")
            let nik = ["buyerNik": People.siti["nik"]!]
            let credit =
                try await api.post(
                    "/api/v1/store/sales", json: Self.sale(rice, "10", payment: "credit", extra: ["customerId": warung])
                ).json()["id"] as! String
            let packs = try await api.post("/api/v1/store/sales", json: Self.sale(pack, "2", extra: nik)).json()["id"] as! String
            // when
            let refusedFirst = try await api.post("/api/v1/store/sales", json: Self.sale(pack, "1", extra: nik))
            _ = try await api.post("/api/v1/store/sales/\(credit)/returns", json: ["reason": "Salah kirim"])
            _ = try await api.post(
                "/api/v1/store/sales/\(packs)/returns",
                json: ["lines": [["productId": pack, "quantity": "1"]], "reason": "Kemasan sobek"])
            let allowedAfter = try await api.post("/api/v1/store/sales", json: Self.sale(pack, "1", extra: nik))
            // then
            #expect(refusedFirst.errorCode == "over_buyer_limit")
            #expect(allowedAfter.status == .created)
            #expect(try await Self.owed(api) == ["0"])
            #expect(try await api.account(role: "tradeReceivables")?["balance"] as? String == "0")
            try await t.expectBooksSound()
        }
    }

    /// SPHP's month for Bulog: Siti's 2 packs with her NIK (Budi's pack came back, so it is not there), and
    /// the stock: 10 received, 2 sold, 1 written off, 7 left. Only those who keep the stock read it.
    @Test func theProgrammesMonthListsEverySaleWithTheBuyersNIK() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let (pack, sphp) = try await Self.sphpPack(api)
            try await Self.receive(api, pack, "10", at: "58.000")
            _ = try await api.post("/api/v1/store/sales", json: Self.sale(pack, "2", extra: ["buyerNik": People.siti["nik"]!]))
            let budi =
                try await api.post(
                    "/api/v1/store/sales", json: Self.sale(pack, "1", extra: ["buyerNik": People.budi["nik"]!])
                ).json()["id"] as! String
            _ = try await api.post("/api/v1/store/sales/\(budi)/returns", json: ["reason": "Salah beli"])
            _ = try await api.post(
                "/api/v1/store/adjustments", json: ["productId": pack, "reason": "damaged", "quantity": "1"])
            // when
            let report = try await api.get("/api/v1/store/programmes/\(sphp)/report").json()
            let csv = try await api.get("/api/v1/store/programmes/\(sphp)/report?format=csv")
            let badMonth = try await api.get("/api/v1/store/programmes/\(sphp)/report?month=2026-13")
            let blankMonth = try await api.get("/api/v1/store/programmes/\(sphp)/report?month=")
            let byCashier = try await t.apiClient("kasir@sukamaju.coop").get("/api/v1/store/programmes/\(sphp)/report")
            // then
            let sales = try #require(report["sales"] as? [[String: Any]])
            #expect(sales.count == 1)
            #expect(sales.first?["buyerNik"] as? String == People.siti["nik"] as? String)
            #expect(sales.first?["quantity"] as? String == "2")
            #expect(sales.first?["amount"] as? String == "125000")
            let stock = try #require((report["stock"] as? [[String: Any]])?.first)
            #expect(stock["opening"] as? String == "0")
            #expect(stock["received"] as? String == "10")
            #expect(stock["sold"] as? String == "2")
            #expect(stock["adjusted"] as? String == "-1")
            #expect(stock["closing"] as? String == "7")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.body.string.contains("NIK pembeli;"))
            #expect(csv.body.string.contains("3507245012720001"))
            #expect(!csv.body.string.contains("3507241208900002"))
            #expect(badMonth.status == .unprocessableEntity)
            #expect(blankMonth.status == .unprocessableEntity)
            #expect(byCashier.status == .forbidden)
        }
    }

    /// SPHP rice (Bulog): at most 2 packs a buyer a day, sold only against a NIK, never above Rp 62.500 a pack.
    @Test func regulatedGoodsKeepTheirCeilingTheBuyersNIKAndLimit() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let programme = try await api.post(
                "/api/v1/store/programmes",
                json: ["name": "Beras SPHP", "priceCeiling": "62.500", "perBuyerLimit": "2", "period": "day"])
            let sphp = try programme.json()["id"] as! String
            let above = try await api.post(
                "/api/v1/store/products",
                json: [
                    "name": "Beras SPHP 5 kg", "unit": "pak", "memberPrice": "62.500", "nonMemberPrice": "65.000",
                    "programme": sphp,
                ])
            let pack = try await Self.product(
                api,
                [
                    "name": "Beras SPHP 5 kg", "unit": "pak", "memberPrice": "60.000", "nonMemberPrice": "62.500",
                    "programme": sphp,
                ])
            try await Self.receive(api, pack, "20", at: "55.000")
            let raised = try await api.send(
                .PUT, "/api/v1/store/products/\(pack)",
                body: ByteBuffer(
                    data: try JSONSerialization.data(withJSONObject: [
                        "name": "Beras SPHP 5 kg", "unit": "pak", "memberPrice": "60.000", "nonMemberPrice": "63.000",
                        "programme": sphp,
                    ])), contentType: .json)
            // when
            let noNIK = try await api.post("/api/v1/store/sales", json: Self.sale(pack, "1"))
            let first = try await api.post(
                "/api/v1/store/sales", json: Self.sale(pack, "1", extra: ["buyerNik": "3507245012720001"]))
            let over = try await api.post(
                "/api/v1/store/sales", json: Self.sale(pack, "2", extra: ["buyerNik": "3507245012720001"]))
            let other = try await api.post(
                "/api/v1/store/sales", json: Self.sale(pack, "2", extra: ["buyerNik": "3507241208900002"]))
            // then
            #expect(programme.status == .created)
            #expect(try programme.json()["priceCeiling"] as? String == "62500")
            #expect(above.errorCode == "above_price_ceiling")
            #expect(raised.errorCode == "above_price_ceiling")
            #expect(noNIK.errorCode == "buyer_id_required")
            #expect(first.status == .created)
            #expect(over.errorCode == "over_buyer_limit")
            #expect(over.errorMessage?.contains("1") == true)
            #expect(other.status == .created)
            #expect(try await api.get("/api/v1/store/products/\(pack)").json()["stock"] as? String == "17")
            try await t.expectBooksSound()
        }
    }

    @Test func aSaleRetriedWithItsKeyIsRecordedOnce() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "10", at: "1.000")
            let key: HTTPHeaders = ["Idempotency-Key": "kasir-1-0001"]
            // when
            let first = try await api.post("/api/v1/store/sales", json: Self.sale(rice, "1"), headers: key)
            let again = try await api.post("/api/v1/store/sales", json: Self.sale(rice, "1"), headers: key)
            // then
            #expect(first.status == .created)
            #expect(again.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(try again.json()["id"] as? String == (try first.json()["id"] as? String))
            #expect(try await t.tenant().query(SaleRecord.self).count() == 1)
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "9")
        }
    }

    @Test func productsAreFoundByNameOrBarcodeAndNamesAndBarcodesAreTheirsAlone() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var oil = ["name": "MinyaKita 1 L", "unit": "pcs", "memberPrice": "15.500", "nonMemberPrice": "15.700"]
            oil["barcode"] = "8993496110013"
            _ = try await Self.product(api, oil)
            // when
            let byName = try await api.get("/api/v1/store/products?q=minya")
            let byCode = try await api.get("/api/v1/store/products?q=8993496110013")
            let tooLong = try await api.get("/api/v1/store/products?q=" + String(repeating: "e%CC%81", count: 61))
            let sameName = try await api.post("/api/v1/store/products", json: oil)
            oil["name"] = "Minyak Goreng"
            let sameCode = try await api.post("/api/v1/store/products", json: oil)
            // then
            #expect((try JSONSerialization.jsonObject(with: Data(buffer: byName.body)) as? [Any])?.count == 1)
            #expect((try JSONSerialization.jsonObject(with: Data(buffer: byCode.body)) as? [Any])?.count == 1)
            #expect(tooLong.status == .unprocessableEntity && tooLong.errorCode == "too_long")
            #expect(sameName.status == .conflict && sameName.errorCode == "product_name_taken")
            #expect(sameCode.status == .conflict && sameCode.errorCode == "barcode_taken")
        }
    }

    /// Damaged goods out and found goods in at the moving average, a count to what is on the shelf, and goods
    /// moved to another unit with their value: stock, inventory and verify agree after each.
    @Test func stockIsPutRightAndMovedBetweenUnits() async throws {
        try await withTestApp { t in
            // given: 300 kg at Rp 1.075 (DOMAIN.md's example), and the warehouse unit
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "100", at: "900")
            try await Self.receive(api, rice, "100", at: "1.200")
            try await Self.receive(api, rice, "100", at: "1.125")
            let warehouse =
                try await api.post("/api/v1/ledger/units", json: ["code": "GUDANG", "name": "Gudang"]).json()["id"] as! String
            // when
            let damaged = try await api.post(
                "/api/v1/store/adjustments", json: ["productId": rice, "reason": "damaged", "quantity": "10"])
            let counted = try await api.post(
                "/api/v1/store/adjustments", json: ["productId": rice, "reason": "count", "quantity": "288"])
            let moved = try await api.post(
                "/api/v1/store/transfers", json: ["productId": rice, "quantity": "88", "toUnitId": warehouse])
            let found = try await api.post(
                "/api/v1/store/adjustments",
                json: ["productId": rice, "reason": "found", "quantity": "1", "unitId": warehouse.uppercased()])
            let tooMany = try await api.post(
                "/api/v1/store/transfers", json: ["productId": rice, "quantity": "1000", "toUnitId": warehouse])
            let product = try await api.get("/api/v1/store/products/\(rice)").json()
            // then
            #expect(try damaged.json()["value"] as? String == "-10750")
            #expect(try counted.json()["quantity"] as? String == "-2")
            #expect(try counted.json()["value"] as? String == "-2150")
            #expect(try moved.json()["value"] as? String == "94600")
            #expect(try moved.json()["stock"] as? String == "88")
            #expect(found.status == .created)
            #expect(tooMany.errorCode == "insufficient_stock")
            #expect(product["stock"] as? String == "289")
            #expect(try await api.account(role: "inventoryLoss")?["balance"] as? String == "11825")
            #expect(try await api.account(role: "inventory")?["balance"] as? String == (product["stockValue"] as? String))
            try await t.expectBooksSound()
        }
    }

    /// A gram of Rp 100-a-kilo rice found spoilt is worth nothing to the rupiah: no entry is posted, but the
    /// change of stock still has its link in the audit trail, as a transfer has.
    @Test func everyStockChangeIsInTheAuditTrail() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await Self.product(api)
            try await Self.receive(api, rice, "10", at: "100")
            let warehouse =
                try await api.post("/api/v1/ledger/units", json: ["code": "GUDANG", "name": "Gudang"]).json()["id"] as! String
            // when
            let spoilt = try await api.post(
                "/api/v1/store/adjustments", json: ["productId": rice, "reason": "damaged", "quantity": "0,001"])
            _ = try await api.post("/api/v1/store/transfers", json: ["productId": rice, "quantity": "2", "toUnitId": warehouse])
            let trail = (try await api.get("/api/v1/audit").json()["items"] as? [[String: Any]] ?? []).filter {
                ($0["action"] as? String)?.hasPrefix("store.stock.") == true
            }
            // then
            #expect(try spoilt.json()["value"] as? String == "0")
            #expect(try spoilt.json()["entryId"] == nil)
            #expect(trail.map { $0["action"] as? String } == ["store.stock.transfer", "store.stock.adjust"])
            let adjusted = trail.dropFirst().first?["after"] as? [String: Any]
            #expect(adjusted?["quantity"] as? String == "-0.001")
            #expect(adjusted?["reason"] as? String == "damaged")
            try await t.expectBooksSound()
        }
    }
}
