import Foundation
import PropertyBased
import Testing
import Vapor
import VaporTesting

@Suite("Retries under random operations") struct IdempotencyPropertyTests {
    /// Random deposits and withdrawals, each sent with its own key and some sent again: a retry answers
    /// exactly what the first answered, and only the first posts.
    @Test func replayedKeysChangeNothing() async throws {
        await propertyCheck(count: 4, input: Gen.int(in: 1...1_000_000).array(of: 24)) { picks in
            do {
                try await withTestApp { t in
                    try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
                    let api = try await t.apiClient("ketua@sukamaju.coop")
                    let siti = try await t.member(People.siti, through: api)
                    let entriesBefore = try await api.get("/api/v1/ledger/entries").json()["total"] as! Int
                    var posted = 0
                    for (index, pick) in picks.enumerated() {
                        let key: HTTPHeaders = ["Idempotency-Key": "op-\(index)"]
                        let body: [String: Any] = [
                            "memberId": siti, "kind": "sukarela", "amount": String((pick % 40 + 1) * 1000),
                            "channel": "cash",
                        ]
                        let path = pick % 3 == 0 ? "/api/v1/savings/withdrawals" : "/api/v1/savings/deposits"
                        let first = try await api.post(path, json: body, headers: key)
                        if first.status == .created { posted += 1 }
                        if pick % 2 == 0 {
                            let retry = try await api.post(path, json: body, headers: key)
                            #expect(retry.status == first.status)
                            if first.status == .created { #expect(retry.body.string == first.body.string) }
                        }
                    }
                    let entriesAfter = try await api.get("/api/v1/ledger/entries").json()["total"] as! Int
                    #expect(entriesAfter - entriesBefore == posted)
                    try await t.expectBooksSound()
                }
            } catch {
                Issue.record("\(picks): \(error)")
            }
        }
    }
}
