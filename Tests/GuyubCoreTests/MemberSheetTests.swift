import GuyubCore
import Testing

// Member lists as cooperatives keep them (DOMAIN.md, "What cooperatives already keep"): Indonesian
// headers `No`, `Nama`, `NIK`, `No. HP`/`No. WA`, `Alamat`, `Tempat/Tgl Lahir`, `L/P`, `Tgl Masuk` and
// savings columns; NIKs sometimes turned into `3.51514E+15` by the spreadsheet (refused with a reason).

@Suite("MemberSheet: headers")
struct MemberSheetHeaderTests {
    static let budi = ["1", "Budi Santoso", "3507241208900001", "0812-3456-7890", "Jl. Mawar 5, Malang"]

    @Test(
        "a typical Indonesian sheet: every column is found",
        arguments: ["No. HP", "No. WA", "No HP/WA", "Nomor HP", "No. Telp", "Telepon", "HP", "WA"])
    func indonesian(phoneHeader: String) throws {
        // given
        let sheet = try MemberSheet(header: [
            "No", "Nama", "NIK", phoneHeader, "Alamat", "Tempat/Tgl Lahir", "L/P",
            "Tgl Masuk", "Simp. Pokok", "Simp. Wajib", "Simp. Sukarela",
        ])
        // when
        let row = sheet.read(Self.budi + ["Malang, 12-08-1990", "L", "05/01/2020", "Rp 50.000", "Rp 10.000", "0"], line: 4)
        // then
        guard case .valid(let member) = row else {
            Issue.record("\(row)")
            return
        }
        #expect(member.line == 4)
        #expect(member.details.name == "Budi Santoso")
        #expect(member.details.nik.digits == "3507241208900001")
        #expect(member.details.phone.e164 == "+6281234567890")
        #expect(member.details.address == "Jl. Mawar 5, Malang")
        #expect(member.details.birthPlace == "Malang")
        #expect(member.details.birthDate == CivilDate(year: 1990, month: 8, day: 12))
        #expect(member.details.gender == .male)
        #expect(member.joinedOn == CivilDate(year: 2020, month: 1, day: 5))
    }

    @Test("an English sheet: name, nik, phone, address, birth date, gender")
    func english() throws {
        // given
        let sheet = try MemberSheet(header: ["name", "nik", "phone", "address", "birth date", "gender"])
        // when
        let row = sheet.read(
            ["Siti Aminah", "3507245012720001", "+62 813 1111 2222", "Dusun Krajan", "10 December 1972", "F"], line: 2)
        // then
        guard case .valid(let member) = row else {
            Issue.record("\(row)")
            return
        }
        #expect(member.details.name == "Siti Aminah")
        #expect(member.details.phone.e164 == "+6281311112222")
        #expect(member.details.birthDate == CivilDate(year: 1972, month: 12, day: 10))
        #expect(member.details.birthPlace == nil)
        #expect(member.details.gender == .female)
        #expect(member.joinedOn == nil)
    }

    @Test("headers are matched whatever their case, spacing and punctuation")
    func loose() throws {
        // given
        let sheet = try MemberSheet(header: [
            "NO.", "NAMA LENGKAP", "NO. KTP", "NO.HP/WA", "ALAMAT LENGKAP", "T.T.L", "JK", "TGL. MASUK",
        ])
        // when
        let row = sheet.read(
            [
                "1", "Budi Santoso", "3507241208900001", "081234567890", "Malang", "Malang 12 Agustus 1990", "Laki-laki",
                "2020-01-05",
            ], line: 9)
        // then
        guard case .valid(let member) = row else {
            Issue.record("\(row)")
            return
        }
        #expect(member.details.birthPlace == "Malang")
        #expect(member.details.birthDate == CivilDate(year: 1990, month: 8, day: 12))
        #expect(member.joinedOn == CivilDate(year: 2020, month: 1, day: 5))
    }

