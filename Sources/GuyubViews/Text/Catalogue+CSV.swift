import GuyubCore

/// What a downloaded spreadsheet says: its columns and its file's name in the reader's language, its
/// cells split as that language's spreadsheets split them.
extension Catalogue {
    /// An empty CSV document for this language (Indonesian: `;` between cells, `2,5` in numbers).
    package func csv() -> CSVText { CSVText(decimalComma: language == .id) }

    /// `laporan-hasil-usaha-2026-12-06.csv`
    package func fileName(_ parts: String...) -> String {
        parts.joined(separator: "-").lowercased().replacingOccurrences(of: " ", with: "-") + ".csv"
    }

    package var csvCode: String { pick("Kode", "Code") }
    package var csvAccount: String { pick("Akun", "Account") }
    package var csvSection: String { pick("Bagian", "Section") }
    package var csvDate: String { pick("Tanggal", "Date") }
    package var csvVoucher: String { pick("No. bukti", "Voucher") }
    package var csvDescription: String { pick("Keterangan", "Description") }
    package var csvBalance: String { pick("Saldo", "Balance") }
    package var csvMemberNumber: String { pick("No. anggota", "Member no.") }
    package var csvName: String { pick("Nama", "Name") }
    package var csvPhone: String { pick("Telepon", "Phone") }
    package var csvTotal: String { pick("Jumlah", "Total") }
    package var csvInflow: String { pick("Penerimaan", "Received") }
    package var csvOutflow: String { pick("Pengeluaran", "Paid") }
    package var csvNet: String { pick("Bersih", "Net") }

    // File names, each followed by its date or year.
    package func reportFileName(_ kind: Report.Model.Kind) -> String {
        switch kind {
        case .trialBalance: pick("neraca-saldo", "trial-balance")
        case .balanceSheet: pick("posisi-keuangan", "balance-sheet")
        case .incomeStatement: pick("laporan-hasil-usaha", "income-statement")
        case .equityChanges: pick("perubahan-ekuitas", "equity-changes")
        case .cashFlow: pick("arus-kas", "cash-flow")
        }
    }
    package var statementFileName: String { pick("rekening-koran", "statement") }
    package var savingsArrearsFileName: String { pick("tunggakan-simpanan", "savings-arrears") }
    package var loanPortfolioFileName: String { pick("portofolio-pinjaman", "loan-portfolio") }
    package var loanArrearsFileName: String { pick("tunggakan-pinjaman", "loan-arrears") }
    package var shuFileName: String { pick("shu", "shu") }
    package var meetingReportFileName: String { pick("laporan-rat", "rat-report") }

    // Savings arrears
    package var csvWajibOwed: String { pick("Tunggakan simpanan wajib", "Mandatory savings owed") }
    package var csvMonthsOwed: String { pick("Bulan tertunggak", "Months owed") }
    package var csvOwedSince: String { pick("Sejak", "Since") }
    package var csvPokokOwed: String { pick("Kekurangan simpanan pokok", "Principal savings owed") }

    // Loans
    package var csvCollectibility: String { pick("Kolektibilitas", "Collectibility") }
    package var csvLoans: String { pick("Jumlah pinjaman", "Loans") }
    package var csvOutstanding: String { pick("Sisa pokok", "Outstanding") }
    package var csvAllowance: String { pick("Penyisihan", "Allowance") }
    package var csvLoanNumber: String { pick("No. pinjaman", "Loan no.") }
    package var csvBorrower: String { pick("Peminjam", "Borrower") }
    package var csvDaysLate: String { pick("Hari terlambat", "Days late") }
    package var csvOverdue: String { pick("Tunggakan", "Overdue") }
    package var csvPenalty: String { pick("Denda", "Penalty") }

    // SHU
    package var csvSavings: String { pick("Simpanan", "Savings") }
    package var csvBusiness: String { pick("Transaksi", "Business") }
    package var csvCapitalShare: String { pick("SHU jasa modal", "Capital share") }
    package var csvPatronageShare: String { pick("SHU jasa usaha", "Patronage share") }
    package var csvSHU: String { pick("SHU", "SHU") }
    package var csvPaidTo: String { pick("Dibayarkan", "Paid to") }
}
