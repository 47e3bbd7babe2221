import Foundation
import GuyubCore
import Testing

/// A sale made offline is booked at the time it was made, on that day in the cooperative's zone, if that
/// time is believable.
@Suite("When a sale happened")
struct SaleTimeTests {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta")!
    /// 6 Dec 2026 00.30 in Jakarta (UTC+7).
    static let now = ISO8601DateFormatter().date(from: "2026-12-05T17:30:00Z")!

    @Test("sent now: booked now, today")
    func now() throws {
        let booked = try SaleTime.booked(madeAt: nil, now: Self.now, in: Self.jakarta)
        #expect(booked.at == Self.now)
        #expect(booked.on == CivilDate(year: 2026, month: 12, day: 6))
    }

    @Test("made at 23.50 and sent after midnight: booked on the day it was made")
    func dayMade() throws {
        let made = Self.now.addingTimeInterval(-40 * 60)
        let booked = try SaleTime.booked(madeAt: made, now: Self.now, in: Self.jakarta)
        #expect(booked.at == made)
        #expect(booked.on == CivilDate(year: 2026, month: 12, day: 5))
    }

    @Test("a clock a few minutes ahead is allowed; further ahead, or older than a week, refused")
    func believable() throws {
        _ = try SaleTime.booked(madeAt: Self.now.addingTimeInterval(SaleTime.drift), now: Self.now, in: Self.jakarta)
        _ = try SaleTime.booked(madeAt: Self.now.addingTimeInterval(-SaleTime.longestWait), now: Self.now, in: Self.jakarta)
        #expect(throws: StoreError.madeInFuture) {
            try SaleTime.booked(madeAt: Self.now.addingTimeInterval(SaleTime.drift + 1), now: Self.now, in: Self.jakarta)
        }
        #expect(throws: StoreError.madeTooLongAgo(days: 7)) {
            try SaleTime.booked(madeAt: Self.now.addingTimeInterval(-SaleTime.longestWait - 1), now: Self.now, in: Self.jakarta)
        }
    }
}
