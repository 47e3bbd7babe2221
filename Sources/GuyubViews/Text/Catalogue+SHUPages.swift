import GuyubCore

/// The words of the SHU pages.
extension Catalogue {
    package var shuTitle: String { pick("SHU dan tutup buku", "SHU and year-end close") }
    package var shuLead: String {
        pick(
            "Tutup buku tahunan, rancangan pembagian SHU menurut AD/ART untuk dibawa ke RAT, lalu pembukuannya setelah disetujui.",
            "The year-end close, the draft SHU distribution under the bylaws for the members' meeting, then its posting once approved."
        )
    }
    package func shuYearTitle(_ year: Int) -> String { pick("SHU tahun buku \(year)", "SHU of the financial year \(year)") }
    package func shuSettingsTitle(_ year: Int) -> String { pick("Aturan pembagian SHU \(year)", "SHU rules for \(year)") }
    package var shuSimulationTitle: String { pick("Simulasi Pembagian SHU", "SHU Distribution Simulation") }
    package var shuSimulationLead: String {
        pick(
            "Coba pembagian SHU sebelum RAT: isi SHU, persentase tiap dana, lalu simpanan dan transaksi anggota (satu baris satu anggota). Tidak ada yang disimpan.",
            "Try a SHU distribution before the meeting: the surplus, each fund's percentage, then the members' savings and business (one member a line). Nothing is stored."
        )
    }
    package var shuBlurb: String {
        pick("Tutup buku tahunan dan pembagian SHU untuk RAT.", "The year-end close and the SHU distribution for the meeting.")
    }
    package var shuYearsHeading: String { pick("Tahun buku", "Financial years") }
    package var noSHUYears: String { pick("Belum ada tahun buku yang ditutup.", "No financial year has been closed yet.") }
    package var closeYearHeading: String { pick("Tutup buku tahunan", "Close a financial year") }
    package var closeYearLead: String {
        pick(
            "Bulan yang masih terbuka ikut ditutup, pendapatan dan beban dipindah ke SHU tahun berjalan dengan jurnal penutup, dan rancangan pembagian SHU dihitung dari pembukuan. Tahun yang sudah ditutup tidak bisa ditutup lagi.",
            "Months still open are closed, income and expenses move into the year's surplus by a closing entry, and the draft distribution is computed from the books. A closed year cannot be closed again."
        )
    }
    package var yearLabel: String { pick("Tahun buku", "Financial year") }
    package func closeYearButton(_ year: Int) -> String { pick("Tutup buku \(year)", "Close \(year)") }
    package var confirmCloseYear: String {
        pick("Saya sudah memeriksa pembukuan tahun ini.", "I have checked this year's books.")
    }
    package func shuStatus(_ status: SHUDistributionStatus?) -> String {
        switch status {
        case .draft: pick("Rancangan, menunggu RAT", "Draft, awaiting the meeting")
        case .posted: pick("Sudah dibukukan", "Posted")
        case nil: pick("Belum ditutup", "Not closed")
        }
    }
    package var columnYear: String { pick("Tahun", "Year") }
    package var columnMemberSurplus: String { pick("SHU bagian anggota", "Members' surplus") }
    package var rulesLink: String { pick("Aturan pembagian", "Distribution rules") }
    package var simulationLink: String { pick("Simulasi pembagian SHU", "SHU simulation") }

