import Foundation
import GuyubCore
import PropertyBased
import Testing
import Vapor
import VaporTesting

@Suite("Stock under random receipts and sales") struct StockPropertyTests {
    /// Random receipts at random costs (some expiring in 10 or 40 days), sales, goods brought back from the last sale, damaged goods written
    /// off and goods moved to a second unit, of random quantities (some more than is on hand), of two goods: each product's stock is
    /// what came in less what went out, its batches by expiry date add up to it with none below zero, the
    /// inventory account equals the stock's value, a refusal changes nothing, and `guyub verify` finds the
    /// books sound.
    @Test func stockAndTheBooksAgree() async throws {
        let step = zip(Gen.int(in: 0...5), Gen.int(in: 0...1), Gen.int(in: 1...4_000), Gen.int(in: 500...3_000))
        await propertyCheck(count: 3, input: step.array(of: 20)) { steps in
            do {
                try await withTestApp { t in
                    // given
                    try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
                    let api = try await t.apiClient("ketua@sukamaju.coop")
                    let goods = [
                        try await StoreAPITests.product(api),
                        try await StoreAPITests.product(
                            api, ["name": "Gula Pasir", "unit": "kg", "memberPrice": "17.500", "nonMemberPrice": "18.000"]),
                    ]
                    let store =
                        try await api.post("/api/v1/ledger/units", json: ["code": "GUDANG", "name": "Gudang"]).json()["id"]
                        as! String
                    // `expected`: what the shop holds (its unit made on first use); `stored`: what was moved to the warehouse.
                    var expected = [Int64](repeating: 0, count: 2)
                    var stored = [Int64](repeating: 0, count: 2)
                    // The last sale of each good, and how much of it may still come back.
                    var lastSale: [(id: String, returnable: Int64)?] = [nil, nil]
                    // when: quantities in thousandths of a kilo, written as people write them
                    for (kind, which, thousandths, cost) in steps {
                        let quantity = String(format: "%d,%03d", thousandths / 1_000, thousandths % 1_000)
                        let amount = Int64(thousandths)
                        let answer: TestingHTTPResponse
                        switch kind {
                        case 0, 1:
                            // Goods that expire in 10 or 40 days, or do not.
                            let expiry = [
                                nil, Calendar.current.date(byAdding: .day, value: 10, to: Date()),
                                Calendar.current.date(byAdding: .day, value: 40, to: Date()),
                            ][cost % 3]
                            var line: [String: Any] = ["productId": goods[which], "quantity": quantity, "unitCost": String(cost)]
                            line["expiresOn"] = expiry.map {
                                ISO8601DateFormatter.string(from: $0, timeZone: .gmt, formatOptions: .withFullDate)
                            }
                            let received = try await api.post("/api/v1/store/receipts", json: ["lines": [line]])
                            #expect(received.status == .created, "\(received.body.string)")
                            expected[which] += amount
                            continue
                        case 2:
                            answer = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(goods[which], quantity))
                        case 3:
                            answer = try await api.post(
                                "/api/v1/store/adjustments",
                                json: ["productId": goods[which], "reason": "damaged", "quantity": quantity])
                        case 4:
                            answer = try await api.post(
                                "/api/v1/store/transfers",
                                json: ["productId": goods[which], "quantity": quantity, "toUnitId": store])
                        default:
                            guard let sale = lastSale[which] else { continue }
                            let back = try await api.post(
                                "/api/v1/store/sales/\(sale.id)/returns",
                                json: ["lines": [["productId": goods[which], "quantity": quantity]], "reason": "Rusak"])
                            if amount <= sale.returnable {
                                #expect(back.status == .created, "\(back.body.string)")
                                expected[which] += amount
                                lastSale[which] = (sale.id, sale.returnable - amount)
                            } else {
                                #expect(back.errorCode == "return_exceeds_sale")
                            }
                            continue
                        }
                        if kind == 2, answer.status == .created {
                            lastSale[which] = (try answer.json()["id"] as! String, amount)
                        }
                        if amount <= expected[which] {
                            #expect(answer.status == .created, "\(answer.body.string)")
                            expected[which] -= amount
                            if kind == 4 { stored[which] += amount }
                        } else {
                            #expect(answer.errorCode == "insufficient_stock")
                        }
                    }
                    // then
                    var value: Int64 = 0
                    for (index, product) in goods.enumerated() {
                        let read = try await api.get("/api/v1/store/products/\(product)").json()
                        #expect(
                            (try? Quantity.parse(read["stock"] as? String)) ?? 0 == expected[index] + stored[index], "\(read)")
                        // The batches by expiry date add up to the stock, none below zero (verify checks each unit).
                        let batches = (read["batches"] as? [[String: Any]] ?? []).map {
                            (try? Quantity.parse($0["quantity"] as? String)) ?? -1
                        }
                        #expect(batches.allSatisfy { $0 > 0 })
                        #expect(batches.reduce(0, +) == expected[index] + stored[index])
                        value += Int64(read["stockValue"] as! String)!
                    }
                    #expect(try await api.account(role: "inventory")?["balance"] as? String == String(value))
                    try await t.expectBooksSound()
                }
            } catch {
                Issue.record("\(steps): \(error)")
            }
        }
    }
}
