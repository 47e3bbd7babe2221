import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Goods one unit supplies another and goods left on consignment, on SQLite and PostgreSQL: stock stays at
/// the cooperative's cost, the units' sales to each other vanish from the consolidated statement, and
/// consignment is worth nothing to the books until it sells.
@Suite("Supply between units and on consignment") struct SupplyBetweenUnitsTests {
    /// The programme's units; their ids by kind.
    static func units(_ api: Client) async throws -> [String: String] {
        let response = try await api.post("/api/v1/store/units/template", json: [:])
        let units = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: units.compactMap { u in (u["kind"] as? String).map { ($0, u["id"] as! String) } })
    }

    @Test func theWarehouseSuppliesTheOutletAtATransferPrice() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let units = try await Self.units(s.api)
            let (warehouse, outlet) = (units["warehouse"]!, units["grocery"]!)
            try await s.api.post(
                "/api/v1/store/receipts",
                json: ["unitId": warehouse, "lines": [["productId": s.rice, "quantity": "100", "unitCost": "1.000"]]])
            let gudang = try await s.api.post("/api/v1/suppliers", json: ["name": "Gudang Koperasi", "unitId": warehouse])
            let supplier = try gudang.json()["id"] as! String

            // when: the outlet orders 40 kg at Rp 1.200 and receives them
            let toItself = try await s.api.post(
                "/api/v1/purchase-orders",
                json: [
                    "supplierId": supplier, "unitId": warehouse,
                    "lines": [["productId": s.rice, "quantity": "1", "unitCost": "1.200"]],
                ])
            let order =
                try await s.api.post(
                    "/api/v1/purchase-orders",
                    json: [
                        "supplierId": supplier, "unitId": outlet,
                        "lines": [["productId": s.rice, "quantity": "40", "unitCost": "1.200"]],
                    ]
                ).json()["id"] as! String
            let delivery = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "40"]]])
            let whole = try await s.api.get("/api/v1/reports/income-statement").json()
            let seller = try await s.api.get("/api/v1/reports/income-statement?unit=\(warehouse)").json()
            let buyer = try await s.api.get("/api/v1/reports/income-statement?unit=\(outlet)").json()
            let product = try await s.api.get("/api/v1/store/products/\(s.rice)").json()
            let position = try await s.api.get("/api/v1/reports/balance-sheet").json()
            let owedTo = try await s.api.get("/api/v1/reports/balance-sheet?unit=\(warehouse)").json()
            let owing = try await s.api.get("/api/v1/reports/balance-sheet?unit=\(outlet)").json()

            // then
            #expect(gudang.status == .created, "\(gudang.body.string)")
            #expect(toItself.status == .unprocessableEntity && toItself.body.string.contains("\"same_unit\""))
            #expect(delivery.status == .created, "\(delivery.body.string)")
            #expect(try delivery.json()["total"] as? String == "48000")
            #expect(try delivery.json()["owed"] as? String == "0")
            let levels = (product["levels"] as? [[String: Any]] ?? []).reduce(into: [String: String]()) {
                $0[$1["unitId"] as! String] = $1["value"] as? String
            }
            #expect(levels[warehouse.lowercased()] ?? levels[warehouse] == "60000")
            #expect(levels[outlet.lowercased()] ?? levels[outlet] == "40000")
            #expect(whole["eliminated"] as? String == "48000")
            #expect(!(Self.codes(whole).contains("4-2300") || Self.codes(whole).contains("5-1110")))
            #expect(whole["surplus"] as? String == "0")
            #expect(seller["surplus"] as? String == "8000", "the warehouse's margin: 48.000 sold, 40.000 cost")
            #expect(buyer["surplus"] as? String == "-8000", "the outlet's markup over cost, until it sells")
            #expect(Self.codes(seller).contains("4-2300"))
            let page = try await t.browser(SupplyAPITests.board).get("/books/reports/income-statement")
            #expect(page.body.string.contains("Penjualan antarunit sebesar Rp 48.000"))
            // the position: the warehouse is owed what the outlet owes, and the two cancel out
            #expect(position["eliminated"] as? String == "48000")
            #expect(!Self.lines(position, "assets").keys.contains("1-1700"))
            #expect(Self.lines(owedTo, "assets")["1-1700"] == "48000")
            #expect(Self.lines(owing, "liabilities")["1-1700"] == "48000")
            #expect(!Self.lines(owing, "assets").keys.contains("1-1700"))
            #expect([position, owedTo, owing].allSatisfy { $0["balanced"] as? Bool == true })
            let sheet = try await t.browser(SupplyAPITests.board).get("/books/reports/balance-sheet")
            #expect(sheet.body.string.contains("antarunit sebesar Rp 48.000 saling hapus"))
            try await t.expectBooksSound()
        }
    }

    /// A balance sheet's lines of one side, amount by account code.
    static func lines(_ sheet: [String: Any], _ side: String) -> [String: String] {
        (sheet[side] as? [[String: Any]] ?? []).reduce(into: [:]) { $0[$1["code"] as! String] = $1["amount"] as? String }
    }

    /// The codes of the accounts a statement shows.
    static func codes(_ statement: [String: Any]) -> Set<String> {
        Set(
            (statement["sections"] as? [[String: Any]] ?? []).flatMap { ($0["lines"] as? [[String: Any]] ?? []) }
                .compactMap { $0["code"] as? String })
    }

    @Test func consignmentIsWorthNothingUntilSoldThenOwedAtTheAgreedPrice() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let snack = try await StoreAPITests.product(
                s.api, ["name": "Keripik Singkong Bu Sri", "unit": "bks", "memberPrice": "5.000", "nonMemberPrice": "5.500"])
            let bu = try await s.api.post("/api/v1/suppliers", json: ["name": "Bu Sri", "terms": "cash"]).json()["id"] as! String

            let consigned = try await s.api.put(
                "/api/v1/suppliers/\(bu)/consignment", json: ["productId": snack, "price": "4.000"])
            let taken = try await s.api.post(
                "/api/v1/suppliers/\(bu)/consignment/receipts", json: ["lines": [["productId": snack, "quantity": 50]]])
            let bought = try await s.api.post(
                "/api/v1/store/receipts", json: ["lines": [["productId": snack, "quantity": "1", "unitCost": "3.000"]]])
            let sold = try await s.api.post("/api/v1/store/sales", json: StoreAPITests.sale(snack, "10"))
            let valueAfterSale = try await s.api.get("/api/v1/store/products/\(snack)").json()["stockValue"] as? String
            let settled = try await s.api.post("/api/v1/suppliers/\(bu)/consignment/settlements", json: [:])
            let again = try await s.api.post("/api/v1/suppliers/\(bu)/consignment/settlements", json: [:])
            let back = try await s.api.post(
                "/api/v1/suppliers/\(bu)/consignment/returns", json: ["lines": [["productId": snack, "quantity": "5"]]])
            let position = try await s.api.get("/api/v1/suppliers/\(bu)/consignment").json()
            let owed = try await s.api.get("/api/v1/suppliers/\(bu)").json()["owed"] as? String
            let paid = try await s.api.post("/api/v1/suppliers/\(bu)/payments", json: ["amount": "40.000", "channel": "cash"])

            #expect(consigned.status == .ok, "\(consigned.body.string)")
            #expect(taken.status == .created, "\(taken.body.string)")
            #expect(bought.status == .unprocessableEntity && bought.body.string.contains("\"consigned\""))
            #expect(sold.status == .created, "\(sold.body.string)")
            #expect(valueAfterSale == "0")
            #expect(settled.status == .created, "\(settled.body.string)")
            #expect(again.status == .unprocessableEntity && again.body.string.contains("\"nothing_to_settle\""))
            #expect(back.status == .created, "\(back.body.string)")
            let line = (position["lines"] as? [[String: Any]])?.first
            #expect(line?["held"] as? String == "35")
            #expect(line?["unsettled"] as? String == "0")
            #expect(owed == "40000")
            #expect(paid.status == .created, "\(paid.body.string)")
            try await t.expectBooksSound()
        }
    }
}

