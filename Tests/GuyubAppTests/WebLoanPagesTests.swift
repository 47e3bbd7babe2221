import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// The loan pages through the router, as a browser uses them.
@Suite("Loan pages") struct WebLoanPagesTests {
    @Test func anyoneMaySimulateALoanWithoutSigningIn() async throws {
        try await withTestApp { t in
            let visitor = Client(t.app)
            let first = try await visitor.get("/loans/simulation")
            let efektif = try await visitor.get(
                "/loans/simulation?principal=12000000&rate=1&ratePer=month&periods=12&method=efektif")
            let refused = try await visitor.get("/loans/simulation?principal=12000000&rate=abc&periods=12&method=flat")

            #expect(first.status == .ok && first.body.string.contains("Rp 2.800.000"))
            #expect(efektif.body.string.contains("Rp 780.000") && efektif.body.string.contains("<svg"))
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("field-error"))
        }
    }

    /// Applied through the form by the chair; the chair's page offers no decision, and a decision the
    /// chair posts anyway is refused; the treasurer approves and pays it out through the forms.
    @Test func theApplicationFormAndTheDecisionFollowMakerChecker() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("bendahara@sukamaju.coop", roles: [.board], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let product = try await api.post("/api/v1/loans/products", json: LoansAPITests.product).json()["id"] as! String
            let number = try await api.get("/api/v1/members/\(siti)").json()["memberNumber"] as! Int
            let chair = try await t.browser("ketua@sukamaju.coop")
            let token = try await chair.get("/loans/new?member=\(siti)").csrfToken()

            let applied = try await chair.post(
                "/loans/new",
                form: [
                    "_csrf": token, "memberNumber": String(number), "productId": product, "principal": "3000000", "periods": "6",
                ])
            let location = try #require(applied.headers.first(name: .location))
            let page = try await chair.get(location)
            let ownDecision = try await chair.post(location + "/approve", form: ["_csrf": token])
            let treasurer = try await t.browser("bendahara@sukamaju.coop")
            let theirToken = try await treasurer.get(location).csrfToken()
            let forged = try await treasurer.post(location + "/approve", form: ["_csrf": "forged"])
            let approved = try await treasurer.post(location + "/approve", form: ["_csrf": theirToken, "note": "Layak"])
            let paid = try await treasurer.post(location + "/disburse", form: ["_csrf": theirToken, "channel": "cash"])
            let after = try await api.get("/api/v1" + location).json()

            #expect(applied.status == .seeOther)
            #expect(!page.body.string.contains("/approve\"") && page.body.string.contains("table"))
            #expect(ownDecision.status == .unprocessableEntity)
            #expect(forged.status == .forbidden)
            #expect(approved.status == .seeOther && paid.status == .seeOther)
            #expect(after["status"] as? String == "active" && after["decidedBy"] as? String == "bendahara@sukamaju.coop")
            try await t.expectBooksSound()
        }
    }

    @Test func thePortfolioAndTheArrearsExportToCSV() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let portfolio = try await browser.get("/loans/portfolio?format=csv")
            let arrears = try await browser.get("/loans/arrears?format=csv")
            let page = try await browser.get("/loans/portfolio")

            #expect(portfolio.headers.contentType?.subType == "csv")
            #expect(portfolio.body.string.contains("Kolektibilitas;Jumlah pinjaman;Sisa pokok;Penyisihan\r\n"))
            #expect(portfolio.body.string.contains("\r\nLancar;0;0;0\r\n"))
            #expect(portfolio.headers.first(name: .contentDisposition)?.contains("portofolio-pinjaman-") == true)
            #expect(arrears.body.string.contains("No. pinjaman;Peminjam;Telepon;Hari terlambat;"))
            #expect(page.status == .ok && page.body.string.contains("health-sehat"))
        }
    }

    @Test func theBoardKeepsProductsAndRulesThroughTheSettingsPage() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let board = try await t.browser("ketua@sukamaju.coop")
            let token = try await board.get("/settings/loans").csrfToken()
            var form: [String: String] = [
                "_csrf": token, "code": "TANI", "name": "Pinjaman Usaha Tani", "method": "efektif", "rateMinPercent": "15",
                "rateMaxPercent": "9", "periodsMin": "6", "periodsMax": "24", "principalMin": "1000000",
                "principalMax": "25000000", "penaltyPercent": "2", "penaltyPer": "month", "collateralRequired": "1",
                "active": "1",
            ]
            let refused = try await board.post("/settings/loans/products", form: form)
            form["rateMinPercent"] = "9"
            form["rateMaxPercent"] = "15"
            let saved = try await board.post("/settings/loans/products", form: form)
            let rules = try await board.post("/settings/loans/rules", form: ["_csrf": token, "scheme": "bank"])
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let products =
                try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/loans/products").body))
                as? [[String: Any]]
            let teller = try await t.browser("kasir@sukamaju.coop")
            let tellerToken = try await teller.get("/settings/loans").csrfToken()
            form["_csrf"] = tellerToken
            form["code"] = "LAIN"

            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("field-error"))
            #expect(saved.status == .seeOther)
            #expect(products?.count == 1 && products?.first?["method"] as? String == "efektif")
            #expect(products?.first?["collateralRequired"] as? Bool == true)
            #expect(rules.status == .seeOther)
            #expect(try await api.get("/api/v1/loans/settings").json()["scheme"] as? String == "bank")
            #expect(try await teller.post("/settings/loans/products", form: form).status == .forbidden)
        }
    }
}
