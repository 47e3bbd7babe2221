import GuyubCore

/// The words of the partnership pages.
extension Catalogue {
    package var partnershipsTitle: String { pick("Kemitraan", "Partnerships") }
    package var partnershipsLead: String {
        pick(
            "Semua mitra dan kerja sama di satu tempat: siapa mengerjakan apa sampai kapan, apa yang dijanjikan dan "
                + "dipenuhi tiap pihak, dan peringatan dini bila kerja sama mulai melenceng.",
            "Every partner and agreement in one place: who does what by when, what each side committed and "
                + "delivered, and an early warning when an agreement drifts.")
    }
    package var partnerOwnLead: String {
        pick(
            "Kerja sama lembaga Anda dengan koperasi. Catat di sini apa yang sudah dipenuhi pihak Anda.",
            "Your organisation's agreements with the cooperative. Record here what your side has delivered.")
    }
    package var agreementsTitle: String { pick("Kerja sama", "Agreements") }
    package var noAgreementsYet: String { pick("Belum ada kerja sama.", "No agreements yet.") }
    package var riskBoardTitle: String { pick("Papan risiko", "Risk board") }
    package var noRisks: String { pick("Tidak ada risiko yang terbuka.", "No open risks.") }
    package var openAgreement: String { pick("Lihat kerja sama", "Open the agreement") }
    package var takeRisk: String { pick("Tangani", "Take it on") }
    package var partnersTitle: String { pick("Mitra", "Partners") }
    package var noPartnersYet: String { pick("Belum ada mitra.", "No partners yet.") }
    package var addPartner: String { pick("Tambah mitra", "Add a partner") }
    package var draftAgreement: String { pick("Buat kerja sama", "Draft an agreement") }
    package var matrixTitle: String { pick("Pembagian peran", "Who does what") }
    package var matrixLead: String {
        pick(
            "R: mengerjakan · A: bertanggung gugat (tepat satu tiap tugas) · C: diajak bicara · I: diberi tahu.",
            "R: responsible · A: accountable (exactly one a task) · C: consulted · I: informed.")
    }
    package var noTasksYet: String { pick("Belum ada pembagian peran.", "No tasks shared out yet.") }
    package var saveMatrix: String { pick("Simpan pembagian peran", "Save who does what") }
    package var commitmentsTitle: String { pick("Komitmen", "Commitments") }
    package var noCommitmentsYet: String { pick("Belum ada komitmen.", "No commitments yet.") }
    package var markDelivered: String { pick("Tandai sudah dipenuhi", "Mark delivered") }
    package var addCommitment: String { pick("Tambah komitmen", "Add a commitment") }
    package var reviewsTitle: String { pick("Tinjauan", "Reviews") }
    package var noReviewsYet: String { pick("Belum pernah ditinjau.", "Not reviewed yet.") }
    package var recordReview: String { pick("Catat tinjauan", "Record a review") }
    package var goalsApart: String { pick("Tujuan kedua pihak tidak lagi sejalan.", "The two sides' goals have drifted apart.") }
    package var goalsApartLabel: String { pick("Tujuan kedua pihak tidak lagi sejalan", "The goals have drifted apart") }

    package var grantTitle: String { pick("Hibah", "Grant") }
    package var grantReceived: String { pick("Diterima", "Received") }
    package var grantSpent: String { pick("Dibelanjakan sesuai keperluan", "Spent on its purpose") }
    package var grantLeft: String { pick("Sisa", "Left") }
    package var receiveGrant: String { pick("Catat hibah diterima", "Record grant received") }
    package var spendGrant: String { pick("Catat belanja dari hibah", "Record grant spending") }
    package func grantChannel(_ channel: String) -> String { channel == "cash" ? pick("Kas", "Cash") : pick("Bank", "Bank") }

    package func keptOnTime(partner: Int?, cooperative: Int?) -> String {
        func rate(_ value: Int?) -> String { value.map { "\($0)%" } ?? "—" }
        return pick(
            "Janji ditepati tepat waktu: mitra \(rate(partner)), koperasi \(rate(cooperative))",
            "Commitments kept on time: partner \(rate(partner)), cooperative \(rate(cooperative))")
    }

    package func riskHandledBy(_ owner: String) -> String { pick("Ditangani: \(owner)", "Handled by \(owner)") }
    package func dueOn(_ date: String) -> String { pick("tenggat \(date)", "due \(date)") }
    package func deliveredOn(_ date: String) -> String { pick("Dipenuhi \(date)", "Delivered \(date)") }
    package func deliveredOfCommitted(_ delivered: Int, _ committed: Int) -> String {
        pick("\(delivered) dari \(committed) komitmen dipenuhi", "\(delivered) of \(committed) commitments delivered")
    }