    @Test("columns may come in any order, and separate place and date columns are read")
    func separateColumns() throws {
        // given
        let sheet = try MemberSheet(header: [
            "Tanggal Lahir", "Alamat", "Tempat Lahir", "Jenis Kelamin", "No HP", "NIK", "Nama Anggota",
        ])
        // when
        let row = sheet.read(
            ["10-12-1972", "Dusun Krajan", "Kota Batu", "Perempuan", "081311112222", "3507245012720001", "Siti Aminah"], line: 3)
        // then
        guard case .valid(let member) = row else {
            Issue.record("\(row)")
            return
        }
        #expect(member.details.name == "Siti Aminah")
        #expect(member.details.birthPlace == "Kota Batu")
        #expect(member.details.birthDate == CivilDate(year: 1972, month: 12, day: 10))
        #expect(member.details.gender == .female)
    }

    @Test("when a header repeats, the first column is used")
    func firstWins() throws {
        // given
        let sheet = try MemberSheet(header: ["Nama", "NIK", "No. HP", "Alamat", "Nama"])
        // when
        let row = sheet.read(["Budi Santoso", "3507241208900001", "081234567890", "Malang", "Someone Else"], line: 2)
        // then
        guard case .valid(let member) = row else {
            Issue.record("\(row)")
            return
        }
        #expect(member.details.name == "Budi Santoso")
    }

    @Test(
        "missing required columns are listed, exactly and in order",
        arguments: [
            (["No", "Nama", "NIK", "No. HP", "Alamat"], []),
            (["No", "Nama", "Alamat"], [MemberSheet.Column.nik, .phone]),
            (["NIK"], [.name, .phone, .address]),
            (["No", "Tempat/Tgl Lahir", "L/P"], [.name, .nik, .phone, .address]),
            ([], [.name, .nik, .phone, .address]),
            (["Nama", "NIK", "No. HP", "Simp. Pokok"], [.address]),
            (["Nama", "Nomor", "Alamat", "HP"], [.nik]), // "Nomor" alone is not the NIK
        ] as [([String], [MemberSheet.Column])])
    func missing(header: [String], missing: [MemberSheet.Column]) {
        // when
        let result = Result { () throws(SheetError) in try MemberSheet(header: header) }
        // then
        if missing.isEmpty {
            #expect(throws: Never.self) { try result.get() }
        } else {
            let error = #expect(throws: SheetError.missingColumns(missing)) { try result.get() }
            #expect(error?.code == "missing_columns")
            #expect(error?.field == "file")
        }
    }

    @Test(
        "sheet errors carry stable codes",
        arguments: [
            (SheetError.missingColumns([.nik]), "missing_columns"), (.empty, "empty_file"), (.unreadable, "unreadable_file"),
        ])
    func codes(error: SheetError, code: String) {
        #expect(error.code == code)
        #expect(error.field == "file")
        #expect(error.kind == .invalid)
    }
}

@Suite("MemberSheet: rows")
struct MemberSheetRowTests {
    static let header = ["No", "Nama", "NIK", "No. HP", "Alamat", "Tempat/Tgl Lahir", "L/P", "Tgl Masuk"]
    static let sheet = try! MemberSheet(header: header)

    static func row(
        no: String = "1", name: String = "Budi Santoso", nik: String = "3507241208900001",
        phone: String = "0812-3456-7890", address: String = "Jl. Mawar 5", ttl: String = "Malang, 12-08-1990",
        gender: String = "L", joined: String = "05/01/2020"
    ) -> [String] {
        [no, name, nik, phone, address, ttl, gender, joined]
    }

