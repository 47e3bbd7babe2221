import Foundation
import GuyubCore
import GuyubViews
import Testing
import Vapor
import VaporTesting

@Suite("Counter and books in the browser") struct WebSavingsAndBooksTests {
    /// The board signed in by browser, with Siti a member.
    func desk(_ t: TestApp) async throws -> (browser: Client, api: Client, siti: String) {
        try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
        let api = try await t.apiClient("ketua@sukamaju.coop")
        let siti = try await t.member(People.siti, through: api)
        return (try await t.browser("ketua@sukamaju.coop"), api, siti.lowercased())
    }

    @Test func everyNewPageRendersAndItsLinksResolve() async throws {
        try await withTestApp { t in
            let (browser, api, siti) = try await desk(t)
            let account = try await api.deposit(siti, "sukarela", "125000").json()
            let entry = (account["entryId"] as! String).lowercased()
            let pages =
                [
                    "/teller", "/teller?q=siti", "/teller?member=\(siti)", "/receipts/\(entry)",
                    "/savings/accounts/\((account["accountId"] as! String).lowercased())", "/savings/arrears",
                    "/settings/savings",
                    "/books", "/books/journal", "/books/journal/\(entry)", "/books/journal/new", "/books/accounts",
                    "/books/month-end",
                ] + Report.Model.Kind.allCases.map { "/books/reports/\($0.rawValue)" }

            var links: Set<String> = []
            for path in pages {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                for match in page.body.string.matches(of: /href="(\/[^"]*)"/) { links.insert(String(match.1)) }
            }
            for link in links.sorted() {
                let target = try await browser.get(link.replacingOccurrences(of: "&amp;", with: "&"))
                #expect([.ok, .seeOther].contains(target.status), "link \(link) answered \(target.status)")
            }
        }
    }

    @Test func aDepositAtTheCounterEndsOnItsReceipt() async throws {
        try await withTestApp { t in
            let (browser, api, siti) = try await desk(t)
            let token = try await browser.get("/teller?member=\(siti)").csrfToken()

            let withoutToken = try await browser.post(
                "/teller/deposits",
                form: [
                    "memberId": siti, "kind": "sukarela",
                    "amount": "250000", "channel": "cash",
                ])
            let done = try await browser.post(
                "/teller/deposits",
                form: [
                    "_csrf": token, "memberId": siti, "kind": "sukarela",
                    "amount": "250000", "channel": "cash", "note": "titipan",
                ])
            let receipt = try await browser.get(try #require(done.headers.first(name: .location)))

            #expect(withoutToken.status == .forbidden)
            #expect(done.status == .seeOther)
            #expect(receipt.status == .ok)
            #expect(receipt.body.string.contains("Rp 250.000"))
            #expect(receipt.body.string.lowercased().contains("dua ratus lima puluh ribu rupiah"))
            #expect(receipt.body.string.contains("titipan"))
            #expect(try await api.balance(siti, "sukarela") == "250000")
        }
    }

    @Test func aRefusedWithdrawalShowsWhyAtTheCounter() async throws {
        try await withTestApp { t in
            let (browser, api, siti) = try await desk(t)
            let token = try await browser.get("/teller?member=\(siti)").csrfToken()

            let refused = try await browser.post(
                "/teller/withdrawals",
                form: [
                    "_csrf": token, "memberId": siti, "kind": "sukarela",
                    "amount": "10000", "channel": "cash",
                ])
            let badTransfer = try await browser.post(
                "/teller/transfers",
                form: [
                    "_csrf": token, "memberId": siti,
                    "toMember": "999", "amount": "1000",
                ])

            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(Catalogue(.id).message(for: SavingsError.insufficientFunds(available: 0))))
            #expect(refused.body.string.contains("value=\"10000\"")) // what was typed comes back
            #expect(badTransfer.status == .unprocessableEntity)
            #expect(try await api.balance(siti, "sukarela") == "0")
        }
    }

    @Test func aMemberSeesOnlyTheirOwnReceiptsAndStatements() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let budi = try await t.member(People.budi, through: api)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
            let own = try await api.deposit(siti, "sukarela", "5000").json()
            let other = try await api.deposit(budi, "sukarela", "5000").json()
            let member = try await t.browser("siti@sukamaju.coop")

            let ownReceipt = try await member.get("/receipts/\((own["entryId"] as! String).lowercased())")
            let otherReceipt = try await member.get("/receipts/\((other["entryId"] as! String).lowercased())")
            let ownStatement = try await member.get("/savings/accounts/\((own["accountId"] as! String).lowercased())")
            let otherStatement = try await member.get("/savings/accounts/\((other["accountId"] as! String).lowercased())")
            let teller = try await member.get("/teller")
            let books = try await member.get("/books")

            #expect(ownReceipt.status == .ok)
            #expect(!ownReceipt.body.string.contains("1-1100")) // the books' lines are not shown to a member
            #expect(otherReceipt.status == .notFound)
            #expect(ownStatement.status == .ok)
            #expect(otherStatement.status == .notFound)
            #expect(teller.status == .forbidden)
            #expect(books.status == .forbidden)
        }
    }

    @Test func aManualEntryThroughTheFormAndItsReversal() async throws {
        try await withTestApp { t in
            let (browser, api, _) = try await desk(t)
            let accounts =
                try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/ledger/accounts").body))
                as? [[String: Any]] ?? []
            func id(_ role: String) -> String { accounts.first { $0["role"] as? String == role }!["id"] as! String }
            let token = try await browser.get("/books/journal/new").csrfToken()
            var form = [
                "_csrf": token, "description": "Beli ATK", "lines[0][accountId]": id("operatingExpense"),
                "lines[0][debit]": "75000", "lines[1][accountId]": id("cash"), "lines[1][credit]": "70000",
                "lines[2][accountId]": "", "lines[2][debit]": "", "lines[2][credit]": "",
            ]

            let more = try await browser.post("/books/journal/new", form: form.merging(["addLine": "1"]) { $1 })
            let unbalanced = try await browser.post("/books/journal/new", form: form)
            form["lines[1][credit]"] = "75000"
            let posted = try await browser.post("/books/journal/new", form: form)
            let entryPath = try #require(posted.headers.first(name: .location))
            let reverseToken = try await browser.get(entryPath).csrfToken()
            let reversed = try await browser.post(entryPath + "/reverse", form: ["_csrf": reverseToken, "reason": "salah catat"])

            #expect(more.status == .ok)
            #expect(more.body.string.contains("lines[3][accountId]"))
            #expect(unbalanced.status == .unprocessableEntity)
            #expect(posted.status == .seeOther)
            #expect(reversed.status == .seeOther)
            #expect(try await api.account(role: "cash")?["balance"] as? String == "50000") // the pokok only
            try await t.expectBooksSound()
        }
    }

    @Test func theBoardSetsTheSavingsProducts() async throws {
        try await withTestApp { t in
            let (browser, api, _) = try await desk(t)
            let token = try await browser.get("/settings/savings").csrfToken()
            var form = [
                "_csrf": token, "pokokAmount": "100000", "wajibAmount": "15000", "wajibClasses": "pegawai = 25000",
                "sukarelaRate": "2,5", "sukarelaBasis": "average", "sukarelaMinimum": "20000",
                "terms": "6 = 5\n12 = 6,25", "earlyBreakPenalty": "1", "interestTaxThreshold": "240000",
                "interestTaxRate": "10",
            ]

            let saved = try await browser.post("/settings/savings", form: form)
            form["terms"] = "enam = lima"
            let refused = try await browser.post("/settings/savings", form: form)
            let settings = try await api.get("/api/v1/savings/settings").json()

            #expect(saved.status == .seeOther)
            #expect(refused.status == .unprocessableEntity)
            #expect(settings["pokokAmount"] as? String == "100000")
            #expect(settings["sukarelaRatePercent"] as? String == "2.50")
            #expect(settings["sukarelaInterestBasis"] as? String == "average")
            #expect((settings["wajibClasses"] as? [String: String]) == ["pegawai": "25000"])
            #expect((settings["terms"] as? [[String: Any]])?.map { $0["ratePercent"] as? String } == ["5.00", "6.25"])
        }
    }

    @Test func closingAMonthNeedsConfirmation() async throws {
        try await withTestApp { t in
            let (browser, _, _) = try await desk(t)
            let page = try await browser.get("/books/month-end")
            let token = try page.csrfToken()
            let month = try #require(page.body.string.firstMatch(of: /action="\/books\/month-end\/([0-9]{4}-[0-9]{2})"/)?.1)

            let unconfirmed = try await browser.post("/books/month-end/\(month)", form: ["_csrf": token])
            let closed = try await browser.post("/books/month-end/\(month)", form: ["_csrf": token, "confirm": "1"])
            let after = try await browser.get("/books/month-end")

            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(closed.status == .seeOther)
            #expect(after.body.string.contains(Catalogue(.id).monthName(YearMonth(String(month))!)))
        }
    }
}

