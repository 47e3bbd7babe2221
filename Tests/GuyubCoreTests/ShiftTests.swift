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

    @Test(
        "goods a credit customer returns come off what they owe, the rest in cash; what they owe never goes below nothing",
        arguments: [
            (Int64(5_000), Int64(13_000), Int64(5_000), Int64(0)), (6_500, 0, 0, 6_500), (6_500, 2_000, 2_000, 4_500),
            (1_000, -500, 0, 1_000),
        ])
    func creditRefunds(_ amount: Int64, _ owed: Int64, _ offOwed: Int64, _ inCash: Int64) {
        // when
        let refund = CustomerCredit.refunding(amount, owed: owed)
        // then
        #expect(refund.offOwed == offOwed && refund.inCash == inCash)
    }

    @Test("a payment takes what is owed down, never below nothing")
    func creditPayments() throws {
        #expect(try CustomerCredit.paying(10_000, owed: 13_000) == 3_000)
        #expect(throws: StoreError.overpayment(owed: 3_000)) { try CustomerCredit.paying(3_001, owed: 3_000) }
        #expect(throws: StoreError.priceInvalid("amount")) { try CustomerCredit.paying(0, owed: 3_000) }
    }
}
