import GuyubCore

extension Catalogue {
    func loan(_ e: LoanError) -> String {
        switch e {
        case .field(let e): field(e, named: loanField)
        case .invalidRate:
            pick(
                "Bunga ditulis sebagai persen, misalnya 12 atau 1,25 (paling banyak 4 angka desimal).",
                "Write the rate as a percentage, such as 12 or 1.25 (at most 4 decimals).")
        case .rateTooHigh: pick("Bunga paling tinggi 100% setahun.", "The rate can be at most 100% a year.")
        case .invalidPrincipal:
            pick(
                "Pokok pinjaman harus berupa jumlah lebih dari nol, misalnya 5000000.",
                "The principal must be an amount above zero, such as 5000000.")
        case .invalidPeriods:
            pick(
                "Jumlah angsuran harus antara 1 dan \(LoanTerms.maxPeriods).",
                "The number of instalments must be between 1 and \(LoanTerms.maxPeriods).")
        case .invalidEvery:
            pick(
                "Jarak angsuran tidak valid: 1–12 bulan atau 1–4 minggu.",
                "The period between instalments must be 1–12 months or 1–4 weeks.")
        case .invalidGrace:
            pick(
                "Masa tenggang harus lebih pendek dari jangka pinjaman (jenisnya: interest-only atau none).",
                "The grace period must be shorter than the loan (kind: interest-only or none).")
        case .invalidInterestOnly:
            pick(
                "Bulan musiman ditulis 1–12, dan tidak boleh semua bulan.",
                "Seasonal months are 1–12, and not all of them.")
        case .invalidDecimals: pick("Desimal mata uang hanya 0 atau 2.", "The currency's decimals are 0 or 2.")
        case .unknownMethod: pick("Metode bunga: flat, efektif atau anuitas.", "Interest method: flat, efektif or anuitas.")
        case .unknownRounding: pick("Pembulatan: half-up, half-even atau down.", "Rounding: half-up, half-even or down.")
        case .unknownDayCount: pick("Hitungan hari: 30/360 atau actual/365.", "Day count: 30/360 or actual/365.")
        case .datedScheduleNeedsStart:
            pick(
                "Hitungan hari aktual dan bulan musiman memerlukan tanggal pencairan.",
                "Actual day count and seasonal months need the disbursement date.")
        case .invalidProduct(let field):
            pick(
                "Pengaturan produk pinjaman tidak valid: \(loanField(field)).",
                "Invalid loan product setting: \(loanField(field)).")
        case .unknownProduct: pick("Produk pinjaman tidak ditemukan.", "Loan product not found.")
        case .productInactive: pick("Produk pinjaman ini sudah tidak dipakai.", "This loan product is no longer offered.")
        case .rateOutOfRange: pick("Bunga di luar batas produk ini.", "The rate is outside this product's range.")
        case .periodsOutOfRange: pick("Jangka waktu di luar batas produk ini.", "The term is outside this product's range.")
        case .principalOutOfRange:
            pick("Jumlah pinjaman di luar batas produk ini.", "The amount is outside this product's range.")
        case .overLimit(let limit):
            pick(
                "Melebihi plafon anggota ini: paling banyak \(format.money(minorUnits: limit)).",
                "Over this member's limit: at most \(format.money(minorUnits: limit)).")
        case .collateralRequired: pick("Produk ini memerlukan keterangan agunan.", "This product needs the collateral described.")
        case .notAMember: pick("Peminjam harus anggota aktif.", "The borrower must be an active member.")
        case .ownApplication:
            pick(
                "Permohonan yang Anda masukkan sendiri harus disetujui pengurus lain.",
                "An application you entered must be decided by another board member.")
        case .ownLoan:
            pick(
                "Keputusan atas pinjaman Anda sendiri diambil oleh pengurus lain.",
                "Decisions on your own loan are taken by another board member.")
        case .nothingToWriteOff: pick("Tidak ada sisa pokok yang dapat dihapusbukukan.", "No principal is left to write off.")
        case .wrongStatus(let status):
            pick(
                "Pinjaman berstatus \(loanStatus(status)); tindakan ini tidak dapat dilakukan.",
                "The loan is \(loanStatus(status)); this cannot be done now.")
        case .loanClosed: pick("Pinjaman ini sudah lunas atau ditutup.", "This loan is paid off or closed.")
        case .overpayment(let payoff):
            pick(
                "Pembayaran melebihi sisa kewajiban (\(format.money(minorUnits: payoff))).",
                "The payment is more than what is owed (\(format.money(minorUnits: payoff))).")
        case .insufficientSavings: pick("Saldo simpanan sukarela tidak mencukupi.", "Not enough voluntary savings.")
        case .reasonRequired: pick("Tuliskan alasannya.", "Give the reason.")
        }
    }

    func loanField(_ field: String) -> String {
        switch field {
        case "principal": pick("Pokok pinjaman", "Principal")
        case "rate": pick("Bunga", "Rate")
        case "periods": pick("Jumlah angsuran", "Number of instalments")
        case "method": pick("Metode bunga", "Interest method")
        case "productId": pick("Produk pinjaman", "Loan product")
        case "memberId": pick("Anggota", "Member")
        case "channel": pick("Cara bayar", "Channel")
        case "amount": pick("Jumlah", "Amount")
        case "code": pick("Kode", "Code")
        case "name": pick("Nama", "Name")
        default: fieldName(field)
        }
    }

    package func loanStatus(_ status: LoanStatus) -> String {
        switch status {
        case .applied: pick("diajukan", "applied")
        case .reviewed: pick("sudah ditinjau", "reviewed")
        case .approved: pick("disetujui", "approved")
        case .rejected: pick("ditolak", "rejected")
        case .active: pick("berjalan", "active")
        case .closed: pick("lunas", "paid off")
        case .writtenOff: pick("dihapusbukukan", "written off")
        }
    }

    /// A schedule as a plain-text table for the command line.
    package func scheduleTable(_ schedule: LoanSchedule, decimals: Int) -> String {
        func money(_ v: Int64) -> String {
            format.money(minorUnits: v, decimals: decimals, symbol: "").trimmingCharacters(in: .whitespaces)
        }
        let header = [
            pick("Ke", "No"), pick("Jatuh tempo", "Due"), pick("Pokok", "Principal"), pick("Jasa", "Interest"),
            pick("Angsuran", "Payment"), pick("Sisa pokok", "Balance"),
        ]
        var rows = schedule.installments.map {
            [
                "\($0.number)", $0.due.map(format.date) ?? "", money($0.principal), money($0.interest), money($0.payment),
                money($0.balance),
            ]
        }
        rows.append([
            pick("Jumlah", "Total"), "", money(schedule.totalPrincipal), money(schedule.totalInterest),
            money(schedule.totalPayment), "",
        ])
        let keep = schedule.installments.contains { $0.due != nil } ? Array(0..<6) : [0, 2, 3, 4, 5]
        let table = ([header] + rows).map { row in keep.map { row[$0] } }
        let widths = keep.indices.map { column in table.map { $0[column].count }.max()! }
        return table.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
