import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// The supply pages through the router, on SQLite and PostgreSQL: a supplier added and an order placed and
/// received in the browser, a member's harvest taken in by the card's code, and a delivery confirmed by its
/// driver with a photo.
@Suite("Supply pages") struct SupplyPagesTests {
    @Test func anOrderIsPlacedAndReceivedInTheBrowser() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let browser = try await t.browser(SupplyAPITests.board)
            let home = try await browser.get("/supply")
            let token = try home.csrfToken()

            let added = try await browser.post(
                "/supply/suppliers", form: ["_csrf": token, "name": "CV Tani Makmur", "terms": "credit", "creditDays": "14"])
            let supplier = try #require(added.headers.first(name: .location))
            let supplierID = String(supplier.split(separator: "/").last!)
            let refused = try await browser.submit(
                "/supply/suppliers", form: ["_csrf": token, "name": "CV Tanpa Tempo", "terms": "credit"])
            let priced = try await browser.post(
                supplier + "/prices", form: ["_csrf": token, "productId": s.rice, "unitCost": "1.000"])
            let placed = try await browser.post(
                "/supply/orders",
                form: ["_csrf": token, "supplierId": supplierID, "product[]": s.rice, "quantity[]": "10", "cost[]": ""])
            let order = try #require(placed.headers.first(name: .location))
            let page = try await browser.get(order)
            let received = try await browser.post(
                order + "/receive", form: ["_csrf": token, "product[]": s.rice, "quantity[]": "10", "damaged[]": ""])
            let invoiced = try await browser.post(
                order + "/invoices", form: ["_csrf": token, "number": "F-01", "amount": "10.500"])
            let after = try await browser.get(order)
            let owed = try await s.api.get("/api/v1/suppliers/\(supplierID)").json()["owed"] as? String

