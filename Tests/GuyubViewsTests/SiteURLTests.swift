import Foundation
import GuyubViews
import Testing

@Suite("SiteURL: typed addresses")
struct SiteURLTests {
    let id = UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!

    @Test func fixedPaths() {
        #expect(SiteURL.home.path == "/")
        #expect(SiteURL.signIn.path == "/sign-in")
        #expect(SiteURL.dashboard.path == "/dashboard")
        #expect(SiteURL.memberNew.path == "/members/new")
        #expect(SiteURL.memberImport.path == "/members/import")
        #expect(SiteURL.stylesheet.path == "/css/app.css")
    }

    @Test func memberPathsUseTheLowerCasedID() {
        #expect(SiteURL.member(id).path == "/members/6f9619ff-8b86-d011-b42d-00c04fc964ff")
        #expect(SiteURL.memberEdit(id).path == "/members/6f9619ff-8b86-d011-b42d-00c04fc964ff/edit")
        #expect(SiteURL.memberStatus(id).path == "/members/6f9619ff-8b86-d011-b42d-00c04fc964ff/status")
    }

    @Test func memberListLeavesOutEmptyQueryAndFirstPage() {
        #expect(SiteURL.members().path == "/members")
        #expect(SiteURL.members(query: "", page: 1).path == "/members")
        #expect(SiteURL.members(query: "", page: 3).path == "/members?page=3")
        #expect(SiteURL.members(query: "siti", page: 1).path == "/members?q=siti")
    }

    @Test func memberListEncodesTheQuery() {
        // when and check: spaces become %20, and characters that would end the value are escaped.
        #expect(SiteURL.members(query: "siti aminah", page: 2).path == "/members?q=siti%20aminah&page=2")
        #expect(SiteURL.members(query: "a&b=c#d", page: 1).path == "/members?q=a%26b%3Dc%23d")
        #expect(SiteURL.members(query: "Bu Sri \"Wati\"", page: 1).path == "/members?q=Bu%20Sri%20%22Wati%22")
        #expect(SiteURL.members(query: "Ệ", page: 1).path == "/members?q=%E1%BB%86")
    }

    @Test func plusInQuerySurvivesFormDecoding() {
        // A phone search such as "+62812" must come back as "+62812", but servers decode a bare "+"
        // in a query as a space; it has to be sent as %2B.
        #expect(SiteURL.members(query: "+62812", page: 2).path == "/members?q=%2B62812&page=2")
    }

    @Test func auditPages() {
        #expect(SiteURL.audit().path == "/audit")
        #expect(SiteURL.audit(page: 1).path == "/audit")
        #expect(SiteURL.audit(page: 4).path == "/audit?page=4")
    }

    @Test func languageSwitchCarriesTheWayBack() {
        // when and check: the return path's own query is encoded inside `next`.
        #expect(SiteURL.language(.en, next: "/members").path == "/language/en?next=/members")
        #expect(
            SiteURL.language(.id, next: "/members?q=siti&page=2").path
                == "/language/id?next=/members?q%3Dsiti%26page%3D2")
    }
}
