import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Forms and escaping")
struct SecurityTests {
    @Test(arguments: Language.allCases)
    func everyPostFormCarriesTheCSRFToken(language: Language) {
        // given
        let pages = allPages(boardContext(language))
        var postForms = 0
        for page in pages {
            // when
            for form in page.html.forms where form.tag.contains(#"method="post""#) {
                postForms += 1
                // then
                #expect(form.body.contains(csrfInput), "\(page.name): \(form.tag)")
            }
        }
        // then: the sign-out form on each page, plus the status, member, upload and confirm forms, and the
        // loan's eight action forms, the daily job's, the two of the loan settings, the application, the
        // shop's sale (twice: also as its QRIS code waits), a return, opening and closing a shift, a customer's
        // payment, an allocation list's import, a QRIS settlement, a stock take's start, counts and approval, and
        // the units' template with each of two units' staff and region, a new price ceiling, and a product's
        // goods received, stock put right, goods moved and the product itself; a new supplier, an order's
        // delivery and closing, a new order, a supplier's payment, a harvest, and a driver's delivered and failed
        // forms with the plan of a new delivery; a new claim, a claim's approval and rejection, and another's payment;
        // consignment taken in or back, settled, and a product put on it; goods stored and taken out;
        // the processing form on the harvest page, and on the page with a run, its intake and processing forms;
        // an invoice form on each order with deliveries, and the invoiced order's receiving and closing;
        // a price on the consignor's price list; a consumer's sign-up, its code, their application to join,
        // and the staff's new consumer and referral rules; an idea proposed, and on an idea the board sees, its
        // support, a comment, two steps, a decline, an answer and hiding it; a consultation planned, and on a
        // session its attendance, an invitation, a guest's view, closing and calling it off; and on an idea said at
        // a session, a comment, an answer and hiding it; on the partnerships, a risk's owner, a partner and an
        // agreement; on an agreement, ending it, its matrix, a grant received and spent, a delivery, a commitment and
        // a review, a loan received, equity, a benefit and a document; on the bank's loan, ending it, its matrix, a
        // delivery, a commitment, a review, an instalment paid, a typed benefit's figure, a benefit and a document;
        // and for its partner's person, only the delivery of their side's open commitment.
        #expect(
            postForms == pages.count + 4 + 8 + 1 + 2 + 1 + 1 + 1 + 1 + 2 + 1 + 1 + 1 + 3 + 5 + 1 + 4 + 9 + 4 + 3 + 2 + 3 + 4 + 1
                + 5 + 8 + 1 + 5 + 3 + 3 + 11 + 9 + 1)
    }

    @Test func getFormsCarryNoToken() throws {
        // when
        let html = MemberList.View.render(.mock, in: boardContext()).mainPart
        // then: a token in a GET form would end up in the address bar and the server's logs.
        let search = try #require(html.forms.first { $0.tag.contains(#"method="get""#) })
        #expect(!search.body.contains("_csrf"))
    }

    static let script = "<script>alert(1)</script>"
    static let escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;"

    @Test func memberNamesAreEscapedInText() {
        // given: someone registered under a name that is markup.
        var row = MemberRow.mocks[0]
        row.name = Self.script
        var show = MemberShow.Model.mock
        show.row = row
        let dashboard = Dashboard.Model(
            cooperativeName: Self.script, userName: Self.script,
            counts: .init(members: 1, applicants: 0, left: 0),
            recentMembers: [row], ownRecord: row)
        var list = MemberList.Model.mock
        list.rows = [row]
        // when
        let pages = [
            Dashboard.View.render(dashboard, in: boardContext()),
            MemberList.View.render(list, in: boardContext()),
            MemberShow.View.render(show, in: boardContext()),
        ]
        // then
        for html in pages {
            #expect(!html.withoutAppScript.contains("<script"))
            #expect(html.contains(Self.escapedScript))
        }
    }

    @Test func typedValuesAreEscapedInAttributes() {
        // given: a value that would close the attribute and open a tag if written as it is.
        let attack = #""><img src=x onerror="alert(1)">'"#
        var form = MemberForm.Model.mock
        form.values.name = attack
        form.values.address = attack
        var list = MemberList.Model.mock
        list.query = attack
        // when
        let formHTML = MemberForm.View.render(form, in: boardContext())
        let listHTML = MemberList.View.render(list, in: boardContext())
        // then: escaped once, and it reads back as typed.
        for html in [formHTML, listHTML] {
            #expect(!html.contains("<img"))
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;"))
        }
        #expect(formHTML.inputValue(named: "name")?.unescapedAttribute == attack)
        #expect(listHTML.inputValue(named: "q")?.unescapedAttribute == attack)
    }

    @Test func auditValuesAreEscaped() {
        // given
        let row = AuditList.Model.Row(
            sequence: 1, at: Date(timeIntervalSince1970: 0), actor: Self.script,
            action: .memberUpdate, subject: Self.script, link: nil,
            changes: [.init(field: "name", before: Self.script, after: Self.script)])
        // when
        let html = AuditList.View.render(.init(rows: [row], page: 1, pageCount: 1, total: 1), in: boardContext())
        // then
        #expect(!html.withoutAppScript.contains("<script"))
        // Actor, subject, the name before and after (an unknown action reads as "another change").
        #expect(html.occurrences(of: Self.escapedScript) == 4)
    }

    @Test func importReasonsAndFileNameAreEscaped() {
        // given
        var model = MemberImport.Model.mock
        model.fileName = #"a"b<c>.csv"#
        model.rejected = [.init(line: 9, reason: Self.script)]
        // when
        let html = MemberImport.View.render(model, in: boardContext())
        // then
        #expect(!html.withoutAppScript.contains("<script"))
        #expect(html.contains(Self.escapedScript))
        #expect(html.contains(#"<h1>Pratinjau: a"b&lt;c&gt;.csv</h1>"#))
    }
}
