import GuyubCore

/// The words of the loan pages.
extension Catalogue {
    package var decidedByAnother: String { pick("Diputuskan oleh pengurus lain.", "Decided by another board member.") }
    package var borrowerHeading: String { pick("Tentang peminjam", "About the borrower") }
    package var borrowerSavings: String { pick("Simpanan (pokok, wajib, sukarela)", "Savings (pokok, wajib, sukarela)") }
    package var borrowerOtherLoans: String { pick("Pinjaman lain", "Other loans") }
    package func otherLoansOwing(_ count: Int, _ owed: String) -> String {
        pick("\(count) pinjaman, sisa \(owed)", "\(english(count, "loan")), \(owed) owed")
    }
    package var borrowerRepayments: String { pick("Riwayat angsuran", "Repayment record") }
    package var neverLate: String { pick("Tidak pernah terlambat", "Never late") }
    package func lateInstalments(_ count: Int) -> String {
        pick("\(count) angsuran terlambat", "\(english(count, "instalment")) late")
    }
    package var borrowerLateNow: String { pick("Terlambat saat ini", "Late now") }
    package var borrowerSavingsArrears: String { pick("Tunggakan simpanan", "Savings in arrears") }
    package var borrowerLimitLeft: String { pick("Sisa plafon pinjaman", "Borrowing limit left") }
    // Simulation
    package var simulationTitle: String { pick("Simulasi Pinjaman", "Loan Simulation") }
    package var simulationLead: String {
        pick(
            "Lihat angsuran, jasa dan jumlah yang dibayar sebelum mengajukan pinjaman. Tidak ada yang disimpan.",
            "See the instalments, interest and total paid before you apply. Nothing is stored.")
    }
    package var simulationRate: String { pick("Bunga/jasa (%)", "Interest rate (%)") }
    package var simulationRatePer: String { pick("Bunga per", "Rate per") }
    package var perYear: String { pick("tahun", "year") }
    package var perMonth: String { pick("bulan", "month") }
    package var simulationPeriods: String { pick("Jumlah angsuran (bulan)", "Number of instalments (months)") }
    package var simulationGrace: String { pick("Masa tenggang (bulan, hanya bayar jasa)", "Grace (months paying interest only)") }
    package var simulate: String { pick("Hitung", "Calculate") }
    package var simulationInstallment: String { pick("Angsuran per bulan", "Monthly instalment") }
    package var simulationFirstInstallment: String { pick("Angsuran pertama", "First instalment") }
    package var simulationTotalInterest: String { pick("Jumlah jasa", "Total interest") }
    package var simulationTotalPayment: String { pick("Jumlah dibayar", "Total paid") }
    package var simulationCompare: String { pick("Pinjaman yang sama dengan metode lain", "The same loan by each method") }
    package var scheduleCaption: String { pick("Jadwal angsuran", "Repayment schedule") }
    package var simulatedSchedule: String { pick("Jadwal angsuran (simulasi)", "Repayment schedule (simulated)") }

    package func methodName(_ method: InterestMethod) -> String {
        switch method {
        case .flat: pick("Flat (tetap)", "Flat")
        case .efektif: pick("Efektif (menurun)", "Declining balance")
        case .anuitas: pick("Anuitas (angsuran sama)", "Annuity (equal instalments)")
        }
    }

    package func methodHint(_ method: InterestMethod) -> String {
        switch method {
        case .flat: pick("Jasa dihitung dari pokok awal setiap bulan.", "Interest on the original principal every month.")
        case .efektif:
            pick("Jasa dihitung dari sisa pokok; angsuran makin kecil.", "Interest on what is still owed; instalments fall.")
        case .anuitas:
            pick("Angsuran sama setiap bulan; bagian pokok makin besar.", "Equal instalments; the principal part grows.")
        }
    }

