/// The journal written for an accountant's own tools: hledger and Beancount plain-text journals, or
/// CSV. Accounts keep their codes and names under the tools' top-level types, so `hledger balance`
/// on an export shows the trial balance.
package enum JournalExport {
    package enum Format: String, Sendable, CaseIterable {
        case hledger, beancount, csv

        package var fileExtension: String {
            switch self {
            case .hledger: "journal"
            case .beancount: "beancount"
            case .csv: "csv"
            }
        }
    }

    package struct Account: Sendable, Hashable {
        package let code: String
        package let name: String
        package let type: AccountType

        package init(code: String, name: String, type: AccountType) {
            self.code = code
            self.name = name
            self.type = type
        }
    }

    package struct Line: Sendable {
        package let account: Account
        package let debit: Int64
        package let credit: Int64
        package let memo: String?

        package init(account: Account, debit: Int64, credit: Int64, memo: String?) {
            self.account = account
            self.debit = debit
            self.credit = credit
            self.memo = memo
        }
    }

    package struct Entry: Sendable {
        package let number: Int
        package let date: CivilDate
        package let description: String
        package let source: JournalSource
        package let lines: [Line]

        package init(number: Int, date: CivilDate, description: String, source: JournalSource, lines: [Line]) {
            self.number = number
            self.date = date
            self.description = description
            self.source = source
            self.lines = lines
        }
    }

    /// What opens the file (Beancount declares its accounts; CSV names its columns).
    package static func header(_ format: Format, accounts: [Account], currency: String, from: CivilDate) -> String {
        switch format {
        case .hledger:
            return "; Guyub journal export\n\n"
        case .beancount:
            return "option \"operating_currency\" \"\(currency)\"\n\n"
                + accounts.map { "\(from) open \(beancountName($0)) \(currency)\n" }.joined() + "\n"
        case .csv:
            return CSVText().text
                + CSVText.line([
                    "date", "number", "description", "source", "account_code", "account_name",
                    "debit", "credit", "memo",
                ])
        }
    }

    /// One entry in the format; amounts with exactly the currency's decimals.
    package static func entry(_ entry: Entry, _ format: Format, currency: String, decimals: Int) -> String {
        func amount(_ line: Line) -> String { Amount.string(line.debit - line.credit, decimals: decimals) }
        switch format {
        case .hledger:
            var text = "\(entry.date) (\(entry.number)) \(oneLine(entry.description).replacingOccurrences(of: ";", with: ","))\n"
            for line in entry.lines {
                text += "    \(hledgerName(line.account))  \(currency) \(amount(line))"
                if let memo = line.memo { text += "  ; \(oneLine(memo))" }
                text += "\n"
            }
            return text + "\n"
        case .beancount:
            var text = "\(entry.date) * \(quoted(entry.description))\n  number: \"\(entry.number)\"\n"
            for line in entry.lines {
                text += "  \(beancountName(line.account))  \(amount(line)) \(currency)\n"
            }
            return text + "\n"
        case .csv:
            return entry.lines.map { line in
                CSVText.line([
                    entry.date.description, String(entry.number), entry.description, entry.source.rawValue, line.account.code,
                    line.account.name, Amount.string(line.debit, decimals: decimals),
                    Amount.string(line.credit, decimals: decimals), line.memo ?? "",
                ])
            }.joined()
        }
    }

    /// `assets:1-1100 Kas`: hledger reads the account's type from the first part.
    package static func hledgerName(_ account: Account) -> String {
        let root =
            switch account.type {
            case .asset: "assets"
            case .liability: "liabilities"
            case .equity: "equity"
            case .income: "revenues"
            case .expense: "expenses"
            }
        let name = oneLine(account.name).replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: ";", with: ",")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return "\(root):\(account.code) \(name)"
    }

    /// `Assets:1-1100-Kas`: Beancount allows letters, digits and dashes in an account's parts.
    package static func beancountName(_ account: Account) -> String {
        let root =
            switch account.type {
            case .asset: "Assets"
            case .liability: "Liabilities"
            case .equity: "Equity"
            case .income: "Income"
            case .expense: "Expenses"
            }
        let name = account.name.unicodeScalars.map {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) ? String($0) : "-"
        }
        .joined().split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return "\(root):\(account.code)\(name.isEmpty ? "" : "-" + name)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func quoted(_ text: String) -> String {
        "\"" + oneLine(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
