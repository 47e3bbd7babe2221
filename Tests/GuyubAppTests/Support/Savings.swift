import Foundation
import GuyubStore
import Testing
import Vapor
import VaporTesting

extension TestApp {
    /// A member (accepted, with pokok paid) of the cooperative the client works in; returns the member's id.
    func member(_ person: [String: Any], through api: Client) async throws -> String {
        let id = try await api.post("/api/v1/members", json: person).json()["id"] as! String
        let pokok = try await api.post(
            "/api/v1/savings/deposits",
            json: ["memberId": id, "kind": "pokok", "amount": "50000", "channel": "cash"])
        #expect(pokok.status == .created, "pokok: \(pokok.body.string)")
        return id
    }

    /// The books are sound: every check of `guyub verify` passes.
    func expectBooksSound(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let report = try await LedgerVerifier.verify(app.db)
        #expect(report.problems.isEmpty, "\(report.problems)", sourceLocation: sourceLocation)
    }
}

extension Client {
    @discardableResult
    func deposit(
        _ memberID: String, _ kind: String, _ amount: String, channel: String = "cash",
        headers: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        try await post(
            "/api/v1/savings/deposits",
            json: [
                "memberId": memberID, "kind": kind, "amount": amount,
                "channel": channel,
            ], headers: headers)
    }

    @discardableResult
    func withdraw(_ memberID: String, _ kind: String, _ amount: String, channel: String = "cash") async throws
        -> TestingHTTPResponse
    {
        try await post(
            "/api/v1/savings/withdrawals",
            json: [
                "memberId": memberID, "kind": kind, "amount": amount,
                "channel": channel,
            ])
    }

    /// The member's balance of one kind, as the API writes it.
    func balance(_ memberID: String, _ kind: String) async throws -> String? {
        let accounts =
            try JSONSerialization.jsonObject(with: Data(buffer: try await get("/api/v1/members/\(memberID)/savings").body))
            as? [[String: Any]]
        return accounts?.first { $0["kind"] as? String == kind && $0["status"] as? String == "open" }?["balance"] as? String
    }

    /// An account of the chart by its role, as the API writes it.
    func account(role: String) async throws -> [String: Any]? {
        let accounts =
            try JSONSerialization.jsonObject(with: Data(buffer: try await get("/api/v1/ledger/accounts").body))
            as? [[String: Any]]
        return accounts?.first { $0["role"] as? String == role }
    }
}
