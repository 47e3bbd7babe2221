import Foundation
import GuyubCore
import GuyubViews
import Testing

/// The SHU pages, rendered from their mocks: both languages with no word of the other, a CSRF token in
/// every form that changes something, every class styled, and the actions only where they belong.
@Suite("SHU pages")
struct SHUViewTests {
    static func pages(_ context: PageContext) -> [(name: String, html: String)] {
        var posted = SHUYearPage.Model.mock
        posted.status = .posted
        posted.postedOn = CivilDate(year: 2026, month: 3, day: 16)
        posted.canCompute = false
        posted.shares[0].paidTo = .savings
        posted.shares[1].paidTo = .payable
        var unapproved = SHUYearPage.Model.mock
        unapproved.approvedOn = nil
        unapproved.canCompute = true
        var member = MemberShow.Model.mock
        member.isOwnRecord = true
        member.shu = [
            .init(
                year: 2025, posted: true, savings: 1_250_000, totalSavings: 1_950_000, capitalPool: 1_333_333,
                capital: 854_700, business: 3_000_000, totalBusiness: 4_000_000, patronagePool: 1_666_666,
                patronage: 1_249_999, paidTo: .savings)
        ]
        return [
            ("years", SHUIndexPage.View.render(.mock, in: context)),
            ("draft", SHUYearPage.View.render(.mock, in: context)),
            ("draft awaiting the meeting", SHUYearPage.View.render(unapproved, in: context)),
            ("posted", SHUYearPage.View.render(posted, in: context)),
            ("rules", SHUSettingsPage.View.render(.mock, in: context)),
            ("simulation", SHUSimulationPage.View.render(.mock, in: context)),
            ("member's own SHU", MemberShow.View.render(member, in: context)),
        ]
    }

    @Test(arguments: Language.allCases)
    func everyPostFormCarriesTheCSRFToken(language: Language) {
        let pages = Dictionary(uniqueKeysWithValues: Self.pages(boardContext(language)).map { ($0.name, $0.html) })
        func postForms(_ name: String) -> [(tag: String, body: String)] {
            pages[name]!.forms.filter { $0.tag.contains(#"method="post""#) && !$0.tag.contains("sign-out") }
        }
        for (name, html) in pages {
            for form in html.forms where form.tag.contains(#"method="post""#) {
                #expect(form.body.contains(csrfInput), "\(name): \(form.tag)")
                #expect(form.body.contains(#"name="_once""#), "\(name): \(form.tag)")
            }
        }
        #expect(postForms("years").count == 1)
        // A draft the RAT approved: post only (its figures stay as approved); not yet approved: compute
        // again only; posted: one payout, for the share held to collect.
        #expect(postForms("draft").map(\.tag).joined().contains("/shu/2025/post"))
        #expect(postForms("draft").count == 1)
        #expect(postForms("draft awaiting the meeting").count == 1)
        #expect(postForms("posted").count == 1 && postForms("posted")[0].tag.contains("/payout"))
        #expect(postForms("rules").count == 1)
        #expect(postForms("simulation").isEmpty, "the simulation stores nothing")
    }

    @Test func theMemberSeesHowTheirSHUWasComputed() {
        let html = Dictionary(uniqueKeysWithValues: Self.pages(boardContext()).map { ($0.name, $0.html) })["member's own SHU"]!
        #expect(
            html.contains(
                "Jasa modal = Rp 1.333.333 × simpanan Anda Rp 1.250.000 ÷ simpanan semua anggota Rp 1.950.000 = Rp 854.700"))
        #expect(
            html.contains(
                "Jasa usaha = Rp 1.666.666 × transaksi Anda Rp 3.000.000 ÷ transaksi semua anggota Rp 4.000.000 = Rp 1.249.999"))
    }

    @Test func englishPagesHaveNoIndonesianWords() {
        let context = boardContext(
            .en,
            user: SignedInUser(
                name: "Hartono", cooperativeName: "Sukamaju Cooperative",
                sections: NavSection.allCases))
        for page in Self.pages(context) {
            // Member names are what the cooperative typed.
            let html = page.html.replacingOccurrences(of: "Siti Aminah", with: "").replacingOccurrences(
                of: "Budi Santoso", with: ""
            )
            .replacingOccurrences(of: "Siti;", with: "")
            let leaked = html.visibleWords.intersection(LanguageTests.indonesianWords)
            #expect(leaked.isEmpty, "\(page.name): \(leaked.sorted())")
        }
    }

    @Test func everyClassIsStyled() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let css = try String(contentsOf: root.appendingPathComponent("Public/css/app.css"), encoding: .utf8)
        let styled = Set(css.replacing(/\/\*[\s\S]*?\*\//, with: "").matches(of: /\.([a-zA-Z][\w-]*)/).map { String($0.1) })
        var used: Set<String> = []
        for language in Language.allCases {
            for page in Self.pages(boardContext(language)) {
                for match in page.html.matches(of: /class="([^"]*)"/) {
                    used.formUnion(match.1.split(separator: " ").map(String.init))
                }
            }
        }
        let unstyled = used.subtracting(styled).subtracting(StylesheetTests.hooks)
        #expect(unstyled.isEmpty, "\(unstyled.sorted())")
    }
}
