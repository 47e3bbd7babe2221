import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Deliveries through the API, on SQLite and PostgreSQL: planned with a driver, moved on only by that driver
/// or a manager, handed over with who took it and a photo, the customer's fee in cash; and files checked by
/// their bytes.
@Suite("Deliveries API") struct DeliveryAPITests {
    @Test func theDriverConfirmsADeliveryWithProofAndTheFeeIsBooked() async throws {
        try await withTestApp { t in
            let s = try await SupplyAPITests.shop(t)
            let coop = try await t.tenant().cooperativeID
            _ = try await SupplyBetweenUnitsTests.units(s.api)
            try await t.user("sopir@sukamaju.coop", roles: [.staff], in: coop)
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let driver = try await t.apiClient("sopir@sukamaju.coop")
            let teller = try await t.apiClient("kasir@sukamaju.coop")
            let users =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/users").body))
                as? [[String: Any]] ?? []
            let driverID = users.first { $0["email"] as? String == "sopir@sukamaju.coop" }?["id"] as! String
            let pickup = try await s.api.post("/api/v1/vehicles", json: ["name": "Pikap L300", "plate": "AD 1234 XY"])
            let planned = try await s.api.post(
                "/api/v1/deliveries",
                json: [
                    "goods": "Beras 5 kg × 10", "destination": "Warung Bu Darmi, Dusun Krajan", "recipient": "Bu Darmi",
                    "vehicleId": try pickup.json()["id"] as! String, "driverId": driverID, "fee": "15.000",
                    "feePaidBy": "customer",
                ])
            let id = try planned.json()["id"] as! String

            // when
            let notTheirs = try await teller.post("/api/v1/deliveries/\(id)/depart", json: [:])
            let early = try await driver.post("/api/v1/deliveries/\(id)/deliver", json: ["receivedBy": "Bu Darmi"])
            let off = try await driver.post("/api/v1/deliveries/\(id)/depart", json: [:])
            let mine = try await driver.get("/api/v1/deliveries?mine=true")
            let nameless = try await driver.post("/api/v1/deliveries/\(id)/deliver", json: [:])
            let text = try await driver.send(
                .POST, "/api/v1/uploads", body: ByteBuffer(string: "not a photo"), contentType: .png)
            let photo = try await driver.send(
                .POST, "/api/v1/uploads", body: ByteBuffer(bytes: SupplyAPITests.png), contentType: .png)
            let photoID = try photo.json()["id"] as! String
            let done = try await driver.post(
                "/api/v1/deliveries/\(id)/deliver", json: ["receivedBy": "Bu Darmi", "note": "Diterima baik", "photoId": photoID])
            let kept = try await s.api.get("/api/v1/uploads/\(photoID)")

            // then
            #expect(pickup.status == .created)
            #expect(planned.status == .created, "\(planned.body.string)")
            #expect(try planned.json()["status"] as? String == "planned")
            #expect(notTheirs.status == .forbidden && notTheirs.body.string.contains("\"not_your_delivery\""))
            #expect(early.status == .conflict && early.body.string.contains("\"delivery_state\""))
            #expect(off.status == .ok, "\(off.body.string)")
            #expect(mine.body.string.contains(id))
            #expect(nameless.status == .unprocessableEntity && nameless.body.string.contains("\"proof_required\""))
            #expect(text.status == .unprocessableEntity && text.body.string.contains("\"upload_type\""))
            #expect(done.status == .ok, "\(done.body.string)")
            #expect(try done.json()["status"] as? String == "delivered")
            #expect(try done.json()["onTime"] as? Bool == true)
            #expect(kept.status == .ok && kept.headers.contentType == .png)
            #expect(Array(kept.body.readableBytesView) == SupplyAPITests.png)
            let income = try await s.api.get("/api/v1/reports/income-statement").json()
            #expect(SupplyBetweenUnitsTests.codes(income).contains("4-3100"))
            try await t.expectBooksSound()
        }
    }

    @Test func aFileTooLargeOrOfAnotherKindIsRefused() throws {
        #expect(throws: UploadError.empty) { try UploadKind.of([]) }
        #expect(throws: UploadError.unsupportedType) { try UploadKind.of(Array("GIF89a".utf8)) }
        #expect(throws: UploadError.tooLarge(maxBytes: UploadKind.maxBytes)) {
            try UploadKind.of([0xFF, 0xD8, 0xFF] + [UInt8](repeating: 0, count: UploadKind.maxBytes))
        }
        #expect(try UploadKind.of(Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(try UploadKind.of(SupplyAPITests.png) == .png)
    }
}