    @Test("a valid row becomes a member with its line")
    func valid() {
        // when
        let result = Self.sheet.read(Self.row(), line: 12)
        // then
        guard case .valid(let member) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(member.line == 12)
        #expect(
            member.details
                == (try? MemberDetails(
                    name: "Budi Santoso", nik: "3507241208900001", phone: "0812-3456-7890",
                    address: "Jl. Mawar 5", birthPlace: "Malang",
                    birthDate: CivilDate(year: 1990, month: 8, day: 12), gender: .male)))
        #expect(member.joinedOn == CivilDate(year: 2020, month: 1, day: 5))
    }

    @Test(
        "a NIK a spreadsheet turned into a number is rejected with that reason and the row's line",
        arguments: ["3.51514E+15", "3,51514E+15"])
    func scientificNIK(nik: String) {
        #expect(Self.sheet.read(Self.row(nik: nik), line: 7) == .rejected(line: 7, .member(.nik(.spreadsheetNumber))))
    }

    @Test("a NIK that lost its leading digit is rejected for its length")
    func shortNIK() {
        #expect(Self.sheet.read(Self.row(nik: "507241208900001"), line: 3) == .rejected(line: 3, .member(.nik(.wrongLength(15)))))
    }

    @Test(
        "an unreadable date is rejected naming its column and the text",
        arguments: [
            (row(ttl: "Malang, kemarin"), SheetProblem.unreadableDate(.birthPlaceAndDate, "Malang, kemarin")),
            (row(ttl: "Malang, 12/08/90"), .unreadableDate(.birthPlaceAndDate, "Malang, 12/08/90")),
            (row(joined: "Januari 2020"), .unreadableDate(.joinedOn, "Januari 2020")),
            (row(joined: "31/02/2020"), .unreadableDate(.joinedOn, "31/02/2020")),
        ])
    func unreadableDate(cells: [String], problem: SheetProblem) {
        #expect(Self.sheet.read(cells, line: 5) == .rejected(line: 5, problem))
    }

    @Test("an unreadable date in a separate birth date column names that column")
    func unreadableBirthDate() throws {
        // given
        let sheet = try MemberSheet(header: ["Nama", "NIK", "No. HP", "Alamat", "Tgl Lahir"])
        // then
        #expect(
            sheet.read(["Budi", "3507241208900001", "081234567890", "Malang", "12/08/90"], line: 2)
                == .rejected(line: 2, .unreadableDate(.birthDate, "12/08/90")))
    }

    @Test("an unreadable gender is rejected with the text", arguments: ["X", "Laki2", "Bapak", "LP"])
    func unreadableGender(text: String) {
        #expect(Self.sheet.read(Self.row(gender: text), line: 6) == .rejected(line: 6, .unreadableGender(text)))
    }

    @Test("a gender or birth date contradicting the NIK is rejected")
    func contradictions() {
        #expect(Self.sheet.read(Self.row(gender: "P"), line: 2) == .rejected(line: 2, .member(.nik(.genderMismatch))))
        #expect(
            Self.sheet.read(Self.row(ttl: "Malang, 13-08-1990"), line: 3) == .rejected(line: 3, .member(.nik(.birthDateMismatch)))
        )
    }

    @Test("missing particulars are rejected with the member error")
    func missingParticulars() {
        #expect(Self.sheet.read(Self.row(name: ""), line: 2) == .rejected(line: 2, .member(.field(.required("name")))))
        #expect(Self.sheet.read(Self.row(phone: "  "), line: 2) == .rejected(line: 2, .member(.field(.required("phone")))))
        #expect(Self.sheet.read(Self.row(phone: "021-555-1234"), line: 2) == .rejected(line: 2, .member(.phone(.invalid))))
        // a row cut short before the address column
        #expect(
            Self.sheet.read(["1", "Budi", "3507241208900001", "081234567890"], line: 4)
                == .rejected(line: 4, .member(.field(.required("address")))))
    }

    @Test("optional cells left empty are simply absent")
    func optionalEmpty() {
        // when
        let result = Self.sheet.read(Self.row(ttl: "", gender: " ", joined: ""), line: 2)
        // then
        guard case .valid(let member) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(member.details.birthPlace == nil)
        #expect(member.details.birthDate == nil)
        #expect(member.details.gender == .male) // from the NIK
        #expect(member.joinedOn == nil)
    }

    @Test("cells with surrounding spaces, tabs and line breaks are trimmed")
    func trimmed() {
        // when
        let result = Self.sheet.read(
            Self.row(
                name: "  Budi Santoso\t", nik: " 3507241208900001 ", phone: "\n0812-3456-7890 ",
                address: " Jl. Mawar 5 ", ttl: "  Malang, 12-08-1990 ", gender: " l ",
                joined: " 05/01/2020 "), line: 2)
        // then
        guard case .valid(let member) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(member.details.name == "Budi Santoso")
        #expect(member.details.nik.digits == "3507241208900001")
        #expect(member.details.address == "Jl. Mawar 5")
        #expect(member.details.birthPlace == "Malang")
        #expect(member.joinedOn == CivilDate(year: 2020, month: 1, day: 5))
    }

    @Test(
        "the place and date column is split",
        arguments: [
            ("Malang, 12-08-1990", "Malang"),
            ("Malang 12 Agustus 1990", "Malang"),
            ("Kota Batu, 12 Agt 1990", "Kota Batu"),
            ("Kota Batu 12/08/1990", "Kota Batu"),
        ])
    func placeAndDate(ttl: String, place: String) {
        // when
        let result = Self.sheet.read(Self.row(ttl: ttl), line: 2)
        // then
        guard case .valid(let member) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(member.details.birthPlace == place)
        #expect(member.details.birthDate == CivilDate(year: 1990, month: 8, day: 12))
    }

    @Test("a place-and-date cell holding only a date gives the date", arguments: ["12-08-1990", "12/08/1990", "12 Agustus 1990"])
    func dateOnly(ttl: String) {
        // when
        let result = Self.sheet.read(Self.row(ttl: ttl), line: 2)
        // then: WrittenDate.parsePlaceAndDate (WrittenDate.swift:43, `where words.count > count`) needs a place
        // before the date, so the row is refused as .unreadableDate(.birthPlaceAndDate, "12-08-1990") although
        // the date reads fine (and ", 12-08-1990", with an empty place before a comma, is accepted).
        guard case .valid(let member) = result else {
            Issue.record("refused: \(result)")
            return
        }
        #expect(member.details.birthDate == CivilDate(year: 1990, month: 8, day: 12))
        #expect(member.details.birthPlace == nil)
    }

    @Test("a separate birth place column wins over the place in the place-and-date column")
    func separatePlaceWins() throws {
        // given
        let sheet = try MemberSheet(header: ["Nama", "NIK", "No. HP", "Alamat", "Tempat Lahir", "TTL"])
        // when
        let result = sheet.read(
            ["Budi", "3507241208900001", "081234567890", "Malang", "Kepanjen", "Malang, 12-08-1990"], line: 2)
        // then
        guard case .valid(let member) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(member.details.birthPlace == "Kepanjen")
        #expect(member.details.birthDate == CivilDate(year: 1990, month: 8, day: 12))
    }
}

