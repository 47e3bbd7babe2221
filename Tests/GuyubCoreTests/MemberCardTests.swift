import GuyubCore
import Testing

/// The QR code on a member's card, and a number typed at the counter, read as the member's number.
@Suite("Member cards")
struct MemberCardTests {
    @Test("the card says ANGGOTA-123; scanned or typed, it reads as member 123")
    func roundTrip() {
        #expect(MemberCard.code(for: 123) == "ANGGOTA-123")
        #expect(MemberCard.number(in: "ANGGOTA-123") == 123)
        #expect(MemberCard.number(in: " anggota-7 ") == 7)
        #expect(MemberCard.number(in: "42") == 42)
    }

    @Test("a phone, a name, a long number or nothing is not a member number")
    func notANumber() {
        for text in ["081234567890", "Siti", "ANGGOTA-", "ANGGOTA-12a", "0", "1234567", "", "٣"] {
            #expect(MemberCard.number(in: text) == nil, "\(text)")
        }
    }
}
