import Foundation
import Testing

/// `guyub simulate loan`, run as the command line runs it: the built binary beside the test bundle.
@Suite("guyub simulate loan") struct SimulateCommandTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        let binary = directory.appendingPathComponent("guyub")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["simulate", "loan"] + arguments
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
        let flat = try Self.run(["--principal", "30000000", "--rate", "12", "--rate-per", "year", "--periods", "12",
                                 "--method", "flat", "--json"])
        let cents = try Self.run(["--principal", "10000", "--rate", "8", "--periods", "10", "--method", "anuitas",
                                  "--decimals", "2", "--rounding", "half-even", "--json"])
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
        (["--principal", "1.000.000", "--rate", "12", "--periods", "12", "--method", "flat"], "Pokok pinjaman"),
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
}
