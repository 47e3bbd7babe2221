/// What the cooperative owes its suppliers: goods received on credit, each due a number of days later,
/// paid off oldest due first.
package enum Payables {
    /// A delivery received on credit: what it cost and when it falls due.
    package struct Bill: Sendable, Equatable {
        package var dueOn: CivilDate
        package var amount: Int64
        package init(dueOn: CivilDate, amount: Int64) {
            self.dueOn = dueOn
            self.amount = amount
        }
    }

    /// How late what is owed is, as an aged-payables report groups it.
    package enum Age: String, Sendable, CaseIterable, Codable {
        case notDue = "not_due"
        case upTo30 = "1_30"
        case upTo60 = "31_60"
        case upTo90 = "61_90"
        case over90 = "over_90"

        package static func of(dueOn: CivilDate, on date: CivilDate) -> Age {
            let late = dueOn.days(until: date)
            switch late {
            case ..<1: return .notDue
            case 1...30: return .upTo30
            case 31...60: return .upTo60
            case 61...90: return .upTo90
            default: return .over90
            }
        }
    }

    /// What is owed after paying `amount` of `owed`; refused above what is owed.
    package static func paying(_ amount: Int64, owed: Int64) throws(SupplyError) -> Int64 {
        guard amount > 0, amount <= Amount.ceiling else { throw .amountInvalid("amount") }
        guard amount <= owed else { throw .overpayment(owed: owed) }
        return owed - amount
    }

    /// What is still owed on each bill once `paid` went to them oldest due first (bills due the same day in
    /// the order given); only bills with something left, in due order.
    package static func open(_ bills: [Bill], paid: Int64) -> [Bill] {
        var left = max(0, paid)
        var open: [Bill] = []
        let due = bills.enumerated().sorted { ($0.element.dueOn, $0.offset) < ($1.element.dueOn, $1.offset) }.map(\.element)
        for bill in due {
            let off = min(left, bill.amount)
            left -= off
            if bill.amount - off > 0 { open.append(Bill(dueOn: bill.dueOn, amount: bill.amount - off)) }
        }
        return open
    }

    /// What is still owed by age on `date`: every age present, zero where nothing is.
    package static func aging(_ bills: [Bill], paid: Int64, on date: CivilDate) -> [Age: Int64] {
        var ages = Dictionary(uniqueKeysWithValues: Age.allCases.map { ($0, Int64(0)) })
        for bill in open(bills, paid: paid) { ages[Age.of(dueOn: bill.dueOn, on: date)]! += bill.amount }
        return ages
    }
}
