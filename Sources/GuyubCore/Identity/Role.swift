/// A user's role in one cooperative. A user may hold several.
package enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case board, supervisor, manager, teller, staff, member, consumer, partner

    /// The roles of people who work for the cooperative (and may be assigned to its units).
    package static let staffRoles: Set<Role> = [.board, .supervisor, .manager, .teller, .staff]

    package static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// What the role may do in its cooperative. A member's view of their own record needs no permission.
    package var permissions: Set<Permission> {
        switch self {
        case .board: Set(Permission.allCases)
        case .supervisor:
            [.viewMembers, .viewAudit, .viewBooks, .viewSavings, .viewLoans, .viewMeetings, .viewStore, .viewPartnerships]
        case .manager:
            [
                .viewMembers, .manageMembers, .importMembers, .changeMemberStatus, .viewBooks, .viewSavings,
                .handleCash, .viewLoans, .enterLoans, .viewMeetings, .viewStore, .sell, .manageStock, .returnSales, .consult,
                .viewPartnerships, .managePartnerships,
            ]
        case .staff: [.viewMembers, .manageMembers, .viewSavings, .viewLoans, .enterLoans, .viewStore, .sell, .manageStock]
        case .teller: [.viewMembers, .viewSavings, .handleCash, .viewLoans, .viewStore, .sell]
        case .member, .consumer, .partner: []
        }
    }
}

package enum Permission: String, Sendable, CaseIterable {
    case viewMembers, manageMembers, importMembers, changeMemberStatus, viewAudit, manageUsers
    /// Read the books and their reports.
    case viewBooks
    /// Post and reverse manual journal entries, keep the chart of accounts, close months (the treasurer's work).
    case keepBooks
    /// See members' savings balances and statements.
    case viewSavings
    /// Take deposits, pay withdrawals, move savings (the teller's work).
    case handleCash
    /// Set the savings products and the other settings the bylaws decide.
    case manageSettings
    /// See loans, their schedules and the portfolio.
    case viewLoans
    /// Enter and review loan applications.
    case enterLoans
    /// Approve or reject applications, restructure and write off loans (the board's decisions).
    case decideLoans
    /// See the shop's products, stock, sales and reports.
    case viewStore
    /// Sell at the counter (the cashier's work).
    case sell
    /// Keep the products, their prices and programmes, receive goods and register credit customers.
    case manageStock
    /// Take goods back and undo a sale (the shop's supervisor, never the cashier alone).
    case returnSales
    /// Approve purchase orders above the amount the board set (the board's decision).
    case approvePurchases
    /// Answer ideas, move them along, and hide what breaks the rules (the board's).
    case moderateIdeas
    /// See members' meetings in full: attendance, the report pack, the ministry's export.
    case viewMeetings
    /// Call and run members' meetings: notice, attendance, motions, minutes (the secretary's work).
    case manageMeetings
    /// Hold consultation sessions: invite guests, record who came and what they said (the board's and the
    /// manager's).
    case consult
    /// See the partners, the agreements, their commitments and the risk board.
    case viewPartnerships
    /// Keep partners and agreements: the matrix, commitments, reviews, the risks' owners.
    case managePartnerships
}

extension Set where Element == Role {
    package func allows(_ permission: Permission) -> Bool {
        contains { $0.permissions.contains(permission) }
    }

    /// A supervisor (pengawas) oversees the board and so can never sit on it.
    package func validated() throws(RoleError) -> Self {
        guard !isEmpty else { throw .none }
        if contains(.board) && contains(.supervisor) { throw .boardAndSupervisor }
        return self
    }
}

package enum RoleError: DomainError, Equatable {
    case none, boardAndSupervisor
    /// A board member cannot take their own board role away (someone could lock the board out).
    case cannotLeaveBoardYourself
    /// The member role shows a member their own record, so it needs that record.
    case memberRecordRequired
    /// A member's record has one sign-in.
    case memberAlreadyHasSignIn

    package var code: String {
        switch self {
        case .none: "roles_required"
        case .boardAndSupervisor: "incompatible_roles"
        case .cannotLeaveBoardYourself: "cannot_leave_board_yourself"
        case .memberRecordRequired: "member_record_required"
        case .memberAlreadyHasSignIn: "member_has_sign_in"
        }
    }
    package var field: String? {
        switch self {
        case .memberRecordRequired, .memberAlreadyHasSignIn: "memberNumber"
        default: "roles"
        }
    }
    package var kind: ErrorKind { self == .memberAlreadyHasSignIn ? .conflict : .invalid }
}
