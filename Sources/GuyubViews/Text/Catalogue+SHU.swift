import GuyubCore

/// The words of the SHU simulation.
extension Catalogue {
    func shu(_ e: SHUError) -> String {
        switch e {
        case .negativeSurplus: pick("SHU tidak boleh negatif.", "The surplus cannot be negative.")
        case .negativePercentage: pick("Persentase tidak boleh negatif.", "A percentage cannot be negative.")
        case .overHundredPercent:
            pick("Jumlah persentase pembagian lebih dari 100%.", "The percentages add up to more than 100%.")
        case .notHundredPercent:
            pick("Jumlah persentase pembagian harus tepat 100%.", "The percentages must add up to exactly 100%.")
        case .negativeMemberFigure:
            pick(
                "Simpanan dan transaksi anggota tidak boleh negatif.",
                "A member's savings and business cannot be negative.")
        case .duplicateMember: pick("Ada anggota yang tercantum dua kali.", "A member is listed twice.")
        case .totalsBelowMembers:
            pick(
                "Jumlah simpanan atau transaksi lebih kecil dari milik anggota yang tercantum.",
                "The totals are smaller than the listed members' own figures.")
        case .invalidInput(let field): pick("\(shuField(field)) tidak dapat dibaca.", "\(shuField(field)) cannot be read.")
        case .nonMemberToMembers:
            pick(
                "SHU dari usaha dengan non-anggota tidak dibagikan kepada anggota (jasa modal dan jasa usaha 0%).",
                "The surplus from non-member business is not shared among members (capital and patronage 0%).")
        case .fundWithoutAccount(let fund):
            pick(
                "Dana \(fund) belum punya akun di bagan akun; sebutkan kode akunnya.",
                "The \(fund) fund has no account in the chart; give its account code.")
        }
    }

    package func shuInputMissing(_ path: String?) -> String {
        pick(
            "Berkas masukan tidak ditemukan\(path.map { ": " + $0 } ?? ""). Pakai --input FILE.json.",
            "No input file\(path.map { ": " + $0 } ?? ""). Use --input FILE.json.")
    }
    package var shuInputUnreadable: String {
        pick(
            "Berkas masukan bukan JSON yang dikenali (surplus, allocation, members).",
            "The input is not the JSON expected (surplus, allocation, members).")
    }

    /// The funds, then each member's shares, as a plain-text table.
    package func shuTable(_ d: SHUDistribution, decimals: Int) -> String {
        func money(_ v: Int64) -> String { format.money(minorUnits: v, decimals: decimals) }
        var lines = [pick("Dana", "Funds")]
        for fund in SHURules.inBylawOrder(d.pools.keys) { lines.append("  \(fundName(fund)): \(money(d.pools[fund]!))") }
        lines.append(
            (d.partial
                ? pick("Sisa untuk anggota lain dan pembulatan: ", "Left for the other members and rounding: ")
                : pick("Sisa pembulatan ke cadangan: ", "Rounding left, to the reserve: "))
                + money(d.remainder.values.reduce(0, +)))
        if d.unallocated > 0 { lines.append(pick("Tidak dibagi: ", "Not allocated: ") + money(d.unallocated)) }
        lines.append(pick("Anggota (jasa modal + jasa usaha = jumlah)", "Members (capital + patronage = total)"))
        for share in d.members {
            lines.append("  \(share.id): \(money(share.capital)) + \(money(share.patronage)) = \(money(share.total))")
        }
        return lines.joined(separator: "\n")
    }
}

extension Catalogue {
    /// The parts of the SHU rules and simulation, as their forms name them.
    func shuField(_ field: String) -> String {
        switch field {
        case "allocation": pick("Pembagian SHU", "The SHU allocation")
        case "businessWeights": pick("Bobot jasa usaha", "The business weights")
        case "fundAccounts": pick("Akun dana", "The fund accounts")
        case "joinedBefore": pick("Batas tanggal masuk anggota", "The joining date limit")
        case "members": pick("Daftar anggota", "The member list")
        case "payTo": pick("Cara pembayaran SHU", "Where the SHU is paid")
        case "rounding": pick("Cara pembulatan", "The rounding")
        case "savingsBasis": pick("Dasar simpanan", "The savings basis")
        case "savingsKinds": pick("Jenis simpanan yang dihitung", "The savings counted")
        case "surplus": pick("Jumlah SHU", "The surplus")
        case "decimals": pick("Jumlah desimal", "The decimals")
        default: pick("Isian", "The input")
        }
    }
}
