import GuyubCore

extension Catalogue {
    // MARK: The counter (kasir)

    package var tellerTitle: String { pick("Kasir", "Teller") }
    package var tellerLead: String {
        pick(
            "Cari anggota, lalu catat setoran, penarikan atau pindah buku. Setiap transaksi langsung masuk jurnal dan ada buktinya.",
            "Find a member, then record a deposit, a withdrawal or a transfer. Each goes straight into the journal, with a receipt."
        )
    }
    package var findMemberLabel: String {
        pick("Cari anggota: nama, no. anggota, NIK atau nomor HP", "Find a member: name, member number, NIK or phone")
    }
    package var findMemberFirst: String {
        pick(
            "Cari anggota yang datang ke kasir untuk melihat saldonya dan mencatat transaksi.",
            "Find the member at the counter to see their balances and record a transaction.")
    }
    package func noMemberFound(_ query: String) -> String {
        pick(
            "Tidak ada anggota yang cocok dengan “\(query)”. Coba nomor anggota atau nomor HP.",
            "No member matches “\(query)”. Try the member number or the phone number.")
    }
    package var openMemberRecord: String { pick("Lihat data anggota", "Open the member's record") }
    package var noAccountsYet: String { pick("Belum ada rekening simpanan.", "No savings accounts yet.") }
    package func notTransacting(_ status: MemberStatus) -> String {
        pick(
            "Status \(self.status(status).lowercased()): tidak ada setoran atau penarikan untuk anggota ini di kasir.",
            "Status \(self.status(status).lowercased()): no deposits or withdrawals for this member at the counter.")
    }

    // Deposit
    package var depositTitle: String { pick("Setoran", "Deposit") }
    package var savingsKindLabel: String { pick("Jenis simpanan", "Kind of savings") }
    package var amountLabel: String { pick("Jumlah (Rp)", "Amount (Rp)") }
    package var loansAtCounter: String { pick("Pinjaman berjalan", "Loans running") }
    package var confirmTransferTitle: String { pick("Periksa pemindahan", "Check the transfer") }
    package func confirmTransfer(amount: Int64, from: String, fromNumber: Int, to: String, toNumber: Int) -> String {
        pick(
            "Pindahkan \(format.money(minorUnits: amount)) dari simpanan sukarela \(from) (No. \(fromNumber)) ke \(to) (No. \(toNumber))?",
            "Move \(format.money(minorUnits: amount)) of voluntary savings from \(from) (no. \(fromNumber)) to \(to) (no. \(toNumber))?"
        )
    }
    package var checkRecipient: String { pick("Periksa penerima", "Check the recipient") }
    package var amountHint: String { pick("Mis. 250.000 atau Rp 250.000", "E.g. 250000 or Rp 250.000") }
    package var channelLabel: String { pick("Cara bayar", "Paid by") }
    package var termLabel: String { pick("Jangka waktu", "Term") }
    package var termHint: String {
        pick(
            "Hanya untuk simpanan berjangka. Jasanya mengikuti jangka waktu yang dipilih.",
            "Only for a term deposit. Its rate follows the term chosen.")
    }
    package var chooseTerm: String { pick("— pilih untuk berjangka —", "— choose for a term deposit —") }
    /// "3 bulan — 4,5%".
    package func termOption(months: Int, rate: Int) -> String {
        "\(monthsCount(months)) — \(format.percent(basisPoints: rate))"
    }
    package var noteLabel: String { optionalField(pick("Catatan", "Note")) }
    package var noteHint: String {
        pick(
            "Ikut tercatat di jurnal dan bukti, mis. dititipkan lewat suami.",
            "Goes into the journal and onto the receipt, e.g. brought in by her husband.")
    }
    package var recordDeposit: String { pick("Simpan setoran", "Record the deposit") }
    package func pokokMakesMember(_ amount: Int64) -> String {
        pick(
            "Calon anggota ini menjadi anggota setelah membayar simpanan pokok \(format.money(minorUnits: amount)).",
            "This applicant becomes a member once they pay the principal savings of \(format.money(minorUnits: amount)).")
    }

    // Withdrawal
    package var withdrawalTitle: String { pick("Penarikan sukarela", "Withdrawal from voluntary savings") }
    package func voluntaryBalance(_ amount: Int64) -> String {
        pick(
            "Saldo sukarela \(format.money(minorUnits: amount)); saldo minimum harus tetap tersisa.",
            "Voluntary savings balance \(format.money(minorUnits: amount)); the minimum balance must remain.")
    }
    package var recordWithdrawal: String { pick("Bayar penarikan", "Pay out the withdrawal") }

    // Transfer
    package var transferTitle: String { pick("Pindah buku ke anggota lain", "Transfer to another member") }
    package var transferLead: String {
        pick(
            "Dari simpanan sukarela anggota ini ke simpanan sukarela anggota lain, tanpa uang tunai.",
            "From this member's voluntary savings into another member's, without cash.")
    }
    package var recipientNumber: String { pick("No. anggota penerima", "Recipient's member number") }
    package var recipientHint: String { pick("Nomor anggota, mis. 17", "Their member number, e.g. 17") }
    package var recordTransfer: String { pick("Pindah buku", "Transfer") }

