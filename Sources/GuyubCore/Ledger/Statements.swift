/// One account's movement over a period: what it held before, what was posted to each side, what it
/// holds after. Amounts are debit-positive, as the ledger keeps them.
package struct AccountBalance: Sendable, Equatable {
    package var code: String
    package var nameID: String
    package var nameEN: String
    package var type: AccountType
    package var normalSide: Side
    package var role: AccountRole?
    package var segment: Segment
    package var opening: Int64
    package var debits: Int64
    package var credits: Int64

    package init(
        code: String, nameID: String, nameEN: String, type: AccountType, normalSide: Side, role: AccountRole?,
        segment: Segment, opening: Int64, debits: Int64, credits: Int64
    ) {
        self.code = code
        self.nameID = nameID
        self.nameEN = nameEN
        self.type = type
        self.normalSide = normalSide
        self.role = role
        self.segment = segment
        self.opening = opening
        self.debits = debits
        self.credits = credits
    }

    package var closing: Int64 { opening + debits - credits }
    /// A debit-positive amount turned to the account's own side: what an asset holds, what a liability owes.
    package func natural(_ amount: Int64) -> Int64 { normalSide == .debit ? amount : -amount }
    /// The movement of the period on the account's own side (income earned, an expense incurred).
    package var movement: Int64 { natural(debits - credits) }
}

/// A line of a statement: an account and its amount on its own side, or a subtotal.
package struct StatementLine: Sendable, Equatable {
    package var code: String
    package var nameID: String
    package var nameEN: String
    package var amount: Int64

    package init(code: String, nameID: String, nameEN: String, amount: Int64) {
        self.code = code
        self.nameID = nameID
        self.nameEN = nameEN
        self.amount = amount
    }
}

/// Every account with its opening balance, the period's debits and credits, and its closing balance.
/// Its debits equal its credits, and its closing balances sum to zero: the books balance.
package struct TrialBalance: Sendable, Equatable {
    package let rows: [AccountBalance]

    package init(_ rows: [AccountBalance]) { self.rows = rows.sorted { $0.code < $1.code } }

    package var totalDebits: Int64 { rows.reduce(0) { $0 + $1.debits } }
    package var totalCredits: Int64 { rows.reduce(0) { $0 + $1.credits } }
    /// Closing balances on the debit side and on the credit side.
    package var closingDebits: Int64 { rows.reduce(0) { $0 + max(0, $1.closing) } }
    package var closingCredits: Int64 { rows.reduce(0) { $0 + max(0, -$1.closing) } }
    package var isBalanced: Bool { totalDebits == totalCredits && closingDebits == closingCredits }
    /// Assets held below zero — cash, a bank account, stock — which no real till or shelf can be; a
    /// contra account (the loan-loss allowance) is credit by nature and not among them.
    package var negativeAssets: [AccountBalance] {
        rows.filter { $0.type == .asset && $0.normalSide == .debit && $0.closing < 0 }
    }
}

/// Laporan posisi keuangan at a date: assets against liabilities and equity, the year's surplus
/// (income less expenses not yet closed into equity) shown within equity, so the two sides agree.
package struct BalanceSheet: Sendable, Equatable {
    package let assets: [StatementLine]
    package let liabilities: [StatementLine]
    package let equity: [StatementLine]
    /// Income less expenses still in their accounts (SHU tahun berjalan).
    package let surplus: Int64
    /// What the units owed each other at the date, left out of the whole cooperative's sheet (zero in a unit's).
    package let eliminated: Int64

    /// `eliminated` is what units were owed by others; in one unit's sheet, what it owes other units
    /// (the inter-unit account on its credit side) stands among the liabilities.
    package init(_ trial: TrialBalance, eliminated: Int64 = 0) {
        func owedToUnits(_ row: AccountBalance) -> Bool { row.role == .interUnit && row.closing < 0 }
        func lines(_ type: AccountType) -> [StatementLine] {
            trial.rows.filter {
                $0.closing != 0 && ($0.type == type && !owedToUnits($0) || type == .liability && owedToUnits($0))
            }.map {
                StatementLine(
                    code: $0.code, nameID: $0.nameID, nameEN: $0.nameEN,
                    amount: type == .asset ? $0.closing : -$0.closing)
            }
        }
        assets = lines(.asset)
        liabilities = lines(.liability)
        equity = lines(.equity)
        self.eliminated = eliminated
        surplus = -trial.rows.filter { $0.type == .income || $0.type == .expense }.reduce(0) { $0 + $1.closing }
    }

    package var totalAssets: Int64 { assets.reduce(0) { $0 + $1.amount } }
    package var totalLiabilities: Int64 { liabilities.reduce(0) { $0 + $1.amount } }
    package var totalEquity: Int64 { equity.reduce(0) { $0 + $1.amount } + surplus }
    package var isBalanced: Bool { totalAssets == totalLiabilities + totalEquity }
}