    package func fundName(_ fund: String) -> String {
        switch fund {
        case "reserve": pick("Cadangan", "Reserve")
        case "capital": pick("Jasa modal", "Capital share")
        case "patronage": pick("Jasa usaha", "Patronage share")
        case "board": pick("Dana pengurus", "Board fund")
        case "staff": pick("Dana karyawan", "Staff fund")
        case "education": pick("Dana pendidikan", "Education fund")
        case "social": pick("Dana sosial", "Social fund")
        case "regional": pick("Dana pembangunan daerah kerja", "Local development fund")
        default: fund
        }
    }
    package func surplusHeading(_ year: Int) -> String { pick("SHU tahun buku \(year)", "Surplus of the financial year \(year)") }
    package var memberSurplusLabel: String {
        pick("Dari usaha dengan anggota (dibagi ke anggota dan dana)", "From business with members (to members and funds)")
    }
    package var nonMemberSurplusLabel: String {
        pick(
            "Dari usaha dengan non-anggota (ke cadangan dan dana, tidak ke anggota)",
            "From non-member business (to reserve and funds, not members)")
    }
    package var fundsHeading: String { pick("Pembagian per dana", "By fund") }
    package var columnFund: String { pick("Dana", "Fund") }
    package var columnPercent: String { pick("Persen", "Percent") }
    package var columnFromMembers: String { pick("Dari SHU anggota", "From members' surplus") }
    package var columnFromNonMembers: String { pick("Dari SHU non-anggota", "From non-member surplus") }
    package var roundingLeft: String { pick("Sisa pembulatan (ke cadangan)", "Left by rounding (to the reserve)") }
    package var reserveTotalLabel: String { pick("Seluruhnya ke cadangan", "All to the reserve") }
    package var sharesHeading: String { pick("SHU per anggota", "SHU by member") }
    package func sharesLead(members: Int, savings: String, business: String) -> String {
        pick(
            "\(members) anggota berhak. Jasa modal dibagi menurut simpanan (jumlah \(savings)), jasa usaha menurut transaksi (jumlah \(business)); tiap bagian dibulatkan ke bawah.",
            "\(english(members, "member")) \(members == 1 ? "qualifies" : "qualify"). The capital share follows savings (in all \(savings)), the patronage share business (in all \(business)); each part is rounded down."
        )
    }
    package var columnSavingsBasis: String { pick("Simpanan", "Savings") }
    package var columnBusiness: String { pick("Transaksi", "Business") }
    package var columnCapitalShare: String { pick("Jasa modal", "Capital share") }
    package var columnPatronageShare: String { pick("Jasa usaha", "Patronage share") }
    package var columnSHU: String { pick("SHU", "SHU") }
    package func paidTo(_ value: SHUSharePayment?) -> String {
        switch value {
        case .savings: pick("Ke simpanan sukarela", "To voluntary savings")
        case .payable: pick("Menunggu diambil", "To collect")
        case .paid: pick("Sudah diambil", "Collected")
        case nil: pick("Rancangan", "Draft")
        }
    }
    package var payOutButton: String { pick("Bayar tunai", "Pay in cash") }
    package var computeButton: String { pick("Hitung ulang dari pembukuan", "Compute again from the books") }
    package var postButton: String { pick("Bukukan pembagian SHU", "Post the distribution") }
    package func approvedBy(_ date: CivilDate?) -> String {
        guard let date else {
            return pick(
                "Belum ada keputusan RAT yang menyetujui pembagian ini; pembukuan menunggu RAT.",
                "No members' meeting has approved this distribution yet; posting waits for the meeting.")
        }
        return pick("Disetujui RAT pada \(format.date(date)).", "Approved by the members' meeting on \(format.date(date)).")
    }
    package func postedOn(_ date: CivilDate?) -> String {
        pick("Dibukukan pada \(date.map(format.date) ?? "—").", "Posted on \(date.map(format.date) ?? "—").")
    }
    package var downloadSharesCSV: String { pick("Unduh CSV", "Download CSV") }
    package var shuSettingsLead: String {
        pick(
            "Persentase menurut AD/ART, masing-masing harus tepat 100%. SHU dari usaha dengan non-anggota tidak dibagikan kepada anggota.",
            "Percentages as the bylaws set them, each part exactly 100%. The surplus from non-member business is not shared among members."
        )
    }
    package var memberAllocationHeading: String { pick("SHU bagian anggota (%)", "Members' surplus (%)") }
    package var nonMemberAllocationHeading: String { pick("SHU dari non-anggota (%)", "Non-member surplus (%)") }
    package var savingsCountsHeading: String { pick("Simpanan yang dihitung", "Savings counted") }
    package var businessCountsHeading: String { pick("Transaksi yang dihitung (bobot %)", "Business counted (weight %)") }
    package func basisName(_ basis: SHURules.SavingsBasis) -> String {
        switch basis {
        case .yearEnd: pick("Saldo akhir tahun", "Balance at year end")
        case .averageMonthly: pick("Rata-rata saldo akhir bulan", "Average month-end balance")
        }
    }
    package func sourceName(_ source: SHURules.BusinessSource) -> String {
        switch source {
        case .loanInterest: pick("Jasa pinjaman yang dibayar", "Loan interest paid")
        case .store: pick("Belanja di toko koperasi", "Store purchases")
        case .produce: pick("Hasil panen yang disetor", "Produce delivered")
        }
    }
    package var joinedBeforeLabel: String { pick("Hanya anggota yang masuk sebelum tanggal", "Only members who joined before") }
    package var payToLabel: String { pick("SHU anggota dibayarkan", "Members' SHU goes") }
    package var payToSavings: String { pick("Ke simpanan sukarela", "To voluntary savings") }
    package var payToPayable: String { pick("Diambil tunai", "Collected in cash") }
    package var saveSHURules: String { pick("Simpan aturan", "Save the rules") }
    package var otherFundHint: String {
        pick(
            "Dana lain yang disebut AD/ART: tulis nama=persen, dipisah titik koma, dan kode akunnya di bagan akun (mis. zakat=2,5).",
            "Other funds the bylaws name: name=percent, separated by semicolons, with its account code in the chart (e.g. zakat=2.5)."
        )
    }
    package var otherFundsLabel: String { pick("Dana lain", "Other funds") }
    package var fundAccountsLabel: String { pick("Akun dana lain (nama=kode)", "Other funds' accounts (name=code)") }
    package var surplusToShareLabel: String { pick("SHU yang dibagi", "Surplus to share") }
    package var membersLinesLabel: String { pick("Anggota: nama;simpanan;transaksi", "Members: name;savings;business") }
    package var membersLinesHint: String {
        pick("Satu baris satu anggota, misalnya: Siti;1250000;3000000", "One member a line, e.g. Siti;1250000;3000000")
    }
    package var simulateButton: String { pick("Hitung", "Compute") }
    package var yourSHUHeading: String { pick("SHU Anda", "Your SHU") }
    package var memberSHUHeading: String { pick("SHU anggota ini", "This member's SHU") }
    package func yourSHU(_ year: Int) -> String { pick("SHU \(year)", "SHU \(year)") }
    package func capitalExplanation(pool: String, savings: String, total: String, share: String) -> String {
        pick(
            "Jasa modal = \(pool) × simpanan Anda \(savings) ÷ simpanan semua anggota \(total) = \(share)",
            "Capital share = \(pool) × your savings \(savings) ÷ all members' savings \(total) = \(share)")
    }
    package func patronageExplanation(pool: String, business: String, total: String, share: String) -> String {
        pick(
            "Jasa usaha = \(pool) × transaksi Anda \(business) ÷ transaksi semua anggota \(total) = \(share)",
            "Patronage share = \(pool) × your business \(business) ÷ all members' business \(total) = \(share)")
    }
    package var shuRoundedDown: String {
        pick(
            "Tiap bagian dibulatkan ke bawah; sisanya masuk cadangan.",
            "Each part is rounded down; what is left goes to the reserve.")
    }
    package func shuNotice(_ key: String) -> String? {
        switch key {
        case "year_closed":
            pick(
                "Buku tahunan ditutup; rancangan pembagian SHU siap dibawa ke RAT.",
                "The year is closed; the draft SHU distribution is ready for the meeting.")
        case "shu_computed":
            pick(
                "Rancangan pembagian SHU dihitung ulang dari pembukuan.",
                "The draft distribution was computed again from the books.")
        case "shu_posted": pick("Pembagian SHU dibukukan.", "The SHU distribution is posted.")
        case "shu_paid": pick("SHU dibayar tunai.", "The SHU was paid in cash.")
        case "shu_rules_saved": pick("Aturan pembagian SHU disimpan.", "The SHU rules are saved.")
        default: nil
        }
    }
}
