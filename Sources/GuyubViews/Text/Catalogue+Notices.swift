import GuyubCore

extension Catalogue {
    /// The notice shown after an action, from the code the action left (`code` or `code:count`).
    package func notice(code: String) -> Notice? {
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        let count = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        return switch parts.first ?? code {
        case "member_registered": Notice(.success, pick("Calon anggota terdaftar.", "Applicant registered."))
        case "member_updated": Notice(.success, pick("Data anggota disimpan.", "Member's details saved."))
        case "member_status_changed": Notice(.success, pick("Status anggota diubah.", "Member's status changed."))
        case "user_created": Notice(.success, pick("Pengguna ditambahkan.", "User added."))
        case "signed_out": Notice(.success, pick("Anda telah keluar.", "You have signed out."))
        case "dues_billed":
            Notice(
                .success,
                pick("Wajib ditagihkan kepada \(count) anggota.", "Mandatory savings billed to \(english(count, "member"))."))
        case "settings_saved": Notice(.success, pick("Pengaturan simpanan disimpan.", "Savings settings saved."))
        case "entry_posted": Notice(.success, pick("Jurnal diposting.", "Entry posted."))
        case "entry_reversed": Notice(.success, pick("Jurnal dibalik.", "Entry reversed."))
        case "sale_returned": Notice(.success, pick("Retur dicatat.", "Return recorded."))
        case "shift_opened": Notice(.success, pick("Shift dibuka.", "Shift opened."))
        case "shift_closed": Notice(.success, pick("Shift ditutup.", "Shift closed."))
        case "customer_paid": Notice(.success, pick("Pembayaran diterima.", "Payment received."))
        case "supplier_added": Notice(.success, pick("Pemasok ditambahkan.", "Supplier added."))
        case "supplier_paid": Notice(.success, pick("Pembayaran ke pemasok dicatat.", "Payment to the supplier recorded."))
        case "order_placed": Notice(.success, pick("Pesanan dibuat.", "Order placed."))
        case "order_approve": Notice(.success, pick("Pesanan disetujui.", "Order approved."))
        case "order_receive": Notice(.success, pick("Barang diterima dan masuk stok.", "Goods received into stock."))
        case "order_close": Notice(.success, pick("Pesanan ditutup.", "Order closed."))
        case "order_cancel": Notice(.success, pick("Pesanan dibatalkan.", "Order cancelled."))
        case "produce_taken": Notice(.success, pick("Hasil panen diterima dan dibayar.", "Harvest taken in and paid."))
        case "consignment_consign": Notice(.success, pick("Barang dijadikan titipan.", "Product now sold on consignment."))
        case "consignment_move": Notice(.success, pick("Barang titipan dicatat.", "Consignment goods recorded."))
        case "consignment_settle":
            Notice(
                .success,
                pick("Penjualan titipan diselesaikan: masuk utang ke pemasok.", "Consignment settled: now owed to the supplier."))
        case "storage_in": Notice(.success, pick("Barang masuk penyimpanan.", "Goods stored."))
        case "storage_out": Notice(.success, pick("Barang keluar; sewa dibayar tunai.", "Goods out; the fee paid in cash."))
        case "processed":
            Notice(
                .success,
                pick("Pengolahan dicatat; harga pokok hasilnya diperbarui.", "Processing recorded; the output's cost updated."))
        case "invoice_recorded": Notice(.success, pick("Faktur pemasok dicatat.", "Supplier's invoice recorded."))
        case "price_saved": Notice(.success, pick("Harga pemasok disimpan.", "Supplier's price saved."))
        case "claim_submitted": Notice(.success, pick("Klaim diajukan.", "Claim submitted."))
        case "claim_approve": Notice(.success, pick("Klaim disetujui.", "Claim approved."))
        case "claim_reject": Notice(.success, pick("Klaim ditolak.", "Claim rejected."))
        case "claim_pay": Notice(.success, pick("Klaim dibayar.", "Claim paid."))
        case "delivery_planned": Notice(.success, pick("Pengiriman direncanakan.", "Delivery planned."))
        case "idea_proposed": Notice(.success, pick("Ide terkirim. Terima kasih!", "Idea sent. Thank you!"))
        case "idea_supported": Notice(.success, pick("Dukungan Anda tercatat.", "Your support is counted."))
        case "idea_commented": Notice(.success, pick("Komentar terkirim.", "Comment sent."))
        case "idea_answered": Notice(.success, pick("Jawaban disimpan.", "Answer saved."))
        case "idea_hidden": Notice(.success, pick("Ide disembunyikan.", "Idea hidden."))
        case "idea_moved": Notice(.success, pick("Status ide diubah.", "Idea moved on."))
        case "consultation_planned": Notice(.success, pick("Pertemuan dijadwalkan.", "Session planned."))
        case "guest_invited": Notice(.success, pick("Tamu diundang.", "Guest invited."))
        case "attendance_saved": Notice(.success, pick("Kehadiran disimpan.", "Attendance saved."))
        case "input_recorded": Notice(.success, pick("Masukan dicatat sebagai ide.", "View recorded as an idea."))
        case "consultation_held": Notice(.success, pick("Pertemuan ditutup sebagai terlaksana.", "Session closed as held."))
        case "consultation_cancelled": Notice(.success, pick("Pertemuan dibatalkan.", "Session cancelled."))
        case "partner_added": Notice(.success, pick("Mitra ditambahkan.", "Partner added."))
        case "agreement_drafted": Notice(.success, pick("Kerja sama dibuat sebagai draf.", "Agreement drafted."))
        case "agreement_moved": Notice(.success, pick("Status kerja sama diubah.", "Agreement moved on."))
        case "agreement_reviewed": Notice(.success, pick("Tinjauan dicatat.", "Review recorded."))
        case "matrix_saved": Notice(.success, pick("Pembagian peran disimpan.", "Who does what saved."))
        case "commitment_added": Notice(.success, pick("Komitmen dicatat.", "Commitment added."))
        case "commitment_delivered": Notice(.success, pick("Komitmen tercatat sudah dipenuhi.", "Commitment marked delivered."))
        case "grant_recorded": Notice(.success, pick("Hibah dicatat di pembukuan.", "Grant recorded in the books."))
        case "loan_recorded":
            Notice(.success, pick("Pinjaman dicatat; jadwal angsurannya siap.", "Loan recorded; its schedule is ready."))
        case "instalment_paid": Notice(.success, pick("Angsuran dibayar dan dibukukan.", "Instalment paid and booked."))
        case "equity_recorded": Notice(.success, pick("Penyertaan dicatat di pembukuan.", "Equity recorded in the books."))
        case "indicator_added": Notice(.success, pick("Indikator manfaat ditambahkan.", "Indicator added."))
        case "indicator_saved": Notice(.success, pick("Capaian disimpan.", "Actual figure saved."))
        case "document_kept": Notice(.success, pick("Dokumen disimpan.", "Document kept."))
        case "risk_owned": Notice(.success, pick("Penanggung jawab risiko dicatat.", "Risk owner recorded."))
        case "consumer_added": Notice(.success, pick("Konsumen terdaftar.", "Consumer signed up."))
        case "referral_rules_saved": Notice(.success, pick("Aturan hadiah disimpan.", "Referral rules saved."))
        case "membership_applied":
            Notice(
                .success,
                pick("Pendaftaran anggota terkirim. Pengurus akan memutuskan.", "Application sent. The board will decide."))
        case "delivery_depart":
            Notice(.success, pick("Selamat jalan. Status: dalam perjalanan.", "Safe trip. Status: on the way."))
        case "delivery_deliver": Notice(.success, pick("Pengiriman terkonfirmasi.", "Delivery confirmed."))
        case "delivery_fail": Notice(.success, pick("Pengiriman dicatat gagal.", "Delivery recorded as failed."))
        case "counts_saved": Notice(.success, pick("Hitungan disimpan.", "Counts saved."))
        case "stock_take_approved":
            Notice(.success, pick("Stok opname disetujui; selisih dibukukan.", "Stock take approved; differences posted."))
        case "units_made": Notice(.success, pick("Unit Koperasi Desa dibuat.", "The village-cooperative units were made."))
        case "ceiling_saved": Notice(.success, pick("HET disimpan.", "The price ceiling was saved."))
        case "product_saved": Notice(.success, pick("Barang disimpan.", "The product was saved."))
        case "goods_received": Notice(.success, pick("Barang diterima dan masuk stok.", "The goods were received into stock."))
        case "stock_moved": Notice(.success, pick("Barang dipindahkan.", "The goods were moved."))
        case "stock_adjusted": Notice(.success, pick("Koreksi stok dicatat.", "The stock was put right."))
        case "unit_saved": Notice(.success, pick("Unit usaha disimpan.", "The business unit was saved."))
        case "qris_settled": Notice(.success, pick("Pencairan QRIS dicatat.", "QRIS credit recorded."))
        case "account_saved": Notice(.success, pick("Akun disimpan.", "Account saved."))
        case "month_closed": Notice(.success, pick("Bulan ditutup.", "Month closed."))
        case "loan_applied": Notice(.success, pick("Permohonan pinjaman disimpan.", "Loan application saved."))
        case "loan_review": Notice(.success, pick("Tinjauan dicatat.", "Review recorded."))
        case "loan_approve": Notice(.success, pick("Pinjaman disetujui.", "Loan approved."))
        case "loan_reject": Notice(.success, pick("Permohonan ditolak.", "Application rejected."))
        case "loan_disburse": Notice(.success, pick("Pinjaman dicairkan.", "Loan disbursed."))
        case "loan_repaid": Notice(.success, pick("Angsuran diterima.", "Repayment taken."))
        case "loan_restructure":
            Notice(
                .success,
                pick(
                    "Jadwal baru berlaku; jadwal lama tetap tersimpan.",
                    "The new schedule applies; the old one is kept."))
        case "loan_write-off": Notice(.success, pick("Pinjaman dihapusbukukan.", "Loan written off."))
        case "loan_recover": Notice(.success, pick("Penerimaan dicatat.", "Recovery recorded."))
        case "loan_product_saved": Notice(.success, pick("Produk pinjaman disimpan.", "Loan product saved."))
        case "loan_rules_saved": Notice(.success, pick("Aturan kolektibilitas disimpan.", "Collectibility rules saved."))
        case "loan_day_closed": Notice(.success, pick("Hari pinjaman ditutup.", "The loans' day is closed."))
        case "meeting_rules_saved": Notice(.success, pick("Aturan rapat disimpan.", "Meeting rules saved."))
        case "meeting_created": Notice(.success, pick("Rapat dibuat sebagai draf.", "Meeting created as a draft."))
        case "meeting_notice": Notice(.success, pick("Undangan dicatat terkirim.", "Notice recorded as sent."))
        case "meeting_start": Notice(.success, pick("Rapat dibuka.", "The meeting is open."))
        case "meeting_close": Notice(.success, pick("Rapat ditutup.", "The meeting is closed."))
        case "meeting_check-in": Notice(.success, pick("Kehadiran dicatat.", "Attendance recorded."))
        case "meeting_resolutions": Notice(.success, pick("Usul keputusan ditambahkan.", "Motion added."))
        case "meeting_delegates": Notice(.success, pick("Delegasi disimpan.", "Delegates saved."))
        case "meeting_details":
            Notice(.success, pick("Waktu dan tempat rapat disimpan.", "The meeting's time and place are saved."))
        case "meeting_agenda": Notice(.success, pick("Acara rapat disimpan.", "Agenda saved."))
        case "meeting_minutes": Notice(.success, pick("Notulen disimpan.", "Minutes saved."))
        case "resolution_open": Notice(.success, pick("Pemungutan suara dibuka.", "Voting is open."))
        case "resolution_close":
            Notice(.success, pick("Pemungutan suara ditutup; hasilnya diumumkan.", "Voting closed; the totals are out."))
        case "resolution_vote":
            if parts.count == 2, let choice = VoteChoice(rawValue: parts[1]) {
                Notice(.success, pick("Suara tercatat: \(voteChoice(choice)).", "Vote recorded: \(voteChoice(choice))."))
            } else {
                Notice(.success, pick("Suara dicatat.", "Vote recorded."))
            }
        default: shuNotice(parts.first ?? code).map { Notice(.success, $0) }
        }
    }
}
