import GuyubCore
import Testing

/// What may be done with a consultation session, and when.
@Suite("Consultation rules") struct ConsultationRulesTests {
    static let day = CivilDate(year: 2026, month: 8, day: 10)!

    @Test func beforeItsDayASessionOnlyInvitesOrIsCalledOff() {
        let before = Self.day.adding(days: -1)!
        #expect(ConsultationStatus.planned.allowed(on: before, heldOn: Self.day) == [.invite, .cancel])
        #expect(throws: ConsumerError.consultationState(.planned)) {
            try ConsultationStatus.planned.after(.attend, on: before, heldOn: Self.day, attended: 0)
        }
        #expect(throws: ConsumerError.consultationState(.planned)) {
            try ConsultationStatus.planned.after(.record, on: before, heldOn: Self.day, attended: 1)
        }
    }

    @Test func fromItsDayEverythingOpensAndClosingNeedsSomeoneWhoCame() throws {
        for today in [Self.day, Self.day.adding(days: 5)!] {
            #expect(ConsultationStatus.planned.allowed(on: today, heldOn: Self.day) == ConsultationAction.allCases)
        }
        #expect(throws: ConsumerError.noneAttended) {
            try ConsultationStatus.planned.after(.finish, on: Self.day, heldOn: Self.day, attended: 0)
        }
        #expect(try ConsultationStatus.planned.after(.finish, on: Self.day, heldOn: Self.day, attended: 1) == .held)
        #expect(try ConsultationStatus.planned.after(.cancel, on: Self.day, heldOn: Self.day, attended: 0) == .cancelled)
    }

    @Test func aHeldSessionOnlyTakesNotesAndACancelledOneNothing() {
        #expect(ConsultationStatus.held.allowed(on: Self.day, heldOn: Self.day) == [.record])
        #expect(ConsultationStatus.cancelled.allowed(on: Self.day, heldOn: Self.day).isEmpty)
    }

    /// Property: whatever the state and the day, an action is taken exactly when it is allowed, and the
    /// invitation, attendance and notes never change the state.
    @Test(arguments: ConsultationStatus.allCases)
    func anActionIsTakenExactlyWhenAllowed(status: ConsultationStatus) {
        for offset in -3...3 {
            let today = Self.day.adding(days: offset)!
            let allowed = status.allowed(on: today, heldOn: Self.day)
            for action in ConsultationAction.allCases {
                let after = try? status.after(action, on: today, heldOn: Self.day, attended: 2)
                #expect((after != nil) == allowed.contains(action), "\(status) \(action) on \(offset)")
                if [.invite, .attend, .record].contains(action), let after { #expect(after == status) }
            }
        }
    }
}
