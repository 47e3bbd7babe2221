import GuyubCore

/// How the books describe the entries the product posts (always in the cooperative's language).
extension Catalogue {
    package func depositDescription(_ kind: SavingsKind, member: String, number: Int, channel: PaymentChannel) -> String {
        pick("Setoran simpanan \(savingsKind(kind).lowercased()) \(member) (No. \(number)), \(self.channel(channel).lowercased())",
             "\(savingsKind(kind)) savings deposit, \(member) (no. \(number)), \(self.channel(channel).lowercased())")
    }

    package func withdrawalDescription(_ kind: SavingsKind, member: String, number: Int, channel: PaymentChannel) -> String {
        pick("Penarikan simpanan \(savingsKind(kind).lowercased()) \(member) (No. \(number)), \(self.channel(channel).lowercased())",
             "\(savingsKind(kind)) savings withdrawal, \(member) (no. \(number)), \(self.channel(channel).lowercased())")
    }

    package func transferDescription(from: String, fromNumber: Int, to: String, toNumber: Int) -> String {
        pick("Pindah buku simpanan sukarela dari \(from) (No. \(fromNumber)) ke \(to) (No. \(toNumber))",
             "Voluntary savings transfer from \(from) (no. \(fromNumber)) to \(to) (no. \(toNumber))")
    }

    package func exitDescription(member: String, number: Int, status: MemberStatus) -> String {
        pick("Pengembalian simpanan \(member) (No. \(number)), \(self.status(status).lowercased())",
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
