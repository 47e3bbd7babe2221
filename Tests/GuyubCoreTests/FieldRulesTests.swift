import GuyubCore
import Testing

@Suite("FieldRules: the checks every text field shares")
struct FieldRulesTests {
    @Test("a required field is trimmed of surrounding white space, inner spaces kept")
    func requiredTrims() throws {
        // given
        let typed = "  \tKoperasi  Maju\n"
        // when
        let value = try FieldRules.required(typed, field: "name", max: FieldLimit.name)
        // then
        #expect(value == "Koperasi  Maju")
    }

    @Test("a required field missing or blank is refused with its field", arguments: [nil, "", "   ", "\n\t"] as [String?])
    func requiredRefusesBlank(value: String?) {
        // when
        let error = #expect(throws: FieldError.required("title")) {
            try FieldRules.required(value, field: "title", max: FieldLimit.meetingTitle)
        }
        // then
        #expect(error?.code == "required")
        #expect(error?.field == "title")
        #expect(error?.kind == .invalid)
    }

    @Test("a field exactly at its limit is accepted, and trimmed")
    func exactLimit() throws {
        // given
        let longest = " " + String(repeating: "a", count: FieldLimit.name - 2) + " "
        // when
        let value = try FieldRules.required(longest, field: "name", max: FieldLimit.name)
        // then
        #expect(value == String(repeating: "a", count: FieldLimit.name - 2))
    }

    @Test("the limit counts the text as sent, spaces and all, as the API's schema does")
    func limitCountsSpaces() {
        // given: at the limit once trimmed, one past it as sent (a fuzzer's find)
        let sent = "\r" + String(repeating: "a", count: FieldLimit.name)
        // then
        #expect(throws: FieldError.tooLong("name", FieldLimit.name)) {
            try FieldRules.required(sent, field: "name", max: FieldLimit.name)
        }
        #expect(throws: FieldError.tooLong("region", FieldLimit.name)) {
            try FieldRules.optional(sent, field: "region", max: FieldLimit.name)
        }
    }

    @Test("one character past the limit is refused, naming the limit")
    func pastLimit() {
        // given
        let tooLong = String(repeating: "é", count: FieldLimit.name + 1)
        // when
        let error = #expect(throws: FieldError.tooLong("name", FieldLimit.name)) {
            try FieldRules.required(tooLong, field: "name", max: FieldLimit.name)
        }
        // then
        #expect(error?.code == "too_long")
        #expect(error?.field == "name")
    }

    @Test("counted in code points, as JSON Schema counts: an e with a combining accent is two")
    func codePoints() {
        // given: 61 letters that show as one character each, but are two code points
        let combined = String(repeating: "e\u{301}", count: 61)
        // when / then
        #expect(combined.count == 61)
        #expect(throws: FieldError.tooLong("name", FieldLimit.name)) {
            try FieldRules.required(combined, field: "name", max: FieldLimit.name)
        }
    }

    @Test("a required field with no limit takes any length")
    func requiredWithoutLimit() throws {
        // given
        let long = String(repeating: "9", count: 10_000)
        // when, then
        #expect(try FieldRules.required(long, field: "nik") == long)
    }

    @Test("an optional field blank is none; present, it is trimmed and checked", arguments: [nil, "", "  "] as [String?])
    func optionalBlank(value: String?) throws {
        // when, then
        #expect(try FieldRules.optional(value, field: "reason", max: FieldLimit.statusReason) == nil)
    }

    @Test("an optional field is trimmed, accepted at its limit and refused past it")
    func optionalChecked() throws {
        // given
        let longest = String(repeating: "x", count: FieldLimit.statusReason)
        // when, then
        #expect(try FieldRules.optional(" pindah ", field: "reason", max: FieldLimit.statusReason) == "pindah")
        #expect(try FieldRules.optional(longest, field: "reason", max: FieldLimit.statusReason) == longest)
        #expect(throws: FieldError.tooLong("reason", FieldLimit.statusReason)) {
            try FieldRules.optional(longest + "x", field: "reason", max: FieldLimit.statusReason)
        }
    }

    @Test("text kept as typed is counted untrimmed, and none reads as empty")
    func within() throws {
        // given
        let atLimit = String(repeating: " ", count: FieldLimit.loanNote)
        // when, then
        #expect(try FieldRules.within(nil, field: "note", max: FieldLimit.loanNote) == "")
        #expect(try FieldRules.within(atLimit, field: "note", max: FieldLimit.loanNote) == atLimit)
        #expect(throws: FieldError.tooLong("note", FieldLimit.loanNote)) {
            try FieldRules.within(atLimit + " ", field: "note", max: FieldLimit.loanNote)
        }
    }

    @Test("a value that must be present is returned, or refused as required")
    func present() throws {
        // when, then
        #expect(try FieldRules.present(7 as Int?, field: "memberId") == 7)
        #expect(throws: FieldError.required("memberId")) { try FieldRules.present(nil as Int?, field: "memberId") }
    }
}

@Suite("FieldError: codes, fields and kinds")
struct FieldErrorTests {
    @Test(
        "each case keeps the code clients already read, with its field, as a 422",
        arguments: [
            (FieldError.required("memberId"), "required", "memberId"),
            (.tooLong("note", 200), "too_long", "note"),
            (.invalidDate("month"), "invalid_date", "month"),
            (.invalidTime("startsAt"), "invalid_date", "startsAt"),
            (.invalidChoice("format"), "invalid_choice", "format"),
        ])
    func mapping(error: FieldError, code: String, field: String) {
        // then
        #expect(error.code == code)
        #expect(error.field == field)
        #expect(error.kind == .invalid)
    }

    @Test("a member's particular refused keeps the field error's code and field")
    func wrappedByMember() {
        // given
        let field = FieldError.tooLong("address", FieldLimit.address)
        // when
        let member = MemberError.field(field)
        // then
        #expect(member.code == field.code)
        #expect(member.field == field.field)
        #expect(member.kind == field.kind)
    }

    @Test(
        "a meeting's or a loan's field refusal keeps the code, field and kind its clients read",
        arguments: [
            (MeetingError.field(.required("title")) as any DomainError, "required", "title"),
            (MeetingError.field(.tooLong("minutes", FieldLimit.minutes)), "too_long", "minutes"),
            (MeetingError.field(.invalidChoice("mode")), "invalid_choice", "mode"),
            (MeetingError.field(.invalidDate("heldOn")), "invalid_date", "heldOn"),
            (MeetingError.field(.invalidTime("startsAt")), "invalid_date", "startsAt"),
            (LoanError.field(.required("periods")), "required", "periods"),
            (LoanError.field(.invalidDate("date")), "invalid_date", "date"),
        ])
    func wrappedByMeetingsAndLoans(error: any DomainError, code: String, field: String) {
        // then
        #expect(error.code == code)
        #expect(error.field == field)
        #expect(error.kind == .invalid)
    }
}
