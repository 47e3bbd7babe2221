import GuyubCore
import Testing

// Every state × action of the records with a life-cycle, against tables written out by hand from
// DOMAIN.md, so a change to a rule shows here as a changed row.

@Suite("Loan life-cycle")
struct LoanLifecycleTests {
    /// What each status admits and where each action leads.
    static let table: [LoanStatus: [LoanAction: LoanStatus]] = [
        .applied: [.review: .reviewed, .approve: .approved, .reject: .rejected],
        .reviewed: [.approve: .approved, .reject: .rejected],
        .approved: [.reject: .rejected, .disburse: .active],
        .rejected: [:],
        .active: [.repay: .active, .restructure: .active, .writeOff: .writtenOff],
        .closed: [:],
        .writtenOff: [.recover: .writtenOff],
    ]

    @Test(
        "each status admits exactly its actions and each leads where the table says",
        arguments: LoanStatus.allCases)
    func everyStateAndAction(status: LoanStatus) throws {
        for action in LoanAction.allCases {
            // given a loan in `status`; when `action` is asked
            let expected = Self.table[status]?[action]
            // then it is allowed exactly when the table lists it, and leads where the table says
            #expect(action.applies(to: status, fullyRecovered: false) == (expected != nil), "\(status) × \(action)")
            if let expected {
                #expect(try status.after(action) == expected)
            } else {
                #expect(throws: LoanError.self) { try status.after(action) }
            }
        }
    }

    @Test("a repayment that settles everything closes the loan; a closed or written-off loan takes none")
    func repaymentCloses() throws {
        #expect(try LoanStatus.active.after(.repay, paidOff: true) == .closed)
        #expect(throws: LoanError.loanClosed) { try LoanStatus.closed.after(.repay) }
        #expect(throws: LoanError.loanClosed) { try LoanStatus.writtenOff.after(.repay) }
        #expect(throws: LoanError.wrongStatus(.approved)) { try LoanStatus.approved.after(.repay) }
    }

    @Test("nothing more is recovered once all that was written off came back")
    func recoveryEnds() {
        // given a written-off loan whose every rupiah came back, when more is recovered, then it is more than is left
        #expect(throws: LoanError.overpayment(payoff: 0)) { try LoanStatus.writtenOff.after(.recover, fullyRecovered: true) }
        #expect(!LoanAction.recover.applies(to: .writtenOff, fullyRecovered: true))
    }

    @Test("decisions are the board's, never the borrower's, and not by whoever entered the application")
    func makerChecker() {
        // given a board member who entered the application
        let enterer = LoanActor(roles: [.board], enteredIt: true, isBorrower: false)
        // when they look at it
        let (allowed, withheld) = enterer.actions(on: .applied, fullyRecovered: false)
        // then they may review it but not decide it
        #expect(allowed == [.review])
        #expect(withheld == [.approve: .ownApplication, .reject: .ownApplication])

        let borrower = LoanActor(roles: [.board], enteredIt: false, isBorrower: true)
        #expect(borrower.actions(on: .active, fullyRecovered: false).allowed == [.repay])
        #expect(borrower.actions(on: .active, fullyRecovered: false).withheld == [.restructure: .ownLoan, .writeOff: .ownLoan])

        let teller = LoanActor(roles: [.teller], enteredIt: false, isBorrower: false)
        #expect(teller.actions(on: .approved, fullyRecovered: false).allowed == [.disburse])
        #expect(teller.actions(on: .applied, fullyRecovered: false).allowed.isEmpty)
        let staff = LoanActor(roles: [.staff], enteredIt: false, isBorrower: false)
        #expect(staff.actions(on: .applied, fullyRecovered: false).allowed == [.review])
    }
}

@Suite("Meeting life-cycle")
struct MeetingLifecycleTests {
    static let table: [MeetingStatus: [MeetingAction: MeetingStatus]] = [
        .draft: [.edit: .draft, .setAgenda: .draft, .sendNotice: .noticed, .setDelegates: .draft, .addMotion: .draft],
        .noticed: [
            .edit: .noticed, .setAgenda: .noticed, .sendNotice: .noticed, .setDelegates: .noticed,
            .start: .open, .checkIn: .noticed, .addMotion: .noticed,
        ],
        .open: [.checkIn: .open, .addMotion: .open, .writeMinutes: .open, .close: .closed],
        .closed: [.writeMinutes: .closed],
    ]

    @Test(
        "each status admits exactly its actions and each leads where the table says",
        arguments: MeetingStatus.allCases)
    func everyStateAndAction(status: MeetingStatus) throws {
        #expect(status.actions == Set(Self.table[status]!.keys))
        for action in MeetingAction.allCases {
            if let expected = Self.table[status]![action] {
                #expect(try status.after(action) == expected, "\(status) × \(action)")
            } else {
                #expect(throws: MeetingError.wrongStatus(status)) { try status.after(action) }
            }
        }
    }

