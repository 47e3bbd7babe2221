extension Catalogue {
    package var dateHint: String {
        pick("Tulis seperti 05/08/2026 (tanggal dulu, lalu bulan).", "Write it like 05/08/2026 (day first, then month).")
    }
    package var timeHint: String { pick("Tulis seperti 13.30.", "Write it like 13:30.") }
    package var footer: String { pick("Guyub — sistem koperasi yang guyub dan rukun", "Guyub — software for cooperatives") }
    /// The switch names the other language in that language, so a reader of it can find it.
    package var switchLanguage: String { pick("English", "Bahasa Indonesia") }
    package var menu: String { pick("Menu utama", "Main menu") }
    package var signIn: String { pick("Masuk", "Sign in") }
    package var signOut: String { pick("Keluar", "Sign out") }
    package var previousPage: String { pick("‹ Sebelumnya", "‹ Previous") }
    package var nextPage: String { pick("Berikutnya ›", "Next ›") }
    package func pageOf(_ page: Int, _ count: Int) -> String {
        pick("Halaman \(page) dari \(count)", "Page \(page) of \(count)")
    }
    package var save: String { pick("Simpan", "Save") }
    package var cancel: String { pick("Batal", "Cancel") }
    package var search: String { pick("Cari", "Search") }
    package var optional: String { pick("tidak wajib", "optional") }

    package func navLabel(_ section: NavSection) -> String {
        switch section {
        case .dashboard: pick("Beranda", "Home")
        case .members: pick("Anggota", "Members")
        case .memberImport: pick("Impor", "Import")
        case .audit: pick("Jejak audit", "Audit trail")
        case .users: pick("Pengguna", "Users")
        case .teller: pick("Kasir", "Teller")
        case .shop: pick("Toko", "Shop")
        case .supply: pick("Pasokan", "Supply")
        case .loans: pick("Pinjaman", "Loans")
        case .books: pick("Pembukuan", "Books")
        case .meetings: pick("Rapat", "Meetings")
        case .consumers: pick("Konsumen", "Consumers")
        case .referral: pick("Ajak konsumen", "Bring consumers")
        case .account: pick("Belanja saya", "My shopping")
        case .ideas: pick("Urun ide", "Ideas")
        case .partnerships: pick("Kemitraan", "Partnerships")
        }
    }
}