@Suite("MemberSheet: reading all rows")
struct MemberSheetReadAllTests {
    static let sheet = MemberSheetRowTests.sheet
    static func row(_ name: String, _ nik: String, ttl: String = "", gender: String = "") -> [String] {
        MemberSheetRowTests.row(name: name, nik: nik, ttl: ttl, gender: gender, joined: "")
    }

    static func lines(_ rows: [SheetRow]) -> [Int] {
        rows.map {
            switch $0 {
            case .valid(let member): member.line
            case .rejected(let line, _): line
            }
        }
    }

    @Test("line numbers count from firstLine", arguments: [1, 2, 10])
    func firstLine(first: Int) {
        // given
        let rows = [
            Self.row("Budi", "3507241208900001"), Self.row("Siti", "3507245012720001"),
            Self.row("Joko", "3507240101850003"),
        ]
        // when
        let result = Self.sheet.readAll(rows, firstLine: first)
        // then
        #expect(Self.lines(result) == [first, first + 1, first + 2])
    }

    @Test("blank rows are skipped but still counted")
    func blankRows() {
        // given
        let rows = [
            Self.row("Budi", "3507241208900001"), [], ["", "", ""], ["  ", " ", "", "\t"],
            Self.row("Siti", "3507245012720001"),
        ]
        // when
        let result = Self.sheet.readAll(rows, firstLine: 2)
        // then
        #expect(Self.lines(result) == [2, 6])
        #expect(Self.sheet.readAll([[], [""]], firstLine: 2).isEmpty)
        #expect(Self.sheet.readAll([], firstLine: 2).isEmpty)
    }

