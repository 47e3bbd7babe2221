import Foundation

/// When a sale happened. A sale made at a counter that had lost its connection is sent later with the
/// time it was made; it is booked then, on that day, as long as that time is believable: not ahead of the
/// server's clock (beyond a phone's clock drifting a little), and not older than a device keeps sales
/// waiting.
package enum SaleTime {
    /// How far a device's clock may run ahead of the server's.
    package static let drift: TimeInterval = 5 * 60
    /// How long a sale may wait on a device to be sent.
    package static let longestWait: TimeInterval = 7 * 24 * 3600

    /// The instant and the day (in `zone`) the sale is booked at: `madeAt` when given, else `now`.
    package static func booked(madeAt: Date?, now: Date, in zone: TimeZone) throws(StoreError) -> (at: Date, on: CivilDate) {
        let at = madeAt ?? now
        guard at <= now.addingTimeInterval(drift) else { throw .madeInFuture }
        guard at >= now.addingTimeInterval(-longestWait) else { throw .madeTooLongAgo(days: Int(longestWait / 86_400)) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: at)
        return (at, CivilDate(year: c.year!, month: c.month!, day: c.day!)!)
    }
}
