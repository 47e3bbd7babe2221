import Foundation
import GuyubCore

/// A member as lists and summaries show them.
package struct MemberRow: Sendable, Equatable {
    package var id: UUID
    package var memberNumber: Int
    package var name: String
    package var nik: String
    /// National form, `0812-3456-7890`.
    package var phone: String
    package var status: MemberStatus
    package var statusSince: CivilDate

    package init(id: UUID, memberNumber: Int, name: String, nik: String, phone: String,
                 status: MemberStatus, statusSince: CivilDate) {
        self.id = id
        self.memberNumber = memberNumber
        self.name = name
        self.nik = nik
        self.phone = phone
        self.status = status
        self.statusSince = statusSince
    }

    package static let mocks: [MemberRow] = [
        MemberRow(id: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!, memberNumber: 1,
                  name: "Siti Aminah", nik: "3507124508850003", phone: "0812-3456-7890",
                  status: .member, statusSince: CivilDate(year: 2024, month: 1, day: 15)!),
        MemberRow(id: UUID(uuidString: "7A9619FF-8B86-D011-B42D-00C04FC964FF")!, memberNumber: 2,
                  name: "Budi Santoso", nik: "3507121203790002", phone: "0813-9876-5432",
                  status: .applicant, statusSince: CivilDate(year: 2026, month: 11, day: 20)!),
    ]
}
