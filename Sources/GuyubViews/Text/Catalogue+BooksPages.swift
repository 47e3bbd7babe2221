import GuyubCore

extension Catalogue {
    package func reportSeal(_ seal: String) -> String {
        pick("Segel jejak audit saat dicetak: \(seal)", "Audit seal when printed: \(seal)")
    }
    package var columnAuditSeal: String { pick("Segel jejak audit", "Audit seal") }
    package var auditSealHint: String {
        pick(
            "Segel adalah kepala rantai jejak audit saat bulan ditutup. Simpan cetakannya: guyub verify --anchor membandingkannya dengan basis data.",
            "The seal is the audit chain's head when the month was closed. Keep the printout: guyub verify --anchor compares it with the database."
        )
    }
    // MARK: Books home

    package var booksTitle: String { pick("Pembukuan", "Books") }
    package func asOf(_ date: CivilDate) -> String { pick("Per \(format.date(date))", "As at \(format.date(date))") }
    package func back(to label: String) -> String { "‹ \(label)" }
    package var figureCash: String { pick("Kas", "Cash on hand") }
    package var figureBank: String { pick("Bank", "Bank") }
    package var figureQRIS: String { pick("QRIS belum masuk bank", "QRIS not yet at the bank") }
    package var figureEquitySavings: String { pick("Simpanan pokok dan wajib", "Principal and mandatory savings") }
    package var figureMemberDeposits: String { pick("Simpanan sukarela dan berjangka", "Voluntary savings and term deposits") }
    package var figureSurplus: String { pick("SHU tahun berjalan", "Surplus this year") }
    package var booksBalanced: String {
        pick("Buku seimbang: jumlah debit sama dengan jumlah kredit.", "The books balance: debits equal credits.")
    }
    package var booksUnbalanced: String {
        pick(
            "Buku TIDAK seimbang: jumlah debit tidak sama dengan kredit. Jangan tutup buku; jalankan guyub verify dan hubungi pengurus.",
            "The books do NOT balance: debits differ from credits. Do not close the month; run guyub verify and tell the board.")
    }
    package func monthsChartTitle(_ year: Int) -> String {
        pick("Pendapatan dan beban per bulan, \(year)", "Income and expenses by month, \(year)")
    }
    package var incomeKey: String { pick("Pendapatan", "Income") }
    package var expensesKey: String { pick("Beban", "Expenses") }
    package var negativeAssetsWarning: String {
        pick(
            "Saldo aset ini di bawah nol — kas atau rekening tidak mungkin kurang dari nol. Periksa jurnalnya: ada penerimaan yang belum dicatat atau pengeluaran yang salah akun.",
            "These assets are below zero — no till or account can hold less than nothing. Check their journal: a receipt not recorded, or a payment to the wrong account."
        )
    }
    package func closedThrough(_ date: CivilDate?) -> String {
        guard let date else { return pick("Belum ada bulan yang ditutup.", "No month has been closed yet.") }
        return pick("Buku sudah ditutup sampai \(format.date(date)).", "The books are closed through \(format.date(date)).")
    }
    package var booksPlaces: String { pick("Buku dan laporan", "Books and reports") }
    package var journalTitle: String { pick("Jurnal umum", "Journal") }
    package var journalBlurb: String { pick("Semua transaksi, terbaru di atas.", "Every transaction, newest first.") }
    package var newEntryTitle: String { pick("Jurnal baru", "New journal entry") }
    package var newEntryBlurb: String {
        pick("Catat transaksi di luar simpanan, mis. bayar listrik.", "Record anything but savings, e.g. the electricity bill.")
    }
    package var chartTitle: String { pick("Bagan akun", "Chart of accounts") }
    package var chartBlurb: String { pick("Daftar akun dan saldonya.", "The accounts and their balances.") }
    package var reportsHeading: String { pick("Laporan keuangan", "Financial statements") }
    package var monthEndTitle: String { pick("Tutup buku bulanan", "Month end") }
    package var monthEndBlurb: String {
        pick("Jasa simpanan, akrual berjangka dan tagihan wajib.", "Savings interest, term accruals and mandatory dues.")
    }
    package var arrearsBlurb: String {
        pick("Siapa yang belum membayar wajib atau pokok.", "Who still owes mandatory or principal savings.")
    }
    package var settingsBlurb: String { pick("Jumlah, jasa dan pajak simpanan.", "Savings amounts, rates and tax.") }

