/// Laporan arus kas (direct method) for a period: every entry that moved cash (kas, bank, QRIS in
/// transit) is attributed to the accounts on its other side, line by line, so the inflows and
/// outflows add up to the change in cash exactly. Moving money between cash accounts is no flow.
package struct CashFlow: Sendable, Equatable {
    package enum Activity: String, Sendable, CaseIterable {
        case operating, investing, financing
    }

    package struct Row: Sendable, Equatable {
        package let activity: Activity
        package let code: String
        package let nameID: String
        package let nameEN: String
        package var inflow: Int64
        package var outflow: Int64
        package var net: Int64 { inflow - outflow }
    }

    /// One line of an entry that moved cash.
    package struct Line: Sendable {
        package let entry: Int
        package let account: AccountBalance
        package let isCash: Bool
        /// Debit minus credit.
        package let delta: Int64

        package init(entry: Int, account: AccountBalance, isCash: Bool, delta: Int64) {
            self.entry = entry
            self.account = account
            self.isCash = isCash
            self.delta = delta
        }
    }

    package static let cashRoles: Set<AccountRole> = [.cash, .bank, .qrisClearing]

    package let opening: Int64
    package let rows: [Row]

    package init(opening: Int64, lines: [Line]) {
        self.opening = opening
        var rows: [String: Row] = [:]
        for (_, entry) in Dictionary(grouping: lines, by: \.entry) {
            guard entry.contains(where: \.isCash) else { continue }
            // Each other line brought in (or took out) the cash its own movement mirrors.
            for line in entry where !line.isCash && line.delta != 0 {
                let account = line.account
                var row =
                    rows[account.code]
                    ?? Row(
                        activity: Self.activity(account.type, account.role), code: account.code,
                        nameID: account.nameID, nameEN: account.nameEN, inflow: 0, outflow: 0)
                if line.delta < 0 { row.inflow -= line.delta } else { row.outflow += line.delta }
                rows[account.code] = row
            }
        }
        self.rows = rows.values.sorted { ($0.activity.rawValue, $0.code) < ($1.activity.rawValue, $1.code) }
    }

    package func net(_ activity: Activity) -> Int64 { rows.filter { $0.activity == activity }.reduce(0) { $0 + $1.net } }
    package var change: Int64 { rows.reduce(0) { $0 + $1.net } }
    package var closing: Int64 { opening + change }

    /// Where an account's cash belongs: a cooperative's savings and loans are its operations; stakes in
    /// other cooperatives and assets bought to keep are investments; equity, borrowing and the funds
    /// the members' meeting sets aside are financing.
    package static func activity(_ type: AccountType, _ role: AccountRole?) -> Activity {
        switch (type, role) {
        case (.equity, _): .financing
        case (.liability, .bankLoans?), (.liability, .shuPayable?), (.liability, .fundBoard?), (.liability, .fundStaff?),
            (.liability, .fundEducation?), (.liability, .fundSocial?), (.liability, .fundRegional?):
            .financing
        case (.asset, .secondaryStakes?), (.asset, .investments?), (.asset, nil): .investing
        default: .operating
        }
    }
}
