import Foundation

package enum MemberForm {}

extension MemberForm {
    /// Registering a new person, or correcting a member's particulars.
    package struct Model: Sendable {
        /// The text of each field as typed, so a refused form comes back as the user left it.
        package struct Values: Sendable, Equatable {
            package var name = ""
            package var nik = ""
            package var phone = ""
            package var address = ""
            package var birthPlace = ""
            /// `YYYY-MM-DD`, as a date input sends it.
            package var birthDate = ""
            /// "", "male" or "female".
            package var gender = ""
            package init() {}
        }

        /// Nil for a new member.
        package var memberID: UUID?
        package var memberNumber: Int?
        package var values: Values
        /// Messages by field name.
        package var errors: [String: String]

        package init(
            memberID: UUID? = nil, memberNumber: Int? = nil, values: Values = Values(),
            errors: [String: String] = [:]
        ) {
            self.memberID = memberID
            self.memberNumber = memberNumber
            self.values = values
            self.errors = errors
        }
    }
}
