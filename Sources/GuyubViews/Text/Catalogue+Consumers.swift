import GuyubCore

/// The words of consumers, referrals and vouchers: entries, the code message, statuses and refusals.
extension Catalogue {
    /// The message that carries a one-time code to a phone.
    package func phoneCodeMessage(_ code: String, cooperative: String) -> String {
        pick(
            "Kode masuk \(cooperative): \(code). Berlaku 10 menit. Jangan berikan kode ini kepada siapa pun.",
            "\(cooperative) sign-in code: \(code). Good for 10 minutes. Do not share it with anyone.")
    }

    /// The journal's description of a new consumer's welcome voucher.
    package var welcomeVoucherEntry: String { pick("Voucher sambutan konsumen baru", "Welcome voucher for a new consumer") }

    /// The journal's description of a referral's reward.
    package func referralRewardEntry(_ member: String) -> String {
        pick("Hadiah anggota bantu konsumen: \(member)", "Referral reward: \(member)")
    }

    /// The journal's description of a referral's reward taken back.
    package func referralReversalEntry(_ member: String) -> String {
        pick("Pembatalan hadiah anggota bantu konsumen: \(member)", "Referral reward taken back: \(member)")
    }

    /// The journal's description of a voucher no longer good.
    package func voucherExpiredEntry(_ code: String) -> String {
        pick("Voucher \(code) kedaluwarsa", "Voucher \(code) expired")
    }

    /// The journal's description of a package handed over.
    package func voucherCollectedEntry(_ code: String) -> String {
        pick("Paket voucher \(code) diambil", "Voucher \(code) package collected")
    }

    /// What the day's job did for referrals and vouchers.
    package func consumersClosedDay(rewarded: Int, refused: Int, expired: Int) -> String {
        pick(
            "Ajak konsumen: \(rewarded) dapat hadiah, \(refused) tidak; \(expired) voucher kedaluwarsa.",
            "Referrals: \(rewarded) rewarded, \(refused) refused; \(english(expired, "voucher")) expired.")
    }

    package func referralStatus(_ status: ReferralStatus) -> String {
        switch status {
        case .pending: pick("Menunggu", "Pending")
        case .rewarded: pick("Dapat hadiah", "Rewarded")
        case .reversed: pick("Hadiah dibatalkan", "Reward taken back")
        case .refused: pick("Tidak dapat hadiah", "No reward")
        }
    }

    package func referralRefusal(_ reason: ReferralRefusal) -> String {
        switch reason {
        case .selfReferral: pick("mengajak diri sendiri atau serumah", "brought themselves or their household")
        case .overMonthlyCap: pick("melewati batas hadiah bulan ini", "over this month's cap")
        case .belowMinimum: pick("belanja pertama di bawah minimum", "first purchase below the minimum")
        case .returned: pick("belanja pertama dikembalikan", "first purchase brought back")
        }
    }

    package func voucherStatus(_ status: VoucherStatus) -> String {
        switch status {
        case .active: pick("Berlaku", "Good")
        case .used: pick("Sudah dipakai", "Used")
        case .expired: pick("Kedaluwarsa", "Expired")
        case .void: pick("Dibatalkan", "Voided")
        }
    }

    package func consumerField(_ field: String) -> String {
        switch field {
        case "phone": pick("Nomor HP", "Phone")
        case "code": pick("Kode", "Code")
        case "referralCode": pick("Kode ajakan", "Referral code")
        case "voucherCode": pick("Kode voucher", "Voucher code")
        case "nik": pick("NIK", "NIK")
        case "address": pick("Alamat", "Address")
        case "reason": pick("Alasan", "Reason")
        case "voucherValue": pick("Nilai voucher", "Voucher value")
        case "packageProductId": pick("Barang paket", "Package goods")
        case "packageQuantity": pick("Jumlah paket", "Package quantity")
        case "minimumPurchase": pick("Belanja minimum", "Minimum purchase")
        case "returnWindowDays": pick("Masa pengembalian", "Return window")
        case "monthlyCap": pick("Batas hadiah sebulan", "Monthly cap")
        case "welcomeValue": pick("Voucher sambutan", "Welcome voucher")
        case "voucherDays": pick("Masa berlaku voucher", "Voucher lifetime")
        case "title": pick("Judul", "Title")
        case "body": pick("Isi", "Text")
        case "categoryId": pick("Kategori", "Category")
        case "answer": pick("Jawaban", "Answer")
        case "outcomeNote": pick("Keterangan hasilnya", "What it became, in words")
        case "outcome": pick("Menjadi apa", "What it became")
        case "productId": pick("Produk", "Product")
        case "topic": pick("Topik", "Topic")
        case "kind": pick("Bentuk pertemuan", "Kind of session")
        case "heldOn": pick("Tanggal", "Date")
        case "startsAt": pick("Jam", "Time")
        case "place": pick("Tempat", "Place")
        case "group": pick("Mewakili", "Speaking for")
        case "memberId": pick("Anggota", "Member")
        case "consumerId": pick("Konsumen", "Consumer")
        case "supplierId": pick("Pemasok", "Supplier")
        case "guestId": pick("Tamu", "Guest")
        default: storeField(field)
        }
    }