    @Test("a row whose cells hold only line breaks is blank too")
    func lineBreakRows() {
        // given: a row whose cells hold nothing but line breaks (Alt+Enter in a spreadsheet cell)
        let rows = [Self.row("Budi", "3507241208900001"), ["", "\n", "", "\r\n"], Self.row("Siti", "3507245012720001")]
        // when
        let result = Self.sheet.readAll(rows, firstLine: 2)
        // then: MemberSheet.swift:87 tests blankness with .whitespaces (no newlines) while cells are read with
        // .whitespacesAndNewlines (line 48), so the row is read and refused for a missing name
        #expect(Self.lines(result) == [2, 4])
    }

    @Test("a NIK used again in the same sheet is rejected, pointing at the first row that used it")
    func duplicates() {
        // given
        let rows = [
            Self.row("Budi", "3507241208900001"), // line 2
            Self.row("Siti", "3507245012720001"), // line 3
            Self.row("Budi S.", "3507 2412 0890 0001"), // line 4: the same NIK, written with spaces
            Self.row("B. Santoso", "3507241208900001"), // line 5
            Self.row("Sitti", "3507245012720001"), // line 6
        ]
        // when
        let result = Self.sheet.readAll(rows, firstLine: 2)
        // then
        #expect(result.count == 5)
        #expect(result[2] == .rejected(line: 4, .duplicateInSheet(firstLine: 2)))
        #expect(result[3] == .rejected(line: 5, .duplicateInSheet(firstLine: 2)))
        #expect(result[4] == .rejected(line: 6, .duplicateInSheet(firstLine: 3)))
        guard case .valid(let first) = result[0], case .valid(let second) = result[1] else {
            Issue.record("\(result)")
            return
        }
        #expect(first.details.name == "Budi")
        #expect(second.details.name == "Siti")
    }

    @Test("rejected rows keep their place and line among valid ones")
    func mixed() {
        // given
        let rows = [
            Self.row("Budi", "3.51514E+15"), // line 7
            Self.row("Siti", "3507245012720001"), // line 8
            [], // line 9
            Self.row("Joko", "3507240101850003", gender: "X"), // line 10
        ]
        // when
        let result = Self.sheet.readAll(rows, firstLine: 7)
        // then
        #expect(result.count == 3)
        #expect(result[0] == .rejected(line: 7, .member(.nik(.spreadsheetNumber))))
        #expect(result[2] == .rejected(line: 10, .unreadableGender("X")))
        guard case .valid(let siti) = result[1] else {
            Issue.record("\(result)")
            return
        }
        #expect(siti.line == 8)
    }
}

@Suite("Gender: as sheets and forms write it")
struct GenderTests {
    @Test(
        "loose spellings",
        arguments: [
            ("L", Gender.male), ("l", .male), ("Lk", .male), ("Laki-laki", .male), ("LAKI LAKI", .male), ("Laki", .male),
            ("Pria", .male), ("M", .male), ("male", .male), (" L ", .male),
            ("P", .female), ("Pr", .female), ("Perempuan", .female), ("Wanita", .female), ("F", .female), ("Female", .female),
        ])
    func loose(text: String, gender: Gender) {
        #expect(Gender(loose: text) == gender)
    }

    @Test("anything else is not a gender", arguments: ["", "X", "LP", "L/P", "Laki2", "Bapak", "Ibu", "W"])
    func unknown(text: String) {
        #expect(Gender(loose: text) == nil)
    }
}
