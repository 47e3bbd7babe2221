import GuyubCore

extension Catalogue {
    func amount(_ e: AmountError) -> String {
        switch e {
        case .missing: pick("Jumlah wajib diisi.", "The amount is required.")
        case .invalid:
            pick(
                "Jumlah tidak dapat dibaca. Tulis seperti 1.250.000 atau Rp 50.000.",
                "The amount cannot be read. Write it like 1250000 or Rp 1.250.000.")
        case .ambiguous(let whole, let fraction):
            pick(
                "\(whole),\(fraction) bisa berarti \(whole).\(fraction) atau \(whole) koma \(fraction). Untuk ribuan tulis \(whole).\(fraction) atau \(whole)\(fraction).",
                "\(whole),\(fraction) could mean \(whole) thousand or \(whole) with decimals. For thousands write \(whole).\(fraction) or \(whole)\(fraction)."
            )
        case .tooManyDecimals(let d, let whole, let fraction):
            d == 0
                ? pick(
                    "Rupiah tidak memakai sen: terbaca \(readAmount(whole, fraction)). Tulis tanpa angka di belakang koma.",
                    "Rupiah has no cents: read as \(readAmount(whole, fraction)). Write it without decimals.")
                : pick(
                    "Terbaca \(readAmount(whole, fraction)): paling banyak \(d) angka di belakang koma.",
                    "Read as \(readAmount(whole, fraction)): at most \(d) decimals.")
        case .tooLarge: pick("Jumlah terlalu besar.", "The amount is too large.")
        case .notPositive: pick("Jumlah harus lebih dari nol.", "The amount must be more than zero.")
        }
    }

    /// What the reader understood, written back the way the app writes numbers: `1.250,5`.
    private func readAmount(_ whole: String, _ fraction: String) -> String {
        (Int64(whole).map(format.number) ?? whole) + "," + fraction
    }

    func ledger(_ e: LedgerError) -> String {
        switch e {
        case .tooFewLines: pick("Jurnal memerlukan paling sedikit dua baris.", "An entry needs at least two lines.")
        case .invalidLine(let i):
            pick(
                "Baris \(i + 1): isi debit atau kredit (salah satu, lebih dari nol).",
                "Line \(i + 1): fill in either a debit or a credit, more than zero.")
        case .unbalanced(let d, let c):
            pick(
                "Debit (\(format.money(minorUnits: d))) tidak sama dengan kredit (\(format.money(minorUnits: c))).",
                "Debits (\(format.money(minorUnits: d))) do not equal credits (\(format.money(minorUnits: c))).")
        case .amountTooLarge: pick("Jumlah terlalu besar.", "The amount is too large.")
        case .balanceTooLarge:
            pick(
                "Jumlah ini akan membuat saldo melampaui batas pembukuan; periksa kembali jumlahnya.",
                "This amount would take a balance past what the books can hold; check the amount.")
        case .descriptionRequired: pick("Keterangan jurnal wajib diisi.", "The entry needs a description.")
        case .descriptionTooLong:
            pick(
                "Keterangan paling panjang \(JournalDraft.maxDescriptionLength) karakter.",
                "The description can be at most \(JournalDraft.maxDescriptionLength) characters.")
        case .closedPeriod(let through):
            pick(
                "Buku sudah ditutup sampai \(format.date(through)); tanggal harus sesudahnya.",
                "The books are closed through \(format.date(through)); the date must be after it.")
        case .unknownAccount: pick("Akun tidak ditemukan.", "Account not found.")
        case .inactiveAccount: pick("Akun ini sudah tidak aktif.", "This account is no longer active.")
        case .entryNotFound: pick("Jurnal tidak ditemukan.", "Journal entry not found.")
        case .notReversible:
            pick(
                "Jurnal pinjaman, penutup tahun, dan pembagian atau pembayaran SHU tidak bisa dibalik di sini; "
                    + "koreksi pinjaman dilakukan lewat halaman pinjamannya.",
                "Loan entries, a year's closing entry and the entries of a SHU distribution or payout cannot be "
                    + "reversed here; a loan is corrected from its own page.")
        case .alreadyReversed:
            pick(
                "Jurnal ini sudah dibalik, atau merupakan jurnal pembalik.",
                "This entry has already been reversed, or is itself a reversal.")
        case .accountCodeTaken: pick("Kode akun ini sudah dipakai.", "That account code is taken.")
        case .invalidAccountCode:
            pick(
                "Kode akun ditulis seperti 5-3200; angka pertama menunjukkan jenisnya (1 aset … 5 beban).",
                "Account codes look like 5-3200; the first digit is the type (1 assets … 5 expenses).")
        case .accountNameRequired:
            pick(
                "Nama akun wajib diisi (paling panjang 120 karakter).",
                "The account needs a name (at most 120 characters).")
        case .accountInUse:
            pick(
                "Akun ini dipakai oleh sistem atau sudah berisi transaksi; akun hanya dapat dinonaktifkan.",
                "This account is used by the system or has postings; it can only be deactivated.")
        case .controlAccount:
            pick(
                "Akun ini hanya bergerak lewat transaksinya sendiri (simpanan anggota, pinjaman, PPAP, SHU), "
                    + "bukan jurnal manual.",
                "This account moves only through its own operations (members' savings, loans, allowance, SHU), "
                    + "not manual entries.")
        case .periodNotOpen: pick("Bulan ini tidak dapat ditutup sekarang.", "This month cannot be closed now.")
        case .unknownUnit: pick("Unit usaha tidak ditemukan.", "Business unit not found.")
        case .unitCodeTaken: pick("Kode unit usaha ini sudah dipakai.", "That business unit code is taken.")
        case .invalidUnitCode:
            pick(
                "Kode unit usaha 1–12 huruf, angka, atau tanda hubung, misalnya SP atau TOKO.",
                "A business unit code is 1–12 letters, digits or dashes, such as SP or TOKO.")
        }
    }

