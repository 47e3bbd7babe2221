import GuyubCore

package enum UserList {}

extension UserList {
    /// Who can sign in to the cooperative, with what roles; and the form that gives someone a sign-in.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var name: String
            package var email: String
            package var roles: [Role]
            /// The member record a member's sign-in shows them.
            package var memberNumber: Int?
            package init(name: String, email: String, roles: [Role], memberNumber: Int?) {
                self.name = name
                self.email = email
                self.roles = roles
                self.memberNumber = memberNumber
            }
        }

        /// The new user's fields as typed (never the password).
        package struct Values: Sendable, Equatable {
            package var name = ""
            package var email = ""
            package var roles: Set<Role> = []
            package var memberNumber = ""
            package init() {}
        }

        package var rows: [Row]
        package var values: Values
        /// Messages by field name ("form" for one that concerns no field).
        package var errors: [String: String]

        package init(rows: [Row], values: Values = Values(), errors: [String: String] = [:]) {
            self.rows = rows
            self.values = values
            self.errors = errors
        }
    }
}
