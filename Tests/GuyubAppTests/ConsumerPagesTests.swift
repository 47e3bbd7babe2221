import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Consumers in the browser, on SQLite and PostgreSQL: the open door (sign-up with a member's code and
/// sign-in, each proven by a code from the outbox), a consumer's page, a member's card, the staff's page
/// and the counter.
@Suite("Consumer pages") struct ConsumerPagesTests {
    /// The last message the outbox holds for a phone, and the code in it.
    static func code(_ t: TestApp, for phone: String) async throws -> String? {
        let message = try await t.tenant().query(OutboxMessageRecord.self).filter(\.$phone == phone)
            .sort(\.$sentAt, .descending).first()
        return message.flatMap { body in body.body.split(separator: " ").first { $0.count == 7 && $0.hasSuffix(".") } }
            .map { String($0.dropLast()) }
    }

    @Test func aConsumerJoinsWithAMembersCodeOnTheirPhone() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t, rules: ["welcomeValue": "5.000"])
            let coop = try await t.tenant().cooperativeID.uuidString.lowercased()
            let phone = Client(t.app)
            let door = try await phone.get("/c/\(coop)/join?ref=\(s.code)")
            let token = try door.csrfToken()
            let form = [
                "_csrf": token, "phone": "0813-1111-2222", "name": "Budi", "referralCode": s.code, "consent": "1",
            ]
            let badCode = try await phone.post("/c/\(coop)/join", form: form.merging(["referralCode": "KZZZZZZ"]) { $1 })
            let sent = try await phone.post("/c/\(coop)/join", form: form)
            let code = try #require(try await Self.code(t, for: "+6281311112222"))
            let wrong = try await phone.post(
                "/c/\(coop)/join", form: form.merging(["step": "code", "code": code == "000000" ? "111111" : "000000"]) { $1 })
            let joined = try await phone.post("/c/\(coop)/join", form: form.merging(["step": "code", "code": code]) { $1 })
            let account = try await phone.get("/account")
            let referrals = try await ReferralAPITests.referrals(s.api, of: s.siti)

            #expect(door.status == .ok && door.body.string.contains("Diajak oleh Siti Aminah"))
            #expect(badCode.status == .unprocessableEntity && badCode.body.string.contains("Kode ajakan tidak dikenal"))
            #expect(sent.status == .ok && sent.body.string.contains("name=\"code\""))
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("Kode salah"))
            #expect(joined.status == .seeOther && joined.headers.first(name: .location) == "/account")
            #expect(account.status == .ok && account.body.string.contains("Budi"))
            #expect(account.body.string.contains("Potongan Rp 5.000"), "the welcome voucher")
            #expect(referrals.first?["status"] as? String == "pending")
            try await t.expectBooksSound()
        }
    }

    /// Signing in by phone: a code for a consumer; for a phone the cooperative does not know, the same page
    /// and no message, so the door tells nobody who shops here.
    @Test func aConsumerSignsInByACodeAndTheDoorSaysNothingOfOthers() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            _ = try await ReferralAPITests.brought(s)
            let coop = try await t.tenant().cooperativeID.uuidString.lowercased()
            let phone = Client(t.app)
            let token = try await phone.get("/c/\(coop)/sign-in").csrfToken()
            let stranger = try await phone.post("/c/\(coop)/sign-in", form: ["_csrf": token, "phone": "0813-9999-0000"])
            let strangerCode = try await Self.code(t, for: "+6281399990000")
            _ = try await phone.post("/c/\(coop)/sign-in", form: ["_csrf": token, "phone": "0813-1111-2222"])
            let code = try #require(try await Self.code(t, for: "+6281311112222"))
            let inside = try await phone.post(
                "/c/\(coop)/sign-in", form: ["_csrf": token, "phone": "0813-1111-2222", "step": "code", "code": code])
            let again = try await Client(t.app).post(
                "/c/\(coop)/sign-in", form: ["_csrf": token, "phone": "0813-1111-2222", "step": "code", "code": code])
            let dashboard = try await phone.get("/dashboard")
            let members = try await phone.get("/members")

            #expect(stranger.status == .ok && stranger.body.string.contains("name=\"code\"") && strangerCode == nil)
            #expect(inside.status == .seeOther)
            #expect(again.status != .seeOther, "a code is used once (and this client has no cookie for the form)")
            #expect(dashboard.headers.first(name: .location) == "/account")
            #expect(members.status == .forbidden || members.status == .notFound)
        }
    }

    @Test func staffSignConsumersUpAndTheBoardSetsTheRules() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let browser = try await t.browser(ReferralAPITests.board)
            let page = try await browser.get("/consumers")
            let token = try page.csrfToken()
            let own = try await browser.submit(
                "/consumers", form: ["_csrf": token, "phone": "0812-3456-7890", "name": "Siti", "referralCode": s.code])
            let added = try await browser.post(
                "/consumers", form: ["_csrf": token, "phone": "0813-1111-2222", "name": "Budi", "referralCode": s.code])
            let rules = try await browser.post(
                "/consumers/rules",
                form: [
                    "_csrf": token, "reward": "voucher", "voucherValue": "Rp 15.000", "minimumPurchase": "75.000",
                    "returnWindowDays": "7", "monthlyCap": "5", "welcomeValue": "0", "voucherDays": "90",
                    "refuseHousehold": "1",
                ])
            let badRules = try await browser.submit(
                "/consumers/rules",
                form: [
                    "_csrf": token, "reward": "package", "voucherValue": "0", "minimumPurchase": "75.000",
                    "returnWindowDays": "7", "monthlyCap": "5", "welcomeValue": "0", "voucherDays": "90",
                ])
            let after = try await browser.get("/consumers")
            let set = try await s.api.get("/api/v1/settings/referrals").json()

            #expect(page.status == .ok && page.body.string.contains("Pesan keluar"))
            #expect(own.body.string.contains("tidak dapat dipakai oleh anggota itu sendiri"))
            #expect(added.status == .seeOther, "\(added.body.string)")
            #expect(rules.status == .seeOther, "\(rules.body.string)")
            #expect(badRules.body.string.contains("Barang paket tidak sesuai aturan"))
            #expect(after.body.string.contains("Budi") && after.body.string.contains("Siti Aminah"))
            #expect(set["voucherValue"] as? String == "15000" && set["minimumPurchase"] as? String == "75000")
        }
    }

    /// A member's card carries their code and a QR to the door; only the member sees it.
    @Test func aMemberSharesTheirCard() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            _ = try await ReferralAPITests.brought(s)
            let coop = try await t.tenant().cooperativeID
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: s.siti))
            let siti = try await t.browser("siti@sukamaju.coop")
            let card = try await siti.get("/referral")
            let board = try await t.browser(ReferralAPITests.board).get("/referral")

            #expect(card.status == .ok && card.body.string.contains(s.code) && card.body.string.contains("<svg"))
            #expect(card.body.string.contains("/join?ref=\(s.code)") && card.body.string.contains("Budi"))
            #expect(board.status == .notFound, "the chair has no member record of their own here")
        }
    }

    /// At the counter a consumer is found by their phone and spends their voucher; later they apply to join.
    @Test func aConsumerBuysWithTheirVoucherAndAppliesToJoin() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t, rules: ["welcomeValue": "5.000"])
            let budi = try await ReferralAPITests.brought(s)
            let voucher = try #require(
                try await ReferralAPITests.vouchers(s.api, "consumerId=\(budi)").first?["code"] as? String)
            let cashier = try await t.browser(ReferralAPITests.board)
            let counter = try await cashier.get("/store?buyer=0813-1111-2222&productId%5B%5D=\(s.rice)&quantity%5B%5D=10")
            let sold = try await cashier.post(
                "/store/sales",
                form: [
                    "_csrf": try counter.csrfToken(), "buyer": "0813-1111-2222", "productId[]": s.rice, "quantity[]": "10",
                    "payment": "cash", "voucherCode": voucher, "action": "pay",
                ])
            let receipt = try await cashier.get(try #require(sold.headers.first(name: .location)))
            let purchases = try await Self.consumerBrowser(t, s)
            let account = try await purchases.get("/account")
            let applied = try await purchases.post(
                "/account/membership",
                form: ["_csrf": try account.csrfToken(), "nik": "3507241208900002", "address": "Dusun Sumberejo"])
            let after = try await purchases.get("/account")

            #expect(counter.body.string.contains("Konsumen: Budi"))
            #expect(sold.status == .seeOther, "\(sold.body.string)")
            #expect(receipt.body.string.contains("Voucher") && receipt.body.string.contains("5.000"))
            #expect(account.body.string.contains("Sudah dipakai") && account.body.string.contains("14.000"))
            #expect(applied.status == .seeOther, "\(applied.body.string)")
            #expect(after.body.string.contains("menunggu keputusan pengurus"))
            try await t.expectBooksSound()
        }
    }

    /// A consumer proposes an idea and comments; the board declines it with a reason and answers; the
    /// public page shows the idea and the answer, without anyone's name.
    @Test func aConsumersIdeaIsAnsweredInPublic() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            _ = try await ReferralAPITests.brought(s)
            let budi = try await Self.consumerBrowser(t, s)
            let page = try await budi.get("/ideas")
            let token = try page.csrfToken()
            let category = try #require(
                page.body.string.components(separatedBy: "<option value=\"").dropFirst(2).first?.prefix(36).description)
            let scripted = try await budi.submit(
                "/ideas", form: ["_csrf": token, "categoryId": category, "title": "Hai", "body": "<b>tebal</b>"])
            let proposed = try await budi.post(
                "/ideas", form: ["_csrf": token, "categoryId": category, "title": "Rak lebih rendah", "body": "Agar terjangkau."])
            let idea = try #require(proposed.headers.first(name: .location))
            let supported = try await budi.post(idea + "/support", form: ["_csrf": token])
            let twice = try await budi.submit(idea + "/support", form: ["_csrf": token])
            let board = try await t.browser(ReferralAPITests.board)
            let boardToken = try await board.get(idea).csrfToken()
            let bare = try await board.submit(idea + "/decline", form: ["_csrf": boardToken, "reason": ""])
            let declined = try await board.post(
                idea + "/decline", form: ["_csrf": boardToken, "reason": "Rak baru sudah dipesan."])
            let answered = try await board.post(idea + "/answer", form: ["_csrf": boardToken, "answer": "Terima kasih."])
            let notBoard = try await budi.post(idea + "/accept", form: ["_csrf": token])
            let coop = try await t.tenant().cooperativeID.uuidString.lowercased()
            let open = try await Client(t.app).get("/c/\(coop)/ideas").body.string

            #expect(scripted.body.string.contains("tanpa kode HTML atau skrip"))
            #expect(proposed.status == .seeOther && supported.status == .seeOther)
            #expect(twice.body.string.contains("Anda sudah mendukung ide ini"))
            #expect(bare.body.string.contains("Tuliskan alasannya"))
            #expect(declined.status == .seeOther && answered.status == .seeOther)
            #expect(notBoard.status == .forbidden || notBoard.status == .notFound)
            #expect(open.contains("Rak lebih rendah") && open.contains("Rak baru sudah dipesan") && open.contains("Terima kasih"))
            #expect(!open.contains("Budi"), "no names on the public page")
        }
    }

    /// Budi signed in through the door by his phone's code.
    static func consumerBrowser(_ t: TestApp, _ s: ReferralAPITests.Shop) async throws -> Client {
        let coop = try await t.tenant().cooperativeID.uuidString.lowercased()
        let phone = Client(t.app)
        let token = try await phone.get("/c/\(coop)/sign-in").csrfToken()
        _ = try await phone.post("/c/\(coop)/sign-in", form: ["_csrf": token, "phone": "0813-1111-2222"])
        let code = try #require(try await Self.code(t, for: "+6281311112222"))
        let inside = try await phone.post(
            "/c/\(coop)/sign-in", form: ["_csrf": token, "phone": "0813-1111-2222", "step": "code", "code": code])
        #expect(inside.status == .seeOther, "\(inside.body.string)")
        return phone
    }
}
