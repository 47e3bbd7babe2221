import Foundation
import GuyubCore
import PropertyBased
import Testing

@Suite("Meeting rules: quorum and majority")
struct MeetingRulesTests {
    @Test("one fifth of the members, rounded up, at least one")
    func quorum() {
        let rules = MeetingRules.standard
        #expect(rules.quorum(eligible: 50) == 10)
        #expect(rules.quorum(eligible: 51) == 11)
        #expect(rules.quorum(eligible: 3) == 1)
        #expect(rules.quorum(eligible: 0) == 1)
        #expect(MeetingRules(quorumNumerator: 1, quorumDenominator: 2).quorum(eligible: 7) == 4)
        #expect(MeetingRules(quorumNumerator: 2, quorumDenominator: 3).quorum(eligible: 600) == 400)
    }

    @Test("the quorum is the smallest attendance that reaches the fraction")
    func quorumProperty() async {
        await propertyCheck(count: 2000, input: zip(Gen.int(in: 1...20), Gen.int(in: 1...20), Gen.int(in: 1...100_000))) {
            a, b, eligible in
            let (numerator, denominator) = (min(a, b), max(a, b))
            let q = MeetingRules(quorumNumerator: numerator, quorumDenominator: denominator).quorum(eligible: eligible)
            #expect(q * denominator >= eligible * numerator)
            #expect(q == 1 || (q - 1) * denominator < eligible * numerator)
            #expect(q <= eligible)
        }
    }

    @Test("a quorum above the whole or of nothing is refused")
    func invalidQuorum() {
        #expect(throws: MeetingError.invalidQuorum) { try MeetingRules(quorumNumerator: 3, quorumDenominator: 2).validated() }
        #expect(throws: MeetingError.invalidQuorum) { try MeetingRules(quorumNumerator: 0, quorumDenominator: 5).validated() }
        #expect(throws: MeetingError.invalidQuorum) { try MeetingRules(quorumNumerator: 1, quorumDenominator: 0).validated() }
        #expect(throws: MeetingError.invalidQuorum) {
            try MeetingRules(quorumNumerator: Int.max, quorumDenominator: Int.max).validated()
        }
        #expect(throws: Never.self) { try MeetingRules(quorumNumerator: 1, quorumDenominator: 1).validated() }
    }

    @Test("passed when more vote yes than no; abstentions decide nothing; a tie is rejected")
    func majority() {
        #expect(VoteTally(yes: 3, no: 2, abstain: 10).passes)
        #expect(!VoteTally(yes: 2, no: 2, abstain: 1).passes)
        #expect(!VoteTally(yes: 0, no: 0, abstain: 5).passes)
        #expect(VoteTally(yes: 1).passes)
        #expect(VoteTally(yes: 3, no: 2, abstain: 10).cast == 15)
    }

    @Test("the refusals the issue names have codes of their own")
    func codes() {
        #expect(MeetingError.alreadyVoted.code == "already_voted" && MeetingError.alreadyVoted.kind == .conflict)
        #expect(MeetingError.noQuorum(present: 1, required: 2).code == "no_quorum")
        #expect(MeetingError.noQuorum(present: 1, required: 2).kind == .invalid)
        #expect(MeetingError.noProxy.code == "no_proxy" && MeetingError.noProxy.kind == .forbidden)
    }

    @Test("the standard RAT agenda: statements, both reports, SHU, plan and budget, elections")
    func standardAgenda() {
        #expect(AgendaTemplate.annual.map(\.kind) == [.statements, .reports, .reports, .shu, .plan, .election])
    }
}

struct LetterNumberTests {
    @Test(arguments: [(1, 2, "001/UND-RAT/II/2026"), (12, 12, "012/UND-RAT/XII/2026"), (1_234, 9, "1234/UND-RAT/IX/2026")])
    func numberedAsOfficesDo(sequence: Int, month: Int, number: String) {
        #expect(
            LetterNumber.make(sequence: sequence, kind: "UND-RAT", on: CivilDate(year: 2026, month: month, day: 28)!) == number)
    }

    @Test func rulesKeptBeforeTheLetterheadStillRead() throws {
        let old = #"{"quorumNumerator":1,"quorumDenominator":5,"secretByDefault":false,"registrationNumber":"3507"}"#
        let rules = try JSONDecoder().decode(MeetingRules.self, from: Data(old.utf8))
        #expect(rules == MeetingRules(registrationNumber: "3507"))
    }
}

struct MeetingNoticeTests {
    @Test(arguments: [(28, false), (7, false), (6, true), (0, true)])
    func sevenDaysAhead(daysBefore: Int, late: Bool) {
        let meeting = CivilDate(year: 2026, month: 3, day: 14)!
        #expect(MeetingNotice.isLate(heldOn: meeting, sentOn: meeting.adding(days: -daysBefore)!) == late)
    }
}