    // MARK: Journal

    package func entryCount(_ count: Int) -> String {
        pick("\(format.number(count)) jurnal", "\(format.number(count)) \(count == 1 ? "entry" : "entries")")
    }
    package var noEntries: String { pick("Belum ada jurnal pada periode ini.", "No entries in this period.") }
    package var columnTotal: String { pick("Jumlah", "Amount") }
    /// What kind of business an entry records, from its source.
    package func entrySource(_ source: JournalSource) -> String {
        switch source {
        case .manual: pick("Manual", "Manual")
        case .opening: pick("Saldo awal", "Opening balance")
        case .reversal: pick("Pembalikan", "Reversal")
        case .savingsDeposit: pick("Setoran", "Deposit")
        case .savingsWithdrawal: pick("Penarikan", "Withdrawal")
        case .savingsTransfer: pick("Pindah buku", "Transfer")
        case .savingsExit: pick("Pengembalian simpanan", "Savings refund")
        case .savingsBreak: pick("Pencairan berjangka", "Term deposit broken")
        case .savingsInterest: pick("Jasa simpanan", "Savings interest")
        case .savingsAccrual: pick("Akrual berjangka", "Term accrual")
        case .savingsMaturity: pick("Jatuh tempo", "Maturity")
        case .loanDisbursement: pick("Pencairan pinjaman", "Loan disbursement")
        case .loanRepayment: pick("Angsuran pinjaman", "Loan repayment")
        case .loanWriteOff: pick("Hapus buku pinjaman", "Loan write-off")
        case .loanRecovery: pick("Pemulihan pinjaman", "Loan recovery")
        case .loanAllowance: pick("Penyisihan pinjaman", "Loan-loss allowance")
        case .shuDistribution: pick("Pembagian SHU", "SHU distribution")
        case .shuPayout: pick("Pembayaran SHU", "SHU payout")
        case .yearClose: pick("Tutup tahun buku", "Year-end close")
        case .storeReceipt: pick("Penerimaan barang", "Goods received")
        case .storeSale: pick("Penjualan toko", "Shop sale")
        case .storeAdjustment: pick("Penyesuaian stok", "Stock adjustment")
        case .storeReturn: pick("Retur penjualan", "Sale return")
        case .storeShift: pick("Selisih kas shift", "Shift cash difference")
        case .storeCustomerPayment: pick("Pembayaran piutang toko", "Shop credit paid")
        case .storeQRISSettlement: pick("Pencairan QRIS ke bank", "QRIS settled to the bank")
        case .supplierPayment: pick("Pembayaran ke pemasok", "Payment to a supplier")
        case .consignmentSettlement: pick("Penyelesaian barang titipan", "Consignment settled")
        case .deliveryFee: pick("Ongkos kirim diterima", "Delivery fee collected")
        case .expenseClaim: pick("Penggantian biaya (klaim)", "Expense claim paid")
        case .storageFee: pick("Sewa penyimpanan diterima", "Storage fee collected")
        case .processing: pick("Pengolahan barang", "Goods processed")
        case .voucherIssue: pick("Voucher diterbitkan", "Voucher issued")
        case .grantReceipt: pick("Hibah diterima", "Grant received")
        case .grantSpending: pick("Hibah dibelanjakan", "Grant spent")
        case .borrowingReceipt: pick("Pinjaman bank diterima", "Bank loan received")
        case .borrowingInstalment: pick("Angsuran pinjaman bank", "Bank loan instalment")
        case .equityParticipation: pick("Penyertaan modal", "Equity participation")
        case .voucherCollect: pick("Paket voucher diambil", "Voucher package collected")
        case .voucherExpiry: pick("Voucher kedaluwarsa", "Voucher expired")
        case .voucherVoid: pick("Voucher dibatalkan", "Voucher voided")
        case .storeTransfer: pick("Pemindahan stok antarunit", "Stock moved between units")
        }
    }

    // MARK: One entry