    package func riskKind(_ kind: PartnershipRiskKind) -> String {
        switch kind {
        case .dependence: pick("Ketergantungan", "Dependence")
        case .overdueCommitment: pick("Komitmen terlambat", "Overdue commitment")
        case .reviewDue: pick("Perlu ditinjau", "Review due")
        case .goalDivergence: pick("Tujuan melenceng", "Goals apart")
        case .ending: pick("Segera berakhir", "Ending soon")
        case .instalmentDue: pick("Angsuran pinjaman", "Loan instalment")
        }
    }

    package func partnershipAction(_ action: PartnershipAction) -> String {
        switch action {
        case .activate: pick("Mulai berjalan", "Start it")
        case .review: pick("Tinjau", "Review")
        case .end: pick("Akhiri kerja sama", "End the agreement")
        }
    }

    package func responsibility(_ r: Responsibility) -> String {
        switch r {
        case .responsible: pick("R — mengerjakan", "R — responsible")
        case .accountable: pick("A — bertanggung gugat", "A — accountable")
        case .consulted: pick("C — diajak bicara", "C — consulted")
        case .informed: pick("I — diberi tahu", "I — informed")
        }
    }

    package func commitmentState(_ status: CommitmentStatus, overdue: Bool) -> String {
        if overdue { return pick("Terlambat", "Overdue") }
        return switch status {
        case .open: pick("Belum dipenuhi", "Open")
        case .delivered: pick("Dipenuhi", "Delivered")
        case .waived: pick("Dibebaskan", "Waived")
        }
    }

    package func reviewDecision(_ decision: ReviewDecision) -> String {
        switch decision {
        case .continue: pick("Lanjut", "Continue")
        case .amend: pick("Lanjut dengan perubahan", "Amend")
        case .end: pick("Akhiri", "End")
        }
    }
}

/// The words of an agreement's loan, equity, benefits and documents.
extension Catalogue {
    package var bankLoanTitle: String { pick("Pinjaman dari bank mitra", "Loan from the partner bank") }
    package var bankLoanLead: String {
        pick(
            "Catat pinjaman saat dananya diterima. Jadwal angsuran dihitung mesin pinjaman Guyub; angsuran jatuh tempo "
                + "setiap bulan pada tanggal angsuran pertama.",
            "Record the loan when its money arrives. Guyub's loan engine draws the schedule; instalments fall due "
                + "monthly on the first one's day.")
    }
    package var receiveLoan: String { pick("Catat pinjaman diterima", "Record loan received") }
    package var noLoanYet: String { pick("Belum ada pinjaman yang diterima.", "No loan received yet.") }
    package var loanTermsLabel: String { pick("Ketentuan", "Terms") }
    package func bankLoanTerms(rate: String, periods: Int, grace: Int, method: String) -> String {
        pick(
            "\(rate)% per tahun, \(periods) bulan" + (grace > 0 ? ", masa tenggang \(grace) bulan" : "")
                + ", \(method.lowercased())",
            "\(rate)% a year, \(periods) months" + (grace > 0 ? ", \(grace) months' grace" : "") + ", \(method.lowercased())")
    }
    package var loanOwedLabel: String { pick("Sisa pokok", "Principal owed") }
    package var nextInstalmentLabel: String { pick("Angsuran berikutnya", "Next instalment") }
    package func instalmentDue(_ number: Int, _ amount: String, _ due: String) -> String {
        pick("Ke-\(number): \(amount), jatuh tempo \(due)", "No. \(number): \(amount), due \(due)")
    }
    package var loanRepaidNote: String { pick("Lunas", "Repaid") }
    package func payInstalment(_ number: Int, _ amount: String) -> String {
        pick("Bayar angsuran ke-\(number) (\(amount))", "Pay instalment \(number) (\(amount))")
    }
    package func loanScheduleTitle(_ periods: Int) -> String {
        pick("Jadwal angsuran (\(periods) bulan)", "Schedule (\(periods) months)")
    }
    package var instalmentNumber: String { pick("Ke-", "No.") }
    package var interestColumn: String { pick("Bunga", "Interest") }
    package var paymentColumn: String { pick("Angsuran", "Instalment") }
    package var balanceColumn: String { pick("Sisa pokok", "Owed after") }
    package var paidOnColumn: String { pick("Dibayar", "Paid") }
    package var noEquityYet: String { pick("Belum ada penyertaan yang dicatat.", "No equity recorded yet.") }
    package var recordEquity: String { pick("Catat penyertaan", "Record equity") }