    // Columns
    package var columnPrincipal: String { pick("Pokok", "Principal") }
    package var columnInterest: String { pick("Jasa", "Interest") }
    package var columnInstallment: String { pick("Angsuran", "Instalment") }
    package var columnDue: String { pick("Jatuh tempo", "Due") }
    package var columnPaid: String { pick("Dibayar", "Paid") }
    package var columnLoan: String { pick("Pinjaman", "Loan") }
    package var columnOutstanding: String { pick("Sisa pokok", "Outstanding") }
    package var columnDaysLate: String { pick("Terlambat", "Late") }
    package var columnStep: String { pick("Kegiatan", "Step") }
    package var columnSplit: String { pick("Rincian", "Split") }
    package var columnBy: String { pick("Oleh", "By") }
    package var columnClass: String { pick("Kolektibilitas", "Collectibility") }
    package var columnLoans: String { pick("Pinjaman", "Loans") }
    package var columnDisbursed: String { pick("Dicairkan", "Disbursed") }
    package var columnPenalty: String { pick("Denda", "Penalty") }
    package var columnCollected: String { pick("Diterima", "Collected") }
    package var columnOverdue: String { pick("Tunggakan", "Overdue") }

    // Lists
    package var loansTitle: String { pick("Pinjaman", "Loans") }
    package var loansLead: String {
        pick("Permohonan, pinjaman berjalan dan yang sudah lunas.", "Applications, active loans and those paid off.")
    }
    package var applyForLoan: String { pick("Ajukan pinjaman", "Apply for a loan") }
    package var allLoans: String { pick("Semua", "All") }
    package var lateLoans: String { pick("Terlambat", "Late") }
    package var noLoans: String { pick("Belum ada pinjaman di sini.", "No loans here yet.") }
    package func loanCount(_ n: Int) -> String { pick("\(format.number(n)) pinjaman", english(n, "loan")) }
    package func loanNumber(_ n: Int) -> String { pick("No. \(n)", "No. \(n)") }
    package func daysLate(_ days: Int) -> String { pick("\(format.number(days)) hari", english(days, "day")) }

    package func collectibilityName(_ c: Collectibility) -> String {
        switch c {
        case .lancar: pick("Lancar", "Current")
        case .dpk: pick("Dalam perhatian khusus", "Special mention")
        case .kurangLancar: pick("Kurang lancar", "Substandard")
        case .diragukan: pick("Diragukan", "Doubtful")
        case .macet: pick("Macet", "Loss")
        }
    }

    // One loan
    package var dueNow: String { pick("Tertunggak / jatuh tempo", "Due now") }
    package var payoffToday: String { pick("Pelunasan hari ini", "Payoff today") }
    package var loanTermsHeading: String { pick("Ketentuan", "Terms") }
    package var loanStepsHeading: String { pick("Riwayat", "History") }
    package var loanActionsHeading: String { pick("Tindakan", "Actions") }
    package var loanProduct: String { pick("Produk", "Product") }
    package var loanRateAndMethod: String { pick("Bunga", "Rate") }
    package func rateAndMethod(_ percent: String, _ method: InterestMethod) -> String {
        pick(
            "\(percent.replacingOccurrences(of: ".", with: ",")) % setahun, \(methodName(method).lowercased())",
            "\(percent)% a year, \(methodName(method).lowercased())")
    }
    package var loanTerm: String { pick("Jangka waktu", "Term") }
    package func term(_ periods: Int, every: Int, unit: PeriodUnit) -> String {
        let each =
            unit == .month
            ? (every == 1 ? pick("bulanan", "monthly") : pick("tiap \(every) bulan", "every \(english(every, "month"))"))
            : (every == 1 ? pick("mingguan", "weekly") : pick("tiap \(every) minggu", "every \(english(every, "week"))"))
        return pick("\(periods) kali angsuran, \(each)", "\(english(periods, "instalment")), \(each)")
    }
    package var loanFees: String { pick("Biaya administrasi dan provisi", "Administration and provision fees") }
    package var loanNet: String { pick("Diterima peminjam", "Paid to the borrower") }
    package var loanPurpose: String { pick("Keperluan", "Purpose") }
    package var loanCollateral: String { pick("Agunan", "Collateral") }
    package var loanAppliedBy: String { pick("Dimasukkan oleh", "Entered by") }
    package var loanReview: String { pick("Tinjauan", "Review") }
    package var loanDecision: String { pick("Keputusan", "Decision") }
    package var loanDisbursedOn: String { pick("Dicairkan", "Disbursed") }
    package var interestPaid: String { pick("Jasa dibayar", "Interest paid") }
    package var penaltyOwed: String { pick("Denda belum dibayar", "Penalty owed") }
    package var allowanceHeld: String { pick("PPAP", "Allowance") }
    package var writtenOffAmount: String { pick("Dihapusbukukan", "Written off") }
    package var recoveredAmount: String { pick("Sudah diterima kembali", "Recovered") }

