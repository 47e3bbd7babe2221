import Foundation
import PropertyBased
import Testing
import Vapor
import VaporTesting

/// Member lists as hostile or broken files: a header found or not, comma or semicolon, cells quoted,
/// half-quoted or holding separators and line breaks, Windows and old-Mac line endings, a byte-order
/// mark, bytes that are not UTF-8, NUL, lines short and long, NIKs that repeat.
enum CSVFuzz {
    static let headers = [
        ["Nama", "NIK", "No. HP", "Alamat"], ["No", "Nama", "NIK", "No. WA", "Alamat", "Tempat/Tgl Lahir", "L/P", "Tgl Masuk"],
        ["name", "nik", "phone", "address", "birth date", "gender"], ["Nama", "NIK", "Alamat"], ["x"], [],
    ]
    static let cells = [
        "Siti Aminah", "Budi Santoso", "3507245012720001", "3507241208900002", "3507 2412 0890 0003", "3.51514E+15",
        "0812-3456-7890", "+62 813 9876 5432", "Dusun Krajan RT 02/RW 01", "Malang, 10-12-1972", "12 Agustus 1990",
        "P", "L", "05/01/2019", "31/02/2021", "", " ", "1",
        "\"", "\"\"", "\"Jl. Mawar, 5\"", "\"a\"b\"", "\"open", "x\"y", ",", ";", "\n", "\r", "\r\n", "\t",
        "\u{0000}", "\u{FEFF}", "\u{00A0}", "Ñoño", "👨‍👩‍👧", "٣٥٠٧", String(repeating: "9", count: 300),
    ]
    static let lineEndings = ["\n", "\r\n", "\r", "\n\n"]
    /// Bytes that are not UTF-8 on their own: Windows-1252 letters, a lone continuation byte, an overlong NUL.
    static let rawBytes: [[UInt8]] = [[0xE9], [0x80], [0xC0, 0x80], [0xFF, 0xFE], [0xF0, 0x9F]]

    static let niks = ["3507245012720001", "3507241208900002", "3507240101850003", "3507244303950004", "3507240507880006"]

    /// A careful clerk's row under header `header` (nil for the headers no row fits), with NIK `nik`.
    static func template(_ header: Int, nik: Int) -> [String]? {
        let (name, phone, address) = (["Siti", "Budi", "Joko", "Rina", "Teguh"][nik % 5], "0812-3456-7890", "Dusun Krajan")
        let n = niks[nik % niks.count]
        switch header {
        case 0: return [name, n, phone, address]
        case 1: return ["1", name, n, phone, address, "", "", "05/01/2019"]
        case 2: return [name, n, phone, address, "", ""]
        default: return nil
        }
    }

    /// A file: header choice (three in four a header a careful row fits), separator, line ending, lead-in (BOM, blank lines), rows (a careful row
    /// with some cells broken, or cells picked at random), and raw bytes spliced in at picked places.
    static let file: Generator<[UInt8], some SendableSequenceType> = zip(
        Gen.int(in: 0...11).map { $0 < 9 ? $0 % 3 : $0 - 6 }, Gen.int(in: 0...2), Gen.int(in: 0...(lineEndings.count - 1)),
        Gen.int(in: 0...3),
        zip(Gen.int(in: 0...9), Gen.int(in: 0...(cells.count * 5 - 1)).array(of: 0...10)).array(of: 0...8),
        zip(Gen.int(in: 0...4096), Gen.int(in: 0...(rawBytes.count - 1))).array(of: 0...2)
    ).map { header, separatorPick, ending, leadIn, rows, splices -> [UInt8] in
        let separator = [",", ";", "\t"][separatorPick]
        let newline = lineEndings[ending]
        var text = ["", "\u{FEFF}", "\n\n", " "][leadIn]
        text += headers[header].joined(separator: separator) + newline
        for (kind, picks) in rows {
            var row = picks.map { cells[$0 % cells.count] }
            if kind < 7, let careful = template(header, nik: kind) {
                // One cell in five of a careful row is replaced by a picked one.
                row = careful.enumerated().map { i, cell in i < picks.count && picks[i] % 5 == 0 ? cells[picks[i] / 5] : cell }
            }
            text += row.joined(separator: separator) + newline
        }
        var bytes = Array(text.utf8)
        for (at, raw) in splices where !bytes.isEmpty {
            bytes.insert(contentsOf: rawBytes[raw], at: at % bytes.count)
        }
        return bytes
    }
}

@Suite("Fuzz: importing member lists through the API") struct CSVFuzzTests {
    /// Every file gets a report of its rows or a 422 naming what is wrong with the file; nothing else,
    /// never a 5xx, and a refused import (or a dry run) registers no one.
    @Test func garbageFilesGetAReportOrA422() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var outcomes: [String: Int] = [:]
            await propertyCheck(count: 250, input: CSVFuzz.file, Gen.bool(0.3)) { bytes, commit in
                do {
                    // given
                    let before = try await api.get("/api/v1/members?perPage=1").json()["total"] as? Int
                    // when
                    let response = try await api.send(
                        .POST, "/api/v1/members/import" + (commit ? "" : "?dryRun=true"),
                        body: ByteBuffer(bytes: bytes),
                        contentType: HTTPMediaType(type: "text", subType: "csv"))
                    // then
                    let after = try await api.get("/api/v1/members?perPage=1").json()["total"] as? Int
                    let file = String(decoding: bytes, as: UTF8.self).debugDescription
                    outcomes["\(response.status.code) \(response.errorCode ?? "")", default: 0] += 1
                    switch response.status {
                    case .ok:
                        let report = try response.json()
                        let accepted = try #require(report["accepted"] as? Int, "\(file)")
                        let skipped = try #require(report["skipped"] as? [[String: Any]])
                        let rejected = try #require(report["rejected"] as? [[String: Any]])
                        let imported = report["imported"] as? [[String: Any]]
                        let lines = (skipped + rejected + (imported ?? [])).compactMap { $0["line"] as? Int }
                        #expect(lines.allSatisfy { $0 >= 2 }, "\(file)")
                        #expect(Set(lines).count == lines.count, "each line is answered once: \(file)")
                        #expect(
                            (skipped + rejected).allSatisfy {
                                ($0["code"] as? String)?.isEmpty == false
                                    && ($0["reason"] as? String)?.isEmpty == false
                            })
                        if commit {
                            #expect(imported?.count == accepted, "\(file)")
                            #expect(after == before.map { $0 + accepted }, "\(file)")
                        } else {
                            #expect(imported == nil)
                            #expect(after == before, "a dry run registers no one: \(file)")
                        }
                    case .unprocessableEntity:
                        #expect(
                            ["empty_file", "missing_columns", "unreadable_file", "invalid_body"].contains(
                                response.errorCode ?? ""),
                            "\(response.body.string) for \(file)")
                        #expect(after == before, "a refused import registers no one: \(file)")
                    default:
                        Issue.record("\(response.status) \(response.body.string) for \(file)")
                    }
                } catch {
                    Issue.record("\(error)")
                }
            }
            // The generated files reach every outcome, or this test would quietly test less.
            #expect(outcomes["200 ", default: 0] >= 50, "\(outcomes)")
            #expect(outcomes["422 missing_columns", default: 0] >= 10, "\(outcomes)")
            let imported = try await api.get("/api/v1/members?perPage=1").json()["total"] as? Int
            #expect((imported ?? 0) > 0, "some rows were imported")
        }
    }
}
