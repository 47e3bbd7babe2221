import Fluent
import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor

@Suite("The demo's RAT") struct DemoMeetingTests {
    @Test func theDemoHeldLastYearsRATWithItsSHUApproved() async throws {
        try await withTestApp { t in
            try await t.run("demo")

            let coop = try #require(try await CooperativeRecord.query(on: t.app.db).first())
            let tenant = Tenant(cooperativeID: coop.id!, db: t.app.db)
            let store = MeetingStore(tenant)
            let meeting = try #require(try await store.list().first)
            let attendance = try await store.attendance(meeting)
            let resolutions = try await store.resolutions(of: meeting.id!)
            let approved = try await store.passedSHUResolution(year: meeting.financialYear)

            #expect(meeting.status == .closed && meeting.noticeSentOn != nil && !meeting.minutes.isEmpty)
            #expect(attendance.quorumMet && attendance.online > 0 && attendance.inPerson > 0)
            #expect(resolutions.count == 6 && resolutions.allSatisfy { $0.status == .passed })
            #expect(approved?.meetingID == meeting.id)
            #expect(try await t.failure("verify") == nil)
        }
    }
}