            #expect(home.status == .ok && home.body.string.contains("Saran belanja ulang"))
            #expect(added.status == .seeOther)
            #expect(refused.body.string.contains("jangka waktu 1 sampai 365 hari"))
            #expect(priced.status == .seeOther, "\(priced.body.string)")
            #expect(placed.status == .seeOther, "the cost from the price list: \(placed.body.string)")
            #expect(page.body.string.contains("Terima barang"))
            #expect(received.status == .seeOther, "\(received.body.string)")
            #expect(after.body.string.contains("Diterima lengkap"))
            #expect(invoiced.status == .seeOther, "\(invoiced.body.string)")
            #expect(after.body.string.contains("Selisih Rp 500"))
            #expect(owed == "10000")
            let report = try await browser.get("/supply/reports")
            let csv = try await browser.get("/supply/reports?format=csv")
            #expect(report.body.string.contains("CV Tani Makmur") && report.body.string.contains("Rp 10.000"))
            #expect(csv.headers.contentType?.subType == "csv" && csv.body.string.contains("CV Tani Makmur"))
            try await t.expectBooksSound()
        }
    }

    @Test func aHarvestIsTakenInByTheMembersCard() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let number = try await s.api.get("/api/v1/members/\(s.siti)").json()["memberNumber"] as! Int
            let browser = try await t.browser(SupplyAPITests.board)
            let token = try await browser.get("/supply/produce").csrfToken()
            let form = [
                "_csrf": token, "memberNumber": MemberCard.code(for: number), "productId": s.rice, "quantity": "250,5",
                "grade": "B", "price": "6.500", "payment": "savings",
            ]

            let unknown = try await browser.submit("/supply/produce", form: form.merging(["grade": "Z"]) { $1 })
            let nobody = try await browser.submit("/supply/produce", form: form.merging(["memberNumber": "99999"]) { $1 })
            let taken = try await browser.post("/supply/produce", form: form)
            let page = try await browser.get("/supply/produce")

            #expect(unknown.body.string.contains("Kualitas harus A, B, atau C"))
            #expect(nobody.body.string.contains("Anggota tidak ditemukan"))
            #expect(taken.status == .seeOther, "\(taken.body.string)")
            #expect(page.body.string.contains("Rp 1.628.250"), "250,5 kg × Rp 6.500")
            // Milled: 200 kg of it gives 130 kg of another rice, 65,0 %.
            let milled = try await StoreAPITests.product(
                s.api, ["name": "Beras Giling", "unit": "kg", "memberPrice": "12.000", "nonMemberPrice": "12.500"])
            let processed = try await browser.post(
                "/supply/processing",
                form: [
                    "_csrf": token, "inputProductId": s.rice, "inputQuantity": "200", "outputProductId": milled,
                    "outputQuantity": "130", "cost": "20.000",
                ])
            #expect(processed.status == .seeOther, "\(processed.body.string)")
            #expect(try await browser.get("/supply/produce").body.string.contains("65,0 %"))
            try await t.expectBooksSound()
        }
    }

    @Test func aDriverConfirmsADeliveryWithAPhotoOnTheirPhone() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let coop = try await t.tenant().cooperativeID
            try await t.user("sopir@sukamaju.coop", roles: [.staff], in: coop)
            let users =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/users").body))
                as? [[String: Any]] ?? []
            let driverID = users.first { $0["email"] as? String == "sopir@sukamaju.coop" }?["id"] as! String
            let board = try await t.browser(SupplyAPITests.board)
            let token = try await board.get("/supply/deliveries").csrfToken()
            let planned = try await board.post(
                "/supply/deliveries",
                form: [
                    "_csrf": token, "goods": "Beras 5 kg × 10", "destination": "Warung Bu Darmi", "recipient": "Bu Darmi",
                    "driverId": driverID,
                ])
            let id = try #require(
                (try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/deliveries").body))
                    as? [[String: Any]])?.first?["id"] as? String)

            let driver = try await t.browser("sopir@sukamaju.coop")
            let mine = try await driver.get("/supply/deliveries")
            let driverToken = try mine.csrfToken()
            let off = try await driver.post("/supply/deliveries/\(id)/depart", form: ["_csrf": driverToken])
            let boundary = "----guyub"
            var body = ByteBuffer()
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(driverToken)\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"receivedBy\"\r\n\r\nBu Darmi\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"bukti.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n")
            body.writeBytes(SupplyAPITests.png)
            body.writeString("\r\n--\(boundary)--\r\n")
            let delivered = try await driver.send(
                .POST, "/supply/deliveries/\(id)/deliver", body: body,
                contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
            let after = try await s.api.get("/api/v1/deliveries/\(id)").json()

            #expect(planned.status == .seeOther, "\(planned.body.string)")
            #expect(mine.body.string.contains("Pengiriman saya") && mine.body.string.contains("Berangkat"))
            #expect(off.status == .seeOther, "\(off.body.string)")
            #expect(delivered.status == .seeOther, "\(delivered.body.string)")
            #expect(after["status"] as? String == "delivered")
            #expect(after["receivedBy"] as? String == "Bu Darmi")
            #expect(after["photoId"] as? String != nil)
        }
    }

    /// A sale's receipt, a credit customer and an order between units each lead to a delivery planned with
    /// what it carries and to whom already filled in, and kept with what it is for.
    @Test func aDeliveryIsPlannedFromASaleACustomerOrAnOrder() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            try await StoreAPITests.receive(s.api, s.rice, "50", at: "10.000")
            let sale =
                (try await s.api.post(
                    "/api/v1/store/sales", json: StoreAPITests.sale(s.rice, "5", extra: ["memberId": s.siti])
                ).json()["id"] as! String).lowercased()
            let warung = try await StoreAPITests.warung(s.api).lowercased()
            let browser = try await t.browser(SupplyAPITests.board)

            let receipt = try await browser.get("/store/sales/\(sale)").body.string
            let fromSale = try await browser.get("/supply/deliveries?sale=\(sale)")
            let customers = try await browser.get("/store/customers").body.string
            let toCustomer = try await browser.get("/supply/deliveries?customer=\(warung)").body.string
            let unknown = try await browser.get("/supply/deliveries?sale=\(UUID())")
            let token = try fromSale.csrfToken()
            let planned = try await browser.post(
                "/supply/deliveries",
                form: [
                    "_csrf": token, "goods": "5 kg Beras", "destination": "Jl. Melati 3", "recipient": "Siti", "saleId": sale,
                ])
            let forged = try await browser.submit(
                "/supply/deliveries",
                form: [
                    "_csrf": token, "goods": "5 kg Beras", "destination": "Jl. Melati 3", "recipient": "Siti",
                    "saleId": "not-a-sale",
                ])
            let deliveries =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/deliveries").body))
                as? [[String: Any]] ?? []

            #expect(receipt.contains("/supply/deliveries?sale=\(sale)#plan"))
            #expect(fromSale.body.string.contains("Untuk penjualan no. 1"))
            #expect(fromSale.body.string.contains("value=\"5 kg Beras"), "the sale's goods filled in")
            #expect(fromSale.body.string.contains(People.siti["name"] as! String))
            #expect(customers.contains("/supply/deliveries?customer=\(warung)#plan"))
            #expect(toCustomer.contains("Untuk pelanggan Warung Bu Darmi") && toCustomer.contains("value=\"\(warung)\""))
            #expect(unknown.status == .notFound)
            #expect(planned.status == .seeOther, "\(planned.body.string)")
            #expect(forged.status == .notFound)
            #expect(deliveries.count == 1 && (deliveries.first?["saleId"] as? String)?.lowercased() == sale)
        }
    }

    /// An order from the warehouse to the outlet leads to a delivery to the outlet of what was ordered.
    @Test func anOrderBetweenUnitsIsPlannedForDelivery() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let units = try await SupplyBetweenUnitsTests.units(s.api)
            let gudang =
                try await s.api.post(
                    "/api/v1/suppliers", json: ["name": "Gudang Koperasi", "unitId": units["warehouse"]!]
                ).json()["id"] as! String
            let order =
                (try await s.api.post(
                    "/api/v1/purchase-orders",
                    json: [
                        "supplierId": gudang, "unitId": units["grocery"]!,
                        "lines": [["productId": s.rice, "quantity": "40", "unitCost": "1.200"]],
                    ]
                ).json()["id"] as! String).lowercased()
            let browser = try await t.browser(SupplyAPITests.board)

            let page = try await browser.get("/supply/orders/\(order)").body.string
            let plan = try await browser.get("/supply/deliveries?order=\(order)").body.string

            #expect(page.contains("/supply/deliveries?order=\(order)#plan"))
            #expect(plan.contains("Untuk pesanan no. 1") && plan.contains("value=\"\(order)\""))
            #expect(plan.contains("value=\"40 kg"), "what was ordered, to carry")
        }
    }

    @Test func aClaimIsSubmittedWithItsReceiptAndPaidInTheBrowser() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let coop = try await t.tenant().cooperativeID
            try await t.user("bendahara@sukamaju.coop", roles: [.board], in: coop)
            try await t.user("staf@sukamaju.coop", roles: [.staff], in: coop)
            let treasurer = try await t.browser("bendahara@sukamaju.coop")
            let token = try await treasurer.get("/supply/claims").csrfToken()
            let boundary = "----guyub"
            func claim(_ photo: [UInt8]) -> ByteBuffer {
                var body = ByteBuffer()
                for (name, value) in [("_csrf", token), ("amount", "85.000"), ("purpose", "Ongkos ke Dinas Koperasi")] {
                    body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
                }
                body.writeString(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"receipt\"; filename=\"nota.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                body.writeBytes(photo)
                body.writeString("\r\n--\(boundary)--\r\n")
                return body
            }
            let form = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])

            let notAPhoto = try await treasurer.send(.POST, "/supply/claims", body: claim(Array("hello".utf8)), contentType: form)
            let submitted = try await treasurer.send(.POST, "/supply/claims", body: claim(SupplyAPITests.png), contentType: form)
            let id = try #require(
                (try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/claims").body))
                    as? [[String: Any]])?.first?["id"] as? String)
            let receipt = try #require(
                (try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/claims").body))
                    as? [[String: Any]])?.first?["receiptId"] as? String)
            let chair = try await t.browser(SupplyAPITests.board)
            let chairToken = try await chair.get("/supply/claims").csrfToken()
            let approved = try await chair.post("/supply/claims/\(id)/approve", form: ["_csrf": chairToken])
            let paid = try await treasurer.post("/supply/claims/\(id)/pay", form: ["_csrf": token, "channel": "cash"])
            let staff = try await t.browser("staf@sukamaju.coop")
            let hidden = try await staff.get("/supply/uploads/\(receipt)")
            let shown = try await chair.get("/supply/uploads/\(receipt)")

            #expect(notAPhoto.status == .unprocessableEntity || notAPhoto.body.string.contains("JPEG, PNG, WebP"))
            #expect(submitted.status == .seeOther, "\(submitted.body.string)")
            #expect(approved.status == .seeOther, "\(approved.body.string)")
            #expect(paid.status == .seeOther, "\(paid.body.string)")
            #expect(try await s.api.get("/api/v1/claims/\(id)").json()["status"] as? String == "paid")
            #expect(hidden.status == .notFound)
            #expect(shown.status == .ok && shown.headers.contentType == .png)
            try await t.expectBooksSound()
        }
    }

    @Test func consignmentIsTakenInAndSettledFromTheSuppliersPage() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let chips = try await StoreAPITests.product(
                s.api, ["name": "Keripik Singkong", "unit": "bks", "memberPrice": "5.000", "nonMemberPrice": "5.500"])
            let bu = try await s.api.post("/api/v1/suppliers", json: ["name": "Bu Sri", "terms": "cash"]).json()["id"] as! String
            let browser = try await t.browser(SupplyAPITests.board)
            let page = "/supply/suppliers/\(bu)"
            let token = try await browser.get(page).csrfToken()

            let consigned = try await browser.post(
                page + "/consignment/consign", form: ["_csrf": token, "productId": chips, "price": "4.000"])
            let taken = try await browser.post(
                page + "/consignment/move", form: ["_csrf": token, "productId": chips, "quantity": "30", "direction": "in"])
            try await s.api.post("/api/v1/store/sales", json: StoreAPITests.sale(chips, "10"))
            let settled = try await browser.post(page + "/consignment/settle", form: ["_csrf": token])
            let nothing = try await browser.submit(page + "/consignment/settle", form: ["_csrf": token])
            let shown = try await browser.get(page)

            #expect(consigned.status == .seeOther, "\(consigned.body.string)")
            #expect(taken.status == .seeOther, "\(taken.body.string)")
            #expect(settled.status == .seeOther, "\(settled.body.string)")
            #expect(nothing.body.string.contains("Belum ada barang titipan yang terjual"))
            #expect(shown.body.string.contains("Rp 40.000") && shown.body.string.contains("20 bks"))
            // Two more sell: the report holds 18 with 2 to pay for, at Rp 4.000 each.
            try await s.api.post("/api/v1/store/sales", json: StoreAPITests.sale(chips, "2"))
            let report = try await browser.get("/supply/reports").body.string
            let csv = try await browser.get("/supply/reports?format=csv").body.string
            #expect(report.contains("Barang titipan saat ini") && report.contains("18 bks") && report.contains("Rp 8.000"))
            #expect(csv.contains("Bu Sri;Keripik Singkong;bks;18;2;8000"))
            try await t.expectBooksSound()
        }
    }

    @Test func goodsAreStoredByMemberNumberAndBilledAsTheyGoOut() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            _ = try await SupplyBetweenUnitsTests.units(s.api)
            let number = try await s.api.get("/api/v1/members/\(s.siti)").json()["memberNumber"] as! Int
            let browser = try await t.browser(SupplyAPITests.board)
            let token = try await browser.get("/supply/storage").csrfToken()
            let stored = try await browser.post(
                "/supply/storage",
                form: ["_csrf": token, "owner": String(number), "goods": "Cabai merah", "quantity": "200", "rate": "Rp 50"])
            let lot = try #require(
                (try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/storage").body))
                    as? [[String: Any]])?.first)
            let out = try await browser.post(
                "/supply/storage/\(lot["id"] as! String)/releases", form: ["_csrf": token, "quantity": "50"])
            let page = try await browser.get("/supply/storage")

            #expect(stored.status == .seeOther, "\(stored.body.string)")
            #expect(lot["owner"] as? String == People.siti["name"] as? String)
            #expect(out.status == .seeOther, "\(out.body.string)")
            #expect(page.body.string.contains("Rp 2.500"), "50 kg × Rp 50 × 1 day")
            try await t.expectBooksSound()
        }
    }
}