    package func installmentState(_ state: InstallmentState) -> String {
        switch state {
        case .paid: pick("Lunas", "Paid")
        case .partial: pick("Sebagian", "Part paid")
        case .late: pick("Terlambat", "Late")
        case .due: pick("Jatuh tempo hari ini", "Due today")
        case .waived: pick("Tidak ditagih", "Not charged")
        case .upcoming: pick("Belum jatuh tempo", "Upcoming")
        }
    }

    package func loanStep(_ kind: LoanStepKind) -> String {
        switch kind {
        case .disbursement: pick("Pencairan", "Disbursement")
        case .repayment: pick("Angsuran", "Repayment")
        case .writeOff: pick("Hapus buku", "Write-off")
        case .recovery: pick("Penerimaan setelah hapus buku", "Recovery")
        case .restructure: pick("Restrukturisasi", "Restructuring")
        }
    }

    package func split(principal: Int64, interest: Int64, penalty: Int64) -> String {
        var parts = [
            pick("pokok", "principal") + " " + format.money(minorUnits: principal),
            pick("jasa", "interest") + " " + format.money(minorUnits: interest),
        ]
        if penalty > 0 { parts.append(pick("denda", "penalty") + " " + format.money(minorUnits: penalty)) }
        return parts.joined(separator: ", ")
    }

    // Forms
    package var takeRepayment: String { pick("Terima angsuran", "Take a repayment") }
    package func payoffHint(_ payoff: Int64) -> String {
        pick(
            "Paling banyak \(format.money(minorUnits: payoff)) (pelunasan). Urutan: denda, jasa, lalu pokok.",
            "At most \(format.money(minorUnits: payoff)) (the payoff). Order: penalty, interest, then principal.")
    }
    package var reviewApplication: String { pick("Catat tinjauan", "Record the review") }
    package var reviewNoteLabel: String {
        pick("Hasil tinjauan (usaha, kemampuan bayar, agunan)", "Findings (business, capacity, collateral)")
    }
    package var approveApplication: String { pick("Setujui", "Approve") }
    package var decisionNoteLabel: String { pick("Catatan (boleh kosong)", "Note (optional)") }
    package var rejectApplication: String { pick("Tolak", "Reject") }
    package var rejectReasonLabel: String { pick("Alasan penolakan", "Reason for rejecting") }
    package var disburseLoan: String { pick("Cairkan", "Disburse") }
    package func disburseHint(net: Int64, fees: Int64) -> String {
        pick(
            "Peminjam menerima \(format.money(minorUnits: net)) setelah biaya \(format.money(minorUnits: fees)).",
            "The borrower receives \(format.money(minorUnits: net)) after fees of \(format.money(minorUnits: fees)).")
    }
    package var recoverLoan: String { pick("Terima pembayaran hapus buku", "Take a recovery") }
    package var restructureLoan: String { pick("Restrukturisasi", "Restructure") }
    package var restructureReasonLabel: String { pick("Alasan (mis. gagal panen)", "Reason (e.g. failed harvest)") }
    package var writeOffLoan: String { pick("Hapus buku", "Write off") }
    package var writeOffHint: String {
        pick(
            "Sisa pokok dibebankan ke PPAP; penagihan tetap bisa dicatat sesudahnya.",
            "What is left is charged to the allowance; collections can still be recorded afterwards.")
    }
    package var writeOffReasonLabel: String { pick("Alasan hapus buku", "Reason for writing off") }

