import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// The meeting pages through the router, as the secretary and a member use them.
@Suite("Meeting pages in the browser") struct WebMeetingPagesTests {
    /// The secretary calls the RAT, records the notice, opens the meeting and checks Siti in at the
    /// door; Siti votes from her phone, once; the secretary closes the vote and writes the minutes.
    @Test func aRATFromNoticeToMinutesThroughTheForms() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let number = try await api.get("/api/v1/members/\(siti)").json()["memberNumber"] as! Int
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
            let board = try await t.browser("ketua@sukamaju.coop")
            let token = try await board.get("/meetings").csrfToken()

            // when
            let refused = try await board.post(
                "/meetings",
                form: [
                    "_csrf": token, "kind": "annual", "heldOn": "2026-03-14",
                    "startsAt": "9 pagi", "place": "Balai Desa",
                ])
            let created = try await board.post(
                "/meetings",
                form: [
                    "_csrf": token, "kind": "annual", "financialYear": "2025",
                    "heldOn": "2026-03-14", "startsAt": "09:00", "place": "Balai Desa",
                ])
            let page = try #require(created.headers.first(name: .location))
            let forged = try await board.post(
                page + "/notice", form: ["_csrf": "forged", "channel": "letter", "text": "Undangan"])
            let noticed = try await board.post(
                page + "/notice", form: ["_csrf": token, "channel": "whatsapp", "text": "Undangan RAT"])
            let agenda = try await board.post(
                page + "/agenda",
                form: [
                    "_csrf": token, "kind0": "statements",
                    "title0": "Laporan keuangan 2025", "kind1": "shu",
                    "title1": "Pembagian SHU 2025", "title2": "",
                    "kind6": "other", "title6": "Lain-lain",
                ])
            let moved = try await board.post(
                page + "/details",
                form: [
                    "_csrf": token, "title": "RAT Tahun Buku 2025",
                    "heldOn": "2026-03-21", "startsAt": "08:30",
                    "place": "Balai Desa Sukamaju", "onlineLink": "",
                ])
            let invitation = try await board.get(page + "/invitation")
            let started = try await board.post(page + "/start", form: ["_csrf": token])
            let checkedIn = try await board.post(
                page + "/check-in",
                form: [
                    "_csrf": token, "memberNumber": String(number),
                    "mode": "in-person",
                ])
            let motioned = try await board.post(
                page + "/resolutions",
                form: [
                    "_csrf": token, "motion": "Mengesahkan laporan keuangan 2025",
                    "secret": "1",
                ])
            let meeting = try await api.get("/api/v1" + page).json()
            let motion = try #require((meeting["resolutions"] as? [[String: Any]])?.first?["id"] as? String)
            let opened = try await board.post("/meetings/resolutions/\(motion)/open", form: ["_csrf": token])
            let phone = try await t.browser("siti@sukamaju.coop")
            let list = try await phone.get("/meetings")
            let sitiToken = try list.csrfToken()
            let voted = try await phone.post("/meetings/resolutions/\(motion)/vote", form: ["_csrf": sitiToken, "choice": "yes"])
            let again = try await phone.post("/meetings/resolutions/\(motion)/vote", form: ["_csrf": sitiToken, "choice": "no"])
            let closed = try await board.post("/meetings/resolutions/\(motion)/close", form: ["_csrf": token])
            let minutes = try await board.post(
                page + "/minutes",
                form: [
                    "_csrf": token, "chairName": "Hartono",
                    "secretaryName": "Dewi Lestari",
                    "minutes": "Rapat dibuka pukul 09.00.",
                ])
            let printed = try await board.get(page + "/minutes")
            // A partnership of the financial year: the partner delivered one of its two commitments.
            let partner = try await PartnershipAPITests.partner(api, "Universitas Gadjah Mada", kind: "university")
            let training =
                try await api.post(
                    "/api/v1/partnerships",
                    json: ["partnerId": partner, "kind": "technical", "title": "Pelatihan pengurus", "start": "2025-01-15"]
                ).json()["id"] as! String
            _ = try await api.post("/api/v1/partnerships/\(training)/activate", json: [:])
            let module = try await PartnershipAPITests.commit(api, training, "partner", due: "2025-06-30", what: "Modul")
            _ = try await PartnershipAPITests.commit(api, training, "partner", due: "2025-09-30", what: "Kelas kedua")
            _ = try await api.post("/api/v1/commitments/\(try module.json()["id"] as! String)/deliver", json: ["evidence": "Ya"])
            let report = try await board.get(page + "/report")
            let csv = try await board.get(page + "/report?format=csv")
            let ministry = try await board.get(page + "/ministry-report")
            let sitiReport = try await phone.get(page + "/report")
            _ = try await board.get("/language/en?next=/meetings")
            let english = try await board.get(page)

