import Foundation
import Testing

/// `guyub qris generate` and `guyub qris verify`, run as the command line runs them.
@Suite("guyub qris") struct QRISCommandTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        let process = Process()
        process.executableURL = directory.appendingPathComponent("guyub")
        process.arguments = ["qris"] + arguments
        process.environment = ["GUYUB_LANG": "id", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func aGeneratedPayloadVerifies() throws {
        // when
        let generated = try Self.run([
            "generate", "--merchant-name", "Koperasi Sukamaju", "--city", "Klaten", "--merchant-id", "ID1020021181745",
            "--amount", "Rp 50.000", "--postal-code", "57411",
        ])
        let verified = try Self.run(["verify", generated.output])
        // then
        #expect(generated.status == 0)
        #expect(generated.output.hasPrefix("000201010212"))
        #expect(generated.output.contains("540550000"))
        #expect(verified.status == 0, "\(verified.output)")
        #expect(verified.output.contains("CRC cocok"))
    }

    @Test func aWrongCRCOrAMalformedPayloadFailsWithTheReason() throws {
        // given
        let payload = try Self.run(["generate", "--merchant-name", "Kop", "--city", "Klaten", "--merchant-id", "ID1"]).output
        let tampered = String(payload.dropLast(4)) + (payload.hasSuffix("0000") ? "1111" : "0000")
        // when
        let wrongCRC = try Self.run(["verify", tampered])
        let malformed = try Self.run(["verify", "00020101"])
        let noName = try Self.run(["generate", "--city", "Klaten", "--merchant-id", "ID1"])
        // then
        #expect(wrongCRC.status != 0)
        #expect(wrongCRC.output.contains("CRC"))
        #expect(malformed.status != 0)
        #expect(malformed.output.contains("rusak"))
        #expect(noName.status != 0)
        #expect(noName.output.contains("Nama merchant"))
    }
}
