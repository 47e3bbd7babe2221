import Foundation
import GuyubCore
import PropertyBased
import Testing

/// The draft every posting passes through: two lines or more, one side per line, debits equal to
/// credits, nothing above the books' ceiling, a description; and the mirror entry that reverses it.
@Suite("JournalDraft: what the books accept, and the reversal")
struct JournalDraftTests {
    static let day = CivilDate(year: 2025, month: 6, day: 30)!

    static func draft(_ lines: [JournalDraft.Line], description: String = "Setoran simpanan sukarela") -> JournalDraft {
        JournalDraft(date: day, description: description, sourceType: .savingsDeposit, lines: lines)
    }

    @Test("a deposit at the counter: cash up, the member's sukarela up, Rp100.000 a side")
    func deposit() throws {
        // given
        let account = UUID()
        let draft = Self.draft([
            .debit(.role(.cash), 100_000),
            .credit(.role(.savingsSukarela), 100_000, savings: account),
        ])
        // when
        let total = try draft.validated()
        // then
        #expect(total == 100_000)
        #expect(draft.lines.map(\.delta) == [100_000, -100_000])
        #expect(draft.lines[1].savingsAccount == account)
    }

    @Test("a term deposit maturing: principal and interest to sukarela, the tax withheld")
    func maturity() throws {
        // given: Rp10.000.000 at 5,5 % for 92 days earns 138.630; 10 % of it withheld is 13.863.
        let draft = Self.draft([
            .debit(.role(.savingsBerjangka), 10_000_000),
            .debit(.role(.interestPayable), 138_630),
            .credit(.role(.savingsSukarela), 10_124_767),
            .credit(.role(.taxPayable), 13_863),
        ])
        // when
        let total = try draft.validated()
        // then
        #expect(total == 10_138_630)
    }

    @Test("fewer than two lines")
    func tooFewLines() {
        // given
        let none = Self.draft([])
        let one = Self.draft([.debit(.role(.cash), 100)])
        // then
        #expect(throws: LedgerError.tooFewLines) { try none.validated() }
        #expect(throws: LedgerError.tooFewLines) { try one.validated() }
    }

    @Test("a line with both sides, neither side or a negative side is refused by its index")
    func invalidLines() {
        let good = JournalDraft.Line.debit(.role(.cash), 100)
        let cases: [(JournalDraft.Line, Int)] = [
            (JournalDraft.Line(account: .role(.cash), debit: 100, credit: 100), 1),
            (JournalDraft.Line(account: .role(.cash), debit: 0, credit: 0), 1),
            (JournalDraft.Line(account: .role(.cash), debit: -100, credit: 0), 1),
            (JournalDraft.Line(account: .role(.cash), debit: 0, credit: -100), 1),
            (JournalDraft.Line(account: .role(.cash), debit: -100, credit: 200), 1),
        ]
        for (bad, index) in cases {
            // given
            let draft = Self.draft([good, bad, .credit(.role(.bank), 100)])
            // then
            #expect(throws: LedgerError.invalidLine(index)) { try draft.validated() }
        }
        // The first bad line is named.
        let two = Self.draft([good, .debit(.role(.cash), 0), .credit(.role(.bank), 0)])
        #expect(throws: LedgerError.invalidLine(1)) { try two.validated() }
        #expect(LedgerError.invalidLine(3).field == "lines[3]")
    }

    @Test("unbalanced: both totals are reported")
    func unbalanced() {
        // given
        let draft = Self.draft([
            .debit(.role(.cash), 100_000),
            .debit(.role(.bank), 50_000),
            .credit(.role(.savingsSukarela), 149_999),
        ])
        // then
        #expect(throws: LedgerError.unbalanced(debits: 150_000, credits: 149_999)) { try draft.validated() }
        #expect(LedgerError.unbalanced(debits: 1, credits: 2).code == "unbalanced_entry")
        #expect(LedgerError.unbalanced(debits: 1, credits: 2).field == "lines")
    }

