import GuyubCore

extension Catalogue {
    // MARK: Financial statements

    package func reportTitle(_ kind: Report.Model.Kind) -> String {
        switch kind {
        case .trialBalance: pick("Neraca saldo", "Trial balance")
        case .balanceSheet: pick("Laporan posisi keuangan", "Statement of financial position")
        case .incomeStatement: pick("Laporan hasil usaha", "Income statement")
        case .equityChanges: pick("Laporan perubahan ekuitas", "Statement of changes in equity")
        case .cashFlow: pick("Laporan arus kas", "Statement of cash flows")
        }
    }
    /// The short names on the tabs.
    package func reportTab(_ kind: Report.Model.Kind) -> String {
        switch kind {
        case .trialBalance: pick("Neraca saldo", "Trial balance")
        case .balanceSheet: pick("Posisi keuangan", "Financial position")
        case .incomeStatement: pick("Hasil usaha", "Income")
        case .equityChanges: pick("Perubahan ekuitas", "Equity")
        case .cashFlow: pick("Arus kas", "Cash flows")
        }
    }
    /// An account's name in the page's language (the Indonesian one when no English name was given).
    package func accountName(_ nameID: String, _ nameEN: String) -> String {
        language == .id || nameEN.isEmpty ? nameID : nameEN
    }
    package var reportsNav: String { pick("Laporan lain", "Other statements") }
    /// "1 Jan 2026 – 30 Nov 2026", "sampai 30 Nov 2026"; the balance sheet is "per 30 Nov 2026".
    package func reportPeriod(_ kind: Report.Model.Kind, from: CivilDate?, to: CivilDate) -> String {
        if kind == .balanceSheet { return pick("per \(format.date(to))", "as at \(format.date(to))") }
        guard let from else { return pick("sampai \(format.date(to))", "up to \(format.date(to))") }
        return "\(format.date(from)) – \(format.date(to))"
    }
    package var asAtDate: String { pick("Per tanggal", "As at") }
    package var columnItem: String { pick("Uraian", "Item") }
    package var columnAmount: String { pick("Jumlah", "Amount") }
    package var nothingToReport: String { pick("Tidak ada saldo.", "No balances.") }

    // Trial balance
    package var columnOpening: String { pick("Saldo awal", "Opening") }
    package var columnClosing: String { pick("Saldo akhir", "Closing") }
    package var debitMark: String { pick("D", "Dr") }
    package var creditMark: String { pick("K", "Cr") }
    package var trialBalanced: String {
        pick("Seimbang: jumlah debit sama dengan jumlah kredit.", "Balanced: debits equal credits.")
    }
    package var trialUnbalanced: String {
        pick(
            "TIDAK seimbang: jumlah debit tidak sama dengan jumlah kredit. Jalankan guyub verify.",
            "NOT balanced: debits do not equal credits. Run guyub verify.")
    }

    // Balance sheet
    package func totalOf(_ label: String) -> String { pick("Jumlah \(label.lowercased())", "Total \(label.lowercased())") }
    package var liabilitiesAndEquity: String { pick("Jumlah liabilitas dan ekuitas", "Total liabilities and equity") }
    package var sheetUnbalanced: String {
        pick(
            "Aset tidak sama dengan liabilitas ditambah ekuitas. Jalankan guyub verify.",
            "Assets do not equal liabilities plus equity. Run guyub verify.")
    }

    // Income statement
    package func statementSection(_ section: IncomeStatement.Section) -> String {
        switch section {
        case .revenue: pick("Pendapatan usaha", "Revenue")
        case .costOfRevenue: pick("Beban pokok pendapatan", "Cost of revenue")
        case .operatingCosts: pick("Beban usaha", "Operating expenses")
        case .otherItems: pick("Pendapatan dan beban lain-lain", "Other income and expenses")
        case .tax: pick("Beban pajak penghasilan", "Income tax")
        }
    }
    package var columnMembers: String { pick("Anggota", "Members") }
    package var columnNonMembers: String { pick("Non-anggota", "Non-members") }
    package var columnShared: String { pick("Bersama", "Shared") }
    package var grossResult: String { pick("Hasil usaha kotor", "Gross result") }
    package var operatingResult: String { pick("Hasil usaha", "Operating result") }
    package var resultBeforeTax: String { pick("SHU sebelum pajak", "Surplus before tax") }
    package var sharedDivided: String {
        pick("Pos bersama dibagi menurut pendapatan usaha", "Shared items divided by revenue")
    }
    package var totalSurplus: String { pick("Sisa hasil usaha (SHU) setelah pajak", "Surplus for the period (SHU) after tax") }
    package var segmentNote: String {
        pick(
            "Pos yang bukan milik usaha dengan anggota atau non-anggota hanya tampil di kolom Jumlah, lalu dibagi menurut pendapatan usaha. SHU dari usaha dengan non-anggota tidak dibagikan kepada anggota.",
            "Items that belong to neither members' nor non-members' business appear only under Total, then are divided by revenue. The surplus from non-member business is not shared among members."
        )
    }

    // Equity changes
    package var columnIncreases: String { pick("Penambahan", "Increases") }
    package var columnDecreases: String { pick("Pengurangan", "Decreases") }
    package var periodSurplus: String { pick("SHU periode ini", "Surplus for the period") }

    // Cash flow
    package func activity(_ activity: CashFlow.Activity) -> String {
        switch activity {
        case .operating: pick("Arus kas dari aktivitas operasi", "Cash flows from operating activities")
        case .investing: pick("Arus kas dari aktivitas investasi", "Cash flows from investing activities")
        case .financing: pick("Arus kas dari aktivitas pendanaan", "Cash flows from financing activities")
        }
    }
    package func netActivity(_ activity: CashFlow.Activity) -> String {
        switch activity {
        case .operating: pick("Kas bersih dari aktivitas operasi", "Net cash from operating activities")
        case .investing: pick("Kas bersih dari aktivitas investasi", "Net cash from investing activities")
        case .financing: pick("Kas bersih dari aktivitas pendanaan", "Net cash from financing activities")
        }
    }
    package func received(_ account: String) -> String { pick("Penerimaan: \(account)", "Received: \(account)") }
    package func paid(_ account: String) -> String { pick("Pengeluaran: \(account)", "Paid: \(account)") }
    package var noCashMovement: String { pick("Tidak ada arus kas.", "No cash movement.") }
    package var cashChange: String { pick("Kenaikan (penurunan) kas", "Increase (decrease) in cash") }
    package var cashOpening: String { pick("Kas dan setara kas awal periode", "Cash at the start of the period") }
    package var cashClosing: String { pick("Kas dan setara kas akhir periode", "Cash at the end of the period") }
}
