import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// The server asks its clock, not the machine's, for today: a test sets the day.
@Suite("The app's clock") struct ClockTests {
    /// 31 March 2026, 17.30 UTC: already 1 April at 00.30 in Jakarta.
    static let lateNight = Date(timeIntervalSince1970: 1_774_978_200)

    @Test func aDepositCountsForTheClocksDayInTheCooperativesZone() async throws {
        try await withTestApp({ $0.clock = .fixed(Self.lateNight) }) { t in
            // given a cooperative in Jakarta whose clock reads 31 March, 17.30 UTC
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            // when a deposit is taken without a date
            let deposit = try await api.deposit(siti, "sukarela", "10000")
            // then it is dated the cooperative's today, 1 April
            #expect(deposit.status == .created)
            #expect(try deposit.json()["date"] as? String == "2026-04-01")
        }
    }

    @Test func theClockReadsTheDayInTheGivenZone() {
        // given a clock stopped late on 31 March UTC
        let clock = WallClock.fixed(Self.lateNight)
        // when it is read in Jakarta and in UTC, then the days differ
        #expect(clock.today(in: TimeZone(identifier: "Asia/Jakarta")!) == CivilDate(year: 2026, month: 4, day: 1))
        #expect(clock.today(in: TimeZone(identifier: "UTC")!) == CivilDate(year: 2026, month: 3, day: 31))
    }
}