    package var benefitsTitle: String { pick("Manfaat", "Benefits") }
    package var benefitsLead: String {
        pick(
            "Setiap indikator punya target. Capaian diukur dari pembukuan, toko dan komitmen; yang tidak tercatat di mana pun diketik.",
            "Each indicator has a target. Actual figures come from the books, the shop and the commitments; what no record holds is typed."
        )
    }
    package func benefitsAtReview(_ list: String) -> String {
        pick("Manfaat saat ditinjau: \(list)", "Benefits at the review: \(list)")
    }
    package var noIndicatorsYet: String { pick("Belum ada indikator manfaat.", "No benefit indicators yet.") }
    package var addIndicator: String { pick("Tambah indikator", "Add indicator") }
    package var saveActual: String { pick("Simpan capaian", "Save actual") }
    package var indicatorTargetHint: String {
        pick("Rupiah untuk uang, jumlah untuk yang lain.", "Rupiah for money, a count otherwise.")
    }
    package var indicatorUnitHint: String {
        pick("Untuk angka yang diketik: jam, produk, kebijakan…", "For a typed figure: hours, products, policies…")
    }
    package func benefitReached(_ actual: String, _ target: String, _ percent: Int) -> String {
        pick("\(actual) dari target \(target) (\(percent)%)", "\(actual) of a target of \(target) (\(percent)%)")
    }
    package func indicatorMeasure(_ measure: IndicatorMeasure) -> String {
        switch measure {
        case .entered: pick("diketik", "typed")
        case .grantReceived: pick("hibah diterima", "grant received")
        case .loanReceived: pick("pinjaman diterima", "loan received")
        case .loanRepaid: pick("pokok pinjaman dibayar", "loan principal repaid")
        case .programmeSales: pick("penjualan barang program mitra", "sales of the partner's programme goods")
        case .commitmentsDelivered: pick("komitmen terpenuhi (sesi, kunjungan)", "commitments delivered (sessions, visits)")
        }
    }

    package var evidenceFileLabel: String { pick("Foto atau PDF bukti (boleh kosong)", "Photo or PDF as evidence (optional)") }
    package var evidenceFileLink: String { pick("Lihat berkas bukti", "See the evidence file") }
    package var quarterColumn: String { pick("Triwulan", "Quarter") }
    package var trackRecordCaption: String {
        pick(
            "Rekam jejak: komitmen dipenuhi tepat waktu dari yang jatuh tempo",
            "Track record: commitments kept on time of those due")
    }
    package func keptOfDue(_ kept: Int, _ due: Int) -> String { pick("\(kept) dari \(due)", "\(kept) of \(due)") }
    package var documentsTitle: String { pick("Dokumen", "Documents") }
    package var noDocumentsYet: String { pick("Belum ada dokumen.", "No documents yet.") }
    package var documentFileLabel: String { pick("Berkas (foto atau PDF)", "File (photo or PDF)") }
    package var documentFileHint: String {
        pick("JPEG, PNG, WebP atau PDF, paling besar 3 MB.", "JPEG, PNG, WebP or PDF, at most 3 MB.")
    }
    package var keepDocument: String { pick("Simpan dokumen", "Keep document") }

    package var reportPartnershipsTitle: String { pick("Kemitraan tahun buku", "Partnerships of the year") }
    package var reportAgreementColumn: String { pick("Kerja sama", "Agreement") }
    package var reportKeptColumn: String { pick("Komitmen terpenuhi", "Commitments delivered") }
    package var reportPartnerKeptColumn: String { pick("Komitmen mitra terpenuhi", "Partner's commitments delivered") }
    package var reportCooperativeKeptColumn: String {
        pick("Komitmen koperasi terpenuhi", "Cooperative's commitments delivered")
    }
    package var reportReviewColumn: String { pick("Tinjauan terakhir", "Last review") }
    package var reportNotReviewed: String { pick("Belum pernah ditinjau", "Not reviewed yet") }
    package func reportKept(
        partner: (delivered: Int, due: Int), cooperative: (delivered: Int, due: Int), partnerName: String
    ) -> String {
        pick(
            "\(partnerName): \(partner.delivered) dari \(partner.due); koperasi: \(cooperative.delivered) dari \(cooperative.due)",
            "\(partnerName): \(partner.delivered) of \(partner.due); the cooperative: \(cooperative.delivered) of \(cooperative.due)"
        )
    }
}
