import GuyubCore
import Testing

/// Which months the books may close and bill wajib for.
@Suite("BookMonths: closing and billing months")
struct BookMonthsTests {
    static func month(_ y: Int, _ m: Int) -> YearMonth { YearMonth(year: y, month: m)! }
    static let today = CivilDate(year: 2025, month: 7, day: 10)!

    @Test("the next month closes once it is over, not before")
    func next() {
        // given: books closed through May 2025; June is next.
        let june = Self.month(2025, 6)
        // then
        #expect(BookMonths.mayClose(june, next: june, neverClosed: false, firstActivity: Self.month(2024, 1), today: Self.today))
        // July is not over on 10 July.
        let july = Self.month(2025, 7)
        #expect(!BookMonths.mayClose(july, next: july, neverClosed: false, firstActivity: nil, today: Self.today))
        // On its last day it is.
        #expect(BookMonths.mayClose(july, next: july, neverClosed: false, firstActivity: nil, today: july.last))
    }

    @Test("once a month is closed, only the next may close: none before it, none after it")
    func order() {
        let june = Self.month(2025, 6)
        #expect(!BookMonths.mayClose(Self.month(2025, 5), next: june, neverClosed: false, firstActivity: nil, today: Self.today))
        #expect(
            !BookMonths.mayClose(
                Self.month(2025, 4), next: june, neverClosed: false, firstActivity: Self.month(2025, 1), today: Self.today))
        #expect(
            !BookMonths.mayClose(
                Self.month(2025, 7), next: june, neverClosed: false, firstActivity: nil, today: Self.month(2025, 7).last))
    }

    @Test("before any close, any month from the books' first one up to the next")
    func firstClose() {
        // given: the first entry in March 2025, nothing closed; June is proposed next.
        let june = Self.month(2025, 6)
        let march = Self.month(2025, 3)
        // then
        #expect(BookMonths.mayClose(march, next: june, neverClosed: true, firstActivity: march, today: Self.today))
        #expect(BookMonths.mayClose(Self.month(2025, 5), next: june, neverClosed: true, firstActivity: march, today: Self.today))
        #expect(!BookMonths.mayClose(Self.month(2025, 2), next: june, neverClosed: true, firstActivity: march, today: Self.today))
        // With no entries at all, only the next.
        #expect(!BookMonths.mayClose(Self.month(2025, 5), next: june, neverClosed: true, firstActivity: nil, today: Self.today))
        #expect(BookMonths.mayClose(june, next: june, neverClosed: true, firstActivity: nil, today: Self.today))
    }

    @Test("wajib is billed from the books' first month to this one, never ahead")
    func billing() {
        let first = Self.month(2025, 3)
        #expect(BookMonths.mayBill(Self.month(2025, 7), firstActivity: first, today: Self.today))
        #expect(BookMonths.mayBill(first, firstActivity: first, today: Self.today))
        #expect(!BookMonths.mayBill(Self.month(2025, 2), firstActivity: first, today: Self.today))
        #expect(!BookMonths.mayBill(Self.month(2025, 8), firstActivity: first, today: Self.today))
        // With no books yet, only this month.
        #expect(BookMonths.mayBill(Self.month(2025, 7), firstActivity: nil, today: Self.today))
        #expect(!BookMonths.mayBill(Self.month(2025, 6), firstActivity: nil, today: Self.today))
    }
}
