import GuyubCore

/// The words of the consumers' pages: the open door (sign-up and sign-in by phone), a consumer's own page,
/// a member's referral card, and the staff's consumers page.
extension Catalogue {
    // MARK: the open door

    package func joinTitle(_ cooperative: String) -> String {
        pick("Daftar sebagai konsumen \(cooperative)", "Join \(cooperative) as a consumer")
    }
    package func consumerSignInTitle(_ cooperative: String) -> String {
        pick("Masuk ke \(cooperative)", "Sign in to \(cooperative)")
    }
    package var joinLead: String {
        pick(
            "Cukup nomor HP dan nama. Anda bisa melihat belanja dan voucher Anda, serta menyampaikan ide untuk koperasi.",
            "A phone number and a name are enough. See your purchases and vouchers, and share your ideas with the cooperative."
        )
    }
    package var consumerSignInLead: String {
        pick("Masukkan nomor HP Anda; kami kirim kode masuk.", "Enter your phone number; we send you a sign-in code.")
    }
    package var phoneCodeHint: String {
        pick(
            "Kode masuk dikirim ke nomor ini. Tidak ada sinyal? Petugas toko dapat membacakannya.",
            "The sign-in code goes to this number. No signal? The shop's staff can read it to you.")
    }
    package func referredByHint(_ member: String) -> String { pick("Diajak oleh \(member)", "Brought by \(member)") }
    package var consentLabel: String {
        pick(
            "Saya bersedia dihubungi koperasi (tawaran dan undangan memberi pendapat)",
            "I agree to be contacted by the cooperative (offers and invitations to give my views)")
    }
    package var sendCode: String { pick("Kirim kode", "Send the code") }
    package func codeSentTo(_ phone: String) -> String {
        pick("Kode 6 angka sudah dikirim ke \(phone).", "A 6-digit code was sent to \(phone).")
    }
    package var joinButton: String { pick("Daftar", "Join") }
    package var signInButton: String { pick("Masuk", "Sign in") }
    package var haveAccountSignIn: String { pick("Sudah terdaftar? Masuk", "Registered already? Sign in") }
    package var noAccountJoin: String { pick("Belum terdaftar? Daftar", "Not registered yet? Join") }

    // MARK: at the counter

    package var voucherLabel: String { pick("Voucher", "Voucher") }
    package func consumerFound(_ name: String) -> String { pick("Konsumen: \(name)", "Consumer: \(name)") }
    package var voucherCodeHint: String {
        pick("Voucher membayar lebih dulu; tidak ada uang kembalian dari voucher.", "A voucher pays first; it gives no change.")
    }

    // MARK: a consumer's own page

    package var accountTitle: String { pick("Belanja saya", "My shopping") }
    package var myVouchers: String { pick("Voucher saya", "My vouchers") }
    package var noVouchersYet: String { pick("Belum ada voucher.", "No vouchers yet.") }
    package var myPurchases: String { pick("Belanja saya", "My purchases") }
    package var noPurchasesYet: String { pick("Belum ada belanja.", "No purchases yet.") }
    package var saleColumn: String { pick("Nota", "Sale") }
    package var becomeMember: String { pick("Menjadi anggota", "Becoming a member") }
    package var becomeMemberLead: String {
        pick(
            "Anggota ikut memiliki koperasi dan mendapat bagian SHU. Daftar di sini; pengurus memutuskan, lalu Anda membayar simpanan pokok. Riwayat belanja Anda tetap tersimpan.",
            "Members own the cooperative together and share in its surplus. Apply here; the board decides, then you pay the pokok. Your purchases stay on record."
        )
    }
    package func applicationStanding(number: Int, _ status: MemberStatus) -> String {
        switch status {
        case .applicant:
            pick(
                "Pendaftaran Anda (no. \(number)) menunggu keputusan pengurus.",
                "Your application (no. \(number)) waits for the board.")
        case .member: pick("Anda anggota no. \(number).", "You are member no. \(number).")
        default: pick("Pendaftaran no. \(number) tidak berlanjut.", "Application no. \(number) did not go ahead.")
        }
    }
    package var applyButton: String { pick("Daftar jadi anggota", "Apply to join") }
    package func voucherWorth(_ amount: String) -> String { pick("Potongan \(amount)", "\(amount) off") }
    package var packageVoucher: String { pick("Paket sembako, ambil di toko", "A sembako package, to collect at the shop") }
    package func goodUntil(_ date: String) -> String { pick("Berlaku sampai \(date)", "Good until \(date)") }

