import Foundation
import GuyubCore

package enum LoanShow {}

extension LoanShow {
    /// One loan: its terms and people, its schedule with what is paid, its money steps, and the forms the
    /// user may use now.
    package struct Model: Sendable {
        package struct Installment: Sendable, Equatable {
            package var number: Int
            package var due: CivilDate?
            package var principal: Int64
            package var interest: Int64
            package var paid: Int64
            package var paidOn: CivilDate?
            package var state: InstallmentState

            package init(
                number: Int, due: CivilDate?, principal: Int64, interest: Int64, paid: Int64, paidOn: CivilDate?,
                state: InstallmentState
            ) {
                self.number = number
                self.due = due
                self.principal = principal
                self.interest = interest
                self.paid = paid
                self.paidOn = paidOn
                self.state = state
            }
        }

        package struct Step: Sendable, Equatable {
            package var date: CivilDate
            package var kind: LoanStepKind
            package var amount: Int64
            package var principal: Int64
            package var interest: Int64
            package var penalty: Int64
            package var channel: LoanChannel?
            package var note: String?
            package var by: String
            package var entryID: UUID?

            package init(
                date: CivilDate, kind: LoanStepKind, amount: Int64, principal: Int64, interest: Int64, penalty: Int64,
                channel: LoanChannel?, note: String?, by: String, entryID: UUID?
            ) {
                self.date = date
                self.kind = kind
                self.amount = amount
                self.principal = principal
                self.interest = interest
                self.penalty = penalty
                self.channel = channel
                self.note = note
                self.by = by
                self.entryID = entryID
            }
        }

        package var row: LoanRow
        package var productName: String
        package var terms: LoanTerms
        package var fees: Int64
        package var purpose: String
        package var collateral: String
        package var autoDebit = false
        package var appliedBy: String
        package var reviewNote: String?
        package var reviewedBy: String?
        package var decidedBy: String?
        package var decidedOn: CivilDate?
        package var decisionNote: String?
        package var disbursedOn: CivilDate?
        package var interestPaid: Int64
        package var penaltyOwed: Int64
        package var allowance: Int64
        package var writtenOff: Int64
        package var recovered: Int64
        package var installments: [Installment]
        package var steps: [Step]
        /// For an active loan: what has fallen due and what pays it off today.
        package var due: Int64?
        package var payoff: Int64?
        package var actions: Set<SiteURL.LoanAction>
        /// Decisions the user's roles allow but who they are does not (they entered it, or it is their own loan), and why.
        package var withheld: [String] = []
        /// Whether the user may open receipts (staff) rather than only see the steps.
        package var linksReceipts: Bool
        /// Whether the user may open the list of loans (a member sees only their own, from their record).
        package var linksLoans = true

        /// The borrower as the board weighs an application.
        package struct Borrower: Sendable, Equatable {
            package var savings: Int64
            package var otherLoans: Int
            package var otherOwed: Int64
            package var lateInstalments: Int
            package var daysLate: Int
            package var wajibOwed: Int64
            /// What they may still borrow, when the product sets a limit.
            package var limit: Int64?
            package init(
                savings: Int64, otherLoans: Int, otherOwed: Int64, lateInstalments: Int, daysLate: Int, wajibOwed: Int64,
                limit: Int64?
            ) {
                self.savings = savings
                self.otherLoans = otherLoans
                self.otherOwed = otherOwed
                self.lateInstalments = lateInstalments
                self.daysLate = daysLate
                self.wajibOwed = wajibOwed
                self.limit = limit
            }
        }
        package var borrower: Borrower?

        package init(
            row: LoanRow, productName: String, terms: LoanTerms, fees: Int64, purpose: String, collateral: String,
            appliedBy: String, reviewNote: String?, reviewedBy: String?, decidedBy: String?, decidedOn: CivilDate?,
            decisionNote: String?, disbursedOn: CivilDate?, interestPaid: Int64, penaltyOwed: Int64, allowance: Int64,
            writtenOff: Int64, recovered: Int64, installments: [Installment], steps: [Step], due: Int64?,
            payoff: Int64?, actions: Set<SiteURL.LoanAction>, linksReceipts: Bool
        ) {
            self.row = row
            self.productName = productName
            self.terms = terms
            self.fees = fees
            self.purpose = purpose
            self.collateral = collateral
            self.appliedBy = appliedBy
            self.reviewNote = reviewNote
            self.reviewedBy = reviewedBy
            self.decidedBy = decidedBy
            self.decidedOn = decidedOn
            self.decisionNote = decisionNote
            self.disbursedOn = disbursedOn
            self.interestPaid = interestPaid
            self.penaltyOwed = penaltyOwed
            self.allowance = allowance
            self.writtenOff = writtenOff
            self.recovered = recovered
            self.installments = installments
            self.steps = steps
            self.due = due
            self.payoff = payoff
            self.actions = actions
            self.linksReceipts = linksReceipts
        }
    }
}