    package func entryTitle(_ number: Int) -> String { pick("Jurnal No. \(number)", "Journal entry no. \(number)") }
    package var sourceLabel: String { pick("Jenis", "Kind") }
    package var columnMemo: String { pick("Keterangan baris", "Line note") }
    package func reversesEntry(_ number: Int) -> String {
        pick("Jurnal ini membalik jurnal No. \(number).", "This entry reverses entry no. \(number).")
    }
    package func reversedByEntry(_ number: Int) -> String {
        pick("Jurnal ini sudah dibalik oleh jurnal No. \(number).", "This entry was reversed by entry no. \(number).")
    }
    package var seeReceipt: String { pick("Lihat bukti", "See the receipt") }
    package var reverseTitle: String { pick("Balik jurnal ini", "Reverse this entry") }
    package var reverseWarning: String {
        pick(
            "Jurnal tidak pernah diubah atau dihapus. Pembalikan mencatat jurnal baru dengan debit dan kredit ditukar; keduanya tetap tercatat. Bila jurnal ini transaksi simpanan, saldo anggota ikut kembali.",
            "Entries are never edited or deleted. A reversal records a new entry with debits and credits swapped; both stay on record. If this is a savings transaction, the member's balance goes back too."
        )
    }
    package var reverseDate: String { pick("Tanggal pembalikan", "Date of the reversal") }
    package var reverseDateHint: String {
        pick("Harus sesudah bulan yang sudah ditutup.", "Must be after the last closed month.")
    }
    package var reverseReason: String { pick("Alasan", "Reason") }
    package var reverseReasonHint: String {
        pick("Ikut tercatat di jurnal pembalik, mis. salah jumlah.", "Goes into the reversing entry, e.g. wrong amount.")
    }
    package var reverseButton: String { pick("Balik jurnal", "Reverse the entry") }

    // MARK: New entry

    package var entryFormLead: String {
        pick(
            "Jumlah debit harus sama dengan jumlah kredit. Setiap baris diisi debit atau kredit saja, tidak keduanya.",
            "Debits must equal credits. Each line has either a debit or a credit, not both.")
    }
    package var entryDescription: String { pick("Keterangan", "Description") }
    package var entryDescriptionHint: String {
        pick("Apa yang terjadi, mis. Bayar listrik kantor November.", "What happened, e.g. Office electricity for November.")
    }
    package func lineLegend(_ index: Int) -> String { pick("Baris \(index + 1)", "Line \(index + 1)") }
    package var chooseAccount: String { pick("— pilih akun —", "— choose an account —") }
    package var lineMemo: String { optionalField(pick("Keterangan baris", "Line note")) }
    package var addLine: String { pick("Tambah baris", "Add a line") }
    package var saveEntry: String { pick("Simpan jurnal", "Save the entry") }
    package var membersSavingsNotHere: String {
        pick(
            "Akun simpanan anggota tidak ada di sini: setoran dan penarikan dicatat lewat kasir.",
            "Members' savings accounts are not offered here: deposits and withdrawals go through the teller.")
    }

    // MARK: Chart of accounts

    package func accountTypePlural(_ type: AccountType) -> String {
        switch type {
        case .asset: pick("Aset", "Assets")
        case .liability: pick("Liabilitas", "Liabilities")
        case .equity: pick("Ekuitas", "Equity")
        case .income: pick("Pendapatan", "Income")
        case .expense: pick("Beban", "Expenses")
        }
    }
    package func accountType(_ type: AccountType) -> String {
        switch type {
        case .asset: pick("Aset", "Asset")
        case .liability: pick("Liabilitas", "Liability")
        case .equity: pick("Ekuitas", "Equity")
        case .income: pick("Pendapatan", "Income")
        case .expense: pick("Beban", "Expense")
        }
    }
    package func segment(_ segment: Segment) -> String {
        switch segment {
        case .member: pick("anggota", "members")
        case .nonMember: pick("non-anggota", "non-members")
        case .none: pick("umum", "general")
        }
    }
    package var chartLead: String {
        pick(
            "Akun mengikuti SAK EP. Akun yang dipakai sistem hanya dapat diganti namanya; akun yang sudah berisi transaksi hanya dapat dinonaktifkan.",
            "The accounts follow SAK EP. Accounts the system posts to can only be renamed; accounts with postings can only be turned off."
        )
    }
    package var inactive: String { pick("Tidak aktif", "Inactive") }
    package var systemAccount: String { pick("Akun sistem", "System account") }
    package var editAccount: String { pick("Ubah", "Change") }
    package var nameIndonesian: String { pick("Nama (Bahasa Indonesia)", "Name (Indonesian)") }
    package var nameEnglish: String { pick("Nama (Inggris)", "Name (English)") }
    package var accountActive: String { pick("Dipakai", "In use") }
    package var activeYes: String { pick("Aktif", "Active") }
    package var activeNo: String { pick("Tidak aktif", "Inactive") }
    package var saveAccount: String { pick("Simpan akun", "Save the account") }
    package var addAccount: String { pick("Tambah akun", "Add an account") }
    package var accountCode: String { pick("Kode akun", "Account code") }
    package var accountCodeHint: String {
        pick(
            "Mis. 5-3200. Angka pertama sesuai jenis: 1 aset, 2 liabilitas, 3 ekuitas, 4 pendapatan, 5 beban.",
            "E.g. 5-3200. The first digit follows the type: 1 assets, 2 liabilities, 3 equity, 4 income, 5 expenses.")
    }
    package var accountTypeLabel: String { pick("Jenis akun", "Type") }
    package var segmentLabel: String { pick("Usaha dengan", "Business with") }
    package var segmentHint: String {
        pick(
            "Untuk pendapatan dan beban: laporan hasil usaha memisahkan usaha dengan anggota dan non-anggota.",
            "For income and expenses: the income statement keeps business with members and non-members apart.")
    }
    package var noAccountsOfType: String { pick("Belum ada akun.", "No accounts yet.") }

