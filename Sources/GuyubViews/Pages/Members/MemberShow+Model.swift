import Foundation
import GuyubCore

package enum MemberShow {}

extension MemberShow {
    /// One member's record and life with the cooperative; the status form when the user may change it.
    package struct Model: Sendable {
        package struct Step: Sendable, Equatable {
            package var from: MemberStatus?
            package var to: MemberStatus
            package var on: CivilDate
            package var reason: String?
            package var by: String
            package init(from: MemberStatus?, to: MemberStatus, on: CivilDate, reason: String?, by: String) {
                self.from = from
                self.to = to
                self.on = on
                self.reason = reason
                self.by = by
            }
        }

        package var row: MemberRow
        package var address: String
        package var birthPlace: String?
        package var birthDate: CivilDate?
        package var gender: Gender
        package var joinedOn: CivilDate?
        package var history: [Step]
        /// True when the signed-in member is looking at their own record.
        package var isOwnRecord: Bool
        package var canEdit: Bool
        /// The moves the user may make now (empty when none or not allowed).
        package var moves: [MemberStatus]
        package var today: CivilDate
        /// Errors of a status change that was refused, by field.
        package var statusErrors: [String: String]
        /// The member's savings accounts (empty for an applicant), for those who may see them.
        package var savings: [SavingsRow] = []
        /// What the member still owes of pokok and wajib.
        package var owed: Owed?
        /// Whether the user may take money at the counter for this member.
        package var canHandleCash: Bool = false
        /// The member's loans, for those who may see them (and the member).
        package var loans: [LoanRow] = []
        /// Whether the user may enter a loan application for this member.
        package var canApplyLoan: Bool = false
        /// The member's SHU by year, with what each share was computed from (for those who see savings).
        package var shu: [SHUShare] = []

        /// One year's SHU of the member: capital share = capital pool × savings ÷ all savings, patronage
        /// share = patronage pool × business ÷ all business.
        package struct SHUShare: Sendable, Equatable {
            package var year: Int
            package var posted: Bool
            package var savings: Int64
            package var totalSavings: Int64
            package var capitalPool: Int64
            package var capital: Int64
            package var business: Int64
            package var totalBusiness: Int64
            package var patronagePool: Int64
            package var patronage: Int64
            package var paidTo: SHUSharePayment?

            package init(
                year: Int, posted: Bool, savings: Int64, totalSavings: Int64, capitalPool: Int64, capital: Int64,
                business: Int64, totalBusiness: Int64, patronagePool: Int64, patronage: Int64, paidTo: SHUSharePayment?
            ) {
                self.year = year
                self.posted = posted
                self.savings = savings
                self.totalSavings = totalSavings
                self.capitalPool = capitalPool
                self.capital = capital
                self.business = business
                self.totalBusiness = totalBusiness
                self.patronagePool = patronagePool
                self.patronage = patronage
                self.paidTo = paidTo
            }
        }

        package init(
            row: MemberRow, address: String, birthPlace: String?, birthDate: CivilDate?, gender: Gender,
            joinedOn: CivilDate?, history: [Step], isOwnRecord: Bool, canEdit: Bool,
            moves: [MemberStatus], today: CivilDate, statusErrors: [String: String] = [:]
        ) {
            self.row = row
            self.address = address
            self.birthPlace = birthPlace
            self.birthDate = birthDate
            self.gender = gender
            self.joinedOn = joinedOn
            self.history = history
            self.isOwnRecord = isOwnRecord
            self.canEdit = canEdit
            self.moves = moves
            self.today = today
            self.statusErrors = statusErrors
        }
    }
}