extension SupplyBetweenUnitsTests {
    /// A member's gabah bought at Rp 6.500/kg, 1.000 kg milled into 650 kg of beras for Rp 300.000: the beras
    /// costs 6.500.000 + 300.000 = 6.800.000, the yield is 65,0 %, and the books follow.
    @Test func gabahMilledIntoBerasCarriesItsCost() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let gabah = try await StoreAPITests.product(
                s.api, ["name": "Gabah Kering Giling", "unit": "kg", "memberPrice": "7.000", "nonMemberPrice": "7.500"])
            try await s.api.post(
                "/api/v1/produce/intakes",
                json: ["memberId": s.siti, "productId": gabah, "quantity": "1000", "price": "6.500", "payment": "cash"])
            let milled = try await s.api.post(
                "/api/v1/processing",
                json: [
                    "inputProductId": gabah, "inputQuantity": "1000", "outputProductId": s.rice, "outputQuantity": "650",
                    "cost": "300.000",
                ])
            let tooMuch = try await s.api.post(
                "/api/v1/processing",
                json: ["inputProductId": gabah, "inputQuantity": "1", "outputProductId": s.rice, "outputQuantity": "1"])
            let rice = try await s.api.get("/api/v1/store/products/\(s.rice)").json()

            #expect(milled.status == .created, "\(milled.body.string)")
            #expect(try milled.json()["yieldPercent"] as? String == "65.0")
            #expect(rice["stockValue"] as? String == "6800000")
            #expect(tooMuch.status == .unprocessableEntity && tooMuch.errorCode == "insufficient_stock")
            try await t.expectBooksSound()
        }
    }
}