@Suite("The counter") struct CounterTests {
    /// The teller sees who a transfer goes to before it runs, and a number that names nobody is refused
    /// without anything sent.
    @Test func aTransferNamesItsRecipientFirst() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api).lowercased()
            _ = try await t.member(People.budi, through: api)
            try await api.deposit(siti, "sukarela", "100000")
            let browser = try await t.browser("ketua@sukamaju.coop")

            let check = try await browser.get("/teller?member=\(siti)&toMember=2&amount=25.000&note=titipan")
            let nobody = try await browser.get("/teller?member=\(siti)&toMember=99&amount=25.000")
            let done = try await browser.post(
                "/teller/transfers",
                form: [
                    "_csrf": try check.csrfToken(), "memberId": siti,
                    "toMember": "2", "amount": "25.000", "note": "titipan",
                ])

            #expect(check.body.string.contains("ke Budi Santoso (No. 2)?"))
            #expect(nobody.status == .unprocessableEntity)
            #expect(!nobody.body.string.contains("confirm-transfer-form"))
            #expect(done.status == .seeOther)
            #expect(try await api.balance(siti, "sukarela") == "75000")
        }
    }

    /// The member's counter page shows their loans with what is due; the home page searches the counter.
    @Test func theCounterShowsLoansAndTheHomePageSearchesIt() async throws {
        try await withTestApp { t in
            let s = try await LoansAPITests().setup(t)
            let loan = try await LoansAPITests().activeLoan(s, principal: "1200000", periods: 12)
            let browser = try await t.browser("ketua@sukamaju.coop")

            let counter = try await browser.get("/teller?member=\(s.siti.lowercased())").body.string
            let home = try await browser.get("/dashboard").body.string

            #expect(counter.contains("Pinjaman berjalan"))
            #expect(counter.contains("/loans/\(loan.lowercased())"))
            #expect(home.contains(#"<form action="/teller" method="get" class="search home-search""#))
        }
    }
}
