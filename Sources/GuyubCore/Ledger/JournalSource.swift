/// What caused a journal entry: the business it records. Kept in the entry as its raw value, shown to
/// people by its name in the catalogue — every case has one, so no code reaches a page.
package enum JournalSource: String, Sendable, CaseIterable, Codable {
    case manual
    case opening
    case reversal
    case savingsDeposit = "savings.deposit"
    case savingsWithdrawal = "savings.withdrawal"
    case savingsTransfer = "savings.transfer"
    case savingsExit = "savings.exit"
    case savingsBreak = "savings.break"
    case savingsInterest = "savings.interest"
    case savingsAccrual = "savings.accrual"
    case savingsMaturity = "savings.maturity"
    case loanDisbursement = "loan.disbursement"
    case loanRepayment = "loan.repayment"
    case loanWriteOff = "loan.write-off"
    case loanRecovery = "loan.recovery"
    case loanAllowance = "loan.allowance"
    case shuDistribution = "shu.distribution"
    case shuPayout = "shu.payout"
    case yearClose = "year.close"

    /// The year's close and the SHU keep records of their entries that a reversal would leave behind.
    package var isReversible: Bool { ![.yearClose, .shuDistribution, .shuPayout].contains(self) }
}
