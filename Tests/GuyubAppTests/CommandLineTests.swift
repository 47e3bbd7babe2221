import Foundation
import Testing

/// The built `guyub` binary as a newcomer runs it, from a folder of its own.
@Suite("The command line") struct CommandLineTests {
    static func run(_ arguments: [String], in folder: URL, language: String = "id") throws -> (status: Int32, output: String) {
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("guyub")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["GUYUB_LANG": language, "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guyub-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Asking for help touches nothing: no data folder, no database, no migration.
    @Test(arguments: [
        ["--help"], ["serve", "--help"], ["demo", "--help"], ["migrate", "-h"], ["import", "members", "--help"],
        ["help", "close-year"], ["verify", "--help"],
    ])
    func helpTouchesNothing(arguments: [String]) throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try Self.run(arguments, in: folder)

        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(result.output.contains("Pemakaian:") || result.output.contains("Perintah:"), "\(result.output)")
        for english in ["Usage", "Options", "Applies", "Seeds", "default"] { #expect(!result.output.contains(english)) }
    }

    @Test func helpSpeaksEnglishWhenAskedTo() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try Self.run(["close-month", "--help"], in: folder, language: "en")

        #expect(result.output.contains("Usage: guyub close-month") && result.output.contains("--month"))
    }

    /// A mistyped command or setting is answered in the command line's words, not a Swift error's.
    @Test func mistakesReadLikeTheApp() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let unknown = try Self.run(["tutup-bulan"], in: folder)
        let option = try Self.run(["close-month", "--bulan", "2026-11"], in: folder)

        #expect(unknown.status != 0 && unknown.output.contains("Perintah \"tutup-bulan\" tidak dikenal"), "\(unknown.output)")
        #expect(option.status != 0 && option.output.contains("tidak dikenal oleh perintah ini"), "\(option.output)")
        for output in [unknown.output, option.output] {
            #expect(!output.contains("Error") && !output.contains("unknown") && !output.contains("Input not recognized"))
        }
    }
}