    // MARK: Month end

    package var monthEndLead: String {
        pick(
            "Tutup buku menghitung jasa simpanan sukarela dan pajaknya, mencatat akrual simpanan berjangka, memindahkan yang jatuh tempo ke sukarela, dan menagih simpanan wajib.",
            "Closing a month works out the interest on voluntary savings and its tax, accrues term deposits, moves matured ones to voluntary savings, and bills mandatory savings."
        )
    }
    package func nextToClose(_ month: YearMonth) -> String {
        pick("Bulan berikutnya untuk ditutup: \(monthName(month))", "Next month to close: \(monthName(month))")
    }
    package func monthNotOver(_ month: YearMonth) -> String {
        pick(
            "Bulan ini belum berakhir. \(monthName(month)) dapat ditutup mulai \(format.date(month.next.first)).",
            "This month is not over yet. \(monthName(month)) can be closed from \(format.date(month.next.first)).")
    }
    package var planHeading: String { pick("Yang akan dicatat", "What closing will post") }
    package var planInterest: String { pick("Jasa simpanan sukarela", "Interest on voluntary savings") }
    package var planTax: String { pick("Pajak dipotong", "Tax withheld") }
    package var planAccrued: String { pick("Akrual jasa simpanan berjangka", "Term deposit interest accrued") }
    package var planMaturities: String { pick("Simpanan berjangka jatuh tempo", "Term deposits maturing") }
    package var planDues: String { pick("Tagihan simpanan wajib", "Mandatory savings bills") }
    package func accountsCount(_ count: Int) -> String {
        pick("\(format.number(count)) rekening", "\(format.number(count)) \(count == 1 ? "account" : "accounts")")
    }
    package func membersCount(_ count: Int) -> String {
        pick("\(format.number(count)) anggota", "\(format.number(count)) \(count == 1 ? "member" : "members")")
    }
    package func closeWarning(_ month: YearMonth) -> String {
        pick(
            "Setelah ditutup, jurnal bertanggal \(monthName(month)) atau sebelumnya ditolak; kesalahan diperbaiki dengan jurnal pembalik di bulan berikutnya.",
            "Once closed, entries dated in \(monthName(month)) or earlier are refused; mistakes are corrected by reversing entries in a later month."
        )
    }
    package func confirmClose(_ month: YearMonth) -> String {
        pick(
            "Saya sudah memeriksa transaksi \(monthName(month)) dan mengerti bahwa bulan ini tidak dapat diubah lagi.",
            "I have checked the transactions of \(monthName(month)) and understand that the month cannot be changed afterwards.")
    }
    package func closeButton(_ month: YearMonth) -> String {
        pick("Tutup buku \(monthName(month))", "Close \(monthName(month))")
    }
    package var closingsHeading: String { pick("Riwayat tutup buku", "Months closed") }
    package var noClosings: String { pick("Belum ada bulan yang ditutup.", "No month has been closed yet.") }
    package var columnMonth: String { pick("Bulan", "Month") }
    package var columnClosedAt: String { pick("Ditutup pada", "Closed at") }
    package var columnClosedBy: String { pick("Oleh", "By") }
}
