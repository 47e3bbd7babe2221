import Foundation
import GuyubCore
import GuyubViews

extension MeetingList.Model {
    package static var mock: Self {
        Self(
            rows: [
                MeetingList.Row(
                    id: UUID(uuidString: "6d1f0a52-7c1e-4b8a-9d55-0f7a2c3b4e01")!,
                    title: "Rapat Anggota Tahunan tahun buku 2025", kind: .annual, financialYear: 2025,
                    heldOn: CivilDate(year: 2026, month: 3, day: 14)!, startsAt: "09:00", status: .closed)
            ], canManage: true,
            openVotes: [(UUID(uuidString: "6d1f0a52-7c1e-4b8a-9d55-0f7a2c3b4e01")!, "Pengesahan laporan keuangan")],
            rules: MeetingRules(registrationNumber: "3507240010001"))
    }
}
