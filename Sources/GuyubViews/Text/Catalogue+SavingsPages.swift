import Foundation
import GuyubCore

extension Catalogue {
    // MARK: A member's savings, wherever they are listed

    /// The account's name as a passbook says it: "Simpanan sukarela".
    package func savingsAccountName(_ kind: SavingsKind) -> String {
        switch kind {
        case .pokok: pick("Simpanan pokok", "Principal savings")
        case .wajib: pick("Simpanan wajib", "Mandatory savings")
        case .sukarela: pick("Simpanan sukarela", "Voluntary savings")
        case .berjangka: pick("Simpanan berjangka", "Term deposit")
        }
    }
    package var savingsHeading: String { pick("Simpanan", "Savings") }
    package var yourSavings: String { pick("Simpanan Anda", "Your savings") }
    package var accountStatement: String { pick("Rekening koran", "Statement") }
    package var accountClosed: String { pick("Ditutup", "Closed") }
    /// "6 bulan · 5% setahun · jatuh tempo 1 Des 2026".
    package func termDetails(months: Int?, rate: Int?, maturesOn: CivilDate?) -> String {
        var parts: [String] = []
        if let months { parts.append(monthsCount(months)) }
        if let rate {
            parts.append(pick("\(format.percent(basisPoints: rate)) setahun", "\(format.percent(basisPoints: rate)) a year"))
        }
        if let maturesOn { parts.append(pick("jatuh tempo \(format.date(maturesOn))", "matures \(format.date(maturesOn))")) }
        return parts.joined(separator: " · ")
    }
    package func monthsCount(_ months: Int) -> String {
        pick("\(months) bulan", months == 1 ? "1 month" : "\(months) months")
    }
    /// "3 bulan sejak Sep 2026".
    package func monthsSince(_ months: Int, _ since: YearMonth?) -> String {
        guard let since else { return monthsCount(months) }
        return pick(
            "\(months) bulan sejak \(format.month(since))",
            "\(months == 1 ? "1 month" : "\(months) months") since \(format.month(since))")
    }
    package func owedWajib(months: Int, since: YearMonth?, amount: Int64) -> String {
        pick(
            "Simpanan wajib belum dibayar \(monthsSince(months, since)): \(format.money(minorUnits: amount)).",
            "Mandatory savings unpaid for \(monthsSince(months, since)): \(format.money(minorUnits: amount)).")
    }
    package func owedPokok(_ amount: Int64) -> String {
        pick(
            "Simpanan pokok belum dibayar: \(format.money(minorUnits: amount)).",
            "Principal savings unpaid: \(format.money(minorUnits: amount)).")
    }
    package var toTheCounter: String { pick("Layani di kasir", "Serve at the counter") }

    // MARK: Statement (rekening koran)

    package func statementTitle(_ kind: SavingsKind) -> String {
        pick("Rekening koran \(savingsAccountName(kind).lowercased())", "Statement of \(savingsAccountName(kind).lowercased())")
    }
    package var periodFrom: String { pick("Dari tanggal", "From") }
    package var periodTo: String { pick("Sampai tanggal", "To") }
    package var show: String { pick("Tampilkan", "Show") }
    package var downloadCSV: String { pick("Unduh CSV", "Download CSV") }
    package var printPage: String { pick("Cetak", "Print") }
    package var openingBalance: String { pick("Saldo awal", "Opening balance") }
    package var closingBalance: String { pick("Saldo akhir", "Closing balance") }
    package var columnDate: String { pick("Tanggal", "Date") }
    package var columnEntryNumber: String { pick("No. bukti", "Ref.") }
    package var columnDescription: String { pick("Keterangan", "Description") }
    package var columnIn: String { pick("Masuk", "In") }
    package var columnOut: String { pick("Keluar", "Out") }
    package var columnBalance: String { pick("Saldo", "Balance") }
    package var noMovements: String { pick("Tidak ada transaksi pada periode ini.", "No transactions in this period.") }
    /// "1 Nov 2026 – 30 Nov 2026", "sejak 1 Nov 2026", "sampai 30 Nov 2026", or every movement.
    package func period(from: CivilDate?, to: CivilDate?) -> String {
        switch (from, to) {
        case (let from?, let to?): "\(format.date(from)) – \(format.date(to))"
        case (let from?, nil): pick("Sejak \(format.date(from))", "From \(format.date(from))")
        case (nil, let to?): pick("Sampai \(format.date(to))", "Up to \(format.date(to))")
        case (nil, nil): pick("Semua transaksi", "Every transaction")
        }
    }
    package func accountOpenedOn(_ date: CivilDate) -> String {
        pick("Dibuka \(format.date(date))", "Opened \(format.date(date))")
    }

