/// The chart a new cooperative starts with: the skeleton of SAK EP (Standar Akuntansi Keuangan
/// Entitas Privat, in force from 2025) as cooperatives apply it. The board adds, renames and
/// deactivates accounts; the roles keep pointing at the accounts the product posts to.
package enum ChartOfAccounts {
    package static let sakEP: [AccountTemplate] = [
        .init("1-1100", "Kas", "Cash on hand", .asset, .cash),
        .init("1-1200", "Bank", "Bank", .asset, .bank),
        .init("1-1300", "Dana QRIS dalam penyelesaian", "QRIS settlements in transit", .asset, .qrisClearing),
        .init("1-1350", "Piutang usaha", "Trade receivables", .asset, .tradeReceivables),
        .init("1-1400", "Piutang pinjaman anggota", "Loans to members", .asset, .memberLoans),
        .init(
            "1-1410", "Penyisihan penghapusan pinjaman (PPAP)", "Allowance for loan losses", .asset, .loanAllowance,
            contra: true),
        .init("1-1500", "Persediaan", "Inventory", .asset, .inventory),
        .init("1-1600", "Penyertaan pada koperasi sekunder", "Stakes in secondary cooperatives", .asset, .secondaryStakes),
        .init(
            "1-1610", "Penyertaan pada badan usaha lain", "Investments in other businesses", .asset, .investments),
        .init("1-1700", "Rekening antarunit", "Inter-unit accounts", .asset, .interUnit),

        .init("2-1100", "Simpanan sukarela", "Voluntary savings", .liability, .savingsSukarela),
        .init("2-1200", "Simpanan berjangka", "Term deposits", .liability, .savingsBerjangka),
        .init("2-1300", "Utang jasa simpanan", "Savings interest payable", .liability, .interestPayable),
        .init("2-1400", "SHU bagian anggota", "Surplus payable to members", .liability, .shuPayable),
        .init("2-1500", "Utang pajak", "Taxes payable", .liability, .taxPayable),
        .init("2-1600", "Utang usaha", "Trade payables", .liability, .tradePayables),
        .init("2-1700", "Utang bank", "Bank loans", .liability, .bankLoans),
        .init("2-1800", "Utang voucher belanja", "Vouchers outstanding", .liability, .vouchers),
        .init("2-1900", "Hibah belum digunakan", "Grants not yet spent", .liability, .grantsUnspent),
        .init("2-2100", "Dana pengurus", "Board fund", .liability, .fundBoard),
        .init("2-2200", "Dana karyawan", "Staff fund", .liability, .fundStaff),
        .init("2-2300", "Dana pendidikan", "Education fund", .liability, .fundEducation),
        .init("2-2400", "Dana sosial", "Social fund", .liability, .fundSocial),
        .init("2-2500", "Dana pembangunan daerah kerja", "Local development fund", .liability, .fundRegional),

        .init("3-1100", "Simpanan pokok", "Principal savings", .equity, .savingsPokok),
        .init("3-1200", "Simpanan wajib", "Mandatory savings", .equity, .savingsWajib),
        .init("3-1300", "Modal penyertaan", "Equity participation", .equity, .equityParticipation),
        .init("3-2100", "Cadangan", "Reserve", .equity, .reserve),
        .init("3-2200", "Hibah", "Grants", .equity, .grants),
        .init("3-3100", "SHU tahun berjalan", "Surplus of the year", .equity, .currentSurplus),
        .init("3-9100", "Saldo awal", "Opening balances", .equity, .openingBalance),

        .init("4-1100", "Jasa pinjaman anggota", "Loan interest from members", .income, .loanInterestMember, segment: .member),
        .init(
            "4-1200", "Jasa pinjaman non-anggota", "Loan interest from non-members", .income, .loanInterestNonMember,
            segment: .nonMember),
        .init("4-1300", "Pendapatan administrasi", "Administration fees", .income, .adminFees, segment: .member),
        .init(
            "4-1310", "Pendapatan administrasi non-anggota", "Administration fees from non-members", .income,
            .adminFeesNonMember, segment: .nonMember),
        .init("4-1400", "Pendapatan denda", "Late penalties", .income, .penalties, segment: .member),
        .init(
            "4-1410", "Pendapatan denda non-anggota", "Late penalties from non-members", .income, .penaltiesNonMember,
            segment: .nonMember),
        .init("4-2100", "Penjualan kepada anggota", "Sales to members", .income, .salesMember, segment: .member),
        .init("4-2200", "Penjualan kepada non-anggota", "Sales to non-members", .income, .salesNonMember, segment: .nonMember),
        .init("4-2300", "Penjualan antarunit", "Sales between units", .income, .interUnitSales),
        .init("4-3100", "Pendapatan jasa", "Service fees (delivery, storage)", .income, .serviceIncome),
        .init("4-9100", "Pendapatan lain-lain", "Other income", .income, .otherIncome),

        .init("5-1100", "Harga pokok penjualan", "Cost of sales", .expense, .costOfSales),
        .init("5-1110", "Harga pokok penjualan antarunit", "Cost of sales between units", .expense, .interUnitCost),
        .init(
            "5-1200", "Beban selisih dan kerusakan persediaan", "Inventory shrinkage and damage", .expense, .inventoryLoss),
        .init("5-1300", "Selisih kas", "Cash over and short", .expense, .cashOverShort),
        .init("5-2100", "Beban jasa simpanan", "Interest on savings", .expense, .savingsInterestExpense, segment: .member),
        .init("5-2200", "Beban penyisihan pinjaman", "Loan-loss provision", .expense, .allowanceExpense),
        .init("5-3100", "Beban usaha", "Operating expenses", .expense, .operatingExpense),
        .init("5-3110", "Beban promosi", "Promotion expenses", .expense, .promotionExpense),
        .init("5-4100", "Beban perkoperasian", "Cooperative expenses (meetings, education)", .expense, .cooperativeExpense),
        .init("5-8200", "Beban bunga pinjaman", "Interest on borrowings", .expense, .borrowingInterest),
        .init("5-9100", "Beban pajak", "Income tax", .expense, .taxExpense),
    ]
}
