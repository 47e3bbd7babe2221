import Foundation
import Testing

/// `guyub simulate loan` and `guyub simulate shu`, run as the command line runs them: the built binary beside the test bundle.
@Suite("guyub simulate") struct SimulateCommandTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        let binary = directory.appendingPathComponent("guyub")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["simulate"] + (arguments.first == "shu" ? arguments : ["loan"] + arguments)
        process.environment = ["GUYUB_LANG": "id", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func printsTheScheduleAsJSONWithTheCurrencysDecimals() throws {
        let flat = try Self.run([
            "--principal", "30000000", "--rate", "12", "--rate-per", "year", "--periods", "12",
            "--method", "flat", "--json",
        ])
        let cents = try Self.run([
            "--principal", "10000", "--rate", "8", "--periods", "10", "--method", "anuitas",
            "--decimals", "2", "--rounding", "half-even", "--json",
        ])
        #expect(flat.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(flat.output.utf8)) as? [String: Any])
        let rows = try #require(json["installments"] as? [[String: Any]])
        #expect(json["method"] as? String == "flat" && rows.count == 12)
        #expect(rows[0]["principal"] as? String == "2500000" && rows[0]["interest"] as? String == "300000")
        #expect(rows[0]["payment"] as? String == "2800000" && rows[11]["balance"] as? String == "0")
        #expect(json["totalPrincipal"] as? String == "30000000" && json["totalPayment"] as? String == "33600000")
        let centsJSON = try #require(try JSONSerialization.jsonObject(with: Data(cents.output.utf8)) as? [String: Any])
        #expect(((centsJSON["installments"] as? [[String: Any]])?.first?["payment"] as? String) == "1037.03")
    }

    @Test(arguments: [
        (["--principal", "1.000.00", "--rate", "12", "--periods", "12", "--method", "flat"], "Pokok pinjaman"),
        (["--principal", "1000000", "--rate", "12", "--periods", "12", "--method", "bunga"], "Metode bunga"),
        (["--principal", "1000000", "--rate", "12%", "--periods", "12", "--method", "flat"], "Bunga"),
        (["--principal", "1000000", "--rate", "12", "--periods", "0", "--method", "flat"], "angsuran"),
        (["--principal", "1000000", "--rate", "12", "--periods", "12", "--method", "flat", "--decimals", "3"], "Desimal"),
        (["--principal", "1000000", "--rate", "12", "--periods", "12", "--method", "flat", "--rounding", "up"], "Pembulatan"),
    ])
    func refusesBadInputWithAMessageAndExitsNonZero(arguments: [String], says: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status != 0)
        #expect(result.output.contains(says), "\(result.output)")
        #expect(!result.output.contains("installments"))
    }

    static func shuInput(_ json: String) throws -> String {
        let path = NSTemporaryDirectory() + "shu-\(UUID().uuidString).json"
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func sharesASurplusAsJSON() throws {
        let input = try Self.shuInput(
            """
            {"surplus": "100000000", "decimals": 0, "rounding": "down",
             "allocation": {"reserve": 40, "capital": 20, "patronage": 25, "board": 5, "staff": 5, "education": 2.5, "social": 2.5},
             "members": [{"id": "A", "savings": "5000000", "business": "10000000"},
                         {"id": "B", "savings": 10000000, "business": 30000000}, {"id": "C", "savings": 0, "business": 1}]}
            """)
        let result = try Self.run(["shu", "--input", input, "--json"])
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let pools = try #require(json["pools"] as? [String: String])
        let members = try #require(json["members"] as? [[String: String]])
        let remainder = try #require(json["remainder"] as? [String: String])
        #expect(pools["capital"] == "20000000" && pools["education"] == "2500000")
        // A: 20 jt × 5/15 = 6.666.666 (down); B: 13.333.333; 1 rupiah left. Patronage by 10, 30 and 1 of 40.000.001.
        #expect(members[0] == ["id": "A", "capital": "6666666", "patronage": "6249999", "total": "12916665"])
        #expect(remainder["capital"] == "1")
        let shared = members.reduce(0) { $0 + Int($1["patronage"]!)! }
        #expect(shared + Int(remainder["patronage"]!)! == 25_000_000)
    }

    @Test func refusesABadSHUInput() throws {
        let over = try Self.run([
            "shu", "--input", try Self.shuInput(#"{"surplus":"1000","allocation":{"capital":60,"reserve":50}}"#),
        ])
        let garbage = try Self.run(["shu", "--input", try Self.shuInput("not json")])
        let missing = try Self.run(["shu", "--input", "/nonexistent/shu.json"])
        #expect(over.status != 0 && over.output.contains("100%"))
        #expect(garbage.status != 0 && garbage.output.contains("JSON"))
        #expect(missing.status != 0 && missing.output.contains("--input"))
    }
}
