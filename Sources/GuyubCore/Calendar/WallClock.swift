import Foundation

/// Where the time comes from. Rules take their dates as arguments; the server, its commands and its
/// jobs ask this clock for them, so that a test can set the day (the close of a month, a due date)
/// instead of waiting for it.
package struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    package init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    /// The machine's clock.
    package static let system = WallClock { Date() }

    /// A clock stopped at `instant`.
    package static func fixed(_ instant: Date) -> WallClock { WallClock { instant } }

    package func now() -> Date { read() }

    /// Today's date in `zone` (a cooperative's day begins at its own midnight).
    package func today(in zone: TimeZone) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: now())
        return CivilDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}