/// Laporan hasil usaha for a period, laid out as SAK EP and the cooperative's practice do: revenue, cost
/// of revenue, the gross result, operating costs, the operating result, other items and tax, each
/// line in the column of the business it came from — with members, with non-members, or shared.
/// The shared result is then divided as the SHU divides it (`SHUSurplus`), so the statement's last
/// line is the surplus the SHU shares.
package struct IncomeStatement: Sendable, Equatable {
    /// Where a line stands in the statement.
    package enum Section: String, Sendable, CaseIterable {
        case revenue, costOfRevenue, operatingCosts, otherItems, tax

        /// Where an income or expense account belongs: by its role where it has one, else by its code
        /// (4-9 other income, 5-1 cost of revenue, 5-8 other expenses, 5-9 tax).
        package static func of(_ account: AccountBalance) -> Section? {
            switch account.type {
            case .income:
                return account.role == .otherIncome || account.code.hasPrefix("4-9") ? .otherItems : .revenue
            case .expense:
                switch account.role {
                case .costOfSales?, .savingsInterestExpense?: return .costOfRevenue
                case .taxExpense?: return .tax
                default: break
                }
                if account.code.hasPrefix("5-1") { return .costOfRevenue }
                if account.code.hasPrefix("5-8") { return .otherItems }
                if account.code.hasPrefix("5-9") { return .tax }
                return .operatingCosts
            default:
                return nil
            }
        }
    }

    /// Amounts by the business they came from.
    package struct Columns: Sendable, Equatable {
        package var member: Int64 = 0
        package var nonMember: Int64 = 0
        package var shared: Int64 = 0

        package init(member: Int64 = 0, nonMember: Int64 = 0, shared: Int64 = 0) {
            self.member = member
            self.nonMember = nonMember
            self.shared = shared
        }

        package init(_ amount: Int64, in segment: Segment) {
            switch segment {
            case .member: member = amount
            case .nonMember: nonMember = amount
            case .none: shared = amount
            }
        }

        package var total: Int64 { member + nonMember + shared }
        static func + (a: Columns, b: Columns) -> Columns {
            Columns(member: a.member + b.member, nonMember: a.nonMember + b.nonMember, shared: a.shared + b.shared)
        }
        static prefix func - (a: Columns) -> Columns { Columns(member: -a.member, nonMember: -a.nonMember, shared: -a.shared) }
    }

    /// An account in its section. Revenue and costs are shown as earned and incurred; other items as
    /// what they add to the result (an other expense is negative).
    package struct Line: Sendable, Equatable {
        package let code: String
        package let nameID: String
        package let nameEN: String
        package let amount: Columns
    }

    package struct Part: Sendable, Equatable {
        package let segment: Segment
        package let income: [StatementLine]
        package let expenses: [StatementLine]

        package var totalIncome: Int64 { income.reduce(0) { $0 + $1.amount } }
        package var totalExpenses: Int64 { expenses.reduce(0) { $0 + $1.amount } }
        package var surplus: Int64 { totalIncome - totalExpenses }
    }

    /// Income and expenses by segment, as the SHU reads them.
    package let parts: [Part]
    package let lines: [Section: [Line]]
    /// What units sold each other, left out of a consolidated statement (with its cost, which equals it:
    /// the seller's cost and the buyer's markup); zero in one unit's statement, which shows them.
    package let eliminated: Int64

    /// The statement of `trial`; `consolidated` (all units together) leaves out what units sold each other.
    package init(_ trial: TrialBalance, consolidated: Bool = false) {
        let interUnit: Set<AccountRole> = [.interUnitSales, .interUnitCost]
        eliminated = consolidated ? trial.rows.filter { $0.role == .interUnitSales }.reduce(0) { $0 + $1.movement } : 0
        let trial = consolidated ? TrialBalance(trial.rows.filter { !($0.role.map(interUnit.contains) ?? false) }) : trial
        parts = [Segment.member, .nonMember, .none].map { segment in
            func lines(_ type: AccountType) -> [StatementLine] {
                trial.rows.filter { $0.type == type && $0.segment == segment && $0.movement != 0 }.map {
                    StatementLine(code: $0.code, nameID: $0.nameID, nameEN: $0.nameEN, amount: $0.movement)
                }
            }
            return Part(segment: segment, income: lines(.income), expenses: lines(.expense))
        }
        var lines: [Section: [Line]] = [:]
        for row in trial.rows where row.movement != 0 {
            guard let section = Section.of(row) else { continue }
            let amount = section == .otherItems && row.type == .expense ? -row.movement : row.movement
            lines[section, default: []].append(
                Line(
                    code: row.code, nameID: row.nameID, nameEN: row.nameEN,
                    amount: Columns(amount, in: row.segment)))
        }
        self.lines = lines
    }

    package func part(_ segment: Segment) -> Part { parts.first { $0.segment == segment }! }
    package func lines(_ section: Section) -> [Line] { lines[section] ?? [] }
    package func total(_ section: Section) -> Columns { lines(section).reduce(Columns()) { $0 + $1.amount } }

    /// Revenue less the cost of earning it.
    package var grossResult: Columns { total(.revenue) + -total(.costOfRevenue) }
    /// The gross result less operating costs.
    package var operatingResult: Columns { grossResult + -total(.operatingCosts) }
    /// The result before tax: the operating result and other items.
    package var resultBeforeTax: Columns { operatingResult + total(.otherItems) }
    /// The result after tax, with the shared part still undivided.
    package var result: Columns { resultBeforeTax + -total(.tax) }
    /// The result after tax with the shared part divided between member and non-member business.
    package var divided: SHUSurplus { SHUSurplus(self) }
    package var surplus: Int64 { parts.reduce(0) { $0 + $1.surplus } }
}

/// Laporan perubahan ekuitas for a period: each equity account from its opening to its closing
/// balance, and the period's surplus.
package struct EquityChanges: Sendable, Equatable {
    package struct Row: Sendable, Equatable {
        package let code: String
        package let nameID: String
        package let nameEN: String
        package let opening: Int64
        package let increases: Int64
        package let decreases: Int64
        package var closing: Int64 { opening + increases - decreases }
    }

    package let rows: [Row]
    package let surplus: Int64

    package init(_ trial: TrialBalance) {
        rows = trial.rows.filter { $0.type == .equity && ($0.opening != 0 || $0.debits != 0 || $0.credits != 0) }.map {
            Row(
                code: $0.code, nameID: $0.nameID, nameEN: $0.nameEN, opening: -$0.opening, increases: $0.credits,
                decreases: $0.debits)
        }
        surplus = IncomeStatement(trial).surplus
    }

    package var openingTotal: Int64 { rows.reduce(0) { $0 + $1.opening } }
    package var closingTotal: Int64 { rows.reduce(0) { $0 + $1.closing } }
}
