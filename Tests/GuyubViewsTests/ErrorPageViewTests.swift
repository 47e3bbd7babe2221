import GuyubViews
import Testing

@Suite("Error page")
struct ErrorPageViewTests {
    @Test(
        "title by status",
        arguments: [
            (404, "Tidak ditemukan", "Not found"), (403, "Tidak diizinkan", "Not allowed"),
            (401, "Perlu masuk", "Sign-in needed"), (422, "Isian tidak valid", "Invalid input"),
            (429, "Terlalu banyak percobaan", "Too many attempts"), (500, "Terjadi kesalahan", "Something went wrong"),
            (503, "Terjadi kesalahan", "Something went wrong"),
            (400, "Permintaan tidak dapat diproses", "The request cannot be processed"),
        ])
    func title(status: Int, indonesian: String, english: String) {
        // given
        let model = ErrorPage.Model(status: status, message: "Pesan")
        // when
        let id = ErrorPage.View.render(model, in: boardContext(.id))
        let en = ErrorPage.View.render(model, in: boardContext(.en))
        // then
        #expect(id.contains("<title>\(indonesian) · Guyub</title>"))
        #expect(id.contains("<h1>\(indonesian)</h1>"))
        #expect(en.contains("<h1>\(english)</h1>"))
    }

    @Test func showsTheMessageAndAWayHome() {
        // when
        let html = ErrorPage.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<p class="lead">Halaman yang Anda cari tidak ada.</p>"#))
        #expect(html.contains("Kode kesalahan 404"))
        #expect(html.contains(#"<a href="/" class="button primary">Kembali ke beranda</a>"#))
    }

    @Test func signInRequiredOffersSignIn() {
        // given: nobody is signed in.
        let model = ErrorPage.Model(status: 401, message: "Silakan masuk terlebih dahulu.")
        // when
        let html = ErrorPage.View.render(model, in: PageContext(language: .id)).mainPart
        // then
        #expect(html.contains(#"<a href="/sign-in" class="button primary">Masuk</a>"#))
        #expect(html.contains(#"<a href="/" class="button secondary">Kembali ke beranda</a>"#))
    }
}
