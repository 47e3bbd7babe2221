import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Expense claims and storage as a service through the API, on SQLite and PostgreSQL.
@Suite("Expense claims and storage API") struct ClaimAndStorageAPITests {
    @Test func aClaimIsDecidedByAnotherBoardMemberAndSeenOnlyByWhoMayDecideIt() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let coop = try await t.tenant().cooperativeID
            try await t.user("sekretaris@sukamaju.coop", roles: [.board], in: coop)
            try await t.user("staf@sukamaju.coop", roles: [.staff], in: coop)
            try await t.user("staf2@sukamaju.coop", roles: [.staff], in: coop)
            let secretary = try await t.apiClient("sekretaris@sukamaju.coop")
            let staff = try await t.apiClient("staf@sukamaju.coop")
            let other = try await t.apiClient("staf2@sukamaju.coop")
            let receipt =
                try await s.api.send(
                    .POST, "/api/v1/uploads", body: ByteBuffer(bytes: SupplyAPITests.png), contentType: .png
                ).json()["id"] as! String

            // when: the chair claims a bus fare, and a staff member a spare part
            let fare = try await s.api.post(
                "/api/v1/claims", json: ["amount": "Rp 75.000", "purpose": "Ongkos ke Dinas Koperasi", "receiptId": receipt])
            let fareID = try fare.json()["id"] as! String
            let part = try await staff.post(
                "/api/v1/claims", json: ["amount": 40000, "purpose": "Lampu gudang", "receiptId": receipt])
            let noReceipt = try await staff.post("/api/v1/claims", json: ["amount": "1000", "purpose": "Parkir"])
            let own = try await s.api.post("/api/v1/claims/\(fareID)/approve", json: [:])
            let early = try await s.api.post("/api/v1/claims/\(fareID)/pay", json: ["channel": "cash"])
            let approved = try await secretary.post("/api/v1/claims/\(fareID)/approve", json: [:])
            let paid = try await s.api.post("/api/v1/claims/\(fareID)/pay", json: ["channel": "cash"])
            let staffSees = try await staff.get("/api/v1/claims").body.string
            let otherSees = try await other.get("/api/v1/claims").body.string
            let otherReads = try await other.get("/api/v1/claims/\(try part.json()["id"] as! String)")
            let staffApproves = try await staff.post("/api/v1/claims/\(fareID)/approve", json: [:])
            // The chair's receipt is hers and the deciders': another staff member does not find it.
            let receiptToOther = try await other.get("/api/v1/uploads/\(receipt)")
            let receiptToSecretary = try await secretary.get("/api/v1/uploads/\(receipt)")

            // then
            #expect(fare.status == .created, "\(fare.body.string)")
            #expect(part.status == .created, "\(part.body.string)")
            #expect(noReceipt.status == .unprocessableEntity)
            #expect(own.status == .conflict && own.body.string.contains("\"own_approval\""))
            #expect(early.status == .conflict && early.body.string.contains("\"claim_state\""))
            #expect(approved.status == .ok, "\(approved.body.string)")
            #expect(paid.status == .ok, "\(paid.body.string)")
            #expect(try paid.json()["entryId"] as? String != nil)
            #expect(staffSees.contains("Lampu gudang") && !staffSees.contains("Dinas Koperasi"))
            #expect(!otherSees.contains("Lampu gudang"))
            #expect(otherReads.status == .notFound)
            #expect(staffApproves.status == .forbidden)
            #expect(receiptToOther.status == .notFound)
            #expect(receiptToSecretary.status == .ok)
            try await t.expectBooksSound()
        }
    }

    @Test func storedGoodsAreBilledByTheKilogramDayAsTheyGoOut() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            _ = try await SupplyBetweenUnitsTests.units(s.api)
            let lot = try await s.api.post(
                "/api/v1/storage", json: ["goods": "Cabai merah", "memberId": s.siti, "quantity": "1000", "rate": "Rp 50"])
            let id = try lot.json()["id"] as! String
            let over = try await s.api.post("/api/v1/storage/\(id)/releases", json: ["quantity": "1000,5"])
            let out = try await s.api.post("/api/v1/storage/\(id)/releases", json: ["quantity": 400])

            #expect(lot.status == .created, "\(lot.body.string)")
            #expect(try lot.json()["owner"] as? String == People.siti["name"] as? String)
            #expect(over.status == .unprocessableEntity && over.body.string.contains("\"over_release\""))
            #expect(out.status == .created, "\(out.body.string)")
            // 400 kg × Rp 50 × 1 day (at least one) = Rp 20.000
            #expect(try out.json()["fee"] as? String == "20000")
            #expect(try out.json()["held"] as? String == "600")
            try await t.expectBooksSound()
        }
    }

    @Test func storageFeesAndClaimsFollowTheirRules() throws {
        let day = CivilDate(year: 2026, month: 8, day: 5)!
        #expect(StorageFee.days(from: day, to: day) == 1)
        #expect(StorageFee.days(from: day, to: day.adding(days: 10)!) == 10)
        // 2,5 kg for 3 days at Rp 33 = 247,5 → 248 (half up)
        #expect(try StorageFee.fee(quantity: 2_500, days: 3, rate: 33) == 248)
        #expect(throws: SupplyError.ownApproval) { try ClaimStatus.submitted.after(.approve, byClaimant: true) }
        #expect(try ClaimStatus.submitted.after(.approve, byClaimant: false) == .approved)
        #expect(throws: SupplyError.claimState(.submitted)) { try ClaimStatus.submitted.after(.pay, byClaimant: false) }
        #expect(ClaimStatus.paid.allowed.isEmpty && ClaimStatus.rejected.allowed.isEmpty)
        #expect(ClaimStatus.submitted.allowed(byClaimant: true, mayDecide: true, mayPay: true).isEmpty)
        #expect(ClaimStatus.submitted.allowed(byClaimant: false, mayDecide: true, mayPay: false) == [.approve, .reject])
        #expect(ClaimStatus.approved.allowed(byClaimant: true, mayDecide: false, mayPay: true) == [.pay])
    }
}
