import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Dashboard page")
struct DashboardViewTests {
    @Test func greetsTheUserAndNamesTheCooperative() {
        // when
        let id = Dashboard.View.render(.mock, in: boardContext(.id)).mainPart
        let en = Dashboard.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains("<h1>Selamat datang, Hartono</h1>"))
        #expect(en.contains("<h1>Welcome, Hartono</h1>"))
        #expect(id.contains("Koperasi Desa Merah Putih Sukamaju"))
    }

    @Test func showsTheThreeFiguresLinkingToTheList() {
        // given
        var model = Dashboard.Model.mock
        model.counts = .init(members: 1_234, applicants: 5, left: 0)
        // when
        let html = Dashboard.View.render(model, in: boardContext(.id)).mainPart
        // then: big numbers, grouped, each with its label, each a link to the member list.
        #expect(html.contains(#"<span class="figure-value">1.234</span><span class="figure-label">Anggota</span>"#))
        #expect(html.contains(#"<span class="figure-value">5</span><span class="figure-label">Calon anggota</span>"#))
        #expect(html.contains(#"<span class="figure-value">0</span><span class="figure-label">Sudah berhenti</span>"#))
        for group in ["member", "applicant", "left"] {
            #expect(html.contains(#"<a href="/members?group=\#(group)" class="figure">"#))
        }
    }

    @Test func listsRecentRegistrationsWithStatusAndLink() {
        // when
        let html = Dashboard.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(html.contains("Recent registrations"))
        for row in MemberRow.mocks {
            #expect(html.contains(#"<a href="\#(SiteURL.member(row.id).path)">"#))
            #expect(html.contains(row.name))
            #expect(html.contains("No. \(row.memberNumber)"))
        }
        #expect(html.contains(#"<span class="badge status-member">Member</span>"#))
        #expect(html.contains(#"<span class="badge status-applicant">Applicant</span>"#))
    }

    @Test func saysWhenNobodyIsRegisteredYet() {
        // given
        var model = Dashboard.Model.mock
        model.recentMembers = []
        // when
        let html = Dashboard.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("Belum ada anggota yang terdaftar."))
        #expect(!html.contains("member-list"))
    }

    @Test func aMemberSeesTheirOwnRecordAndNoRegistryFigures() throws {
        // given: a member's dashboard has no counts, only the own record.
        let own = MemberRow.mocks[1]
        let model = Dashboard.Model(
            cooperativeName: "Koperasi Sukamaju", userName: own.name, counts: nil,
            recentMembers: [], ownRecord: own)
        // when
        let html = Dashboard.View.render(model, in: boardContext(.id)).mainPart
        // then
        let card = html.section(from: #"<div class="card own-record">"#, to: "</div>")
        #expect(card.contains("Keanggotaan Anda"))
        #expect(card.contains("No. 2"))
        #expect(card.contains(own.name))
        #expect(card.contains(#"<span class="badge status-applicant">Calon anggota</span>"#))
        #expect(card.contains("sejak 20 Nov 2026"))
        #expect(card.contains(#"href="\#(SiteURL.member(own.id).path)""#))
        #expect(!html.contains("figure-value"))
        #expect(!html.contains("Pendaftaran terbaru"))
    }

    @Test func anAccountWithoutAMemberRecordIsToldSo() {
        // given
        let model = Dashboard.Model(
            cooperativeName: "Koperasi Sukamaju", userName: "Dewi", counts: nil,
            recentMembers: [], ownRecord: nil)
        // when
        let html = Dashboard.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(html.contains("Your account is not linked to a member record yet."))
    }
}
