import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// The business units through the API, on SQLite and PostgreSQL: the programme's seven in one step, staff
/// who work only in their units, and price ceilings a region sets.
@Suite("Units, staff and regions through the API") struct UnitsAPITests {
    @Test func sevenUnitsInOneStepAndACashierWhoWorksInThePharmacy() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("apotek@sukamaju.coop", roles: [.teller], in: coop)
            try await t.user("gerai@sukamaju.coop", roles: [.manager], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let cashier = try await t.apiClient("apotek@sukamaju.coop")
            // when
            let made = try await api.post("/api/v1/store/units/template", json: [:])
            let again = try await api.post("/api/v1/store/units/template", json: [:])
            let units = try JSONSerialization.jsonObject(with: Data(buffer: made.body)) as? [[String: Any]] ?? []
            let pharmacy = try #require(units.first { $0["kind"] as? String == "pharmacy" }?["id"] as? String)
            let outlet = try #require(units.first { $0["kind"] as? String == "grocery" }?["id"] as? String)
            let users = try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/users").body))
            let apotek = try #require(
                (users as? [[String: Any]])?.first { $0["email"] as? String == "apotek@sukamaju.coop" }?["id"] as? String)
            let assigned = try await api.put("/api/v1/store/units/\(pharmacy)/staff", json: ["userIds": [apotek]])
            let stranger = try await api.put("/api/v1/store/units/\(pharmacy)/staff", json: ["userIds": [UUID().uuidString]])
            let leftOut = try await api.put("/api/v1/store/units/\(pharmacy)/staff", json: [:])
            let byCashier = try await cashier.put("/api/v1/store/units/\(outlet)/staff", json: ["userIds": [apotek]])
            var paracetamol: [String: Any] = [
                "name": "Parasetamol 500 mg", "unit": "strip", "memberPrice": "4.000", "nonMemberPrice": "4.500",
            ]
            paracetamol["unitId"] = pharmacy
            let medicine = try await StoreAPITests.product(api, paracetamol)
            _ = try await api.post(
                "/api/v1/store/receipts",
                json: ["lines": [["productId": medicine, "quantity": "20", "unitCost": "3.000"]], "unitId": pharmacy])
            let sold = try await cashier.post("/api/v1/store/sales", json: StoreAPITests.sale(medicine, "2"))
            var elsewhere = StoreAPITests.sale(medicine, "1")
            elsewhere["unitId"] = outlet
            let refused = try await cashier.post("/api/v1/store/sales", json: elsewhere)
            // then
            #expect(made.status == .created)
            #expect(units.count == 7)
            #expect((try JSONSerialization.jsonObject(with: Data(buffer: again.body)) as? [[String: Any]])?.count == 7)
            #expect(assigned.status == .ok)
            #expect((try assigned.json()["staff"] as? [[String: Any]])?.first?["name"] as? String == "apotek@sukamaju.coop")
            #expect(stranger.status == .notFound)
            #expect(leftOut.status == .unprocessableEntity)
            #expect(byCashier.status == .forbidden)
            #expect(sold.status == .created, "\(sold.body.string)")
            #expect(try sold.json()["unitId"] as? String == pharmacy)
            #expect(refused.status == .forbidden)
            #expect(refused.errorCode == "not_assigned")
            // Nothing of the refused sale was written.
            #expect(try await t.tenant().query(SaleRecord.self).count() == 1)
            // A manager working in the outlet takes nothing back from the pharmacy's sale.
            let outletManager = try await t.apiClient("gerai@sukamaju.coop")
            let manager = try #require(
                (users as? [[String: Any]])?.first { $0["email"] as? String == "gerai@sukamaju.coop" }?["id"] as? String)
            _ = try await api.put("/api/v1/store/units/\(outlet)/staff", json: ["userIds": [manager]])
            let returned = try await outletManager.post(
                "/api/v1/store/sales/\(try sold.json()["id"] as! String)/returns", json: ["reason": "Salah beli"])
            #expect(returned.status == .forbidden && returned.errorCode == "not_assigned")
            try await t.expectBooksSound()
        }
    }

    @Test func aRegionsCeilingHoldsThereOverTheNationalOne() async throws {
        try await withTestApp { t in
            // given: LPG under the national Rp 18.000, sold at an outlet in Kabupaten Klaten
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let lpg =
                try await api.post(
                    "/api/v1/store/programmes", json: ["name": "LPG 3 kg", "priceCeiling": "18.000", "perBuyerLimit": "2"]
                ).json()["id"] as! String
            let cylinder: [String: Any] = [
                "name": "LPG 3 kg", "unit": "tabung", "memberPrice": "18.000", "nonMemberPrice": "18.000", "programme": lpg,
            ]
            let product = try await StoreAPITests.product(api, cylinder)
            let outlet = try await api.get("/api/v1/store/products/\(product)").json()["unitId"] as! String
            var dearer = cylinder
            dearer["nonMemberPrice"] = "18.500"
            // when
            let before = try await api.put("/api/v1/store/products/\(product)", json: dearer)
            let region = try await api.patch("/api/v1/store/units/\(outlet)", json: ["region": "Kab. Klaten"])
            let noRegion = try await api.patch("/api/v1/store/units/\(outlet)", json: [:])
            let ceiling = try await api.post(
                "/api/v1/store/programmes/\(lpg)/ceilings", json: ["price": "18.500", "region": "Kab.  Klaten"])
            let twice = try await api.post(
                "/api/v1/store/programmes/\(lpg)/ceilings", json: ["price": "18.700", "region": "kab. klaten"])
            let backDated = try await api.post(
                "/api/v1/store/programmes/\(lpg)/ceilings", json: ["price": "18.700", "effectiveFrom": "01/01/2020"])
            let after = try await api.put("/api/v1/store/products/\(product)", json: dearer)
            let tooDear = try await api.put(
                "/api/v1/store/products/\(product)", json: cylinder.merging(["nonMemberPrice": "18.600"]) { $1 })
            // then
            #expect(before.errorCode == "above_price_ceiling")
            #expect(region.status == .ok)
            #expect(try region.json()["region"] as? String == "Kab. Klaten")
            #expect(noRegion.status == .unprocessableEntity)
            #expect(ceiling.status == .created)
            let ceilings = try ceiling.json()["ceilings"] as? [[String: Any]]
            #expect(ceilings?.last?["region"] as? String == "Kab. Klaten")
            #expect(twice.status == .conflict && twice.errorCode == "ceiling_exists")
            #expect(backDated.status == .unprocessableEntity)
            #expect(after.status == .ok, "\(after.body.string)")
            #expect(tooDear.errorCode == "above_price_ceiling")
            #expect(tooDear.errorMessage?.contains("Rp 18.500") == true)
        }
    }
}

