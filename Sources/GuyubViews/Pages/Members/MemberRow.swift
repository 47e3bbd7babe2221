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

    package init(
        id: UUID, memberNumber: Int, name: String, nik: String, phone: String,
        status: MemberStatus, statusSince: CivilDate
    ) {
        self.id = id
        self.memberNumber = memberNumber
        self.name = name
        self.nik = nik
        self.phone = phone
        self.status = status
        self.statusSince = statusSince
    }
}
