import Foundation
import GuyubCore
import PropertyBased
import Testing
import Vapor
import VaporTesting

@Suite("Supply under random orders, deliveries, payments, produce and consignment") struct SupplyPropertyTests {
    /// Random purchase orders on credit, deliveries of random quantities (some more than is outstanding),
    /// supplier invoices, payments (some more than is owed), members' produce paid in cash or to savings,
    /// orders from the warehouse to the outlet at transfer prices (some beyond its stock), and consignment taken
    /// in, sold and settled: what each supplier is owed is what was received on credit or settled less what was
    /// paid, a refusal changes nothing, the units' sales to each other are left out of the consolidated
    /// statement in full, and `guyub verify` finds stock, payables and the inter-unit accounts tied to the books.
    @Test func payablesStockAndUnitsTieToTheBooks() async throws {
        let step = zip(Gen.int(in: 0...7), Gen.int(in: 1...60), Gen.int(in: 500...3_000), Gen.bool)
        await propertyCheck(count: 3, input: step.array(of: 24)) { steps in
            do {
                try await withTestApp { t in
                    // given: cash in the drawer, rice from a supplier on credit, a member's gabah into the warehouse,
                    // which supplies the outlet, and snacks a villager leaves on consignment
                    let s = try await SupplyAPITests.shop(t)
                    let api = s.api
                    let units = try await SupplyBetweenUnitsTests.units(api)
                    let (warehouse, outlet) = (units["warehouse"]!, units["grocery"]!)
                    let gabah = try await StoreAPITests.product(
                        api, ["name": "Gabah", "unit": "kg", "memberPrice": "7.000", "nonMemberPrice": "7.500"])
                    let snack = try await StoreAPITests.product(
                        api, ["name": "Keripik", "unit": "bks", "memberPrice": "5.000", "nonMemberPrice": "5.500"])
                    let gudang =
                        try await api.post("/api/v1/suppliers", json: ["name": "Gudang", "unitId": warehouse])
                        .json()["id"] as! String
                    let villager =
                        try await api.post("/api/v1/suppliers", json: ["name": "Bu Sri", "terms": "cash"])
                        .json()["id"] as! String
                    try await api.put("/api/v1/suppliers/\(villager)/consignment", json: ["productId": snack, "price": "4.000"])

                    var owed: Int64 = 0 // to the rice supplier
                    var consignorOwed: Int64 = 0
                    var orders: [(id: String, outstanding: Int64, cost: Int64)] = []
                    var gabahInWarehouse: Int64 = 0
                    var snacksHeld: Int64 = 0
                    var snacksUnsettled: Int64 = 0
                    var soldBetweenUnits: Int64 = 0

                    // when: quantities in whole kilos and packs
                    for (kind, n, price, flag) in steps {
                        let quantity = Int64(n) * 1_000
                        switch kind {
                        case 0:
                            let order = try await api.post(
                                "/api/v1/purchase-orders",
                                json: [
                                    "supplierId": s.supplier, "lines": [["productId": s.rice, "quantity": n, "unitCost": price]],
                                ])
                            #expect(order.status == .created, "\(order.body.string)")
                            orders.append((try order.json()["id"] as! String, quantity, Int64(price)))
                        case 1:
                            guard let index = orders.indices.last(where: { orders[$0].outstanding > 0 }) else { continue }
                            let order = orders[index]
                            let delivery = try await api.post(
                                "/api/v1/purchase-orders/\(order.id)/receipts",
                                json: ["lines": [["productId": s.rice, "quantity": n, "damaged": flag ? 1 : 0]]])
                            if quantity <= order.outstanding {
                                #expect(delivery.status == .created, "\(delivery.body.string)")
                                orders[index].outstanding -= quantity
                                owed += Int64(n) * order.cost
                            } else {
                                #expect(delivery.errorCode == "over_order")
                            }
                        case 2:
                            guard let order = orders.last else { continue }
                            let invoice = try await api.post(
                                "/api/v1/purchase-orders/\(order.id)/invoices",
                                json: ["number": "F-\(UUID().uuidString.prefix(8))", "amount": price * n])
                            #expect(invoice.status == .created, "\(invoice.body.string)")
                        case 3:
                            let amount = Int64(price) * Int64(n) / 3
                            let paid = try await api.post(
                                "/api/v1/suppliers/\(s.supplier)/payments", json: ["amount": amount, "channel": "cash"])
                            if amount <= owed {
                                #expect(paid.status == .created, "\(paid.body.string)")
                                owed -= amount
                            } else {
                                #expect(paid.errorCode == "overpayment")
                            }
                        case 4:
                            let intake = try await api.post(
                                "/api/v1/produce/intakes",
                                json: [
                                    "memberId": s.siti, "productId": gabah, "quantity": n, "price": price,
                                    "payment": flag ? "savings" : "cash", "unitId": warehouse, "grade": "B",
                                ])
                            #expect(intake.status == .created, "\(intake.body.string)")
                            gabahInWarehouse += quantity
                        case 5:
                            let order =
                                try await api.post(
                                    "/api/v1/purchase-orders",
                                    json: [
                                        "supplierId": gudang, "unitId": outlet,
                                        "lines": [["productId": gabah, "quantity": n, "unitCost": price * 2]],
                                    ]
                                ).json()["id"] as! String
                            let delivery = try await api.post(
                                "/api/v1/purchase-orders/\(order)/receipts",
                                json: ["lines": [["productId": gabah, "quantity": n]]])
                            if quantity <= gabahInWarehouse {
                                #expect(delivery.status == .created, "\(delivery.body.string)")
                                gabahInWarehouse -= quantity
                                soldBetweenUnits += Int64(n) * Int64(price * 2)
                            } else {
                                #expect(delivery.errorCode == "insufficient_stock")
                            }
                        case 6:
                            if flag {
                                let taken = try await api.post(
                                    "/api/v1/suppliers/\(villager)/consignment/receipts",
                                    json: ["lines": [["productId": snack, "quantity": n]]])
                                #expect(taken.status == .created, "\(taken.body.string)")
                                snacksHeld += quantity
                            } else {
                                let sold = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(snack, "\(n)"))
                                if quantity <= snacksHeld {
                                    #expect(sold.status == .created, "\(sold.body.string)")
                                    snacksHeld -= quantity
                                    snacksUnsettled += Int64(n)
                                } else {
                                    #expect(sold.errorCode == "insufficient_stock")
                                }
                            }
                        default:
                            let settled = try await api.post("/api/v1/suppliers/\(villager)/consignment/settlements", json: [:])
                            if snacksUnsettled > 0 {
                                #expect(settled.status == .created, "\(settled.body.string)")
                                consignorOwed += snacksUnsettled * 4_000
                                snacksUnsettled = 0
                            } else {
                                #expect(settled.errorCode == "nothing_to_settle")
                            }
                        }
                    }

                    // then
                    #expect(try await api.get("/api/v1/suppliers/\(s.supplier)").json()["owed"] as? String == String(owed))
                    #expect(try await api.get("/api/v1/suppliers/\(villager)").json()["owed"] as? String == String(consignorOwed))
                    let statement = try await api.get("/api/v1/reports/income-statement").json()
                    #expect(statement["eliminated"] as? String == String(soldBetweenUnits))
                    #expect(!SupplyBetweenUnitsTests.codes(statement).contains("4-2300"))
                    let snackValue = try await api.get("/api/v1/store/products/\(snack)").json()["stockValue"] as? String
                    #expect(snackValue == "0", "consignment is worth nothing to the books")
                    try await t.expectBooksSound()
                }
            } catch {
                Issue.record("\(steps): \(error)")
            }
        }
    }
}