    // MARK: Arrears

    package var arrearsTitle: String { pick("Tunggakan simpanan", "Savings in arrears") }
    package var arrearsLead: String {
        pick(
            "Anggota yang belum melunasi simpanan wajib atau pokok. Ketuk nomor HP untuk menelepon.",
            "Members who have not paid their mandatory or principal savings in full. Tap a phone number to call.")
    }
    package func arrearsTotal(_ amount: Int64, members: Int) -> String {
        pick(
            "Jumlah tunggakan \(format.money(minorUnits: amount)) dari \(format.number(members)) anggota",
            "\(format.money(minorUnits: amount)) owed by \(format.number(members)) \(members == 1 ? "member" : "members")")
    }
    package var columnMember: String { pick("Anggota", "Member") }
    package var columnWajibOwed: String { pick("Wajib", "Mandatory") }
    package var columnPokokOwed: String { pick("Pokok", "Principal") }
    package var columnOwedTotal: String { pick("Jumlah", "Total") }
    package var nobodyOwes: String {
        pick(
            "Tidak ada tunggakan: semua anggota sudah melunasi simpanan wajib dan pokok.",
            "Nothing is owed: every member has paid their mandatory and principal savings.")
    }
    package func billDues(_ month: YearMonth) -> String {
        pick("Tagih wajib \(monthName(month))", "Bill mandatory savings for \(monthName(month))")
    }
    package func billDuesHint(_ month: YearMonth) -> String {
        pick(
            "Mencatat tagihan simpanan wajib \(monthName(month)) bagi setiap anggota; yang belum membayar masuk daftar ini.",
            "Records the mandatory savings due for \(monthName(month)) for every member; whoever has not paid appears in this list."
        )
    }

    // MARK: Savings settings

