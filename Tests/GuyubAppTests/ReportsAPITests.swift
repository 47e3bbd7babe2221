import Fluent
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Financial statements") struct ReportsAPITests {
    /// A small month of a cooperative's life: two members, their savings, a fee from a member, a sale
    /// to a non-member, the electricity bill.
    func month(_ t: TestApp) async throws -> Client {
        try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
        let api = try await t.apiClient("ketua@sukamaju.coop")
        let siti = try await t.member(People.siti, through: api)
        let budi = try await t.member(People.budi, through: api)
        try await api.deposit(siti, "wajib", "10000")
        try await api.deposit(budi, "wajib", "10000", channel: "bank")
        try await api.deposit(siti, "sukarela", "200000", channel: "qris")
        try await api.withdraw(siti, "sukarela", "50000")
        let accounts =
            try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/ledger/accounts").body))
            as? [[String: Any]] ?? []
        func id(_ role: String) -> String { accounts.first { $0["role"] as? String == role }!["id"] as! String }
        for (debit, credit, amount, text) in [
            ("cash", "adminFees", "20000", "Biaya administrasi"),
            ("cash", "salesNonMember", "50000", "Penjualan kepada warga"),
            ("operatingExpense", "bank", "350000", "Listrik"),
        ] {
            let r = try await api.post(
                "/api/v1/ledger/entries",
                json: [
                    "description": text,
                    "lines": [
                        ["accountId": id(debit), "debit": amount], ["accountId": id(credit), "credit": amount],
                    ],
                ])
            #expect(r.status == .created)
        }
        return api
    }

    @Test func everyStatementTiesToTheTrialBalance() async throws {
        try await withTestApp { t in
            let api = try await month(t)

            let trial = try await api.get("/api/v1/reports/trial-balance").json()
            let sheet = try await api.get("/api/v1/reports/balance-sheet").json()
            let income = try await api.get("/api/v1/reports/income-statement").json()
            let equity = try await api.get("/api/v1/reports/equity-changes").json()
            let cash = try await api.get("/api/v1/reports/cash-flow").json()

            #expect(trial["balanced"] as? Bool == true)
            #expect(trial["totalDebits"] as? String == trial["totalCredits"] as? String)
            #expect(sheet["balanced"] as? Bool == true)
            // Cash 100000 + 10000 + 20000 + 50000 − 50000; bank 10000 − 350000; QRIS 200000.
            #expect(sheet["totalAssets"] as? String == "-10000")
            #expect(sheet["totalLiabilities"] as? String == "150000")
            #expect(sheet["surplus"] as? String == "-280000")
            #expect(sheet["totalEquity"] as? String == "-160000") // pokok 100000 + wajib 20000 − 280000
            let parts = try #require(income["parts"] as? [[String: Any]])
            #expect(parts.map { $0["segment"] as? String } == ["member", "non_member", "none"])
            #expect(parts.map { $0["surplus"] as? String } == ["20000", "50000", "-350000"])
            #expect(income["surplus"] as? String == sheet["surplus"] as? String)
            #expect(equity["closingTotal"] as? String == "120000")
            #expect(equity["surplus"] as? String == "-280000")
            #expect(cash["opening"] as? String == "0")
            #expect(cash["closing"] as? String == sheet["totalAssets"] as? String) // every asset here is cash
            let activities = try #require(cash["activities"] as? [[String: Any]])
            #expect(activities.map { $0["net"] as? String } == ["-130000", "0", "120000"])
        }
    }

    @Test func aPeriodStartsFromWhatCameBefore() async throws {
        try await withTestApp { t in
            let api = try await month(t)
            let later = "2999-01-01"

            let trial = try await api.get("/api/v1/reports/trial-balance?from=\(later)&to=2999-12-31").json()
            let income = try await api.get("/api/v1/reports/income-statement?from=\(later)&to=2999-12-31").json()
            let cash = try await api.get("/api/v1/reports/cash-flow?from=\(later)&to=2999-12-31").json()
            let backwards = try await api.get("/api/v1/reports/trial-balance?from=2026-12-01&to=2026-11-01")

            let rows = try #require(trial["rows"] as? [[String: Any]])
            #expect(rows.first { $0["code"] as? String == "1-1300" }?["opening"] as? String == "200000")
            #expect(trial["totalDebits"] as? String == "0")
            #expect(income["surplus"] as? String == "0")
            #expect(cash["opening"] as? String == "-10000")
            #expect(cash["closing"] as? String == "-10000")
            #expect(backwards.errorCode == "invalid_date")
        }
    }

    @Test func reportsComeAsCSVForSpreadsheets() async throws {
        try await withTestApp { t in
            let api = try await month(t)

            let csv = try await api.get("/api/v1/reports/trial-balance?format=csv")

            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.headers.first(name: .contentDisposition)?.hasPrefix(#"attachment; filename="neraca-saldo-"#) == true)
            #expect(
                csv.headers.first(name: .contentDisposition)?.hasSuffix(
                    #"-\#(try await api.get("/api/v1/reports/trial-balance").json()["to"] as! String).csv""#) == true)
            let lines = csv.body.string.split(separator: "\r\n")
            // Indonesian spreadsheets split cells at ";" (the comma is their decimal mark).
            #expect(lines.first == "\u{FEFF}Kode;Akun;Jenis akun;Saldo awal;Debit;Kredit;Saldo akhir")
            #expect(lines.contains { $0.hasPrefix("1-1100;Kas;Aset;0;") })
            #expect(lines.last?.hasPrefix("Jumlah;") == true)
            #expect(lines.count == 2 + ChartOfAccounts.sakEP.count) // header, the accounts of the chart, totals

            let english = try await api.get("/api/v1/reports/trial-balance?format=csv", headers: ["Accept-Language": "en"])
            let englishLines = english.body.string.split(separator: "\r\n")
            #expect(englishLines.first == "\u{FEFF}Code,Account,Type,Opening,Debit,Credit,Closing")
            #expect(english.headers.first(name: .contentDisposition)?.contains("trial-balance-") == true)
        }
    }

    @Test func theIncomeStatementStartsWithTheFinancialYear() async throws {
        try await withTestApp { t in
            let api = try await month(t)

            let statement = try await api.get("/api/v1/reports/income-statement")
            let csv = try await api.get("/api/v1/reports/income-statement?format=csv")

            let json = try statement.json()
            let to = try #require(json["to"] as? String)
            #expect(json["from"] as? String == to.prefix(4) + "-01-01")
            let sections = try #require(json["sections"] as? [[String: Any]])
            #expect(
                sections.map { $0["section"] as? String } == ["revenue", "costOfRevenue", "operatingCosts", "otherItems", "tax"])
            // Admin fees Rp 20.000 from members, sales Rp 50.000 to others; electricity Rp 350.000 shared 2:5.
            #expect(json["memberSurplus"] as? String == "-80000" && json["nonMemberSurplus"] as? String == "-200000")
            #expect((json["grossResult"] as? [String: Any])?["total"] as? String == "70000")
            #expect(csv.body.string.contains("Bagian;Kode;Akun;Anggota;Non-anggota;Bersama;Jumlah\r\n"))
            #expect(csv.body.string.contains("\r\nHasil usaha kotor;;;"))
        }
    }

    @Test func verifyNoticesABalanceThatDriftedFromItsJournal() async throws {
        try await withTestApp { t in
            _ = try await month(t)
            #expect(try await t.failure("verify") == nil)

            try await t.app.db.sql.raw("/* test */ UPDATE accounts SET balance = balance + 1 WHERE code = '1-1100'").run()
            let failure = try await t.failure("verify")
            let report = try await GuyubStore.LedgerVerifier.verify(t.app.db)

            #expect(failure != nil)
            #expect(report.problems.map(\.finding) == [.accountDiffers(code: "1-1100", kept: 130_001, computed: 130_000)])
        }
    }

    @Test func verifyNoticesMembersSavingsThatDisagreeWithTheBooks() async throws {
        try await withTestApp { t in
            _ = try await month(t)

            try await t.app.db.sql.raw(
                "/* test */ UPDATE savings_accounts SET balance = balance - 1 WHERE kind = 'sukarela' AND balance > 0"
            ).run()
            let report = try await GuyubStore.LedgerVerifier.verify(t.app.db)

            #expect(report.problems.count == 1)
            guard case .savingsDiffers(_, 149_999, 150_000) = report.problems.first?.finding else {
                Issue.record("\(report.problems)")
                return
            }
        }
    }
}

