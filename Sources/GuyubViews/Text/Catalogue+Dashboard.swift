extension Catalogue {
    package func votesWaiting(_ count: Int, in meeting: String) -> String {
        pick(
            "Ada \(count) pemungutan suara yang menunggu suara Anda di \(meeting).",
            count == 1 ? "A vote is waiting for you in \(meeting)." : "\(count) votes are waiting for you in \(meeting).")
    }
    package var goVote: String { pick("Beri suara", "Vote") }
    // MARK: Dashboard

    package var dashboardTitle: String { pick("Beranda", "Home") }
    package func greeting(_ name: String) -> String { pick("Selamat datang, \(name)", "Welcome, \(name)") }
    package var registryAtAGlance: String { pick("Ringkasan keanggotaan", "Membership at a glance") }
    package var figureMembers: String { pick("Anggota", "Members") }
    package var figureApplicants: String { pick("Calon anggota", "Applicants") }
    package var figureLeft: String { pick("Sudah berhenti", "Former members") }
    package var recentRegistrations: String { pick("Pendaftaran terbaru", "Recent registrations") }
    package var noRecentRegistrations: String {
        pick("Belum ada anggota yang terdaftar.", "No one has been registered yet.")
    }
    package var seeAllMembers: String { pick("Lihat semua anggota", "See all members") }
    package var yourMembership: String { pick("Keanggotaan Anda", "Your membership") }
    package var viewMyRecord: String { pick("Lihat data saya", "View my record") }
    package var noMemberRecord: String {
        pick(
            "Akun Anda belum terhubung dengan data anggota. Silakan hubungi pengurus koperasi.",
            "Your account is not linked to a member record yet. Please ask the cooperative's board.")
    }

    // MARK: Error page (the one page every area can end on)

    package func errorTitle(status: Int) -> String {
        switch status {
        case 401: pick("Perlu masuk", "Sign-in needed")
        case 403: pick("Tidak diizinkan", "Not allowed")
        case 404: pick("Tidak ditemukan", "Not found")
        case 422: pick("Isian tidak valid", "Invalid input")
        case 429: pick("Terlalu banyak percobaan", "Too many attempts")
        case 500...: pick("Terjadi kesalahan", "Something went wrong")
        default: pick("Permintaan tidak dapat diproses", "The request cannot be processed")
        }
    }
    package func errorCode(_ status: Int) -> String { pick("Kode kesalahan \(status)", "Error code \(status)") }
    package var backHome: String { pick("Kembali ke beranda", "Back to the home page") }
}

extension Catalogue {
    package var savingsChartTitle: String { pick("Simpanan anggota", "Members' savings") }
    package var equityKey: String { pick("Modal anggota (pokok, wajib)", "Members' capital (principal, mandatory)") }
    package var depositsKey: String { pick("Titipan anggota (sukarela, berjangka)", "Members' deposits (voluntary, term)") }
}

extension Catalogue {
    package var otherCooperativesTitle: String { pick("Koperasi Anda yang lain", "Your other cooperatives") }
    package func openCooperative(_ name: String) -> String { pick("Buka \(name)", "Open \(name)") }
}