    // MARK: a member's referral card

    package var referralTitle: String { pick("Ajak konsumen", "Bring consumers") }
    package func referralLead(_ rules: ReferralRules, format: Format) -> String {
        let reward =
            rules.reward == .voucher
            ? pick(
                "voucher \(format.money(minorUnits: rules.voucherValue))",
                "a \(format.money(minorUnits: rules.voucherValue)) voucher")
            : pick("paket sembako", "a sembako package")
        return pick(
            "Bagikan kode atau kartu ini. Bila orang yang Anda ajak belanja pertama paling sedikit \(format.money(minorUnits: rules.minimumPurchase)) dan tidak dikembalikan dalam \(rules.returnWindowDays) hari, Anda mendapat \(reward).",
            "Share this code or card. When someone you bring makes a first purchase of at least \(format.money(minorUnits: rules.minimumPurchase)) and keeps it \(rules.returnWindowDays) days, you earn \(reward)."
        )
    }
    package var referralQRLabel: String { pick("Pindai untuk mendaftar", "Scan to join") }
    package func referralMessage(_ link: String) -> String {
        pick("Ayo belanja di koperasi kami! Daftar di sini: \(link)", "Shop at our cooperative! Join here: \(link)")
    }
    package var consumersBrought: String { pick("Yang sudah Anda ajak", "Who you brought") }
    package var noneBroughtYet: String {
        pick("Belum ada yang mendaftar dengan kode Anda.", "Nobody has joined with your code yet.")
    }

    // MARK: the staff's consumers page

    package var consumersTitle: String { pick("Konsumen", "Consumers") }
    package var consumersLead: String {
        pick(
            "Pembeli yang bukan anggota, terdaftar dengan nomor HP. Anggota yang mengajak mereka mendapat hadiah.",
            "Buyers who are not members, known by their phone. Members who bring them earn a reward.")
    }
    package var consumerList: String { pick("Daftar konsumen", "Consumers") }
    package var findConsumer: String { pick("Cari nama atau nomor HP", "Find by name or phone") }
    package var noConsumersYet: String { pick("Belum ada konsumen.", "No consumers yet.") }
    package var joinedColumn: String { pick("Terdaftar", "Joined") }
    package var broughtByColumn: String { pick("Diajak oleh", "Brought by") }
    package var referralProgramme: String { pick("Program anggota bantu konsumen", "Members bring consumers") }
    package var referralSales: String { pick("Belanja konsumen yang diajak", "Purchases of those brought") }
    package var referralCost: String { pick("Biaya hadiah dan voucher", "Rewards and vouchers") }
    package var noReferralsYet: String { pick("Belum ada anggota yang mengajak.", "No member has brought anyone yet.") }
    package var broughtColumn: String { pick("Diajak", "Brought") }
    package var rewardedColumn: String { pick("Dapat hadiah", "Rewarded") }
    package var outboxTitle: String { pick("Pesan keluar", "Outbox") }
    package var outboxLead: String {
        pick(
            "Kode masuk yang dikirim ke HP. Bila pesan tidak sampai, bacakan kodenya kepada pemilik nomor yang ada di depan Anda.",
            "Sign-in codes sent to phones. When a message does not arrive, read the code to the phone's owner standing before you."
        )
    }
    package var outboxEmpty: String { pick("Belum ada pesan.", "No messages yet.") }
    package var timeColumn: String { pick("Waktu", "Time") }
    package var messageColumn: String { pick("Pesan", "Message") }
    package var addConsumer: String { pick("Daftarkan konsumen", "Sign a consumer up") }
    package var referralRules: String { pick("Aturan hadiah ajak konsumen", "Referral rules") }
    package var rewardLabel: String { pick("Hadiah untuk anggota", "The member's reward") }
    package func rewardKind(_ reward: ReferralRules.Reward) -> String {
        switch reward {
        case .voucher: pick("Voucher belanja", "A store voucher")
        case .package: pick("Paket sembako dari stok toko", "A sembako package from the shop's stock")
        }
    }
    package func daysField(_ label: String) -> String { pick("\(label) (hari)", "\(label) (days)") }
    package var welcomeHint: String {
        pick("Untuk konsumen yang mendaftar dengan kode; 0 bila tidak ada.", "For a consumer who joins with a code; 0 for none.")
    }
    package var refuseHouseholdLabel: String {
        pick(
            "Tolak konsumen yang serumah dengan anggota (alamat sama)",
            "Refuse a consumer of the member's household (same address)")
    }