@Suite("Business units") struct BusinessUnitReportTests {
    /// The store and the savings-and-loan unit each report their own income and expenses; together
    /// with the lines of no unit they make the cooperative's.
    @Test func eachUnitReportsApartAndTheyAddUp() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let other = try await t.apiClient("ketua@makmur.coop")
            let store =
                try await api.post("/api/v1/ledger/units", json: ["code": "toko", "name": "Toko Sembako"]).json()["id"] as! String
            let loans =
                try await api.post("/api/v1/ledger/units", json: ["code": "SP", "name": "Simpan Pinjam"]).json()["id"] as! String
            let duplicate = try await api.post("/api/v1/ledger/units", json: ["code": "TOKO", "name": "Lagi"])
            let theirs =
                try await other.post("/api/v1/ledger/units", json: ["code": "TOKO", "name": "Toko"]).json()["id"] as! String
            let accounts =
                try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/ledger/accounts").body))
                as? [[String: Any]] ?? []
            func id(_ role: String) -> String { accounts.first { $0["role"] as? String == role }!["id"] as! String }
            @discardableResult
            func entry(_ debit: String, _ credit: String, _ amount: String, unit: String?) async throws -> TestingHTTPResponse {
                var line: [String: Any] = ["accountId": id(credit), "credit": amount]
                var cash: [String: Any] = ["accountId": id(debit), "debit": amount]
                if let unit {
                    line["businessUnitId"] = unit
                    cash["businessUnitId"] = unit
                }
                return try await api.post("/api/v1/ledger/entries", json: ["description": "Usaha", "lines": [cash, line]])
            }

