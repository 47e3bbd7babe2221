import Foundation
import GuyubCore
import GuyubViews

extension MeetingShow.Model {
    package static var mock: Self {
        let id = UUID(uuidString: "6d1f0a52-7c1e-4b8a-9d55-0f7a2c3b4e01")!
        let item = UUID(uuidString: "6d1f0a52-7c1e-4b8a-9d55-0f7a2c3b4e02")!
        return Self(
            id: id, title: "Rapat Anggota Tahunan tahun buku 2025", kind: .annual, financialYear: 2025,
            heldOn: CivilDate(year: 2026, month: 3, day: 14)!, startsAt: "09:00", place: "Balai Desa Sukamaju",
            onlineLink: "https://meet.example.id/rat-2025", status: .open, delegates: false, quorumNumerator: 1,
            quorumDenominator: 5,
            notice: MeetingShow.Notice(
                sentOn: CivilDate(year: 2026, month: 2, day: 28)!, channel: .whatsapp,
                text: "Dengan hormat, kami mengundang Bapak/Ibu anggota.", recipients: 52),
            attendance: MeetingShow.Attendance(eligible: 52, present: 31, inPerson: 25, online: 6, required: 11),
            agenda: [
                MeetingShow.AgendaItem(
                    id: item, position: 1, kind: .statements,
                    title: "Pengesahan laporan keuangan tahun buku 2025")
            ],
            resolutions: [
                MeetingShow.Resolution(
                    id: item, kind: .statements, shuYear: nil, motion: "Mengesahkan laporan keuangan 2025.",
                    secret: false, status: .passed, ballotsCast: 30,
                    tally: VoteTally(yes: 27, no: 1, abstain: 2),
                    decidedOn: CivilDate(year: 2026, month: 3, day: 14), youVoted: true),
                MeetingShow.Resolution(
                    id: id, kind: .shu, shuYear: 2025, motion: "Menetapkan pembagian SHU 2025.", secret: true,
                    status: .open, ballotsCast: 12, tally: VoteTally(), decidedOn: nil, youVoted: false),
            ],
            participants: [MeetingShow.Participant(number: 1, name: "Siti Aminah", attendance: .inPerson)],
            minutes: "Rapat dibuka pukul 09.00.", chairName: "Hartono", secretaryName: "Dewi Lestari",
            canManage: true, canViewAll: true, ownPresent: true, noticeDraft: "Dengan hormat,")
    }
}