    func consumer(_ e: ConsumerError) -> String {
        switch e {
        case .field(let e): field(e, named: consumerField)
        case .phoneTaken:
            pick("Nomor HP ini sudah terdaftar. Silakan masuk.", "This phone is registered already. Please sign in.")
        case .codeWrong: pick("Kode salah. Periksa lagi SMS atau pesan dari koperasi.", "Wrong code. Check the message again.")
        case .codeExpired:
            pick("Kode sudah tidak berlaku. Minta kode baru.", "The code is no longer good. Ask for a new one.")
        case .tooManyCodes:
            pick(
                "Terlalu banyak permintaan kode untuk nomor ini. Coba lagi satu jam lagi.",
                "Too many codes asked for this phone. Try again in an hour.")
        case .referralCodeUnknown: pick("Kode ajakan tidak dikenal.", "Unknown referral code.")
        case .selfReferral:
            pick(
                "Kode ajakan tidak dapat dipakai oleh anggota itu sendiri atau orang serumahnya.",
                "A member's code cannot be used by the member or their household.")
        case .alreadySupported: pick("Anda sudah mendukung ide ini.", "You support this idea already.")
        case .ideaState: pick("Ide ini tidak dapat diubah begitu dari statusnya sekarang.", "The idea cannot take that step now.")
        case .reasonRequired: pick("Tuliskan alasannya.", "Give the reason.")
        case .voucherUnknown: pick("Voucher tidak dikenal untuk pembeli ini.", "No such voucher for this buyer.")
        case .voucherUsed: pick("Voucher sudah dipakai.", "The voucher was used already.")
        case .voucherExpired: pick("Voucher sudah kedaluwarsa.", "The voucher has expired.")
        case .voucherKind:
            pick(
                "Voucher paket diambil sebagai barang, bukan dipakai membayar.",
                "A package voucher is collected as goods, not spent as money.")
        case .alreadyApplied:
            pick("Pendaftaran anggota Anda sudah ada.", "Your application to join is in already.")
        case .rulesInvalid(let field):
            pick("\(consumerField(field)) tidak sesuai aturan.", "\(consumerField(field)) does not hold.")
        case .markup(let field):
            pick(
                "\(consumerField(field)) hanya boleh berisi kata-kata, tanpa kode HTML atau skrip.",
                "\(consumerField(field)) takes words only, no HTML or script.")
        case .consultationState(let status):
            status == .planned
                ? attendanceOnTheDay
                : pick(
                    "Pertemuan ini sudah \(consultationStatus(status).lowercased()).",
                    "This session is \(consultationStatus(status).lowercased()) already.")
        case .alreadyInvited: pick("Orang ini sudah diundang.", "This person is invited already.")
        case .noneAttended:
            pick("Tandai dulu siapa yang hadir sebelum menutup pertemuan.", "Mark who came before closing the session.")
        case .notAttended: pick("Masukan dicatat hanya dari tamu yang hadir.", "Views are kept only from guests who came.")
        case .guestUnknown:
            pick(
                "Tidak ada yang bernama atau bernomor HP itu di kelompok ini.",
                "No one in this group has that name or phone.")
        case .guestAmbiguous:
            pick(
                "Ada beberapa yang cocok. Tulis nomor HP-nya (atau nomor anggota).",
                "Several match. Write their phone (or member number).")
        }
    }
}
