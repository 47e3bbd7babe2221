import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// Last financial year's RAT in the demo: called, the notice sent two weeks before, over half the
/// members present (some online), every item of the standard agenda voted and passed — the SHU
/// distribution of that year among them, by secret ballot — the minutes written, the meeting closed.
extension DemoData {
    static func holdRAT(_ tenant: Tenant, today: CivilDate, by actor: Actor) async throws {
        let year = today.year - 1
        // In March, within the six months the law allows; earlier in the year, yesterday.
        let march = CivilDate(year: today.year, month: 3, day: 14)!
        let day = march < today ? march : today.adding(days: -1)!
        let text = Catalogue(.id)
        let store = MeetingStore(tenant)
        try await SettingsStore(tenant).setMeetingRules(
            MeetingRules(
                registrationNumber: "3507240010001",
                address: "Jl. Raya Sukamaju No. 1, Desa Sukamaju, Kec. Singosari, Kab. Malang",
                town: "Sukamaju"), by: actor)
        let meeting = try await store.create(
            .init(
                kind: .annual, financialYear: year, title: text.ratTitle(year: year), heldOn: day, startsAt: "09:00",
                place: "Balai Desa Sukamaju, Kec. Singosari", onlineLink: "https://meet.example.id/rat-sukamaju-\(year)",
                chairName: users[0].name, secretaryName: "Sri Wahyuni"),
            agendaTitle: { text.agendaTitle($0, year: year) }, by: actor)
        let id = try meeting.requireID()
        _ = try await store.sendNotice(
            id, on: day.adding(days: -14)!, channel: .whatsapp,
            text: text.noticeDraft(
                title: meeting.title, date: text.format.date(day), time: text.format.time("09:00"),
                place: meeting.place, link: meeting.onlineLink),
            by: actor)
        _ = try await store.start(id, by: actor)

        // Three in five members come: most to the hall, every fourth online.
        let members = try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member)
            .sort(\.$memberNumber).all()
        var present: [(MemberRecord, AttendanceMode)] = []
        for (index, member) in members.enumerated() where index % 5 < 3 {
            let mode: AttendanceMode = index % 4 == 3 ? .online : .inPerson
            _ = try await store.checkIn(
                id, member: member.requireID(), mode: mode,
                by: mode == .online ? Actor(userID: nil, name: member.name) : actor)
            present.append((member, mode))
        }

        let motions: [(AgendaKind, String)] = [
            (.statements, "Mengesahkan laporan keuangan tahun buku \(year) yang telah diperiksa pengawas."),
            (.reports, "Menerima laporan pertanggungjawaban pengurus tahun buku \(year)."),
            (.reports, "Menerima laporan hasil pengawasan pengawas tahun buku \(year)."),
            (.shu, "Menetapkan pembagian SHU tahun buku \(year) sesuai AD/ART: cadangan, jasa modal, jasa usaha dan dana-dana."),
            (.plan, "Mengesahkan rencana kerja dan RAPB tahun buku \(year + 1)."),
            (.election, "Memilih kembali pengurus dan pengawas untuk masa bakti berikutnya."),
        ]
        let agenda = try await store.agenda(of: id)
        for (index, (kind, motion)) in motions.enumerated() {
            let item = index < agenda.count ? agenda[index].id : nil
            let resolution = try await store.addResolution(
                id,
                .init(
                    agendaItemID: item, kind: kind, shuYear: kind == .shu ? year : nil,
                    motion: motion, secret: kind == .shu || kind == .election),
                by: actor)
            _ = try await store.openResolution(resolution.requireID(), by: actor)
            for (position, (member, mode)) in present.enumerated() {
                // Most agree; a few disagree or abstain, differently on each motion.
                let choice: VoteChoice = (position + index) % 11 == 0 ? .no : (position + index) % 13 == 0 ? .abstain : .yes
                _ = try await store.vote(
                    resolution.requireID(), member: member.requireID(), choice: choice,
                    as: mode == .inPerson ? .clerk : .member,
                    by: mode == .inPerson ? actor : Actor(userID: nil, name: member.name))
            }
            _ = try await store.closeResolution(resolution.requireID(), on: day, by: actor)
        }
        _ = try await store.writeMinutes(
            id,
            text: """
                Rapat dibuka pukul 09.00 oleh ketua setelah kuorum tercapai (\(present.count) dari \(members.count) anggota hadir, \
                sebagian secara daring). Pengurus menyampaikan laporan pertanggungjawaban dan laporan keuangan tahun buku \(year); \
                pengawas menyampaikan hasil pengawasan. Rapat membahas pembagian SHU, rencana kerja dan RAPB tahun \(year + 1), \
                lalu memilih pengurus dan pengawas. Seluruh usul keputusan diterima. Rapat ditutup pukul 12.30.
                """, chair: users[0].name, secretary: "Sri Wahyuni", by: actor)
        _ = try await store.close(id, on: day, by: actor)
    }
}
