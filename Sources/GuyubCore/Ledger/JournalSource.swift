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
    case storeReceipt = "store.receipt"
    case storeSale = "store.sale"
    case storeAdjustment = "store.adjustment"
    case storeTransfer = "store.transfer"
    case storeReturn = "store.return"
    case storeShift = "store.shift"
    case storeCustomerPayment = "store.customer-payment"
    case storeQRISSettlement = "store.qris-settlement"
    case supplierPayment = "supply.supplier-payment"
    case consignmentSettlement = "supply.consignment-settlement"
    case deliveryFee = "supply.delivery-fee"
    case expenseClaim = "supply.expense-claim"
    case storageFee = "supply.storage-fee"
    case processing = "supply.processing"
    case voucherIssue = "voucher.issue"
    case voucherCollect = "voucher.collect"
    case voucherExpiry = "voucher.expiry"
    case voucherVoid = "voucher.void"
    /// A partner's grant received, and spent on its purpose.
    case grantReceipt = "grant.receive"
    case grantSpending = "grant.spend"
    /// A partner bank's loan received, and an instalment of it paid.
    case borrowingReceipt = "borrowing.receive"
    case borrowingInstalment = "borrowing.instalment"
    /// Equity participation received from a partner or made in one.
    case equityParticipation = "equity.participation"

    /// The year's close, the SHU and the loans keep records of their entries that a reversal would leave
    /// behind (a loan would still owe what its reversed repayment paid); a loan's mistake is put right
    /// through the loan. Savings lines carry their member's account, so a reversal moves it back too.
    package var isReversible: Bool {
        switch self {
        case .manual, .opening, .reversal, .savingsDeposit, .savingsWithdrawal, .savingsTransfer, .savingsExit, .savingsBreak,
            .savingsInterest, .savingsAccrual, .savingsMaturity, .storeQRISSettlement:
            true
        case .loanDisbursement, .loanRepayment, .loanWriteOff, .loanRecovery, .loanAllowance, .shuDistribution, .shuPayout,
            .yearClose, .storeReceipt, .storeSale, .storeAdjustment, .storeTransfer, .storeReturn, .storeShift,
            .storeCustomerPayment, .supplierPayment, .consignmentSettlement, .deliveryFee, .expenseClaim, .storageFee,
            .processing, .voucherIssue, .voucherCollect, .voucherExpiry, .voucherVoid, .grantReceipt, .grantSpending,
            .borrowingReceipt, .borrowingInstalment, .equityParticipation:
            false
        }
    }

    /// A business record posted by exactly one entry (a loan's disbursement, a share's payout…), named by
    /// the entry's source id: a second entry for it, not reversed, would count the money twice.
    package var postsOnce: Bool {
        [
            .savingsExit, .savingsBreak, .savingsMaturity, .loanDisbursement, .loanWriteOff, .shuDistribution, .shuPayout,
            .storeReceipt, .storeSale, .storeAdjustment, .storeTransfer, .storeReturn, .storeShift, .storeCustomerPayment,
            .supplierPayment, .consignmentSettlement, .deliveryFee, .expenseClaim, .storageFee,
            .processing, .voucherIssue, .voucherCollect, .voucherExpiry, .voucherVoid, .grantReceipt, .grantSpending,
            .borrowingReceipt, .borrowingInstalment, .equityParticipation,
        ]
        .contains(self)
    }

    /// The loan's money steps, each recorded as one loan transaction with its entry.
    package var isLoanStep: Bool { [.loanDisbursement, .loanRepayment, .loanWriteOff, .loanRecovery].contains(self) }
}
