import GuyubCore
import Testing

@Suite("MemberDetails: validation of a member's particulars")
struct MemberDetailsTests {
    // A man born 12-08-(19)90 and a woman born 10-12-(19)72 (see NIKTests).
    static let manNIK = "3507241208900001"
    static let womanNIK = "3507245012720001"

    static func details(
        name: String? = "Budi Santoso", nik: String? = manNIK, phone: String? = "0812-3456-7890",
        address: String? = "Jl. Mawar 5, Malang", birthPlace: String? = nil,
        birthDate: CivilDate? = nil, gender: Gender? = nil
    ) throws(MemberError) -> MemberDetails {
        try MemberDetails(
            name: name, nik: nik, phone: phone, address: address,
            birthPlace: birthPlace, birthDate: birthDate, gender: gender)
    }

    @Test("valid input is normalised: phone to E.164, NIK to its digits, gender from the NIK")
    func valid() throws {
        // when
        let member = try Self.details(
            nik: "3507 2412 0890 0001", birthPlace: "Malang",
            birthDate: CivilDate(year: 1990, month: 8, day: 12))
        // then
        #expect(member.name == "Budi Santoso")
        #expect(member.nik.digits == Self.manNIK)
        #expect(member.phone.e164 == "+6281234567890")
        #expect(member.address == "Jl. Mawar 5, Malang")
        #expect(member.birthPlace == "Malang")
        #expect(member.birthDate == CivilDate(year: 1990, month: 8, day: 12))
        #expect(member.gender == .male)
    }

    @Test(
        "white space is trimmed and runs of it folded to one space",
        arguments: [
            ("  Siti   Aminah ", "Siti Aminah"),
            ("Siti\tAminah", "Siti Aminah"),
            ("\nSiti \n Aminah\n", "Siti Aminah"),
            ("Siti\u{00A0}\u{00A0}Aminah", "Siti Aminah"),
            ("Siti Aminah", "Siti Aminah"),
        ])
    func folding(raw: String, clean: String) throws {
        // when
        let member = try Self.details(
            name: raw, nik: Self.womanNIK, address: "  Dusun  Krajan\tRT 01 ",
            birthPlace: "  Kota   Batu ")
        // then
        #expect(member.name == clean)
        #expect(member.address == "Dusun Krajan RT 01")
        #expect(member.birthPlace == "Kota Batu")
    }

    @Test("a NIK or phone pasted with non-breaking spaces or tabs reads as typed with spaces")
    func pastedBlanks() throws {
        // when
        let member = try Self.details(nik: "3507\u{00A0}2412\u{00A0}0890\u{00A0}0001", phone: "0812\t3456\u{00A0}7890")
        // then
        #expect(member.nik.digits == Self.manNIK)
        #expect(member.phone.e164 == "+6281234567890")
    }

    @Test("the gender defaults to the one the NIK encodes")
    func genderFromNIK() throws {
        #expect(try Self.details(nik: Self.womanNIK).gender == .female)
        #expect(try Self.details(nik: Self.manNIK).gender == .male)
        #expect(try Self.details(nik: Self.womanNIK, gender: .female).gender == .female)
    }

    @Test("no birth place, or only blanks, is stored as none", arguments: [nil, "", "   "] as [String?])
    func noBirthPlace(place: String?) throws {
        #expect(try Self.details(birthPlace: place).birthPlace == nil)
    }

