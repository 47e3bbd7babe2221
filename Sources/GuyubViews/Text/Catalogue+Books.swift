import GuyubCore

/// How the books describe the entries the product posts (always in the cooperative's language).
extension Catalogue {
    package func depositDescription(_ kind: SavingsKind, member: String, number: Int, channel: PaymentChannel) -> String {
        pick(
            "Setoran simpanan \(savingsKind(kind).lowercased()) \(member) (No. \(number)), \(self.channel(channel).lowercased())",
            "\(savingsKind(kind)) savings deposit, \(member) (no. \(number)), \(self.channel(channel).lowercased())")
    }

    package func withdrawalDescription(_ kind: SavingsKind, member: String, number: Int, channel: PaymentChannel) -> String {
        pick(
            "Penarikan simpanan \(savingsKind(kind).lowercased()) \(member) (No. \(number)), \(self.channel(channel).lowercased())",
            "\(savingsKind(kind)) savings withdrawal, \(member) (no. \(number)), \(self.channel(channel).lowercased())")
    }

    package func transferDescription(from: String, fromNumber: Int, to: String, toNumber: Int) -> String {
        pick(
            "Pindah buku simpanan sukarela dari \(from) (No. \(fromNumber)) ke \(to) (No. \(toNumber))",
            "Voluntary savings transfer from \(from) (no. \(fromNumber)) to \(to) (no. \(toNumber))")
    }

    package func exitDescription(member: String, number: Int, status: MemberStatus) -> String {
        pick(
            "Pengembalian simpanan \(member) (No. \(number)), \(self.status(status).lowercased())",
            "Savings returned to \(member) (no. \(number)), \(self.status(status).lowercased())")
    }

    package func reversalDescription(number: Int, reason: String) -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return pick("Pembalikan jurnal No. \(number)", "Reversal of entry no. \(number)") + (reason.isEmpty ? "" : ": \(reason)")
    }

    /// A note the teller added, after the description.
    package func withNote(_ description: String, _ note: String?) -> String {
        guard let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty else { return description }
        return "\(description) — \(note)"
    }
}

extension Catalogue {
    package var currentSurplus: String { pick("SHU tahun berjalan", "Surplus of the year") }
}

extension Catalogue {
    package func sukarelaInterestDescription(_ month: YearMonth) -> String {
        pick("Jasa simpanan sukarela \(monthName(month))", "Interest on voluntary savings, \(monthName(month))")
    }
    package func termAccrualDescription(_ month: YearMonth) -> String {
        pick("Jasa simpanan berjangka \(monthName(month)) (akrual)", "Term deposit interest accrued, \(monthName(month))")
    }
    package func maturityDescription(member: String, number: Int) -> String {
        pick(
            "Simpanan berjangka \(member) (No. \(number)) jatuh tempo, dipindahkan ke sukarela",
            "Term deposit of \(member) (no. \(number)) matured, moved to voluntary savings")
    }
    package func breakDescription(member: String, number: Int) -> String {
        pick(
            "Pencairan simpanan berjangka \(member) (No. \(number)) sebelum jatuh tempo",
            "Term deposit of \(member) (no. \(number)) broken before maturity")
    }

    /// `November 2026`.
    package func monthName(_ month: YearMonth) -> String { "\(monthNames[month.month - 1]) \(month.year)" }
    var monthNames: [String] {
        language == .id
            ? [
                "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
                "Desember",
            ]
            : [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                "December",
            ]
    }

    package func monthClosed(_ month: YearMonth, interest: Int64, tax: Int64, accrued: Int64, maturities: Int, dues: Int)
        -> String
    {
        pick(
            "Buku \(monthName(month)) ditutup: jasa sukarela \(format.money(minorUnits: interest)) (pajak \(format.money(minorUnits: tax))), "
                + "akrual berjangka \(format.money(minorUnits: accrued)), \(maturities) jatuh tempo, \(dues) tagihan wajib.",
            "Books for \(monthName(month)) closed: voluntary interest \(format.money(minorUnits: interest)) (tax \(format.money(minorUnits: tax))), "
                + "term accruals \(format.money(minorUnits: accrued)), \(maturities) matured, \(dues) wajib bills.")
    }
    package func monthAlreadyClosed(_ month: YearMonth) -> String {
        pick(
            "Buku \(monthName(month)) sudah ditutup; tidak ada yang berubah.",
            "The books for \(monthName(month)) are already closed; nothing changed.")
    }
}

extension Catalogue {
    package var businessUnit: String { pick("Unit usaha", "Business unit") }
    package var wholeCooperative: String { pick("— seluruh koperasi —", "— the whole cooperative —") }
    package var businessUnits: String { pick("Unit usaha", "Business units") }
    package var businessUnitsLead: String {
        pick(
            "Baris jurnal dapat ditandai dengan unit usahanya, agar laporan tiap unit dapat dibuat terpisah maupun gabungan.",
            "Journal lines can carry their business unit, so each unit can be reported apart as well as together.")
    }
    package var unitCode: String { pick("Kode unit", "Unit code") }
    package var unitName: String { pick("Nama unit", "Unit name") }
    package var addUnit: String { pick("Tambah unit", "Add unit") }
}
