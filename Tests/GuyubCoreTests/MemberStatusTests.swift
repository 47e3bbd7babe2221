import GuyubCore
import PropertyBased
import Testing

// Membership (DOMAIN.md, "Who is who"): a calon anggota (applicant) becomes anggota when accepted, or is
// declined; membership ends on resignation, death or dismissal. Nothing else moves.

@Suite("MemberStatus: transitions")
struct MemberStatusTests {
    static let allowed: Set<String> = [
        "applicant→member", "applicant→rejected",
        "member→resigned", "member→deceased", "member→dismissed",
    ]

    @Test(
        "exactly the five allowed moves, for every pair of statuses",
        arguments: MemberStatus.allCases, MemberStatus.allCases)
    func table(from: MemberStatus, to: MemberStatus) {
        #expect(from.canMove(to: to) == Self.allowed.contains("\(from.rawValue)→\(to.rawValue)"))
    }

    @Test("the table allows five moves in all and nothing stays put")
    func count() {
        let pairs = MemberStatus.allCases.flatMap { a in MemberStatus.allCases.map { (a, $0) } }
        #expect(pairs.filter { $0.0.canMove(to: $0.1) }.count == 5)
        #expect(MemberStatus.allCases.allSatisfy { !$0.canMove(to: $0) })
    }

    @Test("final statuses go nowhere; applicants and members are not final", arguments: MemberStatus.allCases)
    func final(status: MemberStatus) {
        #expect(status.isFinal == ![.applicant, .member].contains(status))
        if status.isFinal {
            #expect(MemberStatus.allCases.allSatisfy { !status.canMove(to: $0) })
        }
    }

    @Test(
        "stored names are stable",
        arguments: [
            (MemberStatus.applicant, "applicant"), (.member, "member"), (.rejected, "rejected"),
            (.resigned, "resigned"), (.deceased, "deceased"), (.dismissed, "dismissed"),
        ])
    func rawValues(status: MemberStatus, raw: String) {
        #expect(status.rawValue == raw)
        #expect(MemberStatus(rawValue: raw) == status)
    }
}

@Suite("MemberStatus: dated moves")
struct MemberStatusMoveTests {
    static let today = CivilDate(year: 2026, month: 3, day: 15)!

    @Test("an allowed move dated today, in the past, or on the day of the last change is fine")
    func allowed() throws {
        // given
        let joined = CivilDate(year: 2024, month: 1, day: 10)!
        // then
        try MemberStatus.applicant.move(to: .member, on: Self.today, after: nil, today: Self.today)
        try MemberStatus.applicant.move(to: .member, on: joined, after: nil, today: Self.today)
        try MemberStatus.member.move(to: .resigned, on: joined, after: joined, today: Self.today)
        try MemberStatus.member.move(to: .deceased, on: Self.today, after: Self.today, today: Self.today)
        try MemberStatus.member.move(to: .dismissed, on: Self.today, after: joined, today: Self.today)
    }

    @Test("a move dated after today is refused")
    func future() {
        // when
        let error = #expect(throws: MemberError.dateInFuture) {
            try MemberStatus.applicant.move(to: .member, on: Self.today.adding(days: 1)!, after: nil, today: Self.today)
        }
        // then
        #expect(error?.code == "date_in_future")
        #expect(error?.field == "date")
    }

    @Test("a move dated before the last change is refused")
    func beforeLast() {
        // given
        let last = CivilDate(year: 2025, month: 6, day: 1)!
        // when
        let error = #expect(throws: MemberError.dateBeforeLastChange) {
            try MemberStatus.member.move(to: .resigned, on: last.adding(days: -1)!, after: last, today: Self.today)
        }
        // then
        #expect(error?.code == "date_before_last_change")
    }

    /// The 31 pairs outside the table.
    static let forbiddenPairs: [(MemberStatus, MemberStatus)] = MemberStatus.allCases.flatMap { from in
        MemberStatus.allCases.filter { !MemberStatusTests.allowed.contains("\(from.rawValue)→\($0.rawValue)") }
            .map { (from, $0) }
    }

    @Test("a forbidden move is refused whatever its date, naming both statuses", arguments: forbiddenPairs)
    func forbidden(from: MemberStatus, to: MemberStatus) throws {
        #expect(Self.forbiddenPairs.count == 31)
        // when
        let error = #expect(throws: MemberError.invalidTransition(from: from, to: to)) {
            try from.move(to: to, on: Self.today, after: nil, today: Self.today)
        }
        // then
        #expect(error?.code == "invalid_status_change")
        #expect(error?.field == "status")
        // the transition is judged before the date
        #expect(throws: MemberError.invalidTransition(from: from, to: to)) {
            try from.move(to: to, on: Self.today.adding(days: 10)!, after: Self.today, today: Self.today)
        }
    }

    @Test("for any dates: refused if in the future, else if before the last change, else accepted")
    func dates() async {
        let date = Gens.civilDate(years: 2000...2030)
        await propertyCheck(count: 2000, input: date, date.optional, date) { on, last, today in
            // when
            let result = Result { () throws(MemberError) in
                try MemberStatus.member.move(to: .resigned, on: on, after: last, today: today)
            }
            // then
            if on > today {
                #expect(throws: MemberError.dateInFuture) { try result.get() }
            } else if let last, on < last {
                #expect(throws: MemberError.dateBeforeLastChange) { try result.get() }
            } else {
                #expect(throws: Never.self) { try result.get() }
            }
        }
    }
}
