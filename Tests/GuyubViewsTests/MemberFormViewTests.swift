import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Member form page")
struct MemberFormViewTests {
    let memberID = UUID(uuidString: "7A9619FF-8B86-D011-B42D-00C04FC964FF")!

    @Test func newMemberPostsToTheNewAddress() throws {
        // given
        let model = MemberForm.Model()
        // when
        let html = MemberForm.View.render(model, in: boardContext(.id))
        // then
        #expect(html.contains("<title>Tambah anggota · Guyub</title>"))
        #expect(html.contains("<h1>Tambah anggota</h1>"))
        let form = try #require(html.mainPart.forms.first)
        #expect(form.tag == #"<form action="/members/new" method="post" class="member-form">"#)
        #expect(form.body.contains(#"<a href="/members" class="button secondary">Batal</a>"#))
        #expect(form.body.contains("Daftarkan anggota"))
        #expect(!html.contains("Periksa isian yang ditandai."))
    }

    @Test func editPostsToTheMembersEditAddress() throws {
        // given
        let model = MemberForm.Model(memberID: memberID, memberNumber: 7)
        // when
        let id = MemberForm.View.render(model, in: boardContext(.id))
        let en = MemberForm.View.render(model, in: boardContext(.en))
        // then
        #expect(id.contains("<h1>Ubah data anggota no. 7</h1>"))
        #expect(en.contains("<h1>Edit the details of member no. 7</h1>"))
        let form = try #require(id.mainPart.forms.first)
        #expect(form.tag.contains(#"action="\#(SiteURL.memberEdit(memberID).path)" method="post""#))
        #expect(form.body.contains(#"<a href="\#(SiteURL.member(memberID).path)" class="button secondary">Batal</a>"#))
        #expect(form.body.contains(#"<button type="submit" class="primary">Simpan</button>"#))
    }

    @Test func fieldsAskForTheRightKeyboardAndHints() throws {
        // when
        let html = MemberForm.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(
            html.contains(#"<input type="text" id="field-name" name="name" value="Siti Aminah" required autocomplete="name""#))
        #expect(
            html.contains(#"name="nik" value="35071245088500" required inputmode="numeric" autocomplete="off" maxlength="20""#))
        #expect(
            html.contains(#"<input type="tel" id="field-phone" name="phone" value="0812 3456 7890" required inputmode="tel""#))
        #expect(html.contains(#"<p class="hint" id="field-phone-note">contoh 0812-3456-7890</p>"#))
        #expect(
            html.contains(
                #"<textarea id="field-address" name="address" required autocomplete="street-address" maxlength="500" rows="2">Jl. Melati No. 12, Sukamaju</textarea>"#
            ))
        #expect(html.contains(#"<label for="field-birthPlace">Tempat lahir (tidak wajib)</label>"#))
        #expect(
            html.contains(
                #"<input type="text" id="field-birthDate" name="birthDate" value inputmode="numeric" autocomplete="off" maxlength="30" data-date aria-describedby="field-birthDate-note"/>"#
            ))
        #expect(html.contains(#"<option value selected="selected">— sesuai NIK —</option>"#))
        #expect(html.contains(#"<option value="male">Laki-laki</option>"#))
    }

    @Test func nikHintShowsWhenThereIsNoError() {
        // given
        var model = MemberForm.Model.mock
        model.errors = [:]
        // when
        let html = MemberForm.View.render(model, in: boardContext(.id))
        // then
        #expect(html.contains(#"<p class="hint" id="field-nik-note">16 digit sesuai KTP</p>"#))
    }

    @Test func keepsTheChosenGender() {
        // given
        var model = MemberForm.Model.mock
        model.values.gender = "female"
        model.values.birthDate = "1985-08-05"
        // when
        let html = MemberForm.View.render(model, in: boardContext(.en))
        // then
        #expect(html.contains(#"<option value>— from the NIK —</option>"#))
        #expect(html.contains(#"<option value="female" selected="selected">Female</option>"#))
        #expect(html.contains(#"name="birthDate" value="05/08/1985""#))
    }

    @Test func errorsShowUnderTheirFieldsWithASummary() {
        // given
        var model = MemberForm.Model.mock
        model.errors = [
            "nik": "NIK harus 16 digit (tertulis 14).", "gender": "Jenis kelamin tidak cocok dengan NIK.",
            "form": "Formulir sudah kedaluwarsa.",
        ]
        // when
        let html = MemberForm.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(
            html.contains(
                #"<div class="notice notice-error error-summary" role="alert"><p>Periksa isian yang ditandai.</p><p>Formulir sudah kedaluwarsa.</p></div>"#
            ))
        #expect(html.contains(#"<p class="field-error" id="field-nik-note">NIK harus 16 digit (tertulis 14).</p>"#))
        #expect(html.contains(#"aria-invalid="true" aria-describedby="field-nik-note""#))
        #expect(html.contains(#"<p class="field-error" id="field-gender-note">Jenis kelamin tidak cocok dengan NIK.</p>"#))
        #expect(html.occurrences(of: "has-error") == 2)
        // The hint gives way to the error.
        #expect(!html.contains("16 digit sesuai KTP"))
    }
}
