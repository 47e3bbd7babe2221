import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("The books through the API") struct LedgerAPITests {
    /// Ids of accounts by code.
    func accounts(_ api: Client) async throws -> [String: String] {
        let list =
            try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/ledger/accounts").body))
            as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["code"] as! String, $0["id"] as! String) })
    }

    func entry(
        _ api: Client, _ lines: [[String: Any]], date: String? = nil,
        description: String = "Bayar listrik kantor"
    ) async throws -> TestingHTTPResponse {
        var body: [String: Any] = ["description": description, "lines": lines]
        if let date { body["date"] = date }
        return try await api.post("/api/v1/ledger/entries", json: body)
    }

    @Test func theChartStartsFromSAKEP() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let codes = try await accounts(api)

            #expect(codes["1-1100"] != nil) // Kas
            #expect(codes["3-1100"] != nil) // Simpanan pokok
            #expect(codes["4-1200"] != nil) // Jasa pinjaman non-anggota
            #expect(try await api.account(role: "loanAllowance")?["normalSide"] as? String == "credit")
            #expect(try await api.account(role: "salesNonMember")?["segment"] as? String == "non_member")
        }
    }

    @Test func aManualEntryPostsWhenItBalances() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let codes = try await accounts(api)

            let posted = try await entry(
                api,
                [
                    ["accountId": codes["5-3100"]!, "debit": "350000"],
                    ["accountId": codes["1-1100"]!, "credit": "350000", "memo": "PLN"],
                ])
            let body = try posted.json()

            #expect(posted.status == .created)
            #expect(body["number"] as? Int == 1)
            #expect(body["total"] as? String == "350000")
            #expect((body["lines"] as? [[String: Any]])?.count == 2)
            #expect(try await api.account(role: "cash")?["balance"] as? String == "-350000")
            #expect(try await api.account(role: "operatingExpense")?["balance"] as? String == "350000")
            try await t.expectBooksSound()
        }
    }

    @Test func unsoundEntriesAreRefused() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let codes = try await accounts(api)
            let theirs = try await accounts(try await t.apiClient("ketua@makmur.coop"))
            let (expense, cash, sukarela) = (codes["5-3100"]!, codes["1-1100"]!, codes["2-1100"]!)

            let unbalanced = try await entry(
                api, [["accountId": expense, "debit": "100"], ["accountId": cash, "credit": "99"]])
            let single = try await entry(api, [["accountId": expense, "debit": "100"]])
            let bothSides = try await entry(
                api,
                [
                    ["accountId": expense, "debit": "100", "credit": "100"],
                    ["accountId": cash, "credit": "100"],
                ])
            let control = try await entry(api, [["accountId": sukarela, "debit": "100"], ["accountId": cash, "credit": "100"]])
            // Loans, their allowance and SHU payable move only with their records too.
            var others: [String] = []
            for code in ["1-1400", "1-1410", "2-1400"] {
                others.append(
                    try await entry(api, [["accountId": codes[code]!, "debit": "100"], ["accountId": cash, "credit": "100"]])
                        .errorCode ?? "")
            }
            let foreign = try await entry(
                api, [["accountId": theirs["5-3100"]!, "debit": "100"], ["accountId": cash, "credit": "100"]])
            let noDescription = try await entry(
                api, [["accountId": expense, "debit": "100"], ["accountId": cash, "credit": "100"]],
                description: "  ")
            let badDate = try await entry(
                api, [["accountId": expense, "debit": "100"], ["accountId": cash, "credit": "100"]],
                date: "2026-02-30")

            #expect(unbalanced.errorCode == "unbalanced_entry")
            #expect(single.errorCode == "too_few_lines")
            #expect(bothSides.errorCode == "invalid_line")
            #expect(bothSides.errorField == "lines[0]")
            #expect(control.errorCode == "control_account")
            #expect(others == ["control_account", "control_account", "control_account"])
            #expect(foreign.errorCode == "unknown_account")
            #expect(noDescription.errorCode == "required")
            #expect(badDate.errorCode == "invalid_date")
            #expect(try await api.get("/api/v1/ledger/entries").json()["total"] as? Int == 0)
        }
    }

    @Test func aClosedMonthRefusesPostings() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let codes = try await accounts(api)
            try await t.app.db.sql.raw("UPDATE cooperatives SET books_closed_through = '2026-10-31' WHERE id = \(bind: coop)")
                .run()
            let lines: [[String: Any]] = [
                ["accountId": codes["5-3100"]!, "debit": "100"], ["accountId": codes["1-1100"]!, "credit": "100"],
            ]

            let inClosed = try await entry(api, lines, date: "2026-10-31")
            let afterIt = try await entry(api, lines, date: "2026-11-01")

            #expect(inClosed.errorCode == "closed_period")
            #expect(inClosed.errorField == "date")
            #expect(afterIt.status == .created)
            #expect(try afterIt.json()["number"] as? Int == 1) // the refused entry took no number
        }
    }

    @Test func aReversalMirrorsItsEntryOnce() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let codes = try await accounts(api)
            let id =
                try await entry(
                    api,
                    [
                        ["accountId": codes["5-3100"]!, "debit": "350000"],
                        ["accountId": codes["1-1100"]!, "credit": "350000"],
                    ]
                ).json()["id"] as! String

            let reversal = try await api.post("/api/v1/ledger/entries/\(id)/reverse", json: ["reason": "salah akun"])
            let twice = try await api.post("/api/v1/ledger/entries/\(id)/reverse", json: [:])
            let ofReversal = try await api.post(
                "/api/v1/ledger/entries/\(try reversal.json()["id"] as! String)/reverse", json: [:])
            let original = try await api.get("/api/v1/ledger/entries/\(id)").json()

            #expect(reversal.status == .created)
            let lines = try #require(try reversal.json()["lines"] as? [[String: Any]])
            #expect(lines.map { $0["credit"] as? String } == ["350000", "0"])
            #expect((try reversal.json()["description"] as? String) == "Pembalikan jurnal No. 1: salah akun")
            #expect(twice.status == .conflict)
            #expect(twice.errorCode == "already_reversed")
            #expect(ofReversal.errorCode == "already_reversed")
            #expect(original["reversedBy"] as? String == (try reversal.json()["id"] as? String))
            #expect(try await api.account(role: "cash")?["balance"] as? String == "0")
            try await t.expectBooksSound()
        }
    }

    @Test func reversingADepositTakesTheMoneyBackOnlyIfItIsThere() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let first = try await api.deposit(siti, "sukarela", "70000").json()["entryId"] as! String
            let second = try await api.deposit(siti, "sukarela", "5000").json()["entryId"] as! String
            try await api.withdraw(siti, "sukarela", "60000")

            let tooLate = try await api.post("/api/v1/ledger/entries/\(first)/reverse", json: [:])
            let fine = try await api.post("/api/v1/ledger/entries/\(second)/reverse", json: [:])

            #expect(tooLate.errorCode == "insufficient_funds")
            #expect(fine.status == .created)
            #expect(try await api.balance(siti, "sukarela") == "10000")
            try await t.expectBooksSound()
        }
    }

    @Test func theChartIsTheBoardsToExtend() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let teller = try await t.apiClient("kasir@sukamaju.coop")
            let cash = try await accounts(api)["1-1100"]!

            let added = try await api.post(
                "/api/v1/ledger/accounts",
                json: [
                    "code": "5-3200", "nameId": "Beban listrik",
                    "type": "expense",
                ])
            let id = try added.json()["id"] as! String
            let duplicate = try await api.post(
                "/api/v1/ledger/accounts", json: ["code": "5-3200", "nameId": "Lagi", "type": "expense"])
            let wrongPrefix = try await api.post(
                "/api/v1/ledger/accounts", json: ["code": "4-3200", "nameId": "X", "type": "expense"])
            let byTeller = try await teller.post(
                "/api/v1/ledger/accounts", json: ["code": "5-3300", "nameId": "X", "type": "expense"])
            let offCash = try await api.patch("/api/v1/ledger/accounts/\(cash)", json: ["active": false])
            _ = try await entry(api, [["accountId": id, "debit": "1000"], ["accountId": cash, "credit": "1000"]])
            let deleteUsed = try await api.send(.DELETE, "/api/v1/ledger/accounts/\(id)")
            let off = try await api.patch("/api/v1/ledger/accounts/\(id)", json: ["active": false, "nameEn": "Electricity"])
            let toInactive = try await entry(api, [["accountId": id, "debit": "1000"], ["accountId": cash, "credit": "1000"]])
            let spare = try await api.post(
                "/api/v1/ledger/accounts", json: ["code": "5-3900", "nameId": "Cadangan", "type": "expense"])
            let deleteUnused = try await api.send(.DELETE, "/api/v1/ledger/accounts/\(try spare.json()["id"] as! String)")

            #expect(added.status == .created)
            #expect(duplicate.status == .conflict)
            #expect(wrongPrefix.errorCode == "invalid_account_code")
            #expect(byTeller.status == .forbidden)
            #expect(offCash.errorCode == "account_in_use")
            #expect(deleteUsed.errorCode == "account_in_use")
            #expect(try off.json()["active"] as? Bool == false)
            #expect(try off.json()["nameEn"] as? String == "Electricity")
            #expect(toInactive.errorCode == "inactive_account")
            #expect(deleteUnused.status == .noContent)
        }
    }

    @Test func whoMayReadAndWhoMayKeepTheBooks() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("pengawas@sukamaju.coop", roles: [.supervisor], in: coop)
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let supervisor = try await t.apiClient("pengawas@sukamaju.coop")
            let teller = try await t.apiClient("kasir@sukamaju.coop")
            let codes = try await accounts(try await t.apiClient("ketua@sukamaju.coop"))
            let lines: [[String: Any]] = [
                ["accountId": codes["5-3100"]!, "debit": "1"], ["accountId": codes["1-1100"]!, "credit": "1"],
            ]

            #expect(try await supervisor.get("/api/v1/ledger/entries").status == .ok)
            #expect(
                try await supervisor.post("/api/v1/ledger/entries", json: ["description": "x", "lines": lines]).status
                    == .forbidden)
            #expect(try await teller.get("/api/v1/ledger/accounts").status == .forbidden)
            #expect(
                try await teller.post("/api/v1/ledger/entries", json: ["description": "x", "lines": lines]).status == .forbidden)
            #expect(
                try await supervisor.send(
                    .PUT, "/api/v1/savings/settings", body: ByteBuffer(string: "{}"),
                    contentType: .json
                ).status == .forbidden)
        }
    }
}
