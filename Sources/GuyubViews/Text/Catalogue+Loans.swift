import GuyubCore

/// Loan words the books and the command line use.
extension Catalogue {
    package func loanDisbursement(number: Int, borrower: String) -> String {
        pick("Pencairan pinjaman No. \(number) — \(borrower)", "Loan No. \(number) disbursed — \(borrower)")
    }
    package func loanRepayment(number: Int, borrower: String, channel: LoanChannel) -> String {
        pick(
            "Angsuran pinjaman No. \(number) — \(borrower) (\(loanChannel(channel)))",
            "Loan No. \(number) repayment — \(borrower) (\(loanChannel(channel)))")
    }
    package func loanWriteOff(number: Int, borrower: String) -> String {
        pick("Hapus buku pinjaman No. \(number) — \(borrower)", "Loan No. \(number) written off — \(borrower)")
    }
    package func loanRecovery(number: Int, borrower: String) -> String {
        pick(
            "Penerimaan pinjaman hapus buku No. \(number) — \(borrower)",
            "Recovery on written-off loan No. \(number) — \(borrower)")
    }
    package func loanAllowanceEntry(_ date: CivilDate) -> String {
        pick("Penyesuaian PPAP \(format.date(date))", "Loan-loss allowance adjusted \(format.date(date))")
    }
    package func loanChannel(_ channel: LoanChannel) -> String {
        switch channel {
        case .cash: pick("tunai", "cash")
        case .bank: "bank"
        case .qris: "QRIS"
        case .savings: pick("potong simpanan sukarela", "from voluntary savings")
        }
    }
    package func loansClosedDay(_ date: CivilDate, loans: Int, late: Int, penalties: Int64, allowance: Int64) -> String {
        pick(
            "Hari \(format.date(date)) ditutup: \(loans) pinjaman berjalan, \(late) terlambat, denda \(format.money(minorUnits: penalties)), perubahan PPAP \(format.money(minorUnits: allowance)).",
            "Day \(format.date(date)) closed: \(english(loans, "active loan")), \(late) late, penalties \(format.money(minorUnits: penalties)), allowance change \(format.money(minorUnits: allowance))."
        )
    }
}
