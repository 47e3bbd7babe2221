import Fluent
import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor

/// Dates and times typed as Indonesians write them, day first, in the forms and the API alike.
@Suite("Dates and times as people write them") struct DatesAsWrittenTests {
    @Test func aBirthDateAndAMeetingTypedDayFirst() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var member = People.budi.mapValues { "\($0)" }
            member["_csrf"] = try await browser.get("/members/new").csrfToken()
            member["birthDate"] = "12/08/1990"

            let registered = try await browser.post("/members/new", form: member)
            let meeting = try await browser.post(
                "/meetings",
                form: [
                    "_csrf": try await browser.get("/meetings").csrfToken(), "kind": "annual", "financialYear": "2026",
                    "heldOn": "05082027", "startsAt": "13.30", "place": "Balai Desa",
                ])
            let page = try await browser.get(try #require(meeting.headers.first(name: .location)))
            let viaAPI = try await api.post(
                "/api/v1/members", json: People.siti.merging(["birthDate": "10 Desember 1972"]) { $1 })

            #expect(registered.status == .seeOther, "\(registered.body.string.prefix(500))")
            let stored = try #require(try await t.tenant().query(MemberRecord.self).filter(\.$nik == "3507241208900002").first())
            #expect(stored.birthDate == CivilDate(year: 1990, month: 8, day: 12))
            #expect(meeting.status == .seeOther, "\(meeting.body.string.prefix(500))")
            let held = try #require(try await t.tenant().query(MeetingRecord.self).first())
            #expect(held.heldOn == CivilDate(year: 2027, month: 8, day: 5) && held.startsAt == "13:30")
            #expect(page.body.string.contains("5 Agu 2027 13.30"))
            #expect(page.body.string.contains(#"name="heldOn" value="05/08/2027""#))
            #expect(viaAPI.status == .created)
            #expect(try viaAPI.json()["birthDate"] as? String == "1972-12-10")
        }
    }

    @Test func aPeriodTypedDayFirstAndARefusalThatSaysHow() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")

            let journal = try await browser.get("/books/journal?from=01/11/2026&to=30112026")
            let impossible = try await browser.get("/books/reports/trial-balance?to=31/02/2026")

            #expect(journal.status == .ok)
            #expect(journal.body.string.contains(#"name="from" value="01/11/2026""#))
            #expect(journal.body.string.contains(#"name="to" value="30/11/2026""#))
            #expect(impossible.status == .unprocessableEntity)
            #expect(impossible.body.string.contains("Tulis tanggal seperti 05/08/2026"))
            #expect(!impossible.body.string.contains("TTTT"))
        }
    }
}
