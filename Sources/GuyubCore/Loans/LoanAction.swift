import Foundation

/// What can be done to a loan. Which of these a user may do now is decided here, for the loan's page,
/// the API and the store alike, so a button shown and a refusal given never disagree.
package enum LoanAction: String, Sendable, CaseIterable {
    case review, approve, reject, disburse, repay
    case writeOff = "write-off"
    case recover, restructure

    /// The permission the action needs: the board decides, whoever enters loans reviews, the counter
    /// moves the money.
    package var permission: Permission {
        switch self {
        case .review: .enterLoans
        case .approve, .reject, .restructure, .writeOff: .decideLoans
        case .disburse, .repay, .recover: .handleCash
        }
    }

    /// A decision on the loan, which maker-checker keeps from whoever entered it and from its borrower.
    package var isDecision: Bool { [.approve, .reject, .restructure, .writeOff].contains(self) }

    /// Whether a loan in `status` admits the action at all, whoever asks.
    package func applies(to status: LoanStatus, fullyRecovered: Bool) -> Bool {
        switch self {
        case .review: status == .applied
        case .approve: status.awaitsDecision
        // An approved loan not yet paid out may still be refused (the member changed their mind).
        case .reject: status.awaitsDecision || status == .approved
        case .disburse: status == .approved
        case .repay, .restructure, .writeOff: status == .active
        case .recover: status == .writtenOff && !fullyRecovered
        }
    }
}

/// Who asks to act on a loan, as far as the rules care.
package struct LoanActor: Sendable {
    package let roles: Set<Role>
    /// The user entered the application.
    package let enteredIt: Bool
    /// The user is the borrower (their member record is the loan's).
    package let isBorrower: Bool

    package init(roles: Set<Role>, enteredIt: Bool, isBorrower: Bool) {
        self.roles = roles
        self.enteredIt = enteredIt
        self.isBorrower = isBorrower
    }

    /// Why this user may not take `action`, though their roles and the loan's state allow it; nil when they may.
    /// Approving or rejecting is kept from whoever entered the application; no decision on a loan is ever
    /// its borrower's.
    package func bar(to action: LoanAction) -> LoanError? {
        guard action.isDecision else { return nil }
        if isBorrower { return .ownLoan }
        if enteredIt && (action == .approve || action == .reject) { return .ownApplication }
        return nil
    }

    /// The actions the user may take now, and those their roles allow but who they are does not, with why.
    package func actions(on status: LoanStatus, fullyRecovered: Bool) -> (
        allowed: Set<LoanAction>, withheld: [LoanAction: LoanError]
    ) {
        var allowed: Set<LoanAction> = []
        var withheld: [LoanAction: LoanError] = [:]
        for action in LoanAction.allCases
        where action.applies(to: status, fullyRecovered: fullyRecovered)
            && roles.allows(action.permission)
        {
            if let bar = bar(to: action) { withheld[action] = bar } else { allowed.insert(action) }
        }
        return (allowed, withheld)
    }
}

extension LoanStatus {
    /// The status after `action`, or the refusal when the loan's state does not admit it. A repayment
    /// that settles all that is owed closes the loan; money recovered on a written-off loan leaves it
    /// written off; once all that was written off is recovered, any more is more than is left.
    package func after(_ action: LoanAction, fullyRecovered: Bool = false, paidOff: Bool = false) throws(LoanError) -> LoanStatus
    {
        if action == .recover, self == .writtenOff, fullyRecovered { throw .overpayment(payoff: 0) }
        guard action.applies(to: self, fullyRecovered: fullyRecovered) else {
            throw action == .repay && (self == .closed || self == .writtenOff) ? .loanClosed : .wrongStatus(self)
        }
        return switch action {
        case .review: .reviewed
        case .approve: .approved
        case .reject: .rejected
        case .disburse, .restructure: .active
        case .repay: paidOff ? .closed : .active
        case .writeOff, .recover: .writtenOff
        }
    }
}