    @Test(
        "a missing required field is refused with code required and that field",
        arguments: [
            ("name", nil), ("name", ""), ("name", "   \t\n"),
            ("nik", nil), ("nik", ""), ("nik", "  "),
            ("phone", nil), ("phone", ""), ("phone", " "),
            ("address", nil), ("address", ""), ("address", "\n"),
        ] as [(String, String?)])
    func required(field: String, value: String?) {
        // when
        let error = #expect(throws: MemberError.field(.required(field))) {
            try Self.details(
                name: field == "name" ? value : "Budi",
                nik: field == "nik" ? value : Self.manNIK,
                phone: field == "phone" ? value : "081234567890",
                address: field == "address" ? value : "Malang")
        }
        // then
        #expect(error?.code == "required")
        #expect(error?.field == field)
    }

    @Test("the first rule broken is the one reported: name, then NIK, phone, address")
    func order() {
        #expect(throws: MemberError.field(.required("name"))) { try Self.details(name: nil, nik: nil, phone: nil, address: nil) }
        #expect(throws: MemberError.field(.required("nik"))) { try Self.details(nik: nil, phone: nil, address: nil) }
        #expect(throws: MemberError.field(.required("phone"))) { try Self.details(phone: nil, address: nil) }
        // a NIK that is wrong is reported before a phone that is wrong
        #expect(throws: MemberError.nik(.wrongLength(15))) { try Self.details(nik: "350724120890001", phone: "021 123") }
    }

    @Test("names up to 120 characters are accepted, longer are refused (counted after folding)")
    func nameLength() throws {
        // given
        let longest = String(repeating: "a", count: 120)
        // then
        #expect(try Self.details(name: longest).name == longest)
        #expect(try Self.details(name: "  " + longest + "  ").name == longest)
        let error = #expect(throws: MemberError.field(.tooLong("name", 120))) { try Self.details(name: longest + "b") }
        #expect(error?.code == "too_long")
        #expect(error?.field == "name")
        // 61 two-letter words are 182 characters with single spaces: too long
        #expect(throws: MemberError.field(.tooLong("name", 120))) {
            try Self.details(name: Array(repeating: "ab", count: 61).joined(separator: "   "))
        }
        // 40 two-letter words with runs of spaces fold to 119 characters: fine
        #expect(try Self.details(name: Array(repeating: "ab", count: 40).joined(separator: "     ")).name.count == 119)
    }

    @Test("addresses up to 500 characters are accepted, longer are refused")
    func addressLength() throws {
        let longest = String(repeating: "x", count: 500)
        #expect(try Self.details(address: longest).address == longest)
        let error = #expect(throws: MemberError.field(.tooLong("address", 500))) { try Self.details(address: longest + "x") }
        #expect(error?.code == "too_long")
        #expect(error?.field == "address")
    }

    @Test("birth places up to 120 characters are accepted, longer are refused")
    func birthPlaceLength() throws {
        let longest = String(repeating: "k", count: 120)
        #expect(try Self.details(birthPlace: longest).birthPlace == longest)
        let error = #expect(throws: MemberError.field(.tooLong("birthPlace", 120))) {
            try Self.details(birthPlace: longest + "k")
        }
        #expect(error?.field == "birthPlace")
    }

    @Test("a stated gender that contradicts the NIK: nik_gender_mismatch on field gender")
    func genderMismatch() {
        // when
        let error = #expect(throws: MemberError.nik(.genderMismatch)) {
            try Self.details(nik: Self.womanNIK, gender: .male)
        }
        // then
        #expect(error?.code == "nik_gender_mismatch")
        #expect(error?.field == "gender")
        #expect(error?.kind == .invalid)
    }

    @Test("a stated birth date that contradicts the NIK: nik_birth_date_mismatch on field birthDate")
    func birthDateMismatch() {
        let error = #expect(throws: MemberError.nik(.birthDateMismatch)) {
            try Self.details(nik: Self.manNIK, birthDate: CivilDate(year: 1990, month: 12, day: 8))
        }
        #expect(error?.code == "nik_birth_date_mismatch")
        #expect(error?.field == "birthDate")
    }

    @Test("a birth date a century away with the same two-digit year is accepted")
    func otherCentury() throws {
        #expect(try Self.details(birthDate: CivilDate(year: 2090, month: 8, day: 12)).birthDate?.year == 2090)
    }

    @Test(
        "an invalid NIK: invalid_nik on field nik",
        arguments: [
            ("3.51514E+15", NIKError.spreadsheetNumber), ("350724120890001", .wrongLength(15)),
            ("2007241208900001", .unknownProvince), ("3507241208900000", .zeroSerial),
        ])
    func invalidNIK(nik: String, reason: NIKError) {
        let error = #expect(throws: MemberError.nik(reason)) { try Self.details(nik: nik) }
        #expect(error?.code == "invalid_nik")
        #expect(error?.field == "nik")
    }

    @Test("an invalid phone: invalid_phone on field phone", arguments: ["021-1234-5678", "0812", "nomor hp"])
    func invalidPhone(phone: String) {
        let error = #expect(throws: MemberError.phone(.invalid)) { try Self.details(phone: phone) }
        #expect(error?.code == "invalid_phone")
        #expect(error?.field == "phone")
    }
}

@Suite("MemberError: codes, fields and kinds")
struct MemberErrorTests {
    @Test(
        "each case maps to its stable code, its field and its kind",
        arguments: [
            (MemberError.field(.required("address")), "required", "address" as String?, ErrorKind.invalid),
            (.field(.tooLong("name", 120)), "too_long", "name", .invalid),
            (.field(.invalidDate("joinedOn")), "invalid_date", "joinedOn", .invalid),
            (.field(.invalidChoice("gender")), "invalid_choice", "gender", .invalid),
            (.nik(.notDigits), "invalid_nik", "nik", .invalid),
            (.nik(.genderMismatch), "nik_gender_mismatch", "gender", .invalid),
            (.nik(.birthDateMismatch), "nik_birth_date_mismatch", "birthDate", .invalid),
            (.phone(.invalid), "invalid_phone", "phone", .invalid),
            (.nikTaken, "nik_taken", "nik", .conflict),
            (.notFound, "not_found", nil, .notFound),
            (.invalidTransition(from: .member, to: .applicant), "invalid_status_change", "status", .invalid),
            (.dateInFuture, "date_in_future", "date", .invalid),
            (.dateBeforeLastChange, "date_before_last_change", "date", .invalid),
        ])
    func mapping(error: MemberError, code: String, field: String?, kind: ErrorKind) {
        #expect(error.code == code)
        #expect(error.field == field)
        #expect(error.kind == kind)
    }
}