    // Breaking a term deposit
    package var breakTitle: String { pick("Pencairan sebelum jatuh tempo", "Breaking before maturity") }
    package var breakWarning: String {
        pick(
            "Pencairan sebelum jatuh tempo dikenai penalti dari pokok simpanan sesuai pengaturan koperasi. Sisanya dibayarkan kepada anggota.",
            "Breaking a term deposit before it matures costs a penalty on its principal, as the cooperative's settings say. The rest is paid to the member."
        )
    }
    package var paidOutBy: String { pick("Dibayarkan dengan", "Paid out by") }
    package var breakNow: String { pick("Cairkan sekarang", "Break it now") }

    // MARK: Receipt (bukti)

    package func receiptTitle(_ kind: Receipt.Model.Kind) -> String {
        switch kind {
        case .deposit: pick("Bukti setoran", "Deposit receipt")
        case .withdrawal: pick("Bukti penarikan", "Withdrawal receipt")
        case .transfer: pick("Bukti pindah buku", "Transfer receipt")
        case .exit: pick("Bukti pengembalian simpanan", "Savings refund receipt")
        case .repayment: pick("Bukti pembayaran angsuran", "Instalment receipt")
        case .reversal: pick("Bukti pembalikan", "Reversal voucher")
        case .entry: pick("Bukti jurnal", "Journal voucher")
        }
    }
    package func receiptNumber(_ number: Int) -> String { pick("No. \(number)", "No. \(number)") }
    package var receiptDate: String { pick("Tanggal", "Date") }
    package var recordedAtLabel: String { pick("Dicatat pada", "Recorded at") }
    package var recordedByLabel: String { pick("Dicatat oleh", "Recorded by") }
    package var descriptionLabel: String { pick("Keterangan", "Description") }
    package var paidByLabel: String { pick("Cara bayar", "Paid by") }
    package var balanceAfter: String { pick("Saldo setelah transaksi", "Balance after") }
    package var amountIn: String { pick("Masuk", "In") }
    package var amountOut: String { pick("Keluar", "Out") }
    package var totalLabel: String { pick("Jumlah", "Amount") }
    /// The label of a table's totals row.
    package var totalsRow: String { pick("Jumlah", "Total") }
    package var inWords: String { pick("Terbilang", "In words") }
    package var receiptReversed: String {
        pick(
            "Transaksi ini sudah dibatalkan dengan jurnal pembalik; saldonya sudah dikembalikan.",
            "This transaction was cancelled by a reversing entry; the balances were restored.")
    }
    package var seeReversal: String { pick("Lihat jurnal pembalik", "See the reversing entry") }
    package var booksLines: String { pick("Ayat jurnal", "Journal lines") }
    package var columnAccount: String { pick("Akun", "Account") }
    package var columnDebit: String { pick("Debit", "Debit") }
    package var columnCredit: String { pick("Kredit", "Credit") }
    package var printReceipt: String { pick("Cetak bukti", "Print the receipt") }
    package var backToTeller: String { pick("Kembali ke kasir", "Back to the teller") }
    package var toMemberRecord: String { pick("Data anggota", "Member's record") }
    package var seeJournalEntry: String { pick("Lihat jurnal", "See the journal entry") }
    /// Who signs the paper copy: the one who brought or took the money, and the teller.
    package func signatory(_ kind: Receipt.Model.Kind) -> String {
        switch kind {
        case .deposit, .repayment: pick("Penyetor", "Depositor")
        case .withdrawal, .exit: pick("Penerima", "Recipient")
        case .transfer: pick("Anggota", "Member")
        case .reversal, .entry: pick("Diperiksa", "Checked by")
        }
    }
    package var tellerSignature: String { pick("Kasir", "Teller") }
    package var printSlip: String { pick("Cetak struk 58 mm", "Print a 58 mm slip") }
    package var backToReceipt: String { pick("Kembali ke bukti", "Back to the receipt") }
    package var slipThanks: String {
        pick("Simpan struk ini sebagai bukti. Terima kasih.", "Keep this slip as your proof. Thank you.")
    }

    // Instalment receipt
    package func instalmentsPaid(_ paid: InstalmentsPaid, of scheduled: Int) -> String {
        if !paid.settlesAny {
            return pick(
                "Sebagian angsuran ke-\(paid.first) dari \(scheduled)", "Part of instalment \(paid.first) of \(scheduled)")
        }
        if paid.first == paid.last {
            return pick("Angsuran ke-\(paid.first) dari \(scheduled)", "Instalment \(paid.first) of \(scheduled)")
        }
        return pick(
            "Angsuran ke-\(paid.first) sampai ke-\(paid.last) dari \(scheduled)",
            "Instalments \(paid.first) to \(paid.last) of \(scheduled)")
    }
    package func loanOf(_ number: Int, borrower: String) -> String {
        pick("Pinjaman No. \(number) · \(borrower)", "Loan no. \(number) · \(borrower)")
    }
    package var instalmentLabel: String { pick("Angsuran", "Instalment") }
    package var principalPart: String { pick("Pokok", "Principal") }
    package var interestPart: String { pick("Jasa", "Interest") }
    package var penaltyPart: String { pick("Denda", "Penalty") }
    package var outstandingAfter: String { pick("Sisa pokok pinjaman", "Principal still owed") }
}