    package var savingsSettingsTitle: String { pick("Pengaturan simpanan", "Savings settings") }
    package var savingsSettingsLead: String {
        pick(
            "Sesuai AD/ART koperasi. Perubahan berlaku untuk transaksi dan tutup buku berikutnya, tidak mengubah yang sudah tercatat.",
            "As the cooperative's bylaws (AD/ART) set them. Changes apply to the next transactions and month ends; what is recorded stays."
        )
    }
    package var settingsReadOnly: String {
        pick("Hanya pengurus yang dapat mengubah pengaturan ini.", "Only the board can change these settings.")
    }
    package var pokokAndWajib: String { pick("Simpanan pokok dan wajib", "Principal and mandatory savings") }
    package var pokokAmountLabel: String { pick("Simpanan pokok (Rp)", "Principal savings (Rp)") }
    package var pokokAmountHint: String {
        pick(
            "Dibayar sekali saat masuk; calon anggota menjadi anggota setelah melunasinya.",
            "Paid once on joining; an applicant becomes a member once it is paid.")
    }
    package var wajibAmountLabel: String { pick("Simpanan wajib per periode (Rp)", "Mandatory savings a period (Rp)") }
    package var wajibAmountHint: String {
        pick(
            "Untuk anggota tanpa kelas. Periode yang belum dibayar menjadi tunggakan.",
            "For members without a class. Periods unpaid become arrears.")
    }
    package var wajibEveryMonthsLabel: String { pick("Periode simpanan wajib", "Mandatory savings period") }
    package var wajibEveryMonthsHint: String {
        pick(
            "Wajib ditagih pada bulan terakhir setiap periode.", "Mandatory savings are billed in the last month of each period.")
    }
    /// The lengths of a wajib period the settings allow, in months.
    package static let wajibPeriods = [1, 2, 3, 4, 6, 12]
    package func wajibPeriod(_ months: Int) -> String {
        switch months {
        case 1: pick("Setiap bulan", "Every month")
        case 3: pick("Setiap 3 bulan (triwulan)", "Every 3 months (quarterly)")
        case 6: pick("Setiap 6 bulan (semester)", "Every 6 months (half-yearly)")
        case 12: pick("Setiap tahun", "Every year")
        default: pick("Setiap \(months) bulan", "Every \(months) months")
        }
    }
    package var wajibClassesLabel: String { pick("Simpanan wajib menurut kelas anggota", "Mandatory savings by member class") }
    package var wajibClassesHint: String {
        pick(
            "Satu baris per kelas: kelas = jumlah, mis. pegawai = 20000. Kosongkan bila semua anggota sama.",
            "One line per class: class = amount, e.g. staff = 20000. Leave empty when every member pays the same.")
    }
    package var sukarelaSection: String { pick("Simpanan sukarela", "Voluntary savings") }
    package var sukarelaRateLabel: String {
        pick("Jasa simpanan sukarela (% setahun)", "Interest on voluntary savings (% a year)")
    }
    package var sukarelaRateHint: String {
        pick(
            "Dihitung dan dibayarkan ke rekening setiap tutup buku bulanan. Isi 0 bila tanpa jasa.",
            "Worked out and paid into the account at each month end. Enter 0 for none.")
    }
    package var sukarelaBasisLabel: String { pick("Saldo yang diberi jasa", "Balance that earns interest") }
    package var sukarelaBasisHint: String {
        pick(
            "Saldo terendah dalam sebulan lebih sederhana; saldo rata-rata harian lebih adil bagi yang sering menabung.",
            "The month's lowest balance is simpler; the average daily balance is fairer to those who save often.")
    }
    package func interestBasis(_ basis: SavingsSettings.InterestBasis) -> String {
        switch basis {
        case .lowest: pick("Saldo terendah sebulan", "Lowest balance of the month")
        case .average: pick("Saldo rata-rata harian", "Average daily balance")
        }
    }
    package var sukarelaMinimumLabel: String { pick("Saldo minimum sukarela (Rp)", "Minimum voluntary balance (Rp)") }
    package var sukarelaMinimumHint: String {
        pick("Yang harus tetap tersisa setelah penarikan.", "What must remain after a withdrawal.")
    }
    package var termSection: String { pick("Simpanan berjangka", "Term deposits") }
    package var termsLabel: String { pick("Jangka waktu dan jasa", "Terms and rates") }
    package var termsHint: String {
        pick(
            "Satu baris per jangka waktu: bulan = persen setahun, mis. 6 = 5 untuk 6 bulan dengan jasa 5%.",
            "One line per term: months = percent a year, e.g. 6 = 5 for six months at 5%.")
    }
    package var earlyBreakPenaltyLabel: String {
        pick("Penalti pencairan sebelum jatuh tempo (%)", "Penalty for breaking early (%)")
    }
    package var earlyBreakPenaltyHint: String {
        pick(
            "Persentase dari pokok simpanan berjangka yang dicairkan sebelum jatuh tempo.",
            "A share of the deposit's principal when it is broken before it matures.")
    }
    package var taxSection: String { pick("Pajak atas jasa simpanan", "Tax on savings interest") }
    package var interestTaxThresholdLabel: String { pick("Batas bebas pajak per bulan (Rp)", "Tax-free interest a month (Rp)") }
    package var interestTaxThresholdHint: String {
        pick(
            "Jasa simpanan anggota dalam sebulan sampai jumlah ini tidak dipotong pajak (PP 15/2009: Rp 240.000).",
            "A member's interest of a month up to this amount is not taxed (Government Regulation 15/2009: Rp 240.000).")
    }
    package var interestTaxRateLabel: String { pick("Tarif pajak final (%)", "Final tax rate (%)") }
    package var interestTaxRateHint: String {
        pick(
            "Dipotong dari jasa bila melebihi batas; menurut PP 15/2009 tarifnya 10%.",
            "Withheld from interest above the threshold; Government Regulation 15/2009 sets 10%.")
    }
    package var counterSection: String { pick("Kasir", "The counter") }
    package var counterLimitLabel: String {
        pick("Batas satu transaksi di kasir (Rp)", "Most one counter transaction may be (Rp)")
    }
    package var counterLimitHint: String {
        pick(
            "Setoran, penarikan atau pemindahan di atas jumlah ini ditolak, agar salah ketik satu angka nol tidak masuk buku.",
            "A deposit, withdrawal or transfer above this is refused, so a zero typed too many never reaches the books.")
    }
    package var saveSettings: String { pick("Simpan pengaturan", "Save the settings") }
    package var noneSet: String { pick("Tidak ada", "None") }
    /// A rate as typed (`4.5`) shown as a percentage in the page's language.
    package func typedPercent(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return "—" }
        let number =
            language == .id ? trimmed.replacingOccurrences(of: ".", with: ",") : trimmed.replacingOccurrences(of: ",", with: ".")
        return "\(number)%"
    }
    /// An amount as typed (`50000`) shown as money when it is a whole number, or as typed.
    package func typedMoney(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard let amount = Int64(trimmed) else { return trimmed.isEmpty ? "—" : trimmed }
        return format.money(minorUnits: amount)
    }
}