    // Application
    package var applyLead: String {
        pick(
            "Jadwal angsuran dihitung dari produk yang dipilih; pengurus lain yang memutuskan.",
            "The schedule follows the product chosen; another board member decides.")
    }
    package var noLoanProducts: String {
        pick("Belum ada produk pinjaman. Pengurus menambahkannya dulu.", "No loan products yet.")
    }
    package func applyingFor(_ name: String, _ number: Int) -> String {
        pick("Untuk \(name) (No. \(number))", "For \(name) (No. \(number))")
    }
    package var applyRate: String { pick("Bunga per tahun (%)", "Rate a year (%)") }
    package var applyRateHint: String { pick("Kosongkan untuk bunga produk.", "Leave empty for the product's rate.") }
    package var collateralHint: String { pick("Mis. BPKB motor, sertifikat tanah.", "E.g. a vehicle title, a land certificate.") }
    package var autoDebitLabel: String {
        pick("Potong angsuran dari simpanan sukarela saat jatuh tempo", "Take instalments from voluntary savings when due")
    }
    package var autoDebitShort: String { pick("Potong simpanan", "Auto-debit") }
    package var autoDebitOn: String {
        pick("Ya, dari simpanan sukarela saat jatuh tempo", "Yes, from voluntary savings when due")
    }
    package var submitApplication: String { pick("Simpan permohonan", "Save the application") }

    // Portfolio and arrears
    package var portfolioTitle: String { pick("Kesehatan pinjaman", "Loan portfolio") }
    package var portfolioLead: String {
        pick(
            "Menurut penutupan hari terakhir: kolektibilitas, pinjaman berisiko dan rasio pinjaman bermasalah.",
            "As of the last daily close: quality, portfolio at risk and the problem-loan ratio.")
    }
    package func portfolioOutstanding(_ loans: Int) -> String {
        pick("Sisa pokok, \(format.number(loans)) pinjaman", "Outstanding, \(english(loans, "loan"))")
    }
    package var problemRatio: String { pick("Pinjaman bermasalah", "Problem loans") }
    package var healthLabel: String { pick("Kesehatan:", "Health:") }
    package func healthName(_ h: LoanHealth) -> String {
        switch h {
        case .sehat: pick("Sehat", "Healthy")
        case .cukupSehat: pick("Cukup sehat", "Fairly healthy")
        case .kurangSehat: pick("Kurang sehat", "Less healthy")
        case .tidakSehat: pick("Tidak sehat", "Unhealthy")
        }
    }
    package var healthBands: String {
        pick(
            "(≤ 5% sehat, ≤ 10% cukup sehat, ≤ 15% kurang sehat, di atasnya tidak sehat)",
            "(≤ 5% healthy, ≤ 10% fairly healthy, ≤ 15% less healthy, above that unhealthy)")
    }
    package var byCollectibility: String { pick("Menurut kolektibilitas", "By collectibility") }
    package func flowsHeading(_ year: Int) -> String { pick("Pencairan dan penerimaan \(year)", "Lent and collected in \(year)") }
    package var noFlows: String { pick("Belum ada pencairan atau angsuran tahun ini.", "Nothing lent or collected this year.") }
    package var closeDay: String { pick("Tutup hari pinjaman", "Close the loans' day") }
    package var closeDayHint: String {
        pick(
            "Menghitung denda, hari keterlambatan, kolektibilitas dan PPAP hari ini. Server juga menjalankannya setiap hari; aman diulang.",
            "Computes today's penalties, days late, classes and allowance. The server runs it daily too; safe to repeat.")
    }
    package var loanArrearsTitle: String { pick("Tunggakan pinjaman", "Loan arrears") }
    package var loanArrearsLead: String {
        pick("Yang perlu dihubungi hari ini, paling lama terlambat di atas.", "Whom to call today, the longest late first.")
    }
    package var noLoanArrears: String { pick("Tidak ada angsuran yang terlambat.", "No instalment is late.") }
    package func loanArrearsTotal(_ amount: Int64, loans: Int) -> String {
        pick(
            "\(format.number(loans)) pinjaman terlambat, tunggakan dan denda \(format.money(minorUnits: amount))",
            "\(english(loans, "late loan")), \(format.money(minorUnits: amount)) overdue with penalties")
    }
    package var awaitingDecision: String { pick("Menunggu keputusan", "Awaiting a decision") }
    package var loansOfMember: String { pick("Pinjaman", "Loans") }
}

extension Catalogue {
    /// "flat 9–18%, 3–36 bulan, Rp500.000–Rp50.000.000".
    package func productSummary(_ p: LoanProduct) -> String {
        let rate =
            p.rateMin == p.rateMax
            ? InterestRate.percent(p.rateMax) : "\(InterestRate.percent(p.rateMin))–\(InterestRate.percent(p.rateMax))"
        let unit = p.unit == .month ? pick("bulan", "months") : pick("minggu", "weeks")
        return
            "\(methodName(p.method).lowercased()) \(language == .id ? rate.replacingOccurrences(of: ".", with: ",") : rate) %, "
            + "\(p.periodsMin)–\(p.periodsMax) \(unit), \(format.money(minorUnits: p.principalMin))–\(format.money(minorUnits: p.principalMax))"
    }
}