    func savings(_ e: SavingsError) -> String {
        switch e {
        case .insufficientFunds(let available):
            available > 0
                ? pick(
                    "Saldo tidak cukup: yang dapat ditarik paling banyak \(format.money(minorUnits: available)) (saldo minimum harus tetap tersisa).",
                    "Not enough in the account: at most \(format.money(minorUnits: available)) can be taken (the minimum balance must remain)."
                )
                : pick(
                    "Saldo tidak cukup: belum ada yang dapat ditarik (saldo minimum harus tetap tersisa).",
                    "Not enough in the account: nothing can be taken yet (the minimum balance must remain).")
        case .overCounterLimit(let limit):
            pick(
                "Satu transaksi di kasir paling banyak \(format.money(minorUnits: limit)) (batas di pengaturan simpanan).",
                "One counter transaction is at most \(format.money(minorUnits: limit)) (the limit in the savings settings).")
        case .notWithdrawable(let kind):
            pick(
                "Simpanan \(savingsKind(kind).lowercased()) tidak dapat ditarik selama masih menjadi anggota.",
                "\(savingsKind(kind)) savings cannot be withdrawn while a member.")
        case .notAMember:
            pick(
                "Hanya anggota aktif yang dapat menabung; calon anggota membayar simpanan pokok dulu.",
                "Only active members can save; an applicant pays the principal savings first.")
        case .accountClosed: pick("Rekening simpanan ini sudah ditutup.", "This savings account is closed.")
        case .sameMember:
            pick("Pengirim dan penerima harus anggota yang berbeda.", "Sender and recipient must be different members.")
        case .invalidSetting(let field):
            pick(
                "Pengaturan \(settingName(field).lowercased()) tidak valid.",
                "The setting \(settingName(field).lowercased()) is not valid.")
        case .unknownKind: pick("Jenis simpanan tidak dikenali.", "Unknown kind of savings.")
        case .unknownChannel: pick("Cara bayar tidak dikenali (tunai, bank, atau QRIS).", "Unknown channel (cash, bank or QRIS).")
        case .pokokAlreadyPaid: pick("Simpanan pokok sudah lunas.", "The principal savings are already paid.")
        case .pokokAmountMismatch(let due):
            pick(
                "Simpanan pokok yang harus dibayar \(format.money(minorUnits: due)).",
                "The principal savings due are \(format.money(minorUnits: due)).")
        case .notDue: pick("Belum jatuh tempo.", "Not due yet.")
        case .monthNotBillable:
            pick(
                "Wajib hanya ditagih untuk bulan ini atau bulan sebelumnya, sejak pembukuan dimulai.",
                "Wajib is billed for this month or an earlier one since the books began, never for one to come.")
        case .settlementRequired:
            pick(
                "Sebutkan cara pengembalian simpanan anggota yang keluar.",
                "Say how the departing member's savings are paid out.")
        }
    }

    package func savingsKind(_ kind: SavingsKind) -> String {
        switch kind {
        case .pokok: pick("Pokok", "Principal")
        case .wajib: pick("Wajib", "Mandatory")
        case .sukarela: pick("Sukarela", "Voluntary")
        case .berjangka: pick("Berjangka", "Term deposit")
        }
    }

    package func channel(_ channel: PaymentChannel) -> String {
        switch channel {
        case .cash: pick("Tunai", "Cash")
        case .bank: pick("Transfer bank", "Bank transfer")
        case .qris: "QRIS"
        }
    }
}

extension Catalogue {
    /// A savings setting by the name its form gives it.
    func settingName(_ field: String) -> String {
        switch field {
        case "sukarelaBasis", "sukarelaInterestBasis": pick("Dasar perhitungan jasa sukarela", "Voluntary savings interest basis")
        case "termMonths": pick("Jangka waktu berjangka", "Term deposit term")
        case "wajibClasses": pick("Golongan simpanan wajib", "Mandatory savings classes")
        default: auditField(field)?.name ?? pick("Simpanan", "Savings")
        }
    }
}
