import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Member list page")
struct MemberListViewTests {
    @Test func hasASearchFormThatGetsTheList() throws {
        // given
        var model = MemberList.Model.mock
        model.query = "siti"
        model.total = 1
        // when
        let html = MemberList.View.render(model, in: boardContext(.id)).mainPart
        // then: a GET form (no CSRF needed) to the list, keeping what was typed.
        let form = try #require(html.forms.first)
        #expect(form.tag == #"<form action="/members" method="get" class="search" role="search">"#)
        #expect(form.body.inputValue(named: "q") == "siti")
        #expect(form.body.contains(#"type="search""#))
        #expect(html.contains("1 anggota cocok dengan “siti”"))
    }

    @Test func saysHowManyMembersThereAre() {
        // when
        let id = MemberList.View.render(.mock, in: boardContext(.id)).mainPart
        let en = MemberList.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains(#"<p class="count">52 anggota</p>"#))
        #expect(en.contains(#"<p class="count">52 members</p>"#))
    }

    @Test func showsEachMemberInARow() {
        // when
        let html = MemberList.View.render(.mock, in: boardContext(.id)).mainPart
        // then: number, linked name, NIK, phone and status, each cell labelled for the phone layout.
        for row in MemberRow.mocks {
            #expect(html.contains(#"<td data-label="No.">\#(row.memberNumber)</td>"#))
            #expect(html.contains(#"<a href="\#(SiteURL.member(row.id).path)">\#(row.name)</a>"#))
            #expect(html.contains(row.nik))
            #expect(html.contains(row.phone))
        }
        #expect(html.contains(#"<td data-label="Status"><span class="badge status-applicant">Calon anggota</span></td>"#))
        #expect(html.contains(#"<div class="table-wrap"><table class="stack members">"#))
    }

    @Test func offersAddAndImportOnlyWhenAllowed() {
        // given
        var allowed = MemberList.Model.mock
        allowed.canAdd = true
        allowed.canImport = true
        var refused = allowed
        refused.canAdd = false
        refused.canImport = false
        // when
        let yes = MemberList.View.render(allowed, in: boardContext(.id)).mainPart
        let no = MemberList.View.render(refused, in: boardContext(.id)).mainPart
        // then (the page's own content only: the menu links to the import for those who may use it)
        #expect(yes.contains(#"<a href="/members/new" class="button primary">Tambah anggota</a>"#))
        #expect(yes.contains(#"<a href="/members/import" class="button secondary">Impor dari spreadsheet</a>"#))
        #expect(!no.contains("/members/new"))
        #expect(!no.contains("/members/import"))
    }

    @Test func anEmptyRegistryAndAnEmptySearchSayDifferentThings() {
        // given
        var empty = MemberList.Model.mock
        empty.rows = []
        empty.total = 0
        empty.pageCount = 1
        var notFound = empty
        notFound.query = "Wati"
        // when
        let none = MemberList.View.render(empty, in: boardContext(.id)).mainPart
        let miss = MemberList.View.render(notFound, in: boardContext(.id)).mainPart
        // then
        #expect(none.contains("Belum ada anggota."))
        #expect(!none.contains("<table"))
        #expect(miss.contains("Tidak ada anggota yang cocok dengan “Wati”."))
        #expect(!miss.contains("Belum ada anggota."))
        #expect(miss.contains(#"<a href="/members" class="button secondary">Tampilkan semua anggota</a>"#))
    }

    @Test func pagerKeepsTheQuery() {
        // given
        var model = MemberList.Model.mock
        model.query = "siti aminah"
        model.page = 2
        model.pageCount = 3
        // when
        let html = MemberList.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(html.contains(#"<nav class="pager">"#))
        #expect(html.contains(#"<a href="/members?q=siti%20aminah" rel="prev">‹ Previous</a>"#))
        #expect(html.contains(#"<a href="/members?q=siti%20aminah&page=3" rel="next">Next ›</a>"#))
        #expect(html.contains("Page 2 of 3"))
    }

    @Test func noPagerForASinglePage() {
        // given
        var model = MemberList.Model.mock
        model.pageCount = 1
        // when
        let html = MemberList.View.render(model, in: boardContext(.id))
        // then
        #expect(!html.contains("pager"))
    }
}
