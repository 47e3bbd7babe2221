import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Members who bring consumers, through the API on SQLite and PostgreSQL: each anti-abuse rule refuses
/// what it must (and only that), a reward waits out the return window and is taken back through the books
/// when its purchase comes back, and vouchers pay once, before they expire.
@Suite("Referrals and vouchers API") struct ReferralAPITests {
    static let board = "ketua@sukamaju.coop"
    static let start = CivilDate(year: 2026, month: 8, day: 3)!

    /// A cooperative on `start`: Siti a member with her code, rice on the shelf (1.400 a kg to others).
    struct Shop {
        let api: Client
        let siti: String
        let code: String
        let rice: String
    }

    static func shop(_ t: TestApp, rules: [String: Any] = [:]) async throws -> Shop {
        try await t.cooperative("Koperasi Sukamaju", admin: board)
        let api = try await t.apiClient(board)
        let siti = try await t.member(People.siti, through: api)
        let rice = try await StoreAPITests.product(api)
        try await StoreAPITests.receive(api, rice, "1000", at: "1.000")
        if !rules.isEmpty {
            let set = try await api.put("/api/v1/settings/referrals", json: rules)
            #expect(set.status == .ok, "\(set.body.string)")
        }
        let code = try await api.get("/api/v1/members/\(siti)/referral").json()["code"] as! String
        return Shop(api: api, siti: siti, code: code, rice: rice)
    }

    /// A consumer Siti brought; their id.
    static func brought(_ s: Shop, phone: String = "0813-1111-2222", name: String = "Budi") async throws -> String {
        let response = try await s.api.post(
            "/api/v1/consumers", json: ["phone": phone, "name": name, "referralCode": s.code])
        #expect(response.status == .created, "\(response.body.string)")
        return try response.json()["id"] as! String
    }

    /// A consumer's purchase of `kg` of rice, paid in cash; its id.
    static func buys(_ s: Shop, _ consumer: String, _ kg: String, voucher: String? = nil, api: Client? = nil) async throws
        -> String
    {
        var extra: [String: Any] = ["consumerId": consumer]
        if let voucher { extra["voucherCode"] = voucher }
        let response = try await (api ?? s.api).post("/api/v1/store/sales", json: StoreAPITests.sale(s.rice, kg, extra: extra))
        #expect(response.status == .created, "\(response.body.string)")
        return try response.json()["id"] as! String
    }

