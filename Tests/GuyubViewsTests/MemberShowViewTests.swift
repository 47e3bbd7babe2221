import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Member page")
struct MemberShowViewTests {
    let row = MemberRow.mocks[0]

    @Test func headingNamesTheMemberAndNumber() {
        // when
        let html = MemberShow.View.render(.mock, in: boardContext(.id))
        // then
        #expect(html.contains("<title>Siti Aminah · Guyub</title>"))
        #expect(html.contains(#"<h1>Siti Aminah <span class="member-number">No. 1</span></h1>"#))
        #expect(html.contains(#"<span class="badge status-member">Anggota</span> <span class="muted">sejak 15 Jan 2024</span>"#))
    }

    @Test func listsTheParticularsWithFormattedDates() {
        // when
        let id = MemberShow.View.render(.mock, in: boardContext(.id)).mainPart
        let en = MemberShow.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains("<dt>NIK</dt><dd><span class=\"nik\">3507124508850003</span></dd>"))
        #expect(id.contains("<dt>Nomor HP</dt><dd>0812-3456-7890</dd>"))
        #expect(id.contains("<dt>Alamat</dt><dd>Jl. Melati No. 12, RT 03/RW 02, Sukamaju, Malang</dd>"))
        #expect(id.contains("<dt>Tempat, tanggal lahir</dt><dd>Malang, 5 Agu 1985</dd>"))
        #expect(id.contains("<dt>Jenis kelamin</dt><dd>Perempuan</dd>"))
        #expect(id.contains("<dt>Tanggal masuk</dt><dd>15 Jan 2024</dd>"))
        #expect(en.contains("<dt>Place and date of birth</dt><dd>Malang, 5 Aug 1985</dd>"))
        #expect(en.contains("<dt>Gender</dt><dd>Female</dd>"))
    }

    @Test func saysWhatWasNotRecorded() {
        // given
        var model = MemberShow.Model.mock
        model.birthPlace = nil
        model.birthDate = nil
        model.joinedOn = nil
        // when
        let html = MemberShow.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("<dt>Tempat, tanggal lahir</dt><dd>Belum dicatat</dd>"))
        #expect(html.contains("<dt>Tanggal masuk</dt><dd>Belum dicatat</dd>"))
    }

    @Test func historyShowsEachStep() {
        // when
        let html = MemberShow.View.render(.mock, in: boardContext(.id)).mainPart
        // then: date, move, reason, who, oldest first as given.
        let history = html.section(from: #"<ol class="history">"#, to: "</ol>")
        #expect(history.contains(#"<time datetime="2024-01-10" class="when">10 Jan 2024</time>"#))
        #expect(history.contains("Terdaftar sebagai calon anggota"))
        #expect(history.contains("Calon anggota → Anggota"))
        #expect(history.contains(#"<span class="why">Simpanan pokok lunas</span>"#))
        #expect(history.occurrences(of: "oleh Hartono") == 2)
        #expect(history.occurrences(of: "<li>") == 2)
    }

    @Test func editLinkOnlyWhenAllowed() {
        // given
        var model = MemberShow.Model.mock
        let edit = SiteURL.memberEdit(row.id).path
        // when
        let allowed = MemberShow.View.render(model, in: boardContext(.id))
        model.canEdit = false
        let refused = MemberShow.View.render(model, in: boardContext(.id))
        // then
        #expect(allowed.contains(#"<a href="\#(edit)" class="button secondary">Ubah data</a>"#))
        #expect(!refused.contains(edit))
    }

    @Test func statusFormOffersTheAllowedMoves() throws {
        // when
        let html = MemberShow.View.render(.mock, in: boardContext(.id))
        // then
        let form = try #require(html.forms.first { $0.tag.contains("/status") })
        #expect(form.tag == #"<form action="\#(SiteURL.memberStatus(row.id).path)" method="post" class="status-form">"#)
        #expect(form.body.contains(csrfInput))
        #expect(form.body.contains(#"<select id="field-status" name="status" required>"#))
        #expect(form.body.contains(#"<option value selected="selected">— Pilih status —</option>"#))
        #expect(form.body.contains(#"<option value="resigned">Keluar</option>"#))
        #expect(form.body.contains(#"<option value="deceased">Meninggal dunia</option>"#))
        #expect(form.body.contains(#"<option value="dismissed">Diberhentikan</option>"#))
        #expect(!form.body.contains(#"value="member""#))
        #expect(form.body.contains(#"type="text" id="field-date" name="date" value="23/11/2026" required inputmode="numeric""#))
        #expect(form.body.contains(#"name="reason""#))
        #expect(form.body.contains(#"<button type="submit" class="primary">Simpan perubahan status</button>"#))
    }

    @Test func noStatusFormWithoutMoves() {
        // given
        var model = MemberShow.Model.mock
        model.moves = []
        // when
        let html = MemberShow.View.render(model, in: boardContext(.id))
        // then
        #expect(!html.contains(SiteURL.memberStatus(row.id).path))
        #expect(!html.contains(#"name="status""#))
        #expect(!html.contains("Ubah status"))
    }

    @Test func statusErrorsAppearUnderTheirFields() {
        // given
        var model = MemberShow.Model.mock
        model.statusErrors = [
            "status": "Status Anggota tidak dapat diubah menjadi Calon anggota.",
            "date": "Tanggal tidak boleh setelah hari ini.",
            "reason": "Keterangan paling panjang 200 karakter.",
            "member": "Anggota tidak ditemukan.",
        ]
        // when
        let html = MemberShow.View.render(model, in: boardContext(.id)).mainPart
        // then: each message in its own field, marked invalid; one the form has no field for goes on top.
        #expect(
            html.contains(
                #"<p class="field-error" id="field-status-note">Status Anggota tidak dapat diubah menjadi Calon anggota.</p>"#))
        #expect(html.contains(#"<p class="field-error" id="field-date-note">Tanggal tidak boleh setelah hari ini.</p>"#))
        #expect(html.contains(#"<p class="field-error" id="field-reason-note">Keterangan paling panjang 200 karakter.</p>"#))
        #expect(html.occurrences(of: #"<div class="field has-error">"#) == 3)
        #expect(html.contains(#"<div class="notice notice-error" role="alert"><p>Anggota tidak ditemukan.</p></div>"#))
    }

    @Test func ownRecordIsLabelledAndHasNoControls() {
        // given: even if a model said otherwise, a member's own record offers nothing to change.
        var model = MemberShow.Model.mock
        model.isOwnRecord = true
        model.canEdit = true
        model.moves = [.resigned]
        // when
        let id = MemberShow.View.render(model, in: boardContext(.id))
        let en = MemberShow.View.render(model, in: boardContext(.en))
        // then
        #expect(id.contains("<h1>Data keanggotaan saya</h1>"))
        #expect(en.contains("<h1>My membership record</h1>"))
        #expect(id.contains("Siti Aminah"))
        for html in [id, en] {
            #expect(!html.contains("/edit"))
            #expect(!html.contains("/status"))
            #expect(!html.mainPart.contains("<form"))
        }
    }
}
