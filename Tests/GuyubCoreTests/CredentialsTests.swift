import GuyubCore
import Testing

@Suite("Email")
struct EmailTests {
    @Test(
        "trimmed and lower-cased",
        arguments: [
            ("siti@koperasi.id", "siti@koperasi.id"),
            ("  Siti@Koperasi.ID  ", "siti@koperasi.id"),
            ("\tBUDI.SANTOSO+rat@Mail.Example.co.id\n", "budi.santoso+rat@mail.example.co.id"),
            ("a@b.c", "a@b.c"),
        ])
    func normalised(raw: String, value: String) throws {
        // when
        let email = try Email(raw)
        // then
        #expect(email.value == value)
        #expect(email.description == value)
    }

    @Test("the same address however it was typed is the same e-mail")
    func equality() throws {
        #expect(try Email(" SITI@koperasi.id") == Email("siti@KOPERASI.id "))
    }

    @Test(
        "malformed addresses are refused with invalid_email on field email",
        arguments: [
            "", "   ", "siti", "siti@", "@koperasi.id", "siti@koperasi", "siti@@koperasi.id", "siti@kop@erasi.id",
            "siti aminah@koperasi.id", "siti@koperasi .id", "siti@koperasi.id.", "siti@koperasi.", "siti.koperasi.id",
            "siti@koperasi.i d",
        ])
    func invalid(raw: String) {
        // when
        let error = #expect(throws: CredentialError.invalidEmail) { try Email(raw) }
        // then
        #expect(error?.code == "invalid_email")
        #expect(error?.field == "email")
        #expect(error?.kind == .invalid)
    }

    @Test("at most 254 characters (RFC 5321's path limit less the angle brackets)")
    func length() throws {
        // given
        let domain = "@koperasi.id" // 12 characters
        let longest = String(repeating: "a", count: 254 - domain.count) + domain
        // then
        #expect(try Email(longest).value.count == 254)
        #expect(throws: CredentialError.invalidEmail) { try Email("a" + longest) }
        // surrounding blanks do not count
        #expect(try Email("  " + longest + "  ").value == longest)
    }
}

@Suite("PasswordPolicy")
struct PasswordPolicyTests {
    static let email = try! Email("siti.aminah@koperasi.id")

    @Test(
        "a good password is accepted, with or without an e-mail",
        arguments: [
            "Kopi-Tubruk-Malang-7", "sawah hijau di batu", "abcdabcdab", "tidak-rahasia-lagi",
        ])
    func good(password: String) throws {
        try PasswordPolicy.check(password, email: Self.email)
        try PasswordPolicy.check(password, email: nil)
    }

    @Test("shorter than 10 characters is too short", arguments: ["", "a", "Kopi-Tub9", "123456789"])
    func tooShort(password: String) {
        // when
        let error = #expect(throws: CredentialError.weakPassword(.tooShort)) {
            try PasswordPolicy.check(password, email: nil)
        }
        // then
        #expect(error?.code == "weak_password")
        #expect(error?.field == "password")
        #expect(error?.kind == .invalid)
    }

    @Test("exactly 10 characters is long enough")
    func minimum() throws {
        #expect(PasswordPolicy.minimumLength == 10)
        try PasswordPolicy.check("Kopi-Tub9x", email: nil)
    }

    @Test("length counts characters, not bytes")
    func characters() {
        // 9 characters, 18 bytes in UTF-8
        #expect(throws: CredentialError.weakPassword(.tooShort)) { try PasswordPolicy.check("ééééabcdè", email: nil) }
    }

    @Test(
        "well-known passwords are refused whatever their case",
        arguments: [
            "koperasi123", "KOPERASI123", "Koperasi2025", "koperasi2026", "1234567890", "0123456789", "password123",
            "qwertyuiop", "bismillah123", "rahasia123", "admin12345", "administrator", "MerahPutih", "merahputih1",
            "jakarta123", "superadmin", "indonesia123", "sayang1234", "qwerty1234", "Passw0rd!!", "P@ssw0rd2026", "K0p3r4s1!!",
            "9876543210", "Welcome2026",
        ])
    func common(password: String) {
        #expect(throws: CredentialError.weakPassword(.tooCommon)) { try PasswordPolicy.check(password, email: nil) }
    }

    @Test(
        "fewer than 4 distinct characters is too common",
        arguments: ["aaaaaaaaaa", "ababababab", "abcabcabca", "AaAaAaAaAa", "1111111111", "!!!???...!"])
    func fewDistinct(password: String) {
        #expect(throws: CredentialError.weakPassword(.tooCommon)) { try PasswordPolicy.check(password, email: nil) }
    }

    @Test(
        "containing the e-mail's local part is refused",
        arguments: [
            "siti.aminah2024", "2024siti.aminah!", "SITI.AMINAH-koperasi", "xx siti.aminah xx",
        ])
    func containsEmail(password: String) throws {
        #expect(throws: CredentialError.weakPassword(.containsEmail)) { try PasswordPolicy.check(password, email: Self.email) }
        // without an e-mail to compare, the same password is fine
        try PasswordPolicy.check(password, email: nil)
    }

    @Test("a local part shorter than 4 characters is not looked for")
    func shortLocalPart() throws {
        // given
        let email = try Email("ani@koperasi.id")
        // then
        try PasswordPolicy.check("ani-tanam-padi", email: email)
        #expect(throws: CredentialError.weakPassword(.containsEmail)) {
            try PasswordPolicy.check("sawah-siti-2024", email: Email("siti@koperasi.id"))
        }
    }

    @Test(
        "longer than bcrypt keeps is refused rather than cut",
        arguments: [
            String(repeating: "tanam-padi-", count: 7),
            String(repeating: "é", count: 37),
        ])
    func tooLong(password: String) throws {
        #expect(throws: CredentialError.weakPassword(.tooLong)) { try PasswordPolicy.check(password, email: nil) }
        try PasswordPolicy.check(String(repeating: "padi-", count: 14) + "xy", email: nil) // exactly 72 bytes
    }

    @Test(
        "a strong password with a common word inside is fine", arguments: ["sawah-koperasi-di-bukit", "Padi menguning 7 hektar"])
    func strongWithAWord(password: String) throws {
        try PasswordPolicy.check(password, email: nil)
    }

    @Test("length is checked first, then commonness, then the e-mail")
    func order() {
        #expect(throws: CredentialError.weakPassword(.tooShort)) { try PasswordPolicy.check("siti.ami", email: Self.email) }
        #expect(throws: CredentialError.weakPassword(.tooCommon)) {
            try PasswordPolicy.check("koperasi123", email: Email("koperasi@koperasi.id"))
        }
    }
}

@Suite("CredentialError: codes, fields and kinds")
struct CredentialErrorTests {
    @Test(
        "each case maps to its code, field and kind",
        arguments: [
            (CredentialError.invalidEmail, "invalid_email", "email" as String?, ErrorKind.invalid),
            (.weakPassword(.tooCommon), "weak_password", "password", .invalid),
            (.emailTaken, "email_taken", "email", .conflict),
            (.wrongCredentials, "wrong_credentials", nil, .unauthenticated),
            (.tooManyAttempts(retryAfterSeconds: 30), "too_many_attempts", nil, .throttled),
            (.signInRequired, "sign_in_required", nil, .unauthenticated),
            (.sessionExpired, "session_expired", nil, .unauthenticated),
            (.csrfMismatch, "csrf_mismatch", nil, .forbidden),
        ])
    func mapping(error: CredentialError, code: String, field: String?, kind: ErrorKind) {
        #expect(error.code == code)
        #expect(error.field == field)
        #expect(error.kind == kind)
    }
}
