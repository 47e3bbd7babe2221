import Foundation
import GuyubCore
import Testing
import Vapor

/// A person sees only what is theirs in a document that names several people.
@Suite("Privacy of documents that name several people") struct PrivacyTests {
    /// Siti sends Budi part of her sukarela at the counter. The slip handed to her, and the receipt she
    /// opens from her statement, never show Budi's balance; a teller sees Budi's line without it.
    @Test func aTransferSlipNeverShowsTheRecipientsBalance() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let budi = try await t.member(People.budi, through: api)
            try await api.deposit(siti, "sukarela", "300000")
            try await api.deposit(budi, "sukarela", "752000")
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let moved = try await api.post(
                "/api/v1/savings/transfers",
                json: [
                    "fromMemberId": siti, "toMemberId": budi,
                    "amount": "25000",
                ])
            let receipt = try #require(try moved.json()["receiptUrl"] as? String)

            let asSiti = try await t.browser("siti@sukamaju.coop").get(receipt).body.string
            let asTeller = try await t.browser("kasir@sukamaju.coop").get(receipt).body.string

            #expect(asSiti.occurrences(of: #"class="receipt-party""#) == 1)
            #expect(asSiti.contains("Rp 275.000")) // her own balance after
            #expect(!asSiti.contains("Rp 777.000") && !asSiti.contains("Rp 752.000"))
            #expect(!asSiti.contains(#"class="lines""#)) // nor the books' lines
            #expect(asTeller.occurrences(of: #"class="receipt-party""#) == 2)
            #expect(asTeller.contains("Rp 275.000") && !asTeller.contains("Rp 777.000"))
            #expect(!asTeller.contains("/books/journal/")) // a teller cannot open the journal: no link to it
        }
    }

    /// Budi's receipt is not Siti's to open at all.
    @Test func anotherMembersReceiptIsNotFound() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let budi = try await t.member(People.budi, through: api)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
            let receipt = try #require(try await api.deposit(budi, "sukarela", "50000").json()["receiptUrl"] as? String)

            let asSiti = try await t.browser("siti@sukamaju.coop").get(receipt)

            #expect(asSiti.status == .notFound)
        }
    }
}
