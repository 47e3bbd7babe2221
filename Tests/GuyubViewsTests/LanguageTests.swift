import Foundation
import GuyubCore
import GuyubViews
import Testing

/// Every word on a page comes from the catalogue in the page's language: a string typed into a view
/// would show up in the other language's page, and these tests look for exactly that.
@Suite("Page language")
struct LanguageTests {
    /// Words that only the Indonesian catalogue uses.
    static let indonesianWords: Set<String> = [
        "anggota", "tambah", "cari", "simpan", "batal", "halaman", "keluar", "beranda", "sejak", "tanggal", "alamat",
        "nama", "ubah", "pratinjau", "kembali", "dari", "yang", "dan", "untuk", "oleh", "baris", "alasan", "berkas",
        "ditolak", "dilewati", "lahir", "kelamin", "waktu", "tindakan", "perubahan", "riwayat", "selamat", "datang",
        "terbaru", "lihat", "semua", "jejak", "wajib", "pilih", "sesuai", "contoh", "periksa", "isian", "impor",
        "catatan", "diimpor", "kesalahan", "ditemukan", "berhenti", "calon", "terdaftar", "sebagai", "sudah",
        "belum", "tidak", "diri", "berlaku", "keterangan", "kode", "ringkasan", "keanggotaan", "saya",
    ]

    /// Words that only the English catalogue uses.
    static let englishWords: Set<String> = [
        "the", "and", "of", "members", "member", "search", "save", "cancel", "page", "edit", "import", "preview",
        "since", "name", "address", "phone", "rejected", "skipped", "back", "home", "time", "action", "changes",
        "welcome", "recent", "history", "reason", "line", "file", "choose", "optional", "required", "not", "your",
        "add", "see", "all", "by", "to", "for", "entries", "error", "found", "sign", "out", "next", "previous",
        "main", "applicant", "gender", "date", "birth", "place",
    ]

    @Test func htmlLangFollowsTheContext() {
        // when and check: Indonesian unless English was chosen.
        for page in allPages(PageContext(csrfToken: csrfToken)) {
            #expect(page.html.hasPrefix(#"<!DOCTYPE html><html lang="id">"#), "\(page.name)")
        }
        for page in allPages(boardContext(.en)) {
            #expect(page.html.hasPrefix(#"<!DOCTYPE html><html lang="en">"#), "\(page.name)")
        }
    }

    @Test func englishPagesHaveNoIndonesianWords() {
        // given: the mocks carry messages made in Indonesian; give them English ones, as the app would.
        let context = boardContext(
            .en,
            user: SignedInUser(
                name: "Hartono", cooperativeName: "Sukamaju Cooperative",
                sections: NavSection.allCases))
        var pages = allPages(context).filter { !["member form", "import preview", "import done", "error"].contains($0.name) }
        var form = MemberForm.Model.mock
        form.errors = ["nik": "A NIK has 16 digits (this one has 14)."]
        var preview = MemberImport.Model.mock
        preview.fileName = "members.csv"
        preview.skipped = [.init(line: 3, reason: "Already registered as member no. 7.")]
        preview.rejected = [.init(line: 4, reason: "The NIK was turned into a spreadsheet number.")]
        var done = preview
        done.stage = .done(imported: 1)
        pages += [
            ("member form", MemberForm.View.render(form, in: context)),
            ("import preview", MemberImport.View.render(preview, in: context)),
            ("import done", MemberImport.View.render(done, in: context)),
            (
                "error",
                ErrorPage.View.render(
                    .init(status: 404, message: "What you are looking for does not exist."),
                    in: context)
            ),
        ]
        for page in pages {
            // The upload page quotes the sheet's own Indonesian column titles on purpose.
            let html = page.html.replacingOccurrences(
                of: page.html.section(from: #"<ul class="columns">"#, to: "</ul>"), with: "")
            // when
            let leaked = html.visibleWords.intersection(Self.indonesianWords)
            // then
            #expect(leaked.isEmpty, "\(page.name): \(leaked.sorted())")
        }
    }

    @Test func indonesianPagesHaveNoEnglishWords() {
        // given
        let pages = allPages(boardContext(.id))
        for page in pages {
            // when
            let leaked = page.html.visibleWords.intersection(Self.englishWords)
            // then
            #expect(leaked.isEmpty, "\(page.name): \(leaked.sorted())")
        }
    }

    @Test func theWordListsWouldCatchALeak() {
        // given: pages with one typed-in word in the wrong language, as a careless view would render them.
        let english = #"<html lang="en"><body><main><p>Welcome</p><button>Simpan</button></main></body></html>"#
        let indonesian = #"<html lang="id"><body><nav aria-label="Main menu"></nav><p>Selamat datang</p></body></html>"#
        // when and check: the checks above see them, in text and in labels.
        #expect(english.visibleWords.intersection(Self.indonesianWords) == ["simpan"])
        #expect(indonesian.visibleWords.intersection(Self.englishWords) == ["main"])
    }

    /// A refusal names the field as its form does, never by the code the program uses for it.
    @Test(arguments: [
        (SavingsError.invalidSetting("termMonths") as any DomainError, "Pengaturan jangka waktu berjangka tidak valid."),
        (SavingsError.invalidSetting("counterLimit"), "Pengaturan batas transaksi di loket tidak valid."),
        (FieldError.required("toMemberId"), "Anggota penerima wajib diisi."),
        (FieldError.invalidDate("somethingNew"), "Isian ini tidak dapat dibaca. Tulis tanggal seperti 05/08/2026."),
        (SHUError.invalidInput("businessWeights"), "Bobot jasa usaha tidak dapat dibaca."),
        (LoanError.field(.required("periods")), "Jumlah angsuran wajib diisi."),
        (LoanError.field(.invalidDate("date")), "Tanggal tidak dapat dibaca. Tulis tanggal seperti 05/08/2026."),
    ])
    func refusalsNameFieldsInWords(error: any DomainError, message: String) {
        #expect(Catalogue(.id).message(for: error) == message)
    }
}