    // MARK: ideas

    package var ideasTitle: String { pick("Urun ide", "Ideas") }
    package func publicIdeasTitle(_ cooperative: String) -> String { pick("Urun ide \(cooperative)", "Ideas for \(cooperative)") }
    package var ideasLead: String {
        pick(
            "Usul untuk toko, pelayanan, seragam, kantor atau barang baru. Dukung ide orang lain; pengurus menjawab di sini.",
            "Ideas for the shop, the service, uniforms, the office or a new product. Support others' ideas; the board answers here."
        )
    }
    package var noIdeasYet: String { pick("Belum ada ide.", "No ideas yet.") }
    package var proposeIdea: String { pick("Sampaikan ide", "Propose an idea") }
    package var ideaPhoto: String { pick("Foto", "Photo") }
    package var allIdeas: String { pick("← Semua ide", "← All ideas") }
    package func proposedBy(_ name: String) -> String { pick("Diusulkan oleh \(name)", "Proposed by \(name)") }
    package func supportsCount(_ n: Int) -> String { pick("\(n) dukungan", english(n, "supporter")) }
    package func declinedBecause(_ reason: String) -> String { pick("Tidak dilanjutkan: \(reason)", "Declined: \(reason)") }
    package func boardAnswer(_ answer: String) -> String { pick("Jawaban pengurus: \(answer)", "The board's answer: \(answer)") }
    package var ideaHidden: String { pick("Disembunyikan oleh pengurus.", "Hidden by the board.") }
    package var supportIdea: String { pick("Dukung ide ini", "Support this idea") }
    package var youSupport: String { pick("Anda mendukung ide ini.", "You support this idea.") }
    package var commentsTitle: String { pick("Komentar", "Comments") }
    package var yourComment: String { pick("Komentar Anda", "Your comment") }
    package var sendComment: String { pick("Kirim komentar", "Send") }
    package var boardSteps: String { pick("Untuk pengurus", "For the board") }
    package var saveAnswer: String { pick("Simpan jawaban", "Save the answer") }
    package var hideReason: String { pick("Alasan menyembunyikan", "Why it is hidden") }
    package var hideIdea: String { pick("Sembunyikan ide", "Hide the idea") }
    package func ideaStatus(_ status: IdeaStatus) -> String {
        switch status {
        case .submitted: pick("Diajukan", "Submitted")
        case .underReview: pick("Ditinjau", "Under review")
        case .accepted: pick("Diterima", "Accepted")
        case .inProgress: pick("Dikerjakan", "In progress")
        case .done: pick("Selesai", "Done")
        case .declined: pick("Tidak dilanjutkan", "Declined")
        }
    }
    package func ideaAction(_ action: IdeaAction) -> String {
        switch action {
        case .review: pick("Tinjau", "Review")
        case .accept: pick("Terima", "Accept")
        case .start: pick("Mulai kerjakan", "Start")
        case .finish: pick("Selesai", "Done")
        case .decline: pick("Tidak dilanjutkan", "Decline")
        }
    }
}

/// A consumer's shopping card.
extension Catalogue {
    package var shoppingCard: String { pick("Kartu belanja", "Shopping card") }
    package var shoppingCardLead: String {
        pick(
            "Tunjukkan kode ini di kasir agar belanja dan hadiah Anda tercatat.",
            "Show this code at the counter so that your purchases and rewards are counted.")
    }
    package var shoppingCardLabel: String { pick("Kode belanja: nomor HP Anda", "Shopping code: your phone number") }
}