    static let motions: [ResolutionStatus: [ResolutionAction: ResolutionStatus]] = [
        .draft: [.open: .open],
        .open: [.vote: .open, .close: .passed],
        .passed: [:],
        .rejected: [:],
    ]

    @Test("a motion is voted on only while its meeting is in session", arguments: ResolutionStatus.allCases)
    func everyMotionStateAndAction(status: ResolutionStatus) throws {
        let majority = VoteTally(yes: 3, no: 1)
        for meeting in MeetingStatus.allCases {
            for action in ResolutionAction.allCases {
                let expected = meeting == .open ? Self.motions[status]![action] : nil
                #expect(action.applies(to: status, meeting: meeting) == (expected != nil), "\(status) × \(action) in \(meeting)")
                if let expected {
                    #expect(try status.after(action, meeting: meeting, tally: majority) == expected)
                } else {
                    #expect(throws: MeetingError.self) { try status.after(action, meeting: meeting, tally: majority) }
                }
            }
        }
    }

    @Test("the motion's own state is refused first, then the meeting's; a tie is rejected on closing")
    func refusals() throws {
        #expect(throws: MeetingError.resolutionNotDraft) {
            try ResolutionStatus.passed.after(.open, meeting: .closed, tally: .init())
        }
        #expect(throws: MeetingError.resolutionNotOpen) {
            try ResolutionStatus.draft.after(.vote, meeting: .open, tally: .init())
        }
        #expect(throws: MeetingError.wrongStatus(.noticed)) {
            try ResolutionStatus.draft.after(.open, meeting: .noticed, tally: .init())
        }
        #expect(try ResolutionStatus.open.after(.close, meeting: .open, tally: VoteTally(yes: 2, no: 2)) == .rejected)
        #expect(ResolutionStatus.passed.isDecided && ResolutionStatus.rejected.isDecided)
        #expect(!ResolutionStatus.open.isDecided && !ResolutionStatus.draft.isDecided)
    }
}

@Suite("SHU year life-cycle")
struct SHULifecycleTests {
    /// Each stage × action: the stage it leads to, or the refusal.
    static func expected(_ stage: SHUYearStage, _ action: SHUAction) -> Result<SHUYearStage, YearEndError> {
        let year = 2025
        switch (stage, action) {
        case (.open, .editRules), (.closed, .editRules), (.drafted, .editRules): return .success(stage)
        case (.approved, .editRules), (.approved, .compute): return .failure(.alreadyApproved(year))
        case (.posted, .editRules), (.posted, .compute), (.posted, .post): return .failure(.alreadyPosted(year))
        case (.open, .compute), (.open, .post), (.closed, .post): return .failure(.yearNotClosed(year))
        case (.closed, .compute), (.drafted, .compute): return .success(.drafted)
        case (.drafted, .post): return .failure(.notApproved(year))
        case (.approved, .post): return .success(.posted)
        case (.posted, .payShare): return .success(.posted)
        case (_, .payShare): return .failure(.shareNotPayable)
        }
    }

    @Test("each stage admits exactly its actions", arguments: SHUYearStage.allCases)
    func everyStageAndAction(stage: SHUYearStage) {
        for action in SHUAction.allCases {
            let outcome = Result { () throws(YearEndError) in try stage.after(action, year: 2025) }
            #expect(outcome == Self.expected(stage, action), "\(stage) × \(action)")
        }
    }

    @Test("the stage follows from the close, the distribution and the RAT's approval")
    func stages() {
        #expect(SHUYearStage(closed: false, distribution: nil, approved: false) == .open)
        #expect(SHUYearStage(closed: true, distribution: nil, approved: true) == .closed)
        #expect(SHUYearStage(closed: true, distribution: .draft, approved: false) == .drafted)
        #expect(SHUYearStage(closed: true, distribution: .draft, approved: true) == .approved)
        #expect(SHUYearStage(closed: true, distribution: .posted, approved: false) == .posted)
    }

    @Test("only a share held as payable, and not empty, is paid out — once")
    func payout() throws {
        #expect(try SHUSharePayment.payable.afterPayout(total: 1) == .paid)
        #expect(throws: YearEndError.shareNotPayable) { try SHUSharePayment.payable.afterPayout(total: 0) }
        #expect(throws: YearEndError.shareNotPayable) { try SHUSharePayment.paid.afterPayout(total: 10) }
        #expect(throws: YearEndError.shareNotPayable) { try SHUSharePayment.savings.afterPayout(total: 10) }
    }
}
