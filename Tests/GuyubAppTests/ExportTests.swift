import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// Where hledger is, if it is installed. scripts/test installs it and sets GUYUB_REQUIRE_HLEDGER, so
/// CI cannot skip the round trip.
let hledger: String? = ["/usr/bin/hledger", "/usr/local/bin/hledger"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("Exporting the journal") struct ExportTests {
    @Test(
        .enabled(
            if: hledger != nil || ProcessInfo.processInfo.environment["GUYUB_REQUIRE_HLEDGER"] != nil,
            "hledger is not installed (scripts/test installs it)"))
    func hledgerShowsTheSameBalancesAsTheTrialBalance() async throws {
        let hledger = try #require(hledger, "GUYUB_REQUIRE_HLEDGER is set but hledger is not installed")
        try await withTestApp { t in
            // given: a month of activity, a manual entry with a semicolon and a memo, a reversal.
            let api = try await ReportsAPITests().month(t)
            let file = NSTemporaryDirectory() + "guyub-\(UUID()).journal"
            defer { try? FileManager.default.removeItem(atPath: file) }
            let accounts =
                try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/ledger/accounts").body))
                as? [[String: Any]] ?? []
            func id(_ role: String) -> String { accounts.first { $0["role"] as? String == role }!["id"] as! String }
            let posted = try await api.post(
                "/api/v1/ledger/entries",
                json: [
                    "description": "Honor rapat; konsumsi",
                    "lines": [
                        ["accountId": id("cooperativeExpense"), "debit": "125000", "memo": "RAT: snack"],
                        ["accountId": id("cash"), "credit": "125000"],
                    ],
                ])
            try await api.post("/api/v1/ledger/entries/\(try posted.json()["id"] as! String)/reverse", json: [:])

            // when: the command an accountant runs, then hledger on its output.
            try await t.run("export", "ledger", "--format", "hledger", "--output", file)
            let output = try run(hledger, ["-f", file, "balance", "--flat", "--no-total", "-O", "csv"])

            // then: every account with a balance in Guyub has the same balance in hledger, and no other.
            let trial = try await api.get("/api/v1/reports/trial-balance").json()
            let expected = Dictionary(
                uniqueKeysWithValues: (trial["rows"] as? [[String: Any]] ?? [])
                    .compactMap { row -> (String, String)? in
                        let closing = row["closing"] as! String
                        return closing == "0" ? nil : (row["code"] as! String, closing)
                    })
            var found: [String: String] = [:]
            for line in output.split(separator: "\n").dropFirst() {
                let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                guard cells.count == 2, let code = cells[0].split(separator: ":").last?.split(separator: " ").first else {
                    continue
                }
                found[String(code)] = cells[1].replacingOccurrences(of: "IDR ", with: "")
            }
            #expect(found == expected)
            #expect(expected.count >= 8)
        }
    }

    @Test func beancountAndCSVCarryEveryLine() async throws {
        try await withTestApp { t in
            let api = try await ReportsAPITests().month(t)

            let beancount = try await api.get("/api/v1/ledger/export?format=beancount")
            let csv = try await api.get("/api/v1/ledger/export?format=csv")
            let entries = try await api.get("/api/v1/ledger/entries").json()["total"] as! Int

            #expect(beancount.body.string.contains("open Assets:1-1100-Kas IDR"))
            #expect(beancount.body.string.components(separatedBy: "\n  number: ").count - 1 == entries)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let rows = csv.body.string.split(separator: "\r\n")
            #expect(rows.first == "\u{FEFF}date,number,description,source,account_code,account_name,debit,credit,memo")
            #expect(rows.count - 1 == 2 * entries) // every entry here has two lines
            #expect(try await api.get("/api/v1/ledger/export?format=xlsx").errorCode == "invalid_choice")
        }
    }

    func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "\(executable) failed: \(problem)")
        return String(decoding: data, as: UTF8.self)
    }
}
