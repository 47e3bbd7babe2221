import Foundation
import GuyubCore

package enum Chart {}

extension Chart {
    /// The chart of accounts with balances; the treasurer adds, renames and turns accounts off.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var id: UUID
            package var code: String
            package var nameID: String
            package var nameEN: String
            package var type: AccountType
            package var segment: Segment
            /// Whether the product itself posts to it (then it cannot be turned off).
            package var isSystem: Bool
            package var active: Bool
            /// On the account's own side.
            package var balance: Int64
            package init(
                id: UUID, code: String, nameID: String, nameEN: String, type: AccountType, segment: Segment,
                isSystem: Bool, active: Bool, balance: Int64
            ) {
                self.id = id
                self.code = code
                self.nameID = nameID
                self.nameEN = nameEN
                self.type = type
                self.segment = segment
                self.isSystem = isSystem
                self.active = active
                self.balance = balance
            }
        }

        package struct Values: Sendable, Equatable {
            package var code = ""
            package var nameID = ""
            package var nameEN = ""
            package var type = "expense"
            package var segment = "none"
            package var unitCode = ""
            package var unitName = ""
            package init() {}
        }

        package struct UnitRow: Sendable, Equatable {
            package var id: UUID
            package var code: String
            package var name: String
            package var active: Bool
            package init(id: UUID, code: String, name: String, active: Bool) {
                self.id = id
                self.code = code
                self.name = name
                self.active = active
            }
        }

        package var rows: [Row]
        /// The business units, with the form that adds one (errors under `unitCode`, `unitName`).
        package var units: [UnitRow] = []
        package var canEdit: Bool
        package var values: Values
        package var errors: [String: String]
        /// The account whose own form `values` and `errors` came from (nil: the form that adds one).
        package var editing: UUID? = nil

        package init(rows: [Row], canEdit: Bool, values: Values = Values(), errors: [String: String] = [:]) {
            self.rows = rows
            self.canEdit = canEdit
            self.values = values
            self.errors = errors
        }
    }
}
