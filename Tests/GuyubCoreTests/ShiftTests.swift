import GuyubCore
import Testing

@Suite("Shifts at the till")
struct ShiftTests {
    @Test("the drawer should hold the float, plus cash sales, less cash paid back; the count's difference is signed")
    func till() throws {
        // given
        let till = TillCount(float: 200_000, cashIn: 14_000, cashOut: 1_400)
        // then
        #expect(till.expected == 212_600)
        #expect(try till.difference(counted: 212_000) == -600)
        #expect(try till.difference(counted: 213_000) == 400)
        #expect(try till.difference(counted: 212_600) == 0)
        #expect(throws: StoreError.priceInvalid("counted")) { try till.difference(counted: -1) }
    }

    @Test(
        "only an open shift closes, and only by whoever opened it or a supervisor",
        arguments: [
            (ShiftStatus.open, true, false, nil), (.open, false, true, nil), (.open, true, true, nil),
            (.open, false, false, StoreError.shiftNotYours), (.closed, true, true, .shiftClosed),
        ] as [(ShiftStatus, Bool, Bool, StoreError?)])
    func closing(_ status: ShiftStatus, _ opener: Bool, _ supervisor: Bool, _ refusal: StoreError?) {
        // when
        let result = Result { () throws(StoreError) in try status.closing(byOpener: opener, bySupervisor: supervisor) }
        // then
        switch result {
        case .success(let next): #expect(refusal == nil && next == .closed)
        case .failure(let error): #expect(error as? StoreError == refusal)
        }
    }
}
