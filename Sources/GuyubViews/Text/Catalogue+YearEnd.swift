import GuyubCore

/// The words of the year-end close and the SHU distribution.
extension Catalogue {
    func yearEnd(_ e: YearEndError) -> String {
        switch e {
        case .yearNotOver(let year): pick("Tahun buku \(year) belum berakhir.", "The financial year \(year) is not over yet.")
        case .yearAlreadyClosed(let year):
            pick(
                "Buku tahun \(year) sudah ditutup; tidak ada yang berubah.",
                "The books of \(year) are already closed; nothing changed.")
        case .yearNotClosed(let year):
            pick(
                "Buku tahun \(year) belum ditutup; tutup buku dulu.",
                "The books of \(year) are not closed yet; close the year first.")
        case .notApproved(let year):
            pick(
                "Pembagian SHU \(year) belum disetujui Rapat Anggota; belum boleh dibukukan.",
                "The \(year) SHU distribution has not been approved by the members' meeting; it cannot be posted yet.")
        case .alreadyPosted(let year):
            pick("Pembagian SHU \(year) sudah dibukukan.", "The \(year) SHU distribution is already posted.")
        case .alreadyApproved(let year):
            pick(
                "Pembagian SHU \(year) sudah disetujui RAT; angkanya tetap seperti yang disetujui.",
                "The \(year) SHU distribution was approved by the members' meeting; its figures stay as approved.")
        case .shareNotPayable:
            pick(
                "SHU anggota ini tidak sedang menunggu diambil tunai.",
                "This member's SHU is not waiting to be collected in cash.")
        case .shareNotFound: pick("Anggota ini tidak mendapat SHU tahun itu.", "This member has no SHU share for that year.")
        case .invalidYear: pick("Tahun tidak dapat dibaca.", "The year cannot be read.")
        }
    }

    package func yearClosingEntry(_ year: Int) -> String {
        pick("Jurnal penutup tahun buku \(year)", "Closing entry of the financial year \(year)")
    }
    package func shuDistributionEntry(_ year: Int) -> String {
        pick(
            "Pembagian SHU tahun buku \(year) sesuai keputusan RAT", "SHU distribution of \(year) as the members' meeting decided"
        )
    }
    package func shuPayoutEntry(_ year: Int, member: String, number: Int) -> String {
        pick("Pembayaran SHU \(year) kepada \(member) (no. \(number))", "SHU \(year) paid to \(member) (no. \(number))")
    }
    package func yearClosed(_ year: Int, months: Int, member: Int64, nonMember: Int64, members: Int) -> String {
        pick(
            "Buku tahun \(year) ditutup (\(months) bulan ikut ditutup). SHU bagian anggota \(format.money(minorUnits: member)), "
                + "dari usaha dengan non-anggota \(format.money(minorUnits: nonMember)); rancangan pembagian untuk \(members) anggota siap dibawa ke RAT.",
            "The books of \(year) are closed (\(months) months closed with them). Members' surplus \(format.money(minorUnits: member)), "
                + "from non-member business \(format.money(minorUnits: nonMember)); a draft distribution for \(members) members is ready for the meeting."
        )
    }
}

extension Catalogue {
    package func closingYear(_ year: Int) -> String {
        pick(
            "Menutup buku tahun \(year): bulan yang masih terbuka, jurnal penutup, lalu rancangan pembagian SHU…",
            "Closing the books of \(year): the months still open, the closing entry, then the draft SHU distribution…")
    }
}