    static func referrals(_ api: Client, of member: String) async throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/referrals?memberId=\(member)").body))
            as? [[String: Any]] ?? []
    }

    static func vouchers(_ api: Client, _ query: String) async throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/vouchers?\(query)").body))
            as? [[String: Any]] ?? []
    }

    /// Moves the clock `days` on, signs in again and runs the day.
    static func later(_ t: TestApp, _ day: Day, _ days: Int) async throws -> (Client, [String: Any]) {
        day.set(start.adding(days: days)!)
        let api = try await t.apiClient(board)
        let closed = try await api.post("/api/v1/referrals/close-day", json: [:])
        #expect(closed.status == .ok, "\(closed.body.string)")
        return (api, try closed.json())
    }

    @Test func aFirstPurchaseEarnsItsRewardOnceTheReturnWindowHasPassed() async throws {
        let day = Day(Self.start)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await Self.shop(t, rules: ["voucherValue": "10.000", "minimumPurchase": "50.000"])
            let budi = try await Self.brought(s)
            _ = try await Self.buys(s, budi, "50")

            let (seventh, early) = try await Self.later(t, day, 7)
            let waiting = try await Self.referrals(seventh, of: s.siti)
            let (api, decided) = try await Self.later(t, day, 8)
            let after = try await Self.referrals(api, of: s.siti)
            let held = try await Self.vouchers(api, "memberId=\(s.siti)")
            let statement = try await api.get("/api/v1/reports/income-statement").json()

            #expect(early["rewarded"] as? Int == 0 && waiting.first?["status"] as? String == "pending")
            #expect(decided["rewarded"] as? Int == 1)
            #expect(after.first?["status"] as? String == "rewarded" && after.first?["consumerName"] as? String == "Budi")
            #expect(held.count == 1 && held.first?["value"] as? String == "10000" && held.first?["status"] as? String == "active")
            #expect(statement.description.contains("Beban promosi"))
            try await t.expectBooksSound()
        }
    }

    /// Each rule refuses its own case, and the referral beside it (not breaking it) is rewarded.
    @Test func eachAntiAbuseRuleRefusesItsCase() async throws {
        let day = Day(Self.start)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await Self.shop(t, rules: ["minimumPurchase": "50.000", "monthlyCap": 1])
            // Self-referral: the member's own phone, NIK or household address.
            let ownPhone = try await s.api.post(
                "/api/v1/consumers", json: ["phone": "0812 3456 7890", "name": "Siti lagi", "referralCode": s.code])
            let ownNIK = try await s.api.post(
                "/api/v1/consumers",
                json: ["phone": "0813-5555-0001", "name": "Siti", "nik": "3507245012720001", "referralCode": s.code])
            let household = try await s.api.post(
                "/api/v1/consumers",
                json: [
                    "phone": "0813-5555-0002", "name": "Anak Siti", "address": "Dusun Krajan RT 02 / RW 01, Sukamaju",
                    "referralCode": s.code,
                ])
            let unknown = try await s.api.post(
                "/api/v1/consumers", json: ["phone": "0813-5555-0003", "name": "Tono", "referralCode": "KZZZZZZ"])
            let consumers =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/consumers").body))
                as? [[String: Any]]
            // Below the minimum, returned within the window, and past the month's cap.
            let small = try await Self.brought(s, phone: "0813-6000-0001", name: "Ani")
            _ = try await Self.buys(s, small, "10")
            let back = try await Self.brought(s, phone: "0813-6000-0002", name: "Dewi")
            let returned = try await Self.buys(s, back, "50")
            let refund = try await s.api.post(
                "/api/v1/store/sales/\(returned)/returns", json: ["reason": "Beras apek"])
            let first = try await Self.brought(s, phone: "0813-6000-0003", name: "Eko")
            _ = try await Self.buys(s, first, "50")
            let second = try await Self.brought(s, phone: "0813-6000-0004", name: "Fajar")
            _ = try await Self.buys(s, second, "60")
            let (api, _) = try await Self.later(t, day, 8)
            let referrals = try await Self.referrals(api, of: s.siti)
            func outcome(_ name: String) -> String {
                let r = referrals.first { $0["consumerName"] as? String == name }
                return "\(r?["status"] as? String ?? "?")/\(r?["reason"] as? String ?? "")"
            }

            #expect(ownPhone.status == .unprocessableEntity && ownPhone.body.string.contains("\"self_referral\""))
            #expect(ownNIK.status == .unprocessableEntity && ownNIK.body.string.contains("\"self_referral\""))
            #expect(household.status == .unprocessableEntity && household.body.string.contains("\"self_referral\""))
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("\"referral_code_unknown\""))
            #expect(consumers?.isEmpty == true, "nothing half-written")
            #expect(refund.status == .created, "\(refund.body.string)")
            #expect(outcome("Ani") == "refused/below_minimum")
            #expect(outcome("Dewi") == "refused/returned")
            #expect(outcome("Eko") == "rewarded/")
            #expect(outcome("Fajar") == "refused/over_monthly_cap")
            try await t.expectBooksSound()
        }
    }

    /// The household rule is the board's: without it, a neighbour at the same address is welcome.
    @Test func theHouseholdRuleIsTheBoards() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t, rules: ["refuseHousehold": false])
            let household = try await s.api.post(
                "/api/v1/consumers",
                json: [
                    "phone": "0813-5555-0002", "name": "Anak Siti", "address": "Dusun Krajan RT 02/RW 01, Sukamaju",
                    "referralCode": s.code,
                ])
            #expect(household.status == .created, "\(household.body.string)")
        }
    }

    @Test func aRewardIsTakenBackWhenItsPurchaseComesBack() async throws {
        let day = Day(Self.start)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await Self.shop(t, rules: ["voucherValue": "10.000", "minimumPurchase": "50.000"])
            let budi = try await Self.brought(s)
            let sale = try await Self.buys(s, budi, "50")
            let (api, _) = try await Self.later(t, day, 8)
            let refund = try await api.post("/api/v1/store/sales/\(sale)/returns", json: ["reason": "Tidak jadi"])
            let after = try await Self.referrals(api, of: s.siti)
            let voucher = try await Self.vouchers(api, "memberId=\(s.siti)").first

            #expect(refund.status == .created, "\(refund.body.string)")
            #expect(after.first?["status"] as? String == "reversed")
            #expect(voucher?["status"] as? String == "void")
            try await t.expectBooksSound()
        }
    }

    /// A voucher pays at the counter once, for its holder only, and gives no change; what it paid of goods
    /// brought back is a voucher again; past its last day it is no longer owed.
    @Test func aVoucherPaysOnceBeforeItExpires() async throws {
        let day = Day(Self.start)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await Self.shop(
                t, rules: ["voucherValue": "10.000", "minimumPurchase": "50.000", "welcomeValue": "5.000", "voucherDays": 30])
            let budi = try await Self.brought(s)
            let welcome = try #require(try await Self.vouchers(s.api, "consumerId=\(budi)").first?["code"] as? String)
            let other = try await Self.brought(s, phone: "0813-6000-0009", name: "Ani")
            _ = try await Self.buys(s, budi, "50")

            let notTheirs = try await s.api.post(
                "/api/v1/store/sales",
                json: StoreAPITests.sale(s.rice, "2", extra: ["consumerId": other, "voucherCode": welcome]))
            // 2 kg at Rp 1.400 = 2.800: the voucher pays it all; its other 2.200 lapse.
            let paid = try await s.api.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(s.rice, "2", extra: ["consumerId": budi, "voucherCode": welcome]))
            let again = try await s.api.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(s.rice, "2", extra: ["consumerId": budi, "voucherCode": welcome]))
            #expect(notTheirs.status == .unprocessableEntity && notTheirs.body.string.contains("\"voucher_unknown\""))
            #expect(paid.status == .created, "\(paid.body.string)")
            #expect(try paid.json()["voucher"] as? String == "2800")
            #expect(again.status == .conflict && again.body.string.contains("\"voucher_used\""))

            // Siti's reward pays part of a purchase of hers; the goods come back, and so does the voucher's part.
            let (api, _) = try await Self.later(t, day, 8)
            let reward = try #require(try await Self.vouchers(api, "memberId=\(s.siti)").first?["code"] as? String)
            let bought = try await api.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(s.rice, "20", extra: ["memberId": s.siti, "voucherCode": reward]))
            let sale = try bought.json()
            let back = try await api.post(
                "/api/v1/store/sales/\(try #require(sale["id"] as? String, "\(sale)"))/returns", json: ["reason": "Salah beli"])
            let held = try await Self.vouchers(api, "memberId=\(s.siti)")
            #expect(sale["voucher"] as? String == "10000" && sale["total"] as? String == "25000")
            #expect(back.status == .created, "\(back.body.string)")
            #expect(held.contains { $0["status"] as? String == "active" && $0["value"] as? String == "10000" })

            // Past the last day: expired, and refused at the counter.
            let (late, expired) = try await Self.later(t, day, 8 + 31)
            let code = try #require(held.first { $0["status"] as? String == "active" }?["code"] as? String)
            let tooLate = try await late.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(s.rice, "2", extra: ["memberId": s.siti, "voucherCode": code]))
            #expect((expired["expired"] as? Int ?? 0) >= 1)
            #expect(tooLate.status == .conflict || tooLate.status == .unprocessableEntity, "\(tooLate.body.string)")
            #expect(tooLate.body.string.contains("\"voucher_used\"") || tooLate.body.string.contains("\"voucher_expired\""))
            try await t.expectBooksSound()
        }
    }

    @Test func aPackageRewardIsCollectedFromStock() async throws {
        let day = Day(Self.start)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await Self.shop(t)
            let set = try await s.api.put(
                "/api/v1/settings/referrals",
                json: ["reward": "package", "packageProductId": s.rice, "packageQuantity": "5", "minimumPurchase": "50.000"])
            #expect(set.status == .ok, "\(set.body.string)")
            let budi = try await Self.brought(s)
            _ = try await Self.buys(s, budi, "50")
            let (api, _) = try await Self.later(t, day, 8)
            let voucher = try await Self.vouchers(api, "memberId=\(s.siti)").first
            let spent = try await api.post(
                "/api/v1/store/sales",
                json: StoreAPITests.sale(s.rice, "2", extra: ["memberId": s.siti, "voucherCode": voucher?["code"] as! String]))
            let collected = try await api.post("/api/v1/vouchers/\(voucher?["id"] as! String)/collect", json: [:])
            let twice = try await api.post("/api/v1/vouchers/\(voucher?["id"] as! String)/collect", json: [:])

            #expect(voucher?["kind"] as? String == "package" && voucher?["value"] as? String == "5000", "5 kg at Rp 1.000")
            #expect(spent.status == .unprocessableEntity && spent.body.string.contains("\"voucher_kind\""))
            let status = try collected.json()["status"] as? String
            #expect(collected.status == .ok && status == "used")
            #expect(twice.status == .conflict)
            try await t.expectBooksSound()
        }
    }

    /// A member reads their own referrals and code; another member or a consumer reads none.
    @Test func aMemberSeesOnlyTheirOwnReferrals() async throws {
        try await withTestApp { t in
            let s = try await Self.shop(t)
            _ = try await Self.brought(s)
            let budi = try await t.member(People.budi, through: s.api)
            let coop = try await t.tenant().cooperativeID
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: s.siti))
            try await t.user("budi@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: budi))
            let siti = try await t.apiClient("siti@sukamaju.coop")
            let other = try await t.apiClient("budi@sukamaju.coop")

            let own = try await Self.referrals(siti, of: s.siti)
            let code = try await siti.get("/api/v1/members/\(s.siti)/referral")
            let theirs = try await other.get("/api/v1/referrals?memberId=\(s.siti)")
            let theirCode = try await other.get("/api/v1/members/\(s.siti)/referral")
            let everyone = try await other.get("/api/v1/referrals")

            #expect(own.count == 1)
            let link = try code.json()["link"] as? String
            #expect(code.status == .ok && link?.contains("/join?ref=") == true)
            #expect(theirs.status == .notFound && theirCode.status == .notFound)
            #expect(everyone.status == .forbidden)
        }
    }
}