            // then
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("field-error"))
            #expect(created.status == .seeOther)
            #expect(forged.status == .forbidden)
            #expect(noticed.status == .seeOther && invitation.body.string.contains("Undangan RAT"))
            #expect(
                invitation.body.string.contains("Undangan dikirim kepada 1 anggota")
                    && invitation.body.string.contains("Siti Aminah"))
            #expect(agenda.status == .seeOther)
            #expect(
                (meeting["agenda"] as? [[String: Any]])?.map { $0["title"] as! String }
                    == ["Laporan keuangan 2025", "Pembagian SHU 2025", "Lain-lain"])
            #expect(started.status == .seeOther && checkedIn.status == .seeOther && motioned.status == .seeOther)
            #expect(
                moved.status == .seeOther && meeting["heldOn"] as? String == "2026-03-21"
                    && meeting["startsAt"] as? String == "08:30")
            #expect(meeting["title"] as? String == "RAT Tahun Buku 2025")
            #expect(opened.status == .seeOther)
            #expect(list.body.string.contains("Mengesahkan laporan keuangan 2025"))
            #expect(voted.status == .seeOther)
            #expect(again.status == .conflict && again.body.string.contains("sudah memberikan suara"))
            #expect(closed.status == .seeOther && minutes.status == .seeOther)
            #expect(printed.body.string.contains("Rapat dibuka pukul 09.00.") && printed.body.string.contains("Dewi Lestari"))
            #expect(printed.body.string.contains("diterima"))
            #expect(report.status == .ok && report.body.string.contains("Laporan keuangan tahun buku 2025"))
            #expect(csv.body.string.hasPrefix("\u{FEFF}") && csv.headers.contentType?.subType == "csv")
            #expect(
                report.body.string.contains("Kemitraan tahun buku")
                    && report.body.string.contains("Universitas Gadjah Mada: 1 dari 2; koperasi: 0 dari 0"))
            #expect(csv.body.string.contains("Pelatihan pengurus;Universitas Gadjah Mada;Teknis;Berjalan;1/2;0/0"))
            #expect(ministry.body.string.hasPrefix("\u{FEFF}nama_koperasi"))
            #expect(sitiReport.status == .forbidden)
            #expect(english.body.string.contains("Minutes") && english.body.string.contains("Quorum met"))
        }
    }

    @Test func openingAVoteWithoutQuorumShowsTheReason() async throws {
        try await withTestApp { t in
            _ = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            _ = try await t.member(People.siti, through: api)
            let meeting =
                try await api.post("/api/v1/meetings", json: ["heldOn": "2026-03-14", "place": "Balai"]).json()["id"] as! String
            _ = try await api.post("/api/v1/meetings/\(meeting)/notice", json: ["channel": "letter", "text": "Undangan"])
            _ = try await api.post("/api/v1/meetings/\(meeting)/start", json: [:])
            let motion =
                try await api.post("/api/v1/meetings/\(meeting)/resolutions", json: ["motion": "Mengesahkan"])
                .json()["id"] as! String
            let board = try await t.browser("ketua@sukamaju.coop")
            let token = try await board.get("/meetings/\(meeting)").csrfToken()

            let open = try await board.post("/meetings/resolutions/\(motion)/open", form: ["_csrf": token])

            #expect(open.status == .unprocessableEntity && open.body.string.contains("Kuorum belum tercapai"))
            #expect(try await api.get("/api/v1/meetings/resolutions/\(motion)").json()["status"] as? String == "draft")
        }
    }

    @Test func theBoardSetsTheMeetingRulesAndASupervisorReadsThem() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("pengawas@sukamaju.coop", roles: [.supervisor], in: coop)
            let board = try await t.browser("ketua@sukamaju.coop")
            let token = try await board.get("/meetings").csrfToken()

            let refused = try await board.post(
                "/meetings/settings",
                form: [
                    "_csrf": token, "quorumNumerator": "2",
                    "quorumDenominator": "1", "secretByDefault": "0",
                ])
            let saved = try await board.post(
                "/meetings/settings",
                form: [
                    "_csrf": token, "quorumNumerator": "1",
                    "quorumDenominator": "3", "secretByDefault": "1",
                    "registrationNumber": "3507240010001",
                ])
            let supervisor = try await t.browser("pengawas@sukamaju.coop")
            let page = try await supervisor.get("/meetings")
            let theirs = try await supervisor.post(
                "/meetings/settings",
                form: [
                    "_csrf": try page.csrfToken(), "quorumNumerator": "1",
                    "quorumDenominator": "2",
                ])
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rules = try await api.get("/api/v1/meetings/settings").json()

            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("1/5"))
            #expect(saved.status == .seeOther)
            #expect(page.body.string.contains("1/3") && page.body.string.contains("3507240010001"))
            #expect(!page.body.string.contains("name=\"quorumNumerator\""))
            #expect(theirs.status == .forbidden)
            #expect(rules["quorumDenominator"] as? Int == 3 && rules["secretByDefault"] as? Bool == true)
        }
    }
}