/// The units page: the board makes the seven units, assigns a cashier, and sets a region; a cashier sees them
/// without the forms.
@Suite("The units page") struct UnitsPageTests {
    @Test func theBoardMakesTheUnitsAndAssignsACashier() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let board = try await t.browser("ketua@sukamaju.coop")
            let cashier = try await t.browser("kasir@sukamaju.coop")
            // when
            let empty = try await board.get("/store/units")
            let made = try await board.post("/store/units/template", form: ["_csrf": try empty.csrfToken()])
            let page = try await board.get("/store/units")
            let units = try await t.tenant().query(BusinessUnitRecord.self).all()
            let outlet = try #require(units.first { $0.kind == .grocery }?.id).uuidString.lowercased()
            let kasir = try #require(
                try await AccountStore.users(in: t.tenant()).first { $0.0.email == "kasir@sukamaju.coop" }?.0.id)
            let assigned = try await board.post(
                "/store/units/\(outlet)/staff", form: ["_csrf": try page.csrfToken(), "userIds[]": kasir.uuidString])
            let region = try await board.post(
                "/store/units/\(outlet)/region", form: ["_csrf": try page.csrfToken(), "region": "Kab.   Klaten"])
            let tooLong = try await board.post(
                "/store/units/\(outlet)/region",
                form: ["_csrf": try page.csrfToken(), "region": String(repeating: "x", count: FieldLimit.name + 1)])
            let after = try await board.get("/store/units")
            let seen = try await cashier.get("/store/units")
            let refused = try await cashier.post(
                "/store/units/\(outlet)/staff", form: ["_csrf": try seen.csrfToken(), "userIds[]": kasir.uuidString])
            // then
            #expect(empty.body.string.contains("Buat tujuh unit Koperasi Desa"))
            #expect(made.status == .seeOther)
            #expect(units.count == 7)
            #expect(!page.body.string.contains("Buat tujuh unit Koperasi Desa"))
            #expect(assigned.status == .seeOther && region.status == .seeOther)
            #expect(tooLong.status == .unprocessableEntity)
            #expect(after.body.string.contains("Kab. Klaten"))
            #expect(after.body.string.contains(#"value="\#(kasir.uuidString.lowercased())" checked="checked""#))
            #expect(seen.status == .ok)
            #expect(seen.body.string.contains("kasir@sukamaju.coop"))
            #expect(!seen.body.string.contains(#"name="userIds[]""#))
            #expect(refused.status == .forbidden)
            #expect(try await BusinessUnitStore(t.tenant()).units(of: Actor(userID: kasir, name: "")).count == 1)
        }
    }
}

/// A new price ceiling from the programmes page.
@Suite("Price ceilings on the programmes page") struct CeilingPageTests {
    @Test func aRegionsCeilingIsSetAndABackDatedOneRefusedWhereTheEyeIs() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let lpg =
                try await api.post("/api/v1/store/programmes", json: ["name": "LPG 3 kg", "priceCeiling": "18.000"])
                .json()["id"] as! String
            let browser = try await t.browser("ketua@sukamaju.coop")
            let page = try await browser.get("/store/programmes")
            func post(_ fields: [String: String]) async throws -> TestingHTTPResponse {
                try await browser.post(
                    "/store/programmes/ceilings",
                    form: ["_csrf": try page.csrfToken(), "programmeId": lpg].merging(fields) { $1 })
            }
            let saved = try await post(["price": "Rp 18.500", "region": "Kab. Klaten"])
            let backDated = try await post(["price": "18.700", "effectiveFrom": "01/01/2020"])
            let after = try await browser.get("/store/programmes")
            #expect(page.body.string.contains("HET baru"))
            #expect(saved.status == .seeOther)
            #expect(backDated.status == .unprocessableEntity)
            #expect(backDated.body.string.contains(#"id="field-effectiveFrom""#))
            #expect(backDated.body.string.contains(#"aria-invalid="true""#))
            #expect(after.body.string.contains("Kab. Klaten: Rp 18.500"))
        }
    }
}