    @Test("the description: required, trimmed, at most 300 characters")
    func description() throws {
        let lines: [JournalDraft.Line] = [.debit(.role(.cash), 1), .credit(.role(.bank), 1)]
        // then
        #expect(throws: LedgerError.descriptionRequired) { try Self.draft(lines, description: "").validated() }
        #expect(throws: LedgerError.descriptionRequired) { try Self.draft(lines, description: " \n\t ").validated() }
        #expect(try Self.draft(lines, description: String(repeating: "a", count: 300)).validated() == 1)
        // Blanks around do not count.
        #expect(try Self.draft(lines, description: "  " + String(repeating: "a", count: 300) + "\n").validated() == 1)
        // Characters, not bytes: 300 of "é" is 600 bytes and still fits.
        #expect(try Self.draft(lines, description: String(repeating: "é", count: 300)).validated() == 1)
        #expect(throws: LedgerError.descriptionTooLong) {
            try Self.draft(lines, description: String(repeating: "a", count: 301)).validated()
        }
        // Too few lines is found before the description.
        #expect(throws: LedgerError.tooFewLines) { try Self.draft([], description: "").validated() }
    }

    @Test("the books' ceiling: exactly 10^15 a side passes, one unit more does not")
    func ceiling() throws {
        // given
        let atCeiling = Self.draft([.debit(.role(.cash), Amount.ceiling), .credit(.role(.bank), Amount.ceiling)])
        let spread = Self.draft([
            .debit(.role(.cash), Amount.ceiling / 2), .debit(.role(.bank), Amount.ceiling / 2 + 1),
            .credit(.role(.savingsSukarela), Amount.ceiling + 1),
        ])
        let huge = Self.draft([.debit(.role(.cash), Int64.max), .credit(.role(.bank), Int64.max)])
        let overflowing = Self.draft([
            .debit(.role(.cash), Int64.max / 2 + 1), .debit(.role(.cash), Int64.max / 2 + 1),
            .credit(.role(.bank), Int64.max),
        ])
        // then
        #expect(try atCeiling.validated() == Amount.ceiling)
        #expect(throws: LedgerError.amountTooLarge) { try spread.validated() }
        #expect(throws: LedgerError.amountTooLarge) { try huge.validated() }
        #expect(throws: LedgerError.amountTooLarge) { try overflowing.validated() }
    }

    @Test("the reversal mirrors every line, keeps accounts, members' accounts, memos and units")
    func reversal() throws {
        // given
        let savings = UUID()
        let unit = UUID()
        let entry = UUID()
        let original = Self.draft([
            JournalDraft.Line(account: .role(.cash), debit: 250_000, credit: 0, memo: "kas", unit: unit),
            .credit(.role(.savingsSukarela), 200_000, savings: savings),
            .credit(.id(UUID()), 50_000),
        ])
        let on = CivilDate(year: 2025, month: 7, day: 2)!
        // when
        let reversal = original.reversal(on: on, description: "Koreksi", reversing: entry)
        // then
        #expect(reversal.sourceType == .reversal && reversal.sourceID == entry)
        #expect(reversal.date == on && reversal.description == "Koreksi")
        #expect(reversal.lines.map(\.delta) == [-250_000, 200_000, 50_000])
        #expect(reversal.lines.map(\.account) == original.lines.map(\.account))
        #expect(reversal.lines.map(\.savingsAccount) == original.lines.map(\.savingsAccount))
        #expect(reversal.lines[0].memo == "kas" && reversal.lines[0].unit == unit)
        #expect(try reversal.validated() == 250_000)
        // Reversing twice gives the lines back.
        #expect(reversal.reversal(on: on, description: "x", reversing: UUID()).lines == original.lines)
    }

    @Test("the errors keep the codes, fields and kinds the API answers with")
    func errorCodes() {
        #expect(LedgerError.tooFewLines.code == "too_few_lines")
        #expect(LedgerError.invalidLine(0).code == "invalid_line")
        #expect(LedgerError.amountTooLarge.code == "amount_too_large" && LedgerError.amountTooLarge.field == "lines")
        #expect(LedgerError.descriptionRequired.code == "required" && LedgerError.descriptionRequired.field == "description")
        #expect(LedgerError.descriptionTooLong.code == "too_long")
        #expect(LedgerError.unbalanced(debits: 0, credits: 0).kind == .invalid)
        #expect(LedgerError.entryNotFound.kind == .notFound)
        #expect(LedgerError.alreadyReversed.kind == .conflict)
    }

    /// Lines from (side, amount) pairs; then one more line on the short side so they balance.
    static func balanced(_ picks: [(Bool, Int64)]) -> [JournalDraft.Line] {
        var lines = picks.enumerated().map { i, pick in
            pick.0
                ? JournalDraft.Line.debit(.role(.cash), pick.1)
                : .credit(.role(AccountRole.allCases[i % AccountRole.allCases.count]), pick.1)
        }
        let gap = lines.reduce(0) { $0 + $1.delta }
        if gap > 0 { lines.append(.credit(.role(.bank), gap)) }
        if gap < 0 { lines.append(.debit(.role(.bank), -gap)) }
        return lines
    }

    @Test("any balanced draft passes, its total is each side's sum, and its reversal passes too")
    func balancedProperty() async {
        let picks = zip(Gen.bool, Gen.int64(in: 1...10_000_000_000)).array(of: 2...12)
        await propertyCheck(count: 1000, input: picks) { picks in
            // given
            let lines = Self.balanced(picks)
            let draft = Self.draft(lines)
            guard lines.count >= 2 else { return }
            // when
            let total = try? draft.validated()
            // then
            let debits = lines.reduce(Int64(0)) { $0 + $1.debit }
            let credits = lines.reduce(Int64(0)) { $0 + $1.credit }
            #expect(debits == credits)
            #expect(total == debits)
            #expect(lines.reduce(Int64(0)) { $0 + $1.delta } == 0)
            #expect((try? draft.reversal(on: Self.day, description: "r", reversing: UUID()).validated()) == debits)
        }
    }

    @Test("any draft: accepted exactly when an oracle says it balances with sound lines")
    func oracleProperty() async {
        let lines = zip(Gen.int64(in: -2...1_000), Gen.int64(in: -2...1_000)).array(of: 0...6)
        await propertyCheck(count: 3000, input: lines) { pairs in
            // given
            let draft = Self.draft(pairs.map { JournalDraft.Line(account: .role(.cash), debit: $0.0, credit: $0.1) })
            let sound = pairs.allSatisfy { ($0.0 == 0 && $0.1 > 0) || ($0.0 > 0 && $0.1 == 0) }
            let debits = pairs.reduce(Int64(0)) { $0 + $1.0 }
            let credits = pairs.reduce(Int64(0)) { $0 + $1.1 }
            // when
            let total = try? draft.validated()
            // then
            #expect(total == (pairs.count >= 2 && sound && debits == credits ? debits : nil))
        }
    }
}
