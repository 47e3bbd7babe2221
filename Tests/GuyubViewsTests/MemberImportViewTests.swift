import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Member import page")
struct MemberImportViewTests {
    @Test func uploadExplainsTheColumnsAndSendsAFile() throws {
        // given
        let model = MemberImport.Model()
        // when
        let html = MemberImport.View.render(model, in: boardContext(.id)).mainPart
        // then
        for column in ["Nama", "NIK", "No. HP atau No. WA", "Alamat", "Tempat/Tgl Lahir", "L/P", "Tgl Masuk"] {
            #expect(html.contains("<strong>\(column)"), "column \(column)")
        }
        #expect(html.contains("koma (,) atau titik koma (;)"))
        #expect(html.contains("UTF-8"))
        let form = try #require(html.forms.first)
        #expect(form.tag == #"<form action="/members/import" method="post" enctype="multipart/form-data" class="upload-form">"#)
        #expect(form.body.contains(csrfInput))
        #expect(form.body.contains(#"<input type="file" id="field-file" name="file" accept=".csv,text/csv" required/>"#))
        #expect(form.body.contains(#"<button type="submit" class="primary">Pratinjau</button>"#))
        #expect(!html.contains(#"name="confirm""#))
    }

    @Test func previewCountsAndListsEveryLine() {
        // when
        let html = MemberImport.View.render(.mock, in: boardContext(.id)).mainPart
        // then: the three counts, then line numbers with names or reasons.
        #expect(html.contains("<h1>Pratinjau: anggota.csv</h1>"))
        #expect(
            html.contains(
                #"<div class="figure good"><span class="figure-value">1</span><span class="figure-label">akan diimpor</span></div>"#
            ))
        #expect(html.contains(#"<span class="figure-label">sudah terdaftar (dilewati)</span>"#))
        #expect(html.contains(#"<span class="figure-label">ditolak</span>"#))
        #expect(html.contains(#"<td data-label="Baris">2</td><td data-label="Nama">Siti Aminah</td>"#))
        #expect(
            html.contains(#"<td data-label="Baris">3</td><td data-label="Alasan">Sudah terdaftar sebagai anggota no. 7</td>"#))
        #expect(
            html.contains(
                #"<td data-label="Baris">4</td><td data-label="Alasan">NIK tertulis sebagai angka spreadsheet (3.51514E+15)</td>"#
            ))
    }

    @Test func rejectedLinesComeFirst() throws {
        // when
        let html = MemberImport.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        let rejected = try #require(html.range(of: #"<section class="card rejected">"#))
        let accepted = try #require(html.range(of: "<h2>To be imported</h2>"))
        #expect(rejected.lowerBound < accepted.lowerBound)
    }

    /// The confirmation carries only the import's id: the sheet is kept on the server since the upload.
    @Test func confirmFormNamesTheKeptImport() throws {
        // given
        var model = MemberImport.Model.mock
        model.accepted.append(.init(line: 5, name: "Sri Wati", nik: "3507124508850004", phone: "0812-1111-2222"))
        model.counts.accepted = 2
        // when
        let html = MemberImport.View.render(model, in: boardContext(.id))
        // then
        let form = try #require(html.mainPart.forms.first)
        #expect(
            form.tag
                == #"<form action="/members/imports/7e57ab1e-0000-4000-8000-000000000001/confirm" method="post" class="confirm-form">"#
        )
        #expect(form.body.contains(csrfInput))
        #expect(form.body.inputValue(named: "content") == nil)
        #expect(form.body.contains(#"<button type="submit" class="primary">Impor 2 anggota</button>"#))
        #expect(html.mainPart.contains(#"<a href="/members/import" class="button secondary">Pilih berkas lain</a>"#))
    }

    /// A large sheet lists its first rows and says how many more there are.
    @Test func aLongListSaysHowManyMore() {
        var model = MemberImport.Model.mock
        model.counts = .init(accepted: 25_000, skipped: 1, rejected: 1)
        let html = MemberImport.View.render(model, in: boardContext(.id)).mainPart
        #expect(html.contains("… dan 24.999 baris lainnya."))
        #expect(html.contains("Impor 25.000 anggota"))
    }

    /// While the import runs, its page shows how far it has come and looks again by itself.
    @Test func progressRefreshesItself() {
        var model = MemberImport.Model.mock
        model.counts.accepted = 1_000
        model.stage = .running(imported: 400)
        let html = MemberImport.View.render(model, in: boardContext(.id))
        #expect(html.contains(#"<meta http-equiv="refresh" content="3"/>"#))
        #expect(html.contains(#"<progress max="1000" value="400"></progress>"#))
        #expect(html.contains("400 dari 1.000 anggota sudah masuk."))
        #expect(!MemberImport.View.render(.mock, in: boardContext(.id)).contains("http-equiv"))
    }

    @Test func nothingToConfirmWhenNoLineIsAccepted() {
        // given
        var model = MemberImport.Model.mock
        model.accepted = []
        model.counts.accepted = 0
        // when
        let html = MemberImport.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(!html.contains("<form"))
        #expect(!html.contains(#"name="confirm""#))
        #expect(html.contains("Tidak ada baris yang dapat diimpor dari berkas ini."))
        #expect(html.contains("Pilih berkas lain"))
    }

    @Test func doneSummarisesAndKeepsTheRejectedLines() {
        // given
        var model = MemberImport.Model.mock
        model.stage = .done(imported: 1)
        // when
        let id = MemberImport.View.render(model, in: boardContext(.id)).mainPart
        let en = MemberImport.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains(#"<div class="notice notice-success" role="status">1 anggota diimpor, 1 dilewati, 1 ditolak.</div>"#))
        #expect(en.contains("1 member imported, 1 skipped, 1 rejected."))
        #expect(id.contains("NIK tertulis sebagai angka spreadsheet (3.51514E+15)"))
        #expect(id.contains(#"<a href="/members" class="button primary">Lihat daftar anggota</a>"#))
        #expect(!id.contains("<form"))
    }

    @Test(
        "an error about the whole file shows in every stage",
        arguments: [MemberImport.Model.Stage.upload, .preview(job: UUID()), .running(imported: 0), .done(imported: 0)])
    func fileErrorShows(stage: MemberImport.Model.Stage) {
        // given
        var model = MemberImport.Model.mock
        model.stage = stage
        model.error = "Kolom berikut tidak ditemukan di baris judul: NIK."
        // when
        let html = MemberImport.View.render(model, in: boardContext(.id)).mainPart
        // then: first thing on the page.
        #expect(
            html.hasPrefix(
                #"<div class="notice notice-error" role="alert">Kolom berikut tidak ditemukan di baris judul: NIK.</div>"#))
    }
}