/// The words of the loan settings page.
extension Catalogue {
    package var loanSettingsTitle: String { pick("Pengaturan pinjaman", "Loan settings") }
    package var loanProductsHeading: String { pick("Produk pinjaman", "Loan products") }
    package var productActive: String { pick("Ditawarkan", "Offered") }
    package var productInactive: String { pick("Tidak ditawarkan", "Not offered") }
    package var addProduct: String { pick("Tambah produk", "Add a product") }
    package var changeProduct: String { pick("Simpan perubahan produk", "Save the product") }
    package var rateMinLabel: String { pick("Bunga terendah (% setahun)", "Lowest rate (% a year)") }
    package var rateMaxLabel: String { pick("Bunga tertinggi (% setahun)", "Highest rate (% a year)") }
    package var periodsMinLabel: String { pick("Angsuran paling sedikit", "Fewest instalments") }
    package var periodsMaxLabel: String { pick("Angsuran paling banyak", "Most instalments") }
    package var principalMinLabel: String { pick("Pinjaman terkecil", "Smallest loan") }
    package var principalMaxLabel: String { pick("Pinjaman terbesar", "Largest loan") }
    package var adminFixedLabel: String { pick("Biaya administrasi (Rp)", "Administration fee (Rp)") }
    package var adminPercentLabel: String { pick("Biaya administrasi (% pokok)", "Administration fee (% of principal)") }
    package var provisionPercentLabel: String { pick("Provisi (% pokok)", "Provision (% of principal)") }
    package var penaltyPercentLabel: String { pick("Denda (% angsuran tertunggak)", "Penalty (% of the overdue instalment)") }
    package var penaltyPerLabel: String { pick("Denda per", "Penalty per") }
    package var perDay: String { pick("hari", "day") }
    package var penaltyGraceLabel: String { pick("Hari bebas denda", "Days before a penalty") }
    package var penaltyCapLabel: String { pick("Denda paling banyak (% pokok)", "Penalty cap (% of principal)") }
    package var savingsMultipleLabel: String { pick("Plafon (kali simpanan)", "Limit (times savings)") }
    package var savingsMultipleHint: String { pick("0 berarti tanpa batas simpanan.", "0 means no limit by savings.") }
    package var collateralRequiredLabel: String { pick("Wajib ada agunan", "Collateral required") }
    package var collectibilityHeading: String { pick("Kolektibilitas dan PPAP", "Collectibility and allowance") }
    package var schemeLabel: String { pick("Aturan penggolongan", "Classification rules") }
    package func schemeName(_ scheme: CollectibilityRules.Scheme) -> String {
        switch scheme {
        case .cooperative:
            pick("Koperasi: empat golongan menurut bulan tunggakan", "Cooperative: four classes by months in arrears")
        case .bank: pick("Bank: lima golongan menurut hari tunggakan", "Bank: five classes by days past due")
        }
    }
    package func classRule(_ rules: CollectibilityRules, index: Int) -> String {
        let unit = rules.scheme == .bank ? pick("hari", "days") : pick("bulan", "months")
        if index == 0 {
            return pick("tunggakan kurang dari \(rules.thresholds[0]) \(unit)", "less than \(rules.thresholds[0]) \(unit) late")
        }
        return index < rules.thresholds.count
            ? pick(
                "\(rules.thresholds[index - 1])–\(rules.thresholds[index] - 1) \(unit)",
                "\(rules.thresholds[index - 1])–\(rules.thresholds[index] - 1) \(unit)")
            : pick("\(rules.thresholds[index - 1]) \(unit) atau lebih", "\(rules.thresholds[index - 1]) \(unit) or more")
    }
    package var allowanceLabel: String { pick("PPAP per golongan (%)", "Allowance per class (%)") }
    package var allowanceHint: String {
        pick("Dari lancar sampai macet, dipisah titik koma: 0,5; 10; 50; 100", "From current to loss, separated by semicolons")
    }
    package var saveRules: String { pick("Simpan aturan", "Save the rules") }
}
