import GuyubCore

extension Catalogue {
    // MARK: List

    package var membersTitle: String { pick("Daftar anggota", "Members") }
    package var searchMembersLabel: String {
        pick("Cari nama, NIK, nomor HP, atau no. anggota", "Search by name, NIK, phone or member number")
    }
    package func memberCount(_ count: Int) -> String {
        pick("\(format.number(count)) anggota", "\(format.number(count)) \(count == 1 ? "member" : "members")")
    }
    package func searchResultCount(_ count: Int, _ query: String) -> String {
        pick(
            "\(format.number(count)) anggota cocok dengan “\(query)”",
            "\(format.number(count)) \(count == 1 ? "member matches" : "members match") “\(query)”")
    }
    package var addMember: String { pick("Tambah anggota", "Add a member") }
    package var importFromSpreadsheet: String { pick("Impor dari spreadsheet", "Import from a spreadsheet") }
    package var columnNumber: String { pick("No.", "No.") }
    package var columnName: String { pick("Nama", "Name") }
    package var columnPhone: String { pick("No. HP", "Phone") }
    package var columnStatus: String { pick("Status", "Status") }
    package var noMembersYet: String {
        pick(
            "Belum ada anggota. Tambahkan satu per satu, atau impor daftar yang sudah ada di spreadsheet.",
            "No members yet. Add them one by one, or import the list you already keep in a spreadsheet.")
    }
    package func noSearchResults(_ query: String) -> String {
        pick(
            "Tidak ada anggota yang cocok dengan “\(query)”. Periksa ejaannya atau cari dengan NIK atau nomor HP.",
            "No member matches “\(query)”. Check the spelling, or search by NIK or phone number.")
    }
    package var showAllMembers: String { pick("Tampilkan semua anggota", "Show all members") }

    // MARK: One member

    package func memberNumber(_ number: Int) -> String { pick("No. \(number)", "No. \(number)") }
    package var myMembershipRecord: String { pick("Data keanggotaan saya", "My membership record") }
    package func since(_ date: String) -> String { pick("sejak \(date)", "since \(date)") }
    package var particulars: String { pick("Data diri", "Personal details") }
    package var phoneNumber: String { pick("Nomor HP", "Phone number") }
    package var placeAndDateOfBirth: String { pick("Tempat, tanggal lahir", "Place and date of birth") }
    package var joinedOn: String { pick("Tanggal masuk", "Joined on") }
    package var notRecorded: String { pick("Belum dicatat", "Not recorded") }
    package var editDetails: String { pick("Ubah data", "Edit details") }
    package var statusHistory: String { pick("Riwayat status", "Status history") }
    package var noHistory: String { pick("Belum ada riwayat.", "No history yet.") }
    /// The first step of a history, e.g. "Terdaftar sebagai calon anggota".
    package func registeredAs(_ status: String) -> String {
        pick("Terdaftar sebagai \(status.lowercased())", "Registered as \(status.lowercased())")
    }
    package func by(_ name: String) -> String { pick("oleh \(name)", "by \(name)") }
    package var changeStatus: String { pick("Ubah status", "Change status") }
    package var changeStatusLead: String {
        pick(
            "Perubahan status tercatat di riwayat anggota dan di jejak audit.",
            "A status change is recorded in the member's history and in the audit trail.")
    }
    package var newStatus: String { pick("Status baru", "New status") }
    package var chooseStatus: String { pick("— Pilih status —", "— Choose a status —") }
    package var effectiveDate: String { pick("Tanggal berlaku", "Effective date") }
    package var effectiveDateHint: String {
        pick("Tidak boleh setelah hari ini.", "Cannot be later than today.")
    }
    package var statusReason: String { pick("Keterangan", "Reason") }
    package var statusReasonHint: String {
        pick(
            "Misalnya: simpanan pokok lunas, atau surat pengunduran diri tanggal 1 Nov.",
            "For example: entry deposit paid, or resignation letter of 1 Nov.")
    }
    package var saveStatus: String { pick("Simpan perubahan status", "Save the status change") }

    // MARK: Form

    package var addMemberTitle: String { pick("Tambah anggota", "Add a member") }
    package func editMemberTitle(_ number: Int?) -> String {
        guard let number else { return pick("Ubah data anggota", "Edit a member's details") }
        return pick("Ubah data anggota no. \(number)", "Edit the details of member no. \(number)")
    }
    package var allMembersTab: String { pick("Semua", "All") }
    package func memberGroup(_ group: MemberGroup) -> String {
        switch group {
        case .members: pick("Anggota", "Members")
        case .applicants: pick("Calon anggota", "Applicants")
        case .left: pick("Sudah berhenti", "Left")
        }
    }
    package var checkMarkedFields: String { pick("Periksa isian yang ditandai.", "Please check the marked fields.") }
    package var fullName: String { pick("Nama lengkap", "Full name") }
    package var fullNameHint: String { pick("Sesuai KTP", "As on the identity card (KTP)") }
    package var nikHint: String { pick("16 digit sesuai KTP", "16 digits, as on the identity card (KTP)") }
    package var phoneHint: String { pick("contoh 0812-3456-7890", "for example 0812-3456-7890") }
    package var mobileNumber: String { pick("Nomor HP/WhatsApp", "Mobile/WhatsApp number") }
    package var genderFromNIK: String { pick("— sesuai NIK —", "— from the NIK —") }
    package func optionalField(_ label: String) -> String { "\(label) (\(optional))" }
    package var registerMember: String { pick("Daftarkan anggota", "Register the member") }
}

/// A member's card.
extension Catalogue {
    package func memberCardTitle(_ name: String) -> String { pick("Kartu anggota \(name)", "\(name)'s member card") }
    package var memberCardHeading: String { pick("KARTU ANGGOTA", "MEMBER CARD") }
    package func memberSince(_ date: String) -> String { pick("Anggota sejak \(date)", "Member since \(date)") }
    package func memberCardQRLabel(_ number: Int) -> String {
        pick("Kode QR anggota nomor \(number), dipindai di kasir", "QR code of member no. \(number), scanned at the counter")
    }
    package var printCard: String { pick("Cetak kartu", "Print the card") }
    package var memberCardLink: String { pick("Kartu anggota", "Member card") }
    package var backToMember: String { pick("Kembali ke data anggota", "Back to the member") }
}
