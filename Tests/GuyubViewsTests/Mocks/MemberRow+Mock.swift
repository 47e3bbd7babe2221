import Foundation
import GuyubCore
import GuyubViews

extension MemberRow {
    package static let mocks: [MemberRow] = [
        MemberRow(
            id: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!, memberNumber: 1,
            name: "Siti Aminah", nik: "3507124508850003", phone: "0812-3456-7890",
            status: .member, statusSince: CivilDate(year: 2024, month: 1, day: 15)!),
        MemberRow(
            id: UUID(uuidString: "7A9619FF-8B86-D011-B42D-00C04FC964FF")!, memberNumber: 2,
            name: "Budi Santoso", nik: "3507121203790002", phone: "0813-9876-5432",
            status: .applicant, statusSince: CivilDate(year: 2026, month: 11, day: 20)!),
    ]
}