            try await entry("cash", "salesMember", "400000", unit: store)
            try await entry("costOfSales", "cash", "300000", unit: store)
            try await entry("cash", "adminFees", "50000", unit: loans)
            try await entry("operatingExpense", "cash", "20000", unit: nil)
            let foreign = try await entry("cash", "adminFees", "1", unit: theirs)

            func surplus(_ unit: String?) async throws -> String? {
                try await api.get("/api/v1/reports/income-statement" + (unit.map { "?unit=\($0)" } ?? "")).json()["surplus"]
                    as? String
            }
            #expect(duplicate.status == .conflict)
            #expect(foreign.errorCode == "unknown_unit")
            #expect(try await surplus(store) == "100000")
            #expect(try await surplus(loans) == "50000")
            #expect(try await surplus(nil) == "130000")
            #expect(try await api.get("/api/v1/reports/trial-balance?unit=\(store)").json()["balanced"] as? Bool == true)
            // Another cooperative's unit is answered exactly as one that does not exist.
            let foreignUnit = try await api.get("/api/v1/reports/income-statement?unit=\(theirs)")
            let noUnit = try await api.get("/api/v1/reports/income-statement?unit=\(UUID())")
            #expect(foreignUnit.errorCode == "unknown_unit")
            #expect(foreignUnit.body.string == noUnit.body.string)
            let page = try await t.browser("ketua@sukamaju.coop").get(
                "/books/reports/income-statement?unit=\(store.lowercased())")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Toko Sembako"))
        }
    }
}
