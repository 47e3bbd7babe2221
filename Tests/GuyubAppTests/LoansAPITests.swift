import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// Loans through the router, from the public simulation to the daily job.
@Suite("Loans") struct LoansAPITests {
    nonisolated(unsafe) static let product: [String: Any] = [
        "code": "UMUM", "name": "Pinjaman Umum", "method": "flat", "rateMinPercent": "9", "rateMaxPercent": "18",
        "periodsMin": 3, "periodsMax": 36, "principalMin": "500000", "principalMax": "50000000",
        "adminFee": ["fixed": "25000", "percent": "1"],
        "penalty": ["basis": "installment", "percent": "0.1", "per": "day", "graceDays": 3, "capPercent": "10"],
    ]

    /// A cooperative with a product, Siti (a member with savings) and a second board member to decide.
    struct Setup {
        let board: Client
        let treasurer: Client
        let siti: String
        let product: String
        let coop: UUID
    }

    func setup(_ t: TestApp) async throws -> Setup {
        let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
        try await t.user("bendahara@sukamaju.coop", roles: [.board], in: coop)
        let board = try await t.apiClient("ketua@sukamaju.coop")
        let siti = try await t.member(People.siti, through: board)
        try await board.deposit(siti, "sukarela", "2000000")
        let product = try await board.post("/api/v1/loans/products", json: Self.product)
        #expect(product.status == .created, "\(product.body.string)")
        return Setup(
            board: board, treasurer: try await t.apiClient("bendahara@sukamaju.coop"), siti: siti,
            product: try product.json()["id"] as! String, coop: coop)
    }

    func apply(_ s: Setup, principal: String = "12000000", rate: String = "12", periods: Int = 12) async throws
        -> TestingHTTPResponse
    {
        try await s.board.post(
            "/api/v1/loans",
            json: [
                "memberId": s.siti, "productId": s.product, "principal": principal,
                "ratePercent": rate, "periods": periods, "purpose": "Modal warung",
            ])
    }

    /// Applied by the chair, approved by the treasurer, paid out in cash; returns the loan's id.
    func activeLoan(_ s: Setup, principal: String = "12000000", periods: Int = 12) async throws -> String {
        let id = try await apply(s, principal: principal, periods: periods).json()["id"] as! String
        #expect(try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: [:]).status == .ok)
        let paid = try await s.board.post("/api/v1/loans/\(id)/disburse", json: ["channel": "cash"])
        #expect(paid.status == .created, "\(paid.body.string)")
        return id
    }

    @Test func theSimulationIsPublicAndExact() async throws {
        try await withTestApp { t in
            let anyone = Client(t.app)
            let flat = try await anyone.get("/api/v1/simulations/loan?principal=30000000&rate=12&periods=12&method=flat")
            let cents = try await anyone.get(
                "/api/v1/simulations/loan?principal=10000&rate=8&periods=10&method=anuitas&decimals=2")
            let badMethod = try await anyone.get("/api/v1/simulations/loan?principal=1000&rate=12&periods=12&method=bunga")
            let badPrincipal = try await anyone.get("/api/v1/simulations/loan?principal=1.000.00&rate=12&periods=12&method=flat")
            let noPeriods = try await anyone.get("/api/v1/simulations/loan?principal=1000&rate=12&method=flat")
            let twice = try await anyone.get(
                "/api/v1/simulations/loan?principal=1000&principal=2000&rate=12&periods=2&method=flat")
            let farFuture = try await anyone.get(
                "/api/v1/simulations/loan?principal=1000&rate=12&periods=12&method=flat&start=9999-12-01")

            #expect(flat.status == .ok)
            let rows = try flat.json()["installments"] as! [[String: Any]]
            #expect(rows.count == 12 && rows.allSatisfy { $0["payment"] as? String == "2800000" })
            #expect(try flat.json()["totalInterest"] as? String == "3600000")
            #expect(((try cents.json()["installments"] as! [[String: Any]])[0])["payment"] as? String == "1037.03")
            #expect(badMethod.status == .unprocessableEntity && badMethod.errorCode == "unknown_method")
            #expect(badPrincipal.errorCode == "invalid_principal")
            #expect(noPeriods.errorCode == "required")
            #expect(twice.status == .unprocessableEntity)
            #expect(farFuture.status == .unprocessableEntity && farFuture.errorCode == "invalid_date")
        }
    }

    @Test func theOneWhoEnteredAnApplicationNeverApprovesIt() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id = try await apply(s).json()["id"] as! String
            let own = try await s.board.post("/api/v1/loans/\(id)/approve", json: [:])
            let other = try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: ["note": "Usaha berjalan baik"])
            let again = try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: [:])

            #expect(own.status == .unprocessableEntity && own.errorCode == "own_application")
            #expect(other.status == .ok)
            #expect(try other.json()["status"] as? String == "approved")
            #expect(again.errorCode == "wrong_loan_status")
            let audit = try await s.board.get("/api/v1/audit").body.string
            #expect(audit.contains("loan.approve") && audit.contains("loan.apply"))
        }
    }

    @Test func outOfRangeApplicationsAreRefusedAndWriteNothing() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let tooMuch = try await apply(s, principal: "60000000")
            let rate = try await apply(s, rate: "24")
            let term = try await apply(s, periods: 48)
            let malformed = try await apply(s, principal: "12.000.00")
            let list = try await s.board.get("/api/v1/loans").json()

            #expect(tooMuch.errorCode == "amount_out_of_range")
            #expect(rate.errorCode == "rate_out_of_range")
            #expect(term.errorCode == "term_out_of_range")
            #expect(malformed.errorCode == "invalid_principal")
            #expect([tooMuch, rate, term, malformed].allSatisfy { $0.status == .unprocessableEntity })
            #expect(list["total"] as? Int == 0)
        }
    }

    @Test func disbursementAndRepaymentsPostThroughTheBooks() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let cashBefore = try await s.board.account(role: "cash")?["balance"] as? String
            let id = try await activeLoan(s)
            // Fees: 25.000 + 1 % of 12.000.000 = 145.000, kept back from the cash paid out.
            #expect(try await s.board.account(role: "memberLoans")?["balance"] as? String == "12000000")
            #expect(try await s.board.account(role: "adminFees")?["balance"] as? String == "145000")
            #expect(
                Int(cashBefore ?? "0")! - 11_855_000 == Int(try await s.board.account(role: "cash")?["balance"] as? String ?? "0")
            )

            // Paying ahead: 1.120.000 is one instalment (1.000.000 + 120.000 flat); nothing is due yet,
            // so it all repays principal.
            let first = try await s.board.post("/api/v1/loans/\(id)/repayments", json: ["amount": "1120000", "channel": "cash"])
            #expect(first.status == .created, "\(first.body.string)")
            #expect(try first.json()["principal"] as? String == "1120000")
            #expect(try first.json()["outstanding"] as? String == "10880000")
            // Its receipt is an instalment receipt: which instalment, and what is still owed after it.
            let browser = try await t.browser("ketua@sukamaju.coop")
            let receipt = try await browser.get("/receipts/\(try first.json()["entryId"] as! String)").body.string
            #expect(receipt.contains("<h1>Bukti pembayaran angsuran</h1>"))
            #expect(receipt.contains("<dd>Angsuran ke-1 dari 12</dd>"))
            #expect(receipt.contains(#"<dt>Sisa pokok pinjaman</dt><dd><span class="money">Rp 10.880.000</span>"#))

            let payoff = try await s.board.get("/api/v1/loans/\(id)/payoff").json()
            #expect(payoff["total"] as? String == "10880000")
            let over = try await s.board.post("/api/v1/loans/\(id)/repayments", json: ["amount": "10880001", "channel": "cash"])
            #expect(over.status == .unprocessableEntity && over.errorCode == "overpayment")

            let rest = try await s.board.post(
                "/api/v1/loans/\(id)/repayments", json: ["amount": "10880000", "channel": "savings"])
            #expect(rest.status == .unprocessableEntity && rest.errorCode == "insufficient_funds") // sukarela holds 2.000.000
            let cash = try await s.board.post("/api/v1/loans/\(id)/repayments", json: ["amount": "10880000", "channel": "bank"])
            #expect(try cash.json()["status"] as? String == "closed")
            // Paid off: the receipt settles the rest of the schedule and nothing is owed.
            let settled = try await browser.get("/receipts/\(try cash.json()["entryId"] as! String)").body.string
            #expect(settled.contains("<dd>Angsuran ke-2 sampai ke-12 dari 12</dd>"))
            #expect(settled.contains(#"<dt>Sisa pokok pinjaman</dt><dd><span class="money">Rp 0</span>"#))
            let closed = try await s.board.post("/api/v1/loans/\(id)/repayments", json: ["amount": "1000", "channel": "cash"])
            #expect(closed.status == .unprocessableEntity && closed.errorCode == "loan_closed")

            let loan = try await s.board.get("/api/v1/loans/\(id)").json()
            #expect(loan["principalPaid"] as? String == "12000000" && loan["outstanding"] as? String == "0")
            #expect(try await s.board.account(role: "memberLoans")?["balance"] as? String == "0")
            try await t.expectBooksSound()
        }
    }

    @Test func aLoanPaidIntoSavingsAndRepaidFromThem() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id = try await apply(s, principal: "1000000", periods: 4).json()["id"] as! String
            _ = try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: [:])
            let paid = try await s.board.post("/api/v1/loans/\(id)/disburse", json: ["channel": "savings"])
            #expect(paid.status == .created)
            // 2.000.000 + 1.000.000 − fees (25.000 + 10.000).
            #expect(try await s.board.balance(s.siti, "sukarela") == "2965000")
            let debit = try await s.board.post(
                "/api/v1/loans/\(id)/repayments", json: ["amount": "260000", "channel": "savings"])
            #expect(debit.status == .created)
            #expect(try await s.board.balance(s.siti, "sukarela") == "2705000")
            try await t.expectBooksSound()
        }
    }

    @Test func concurrentRepaymentsOnOneLoanNeverDoubleApply() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id = try await activeLoan(s, principal: "1000000", periods: 4)
            // Eight tellers each try to pay the loan off at once, and eight more pay 50.000 each.
            let answers = try await withThrowingTaskGroup(of: TestingHTTPResponse.self) { group in
                for i in 0..<16 {
                    group.addTask {
                        try await s.board.post(
                            "/api/v1/loans/\(id)/repayments",
                            json: ["amount": i < 8 ? "1000000" : "50000", "channel": "cash"])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let made = answers.filter { $0.status == .created }
            #expect(
                answers.allSatisfy { [.created, .unprocessableEntity, .serviceUnavailable].contains($0.status) },
                "\(answers.map(\.status))")
            let paid = made.map { Int($0.body.string.contains("\"amount\":\"1000000\"") ? 1_000_000 : 50_000) }.reduce(0, +)
            let loan = try await s.board.get("/api/v1/loans/\(id)").json()
            #expect(paid <= 1_000_000)
            #expect(loan["principalPaid"] as? String == String(paid))
            #expect(try await s.board.account(role: "memberLoans")?["balance"] as? String == String(1_000_000 - paid))
            try await t.expectBooksSound()
        }
    }

    @Test func theDailyJobChargesPenaltiesClassifiesAndProvisionsOnce() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id = try await activeLoan(s)
            let loan = try await s.board.get("/api/v1/loans/\(id)").json()
            let firstDue = CivilDate(iso: ((loan["installments"] as! [[String: Any]])[0]["due"] as! String))!
            let day = firstDue.adding(days: 10)!

            try await t.run("close-day", "--date", day.description)
            let late = try await s.board.get("/api/v1/loans/\(id)").json()
            let entries = try await s.board.get("/api/v1/ledger/entries").json()["total"] as? Int
            try await t.run("close-day", "--date", day.description)
            let again = try await s.board.get("/api/v1/loans/\(id)").json()

            // 10 days late, 3 of grace: 7 days × 0,1 % × the instalment of 1.120.000 = 7.840.
            #expect(late["daysLate"] as? Int == 10)
            #expect(late["penaltyAccrued"] as? String == "7840")
            #expect(late["collectibility"] as? String == "lancar")
            // 0,5 % of 12.000.000 held for a lancar loan.
            #expect(late["allowance"] as? String == "60000")
            #expect(try await s.board.account(role: "loanAllowance")?["balance"] as? String == "60000")
            #expect(again["penaltyAccrued"] as? String == "7840")
            // One audit record for the day's changes; none for a run that changed nothing.
            let audit = try await s.board.get("/api/v1/audit").body.string
            #expect(audit.components(separatedBy: "loan.close-day").count - 1 == 1)
            #expect(try await s.board.get("/api/v1/ledger/entries").json()["total"] as? Int == entries)

            // Five months on: kurang lancar (more than 3 months in arrears), 10 % held.
            try await t.run("close-day", "--date", firstDue.adding(months: 4).adding(days: 5)!.description)
            let worse = try await s.board.get("/api/v1/loans/\(id)").json()
            #expect(worse["collectibility"] as? String == "kurang-lancar")
            #expect(worse["allowance"] as? String == "1200000")
            try await t.expectBooksSound()
        }
    }

    @Test func writeOffRecoveryAndRestructuring() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let restructured = try await activeLoan(s, principal: "6000000", periods: 6)
            let new = try await s.treasurer.post(
                "/api/v1/loans/\(restructured)/restructure",
                json: ["periods": 12, "grace": 2, "reason": "Gagal panen"])
            #expect(new.status == .ok, "\(new.body.string)")
            let rows = try new.json()["installments"] as! [[String: Any]]
            #expect(rows.count == 12 && rows[0]["principal"] as? String == "0")
            #expect(
                try await s.board.post("/api/v1/loans/\(restructured)/restructure", json: ["periods": 6]).errorCode
                    == "reason_required")

            let lost = try await activeLoan(s, principal: "1000000", periods: 4)
            let off = try await s.treasurer.post("/api/v1/loans/\(lost)/write-off", json: ["reason": "Pindah tanpa kabar"])
            #expect(try off.json()["status"] as? String == "written-off")
            #expect(
                try await s.board.post("/api/v1/loans/\(lost)/repayments", json: ["amount": "1000", "channel": "cash"]).errorCode
                    == "loan_closed")
            let back = try await s.board.post("/api/v1/loans/\(lost)/recoveries", json: ["amount": "400000", "channel": "cash"])
            #expect(back.status == .created)
            let tooMuch = try await s.board.post(
                "/api/v1/loans/\(lost)/recoveries", json: ["amount": "600001", "channel": "cash"])
            #expect(tooMuch.errorCode == "overpayment")
            #expect(try await s.board.account(role: "otherIncome")?["balance"] as? String == "400000")
            try await t.expectBooksSound()
        }
    }

    @Test func aMemberSeesTheirOwnLoansOnly() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id = try await activeLoan(s, principal: "1000000", periods: 4)
            let budi = try await t.member(People.budi, through: s.board)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: s.coop, member: UUID(uuidString: s.siti))
            try await t.user("budi@sukamaju.coop", roles: [.member], in: s.coop, member: UUID(uuidString: budi))
            let siti = try await t.apiClient("siti@sukamaju.coop")
            let other = try await t.apiClient("budi@sukamaju.coop")

            #expect(try await siti.get("/api/v1/loans/\(id)").status == .ok)
            #expect(try await siti.get("/api/v1/members/\(s.siti)/loans").status == .ok)
            #expect(try await other.get("/api/v1/loans/\(id)").status == .notFound)
            #expect(try await other.get("/api/v1/loans/\(id)/payoff").status == .notFound)
            #expect(try await other.get("/api/v1/loans").status == .forbidden)
            #expect(
                try await siti.post("/api/v1/loans/\(id)/repayments", json: ["amount": "1000", "channel": "cash"]).status
                    == .forbidden)
        }
    }

    @Test func autoDebitTakesWhatFallsDueFromSukarelaOnce() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id =
                try await s.board.post(
                    "/api/v1/loans",
                    json: [
                        "memberId": s.siti, "productId": s.product, "principal": "1200000", "ratePercent": "12", "periods": 12,
                        "autoDebit": true,
                    ]
                ).json()["id"] as! String
            _ = try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: [:])
            _ = try await s.board.post("/api/v1/loans/\(id)/disburse", json: ["channel": "cash"])
            let due = try await s.board.get("/api/v1/loans/\(id)").json()["installments"] as! [[String: Any]]

            try await t.run("close-day", "--date", due[0]["due"] as! String)
            try await t.run("close-day", "--date", due[0]["due"] as! String)
            let loan = try await s.board.get("/api/v1/loans/\(id)").json()

            // One instalment of 100.000 + 12.000, taken once.
            #expect(try await s.board.balance(s.siti, "sukarela") == "1888000")
            #expect((loan["installments"] as! [[String: Any]])[0]["state"] as? String == "paid")
            #expect(loan["daysLate"] as? Int == 0 && loan["autoDebit"] as? Bool == true)
            try await t.expectBooksSound()
        }
    }

    @Test func anotherCooperativeMayBorrow() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let makmur = try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let applied = try await s.board.post(
                "/api/v1/loans",
                json: [
                    "borrowerCooperativeId": makmur.uuidString, "borrowerName": "KSP Makmur Jaya", "productId": s.product,
                    "principal": "10000000", "periods": 12,
                ])
            let unnamed = try await s.board.post(
                "/api/v1/loans",
                json: [
                    "borrowerCooperativeId": makmur.uuidString, "productId": s.product, "principal": "10000000", "periods": 12,
                ])
            let id = try applied.json()["id"] as! String
            _ = try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: [:])
            let toSavings = try await s.board.post("/api/v1/loans/\(id)/disburse", json: ["channel": "savings"])
            let byBank = try await s.board.post("/api/v1/loans/\(id)/disburse", json: ["channel": "bank"])
            let itself = try await s.board.post(
                "/api/v1/loans",
                json: [
                    "borrowerCooperativeId": s.coop.uuidString, "borrowerName": "Sendiri", "productId": s.product,
                    "principal": "1000000", "periods": 6,
                ])

            #expect(applied.status == .created)
            // The name is the lender's: another cooperative's own record is not read back to it.
            #expect(try applied.json()["borrowerName"] as? String == "KSP Makmur Jaya")
            #expect(!applied.body.string.contains("Koperasi Makmur"))
            #expect(unnamed.errorCode == "required" && unnamed.errorField == "borrowerName")
            #expect(toSavings.errorCode == "borrower_not_member")
            #expect(byBank.status == .created)
            #expect(itself.status == .notFound)
            try await t.expectBooksSound()
        }
    }

    @Test func aRepaymentRetriedWithItsKeyIsTakenOnce() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id = try await activeLoan(s, principal: "1000000", periods: 4)
            let key: HTTPHeaders = ["Idempotency-Key": "angsuran-1"]
            let first = try await s.board.post(
                "/api/v1/loans/\(id)/repayments", json: ["amount": "100000", "channel": "cash"], headers: key)
            let again = try await s.board.post(
                "/api/v1/loans/\(id)/repayments", json: ["amount": "100000", "channel": "cash"], headers: key)
            let other = try await s.board.post(
                "/api/v1/loans/\(id)/repayments", json: ["amount": "200000", "channel": "cash"], headers: key)

            #expect(first.status == .created && again.status == .created)
            #expect(again.headers.first(name: "Idempotent-Replayed") == "true" && again.body.string == first.body.string)
            #expect(other.status == .conflict)
            #expect(try await s.board.get("/api/v1/loans/\(id)").json()["principalPaid"] as? String == "100000")
        }
    }

    @Test func aBoardMemberNeverDecidesTheirOwnLoan() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            // Siti sits on the board too.
            try await t.user("siti@sukamaju.coop", roles: [.board], in: s.coop, member: UUID(uuidString: s.siti))
            let siti = try await t.apiClient("siti@sukamaju.coop")
            let id = try await apply(s).json()["id"] as! String
            let own = try await siti.post("/api/v1/loans/\(id)/approve", json: [:])
            #expect(own.status == .unprocessableEntity && own.errorCode == "own_loan")
            #expect(try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: [:]).status == .ok)
            _ = try await s.board.post("/api/v1/loans/\(id)/disburse", json: ["channel": "cash"])
            #expect(
                try await siti.post("/api/v1/loans/\(id)/write-off", json: ["reason": "Saya tidak mampu"]).errorCode == "own_loan"
            )
            #expect(
                try await siti.post("/api/v1/loans/\(id)/restructure", json: ["periods": 36, "reason": "Ringan"]).errorCode
                    == "own_loan")
        }
    }

    @Test func twoApplicationsCannotEachUseTheWholeLimit() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            var rules = Self.product
            rules["code"] = "PLAFON"
            rules["savingsMultiple"] = 1
            let product = try await s.board.post("/api/v1/loans/products", json: rules).json()["id"] as! String
            func apply(_ principal: String) async throws -> TestingHTTPResponse {
                try await s.board.post(
                    "/api/v1/loans",
                    json: [
                        "memberId": s.siti, "productId": product, "principal": principal,
                        "periods": 6,
                    ])
            }
            // Siti holds 50.000 pokok and 2.000.000 sukarela: a limit of 2.050.000.
            let first = try await apply("1500000")
            let second = try await apply("1500000")
            #expect(first.status == .created)
            #expect(second.errorCode == "over_loan_limit")
            let id = try first.json()["id"] as! String
            // Refusing the approved loan frees the limit.
            _ = try await s.treasurer.post("/api/v1/loans/\(id)/approve", json: [:])
            #expect(try await s.treasurer.post("/api/v1/loans/\(id)/reject", json: ["note": "Batal"]).status == .ok)
            #expect(try await apply("1500000").status == .created)
        }
    }

    @Test func seasonalProductsTakeApplications() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            var rules = Self.product
            rules["code"] = "TANI"
            rules["seasonalMonths"] = [1, 2, 3]
            let product = try await s.board.post("/api/v1/loans/products", json: rules)
            #expect(product.status == .created)
            let loan = try await s.board.post(
                "/api/v1/loans",
                json: [
                    "memberId": s.siti, "productId": try product.json()["id"] as! String,
                    "principal": "1200000", "periods": 12,
                ])
            #expect(loan.status == .created, "\(loan.body.string)")
            let rows = try loan.json()["installments"] as! [[String: Any]]
            let lean = rows.filter { row in
                let due = row["due"] as? String ?? ""
                return ["-01-", "-02-", "-03-"].contains { due.contains($0) }
            }
            #expect(lean.count == 3 && lean.allSatisfy { $0["principal"] as? String == "0" })
        }
    }

    /// Interest carried into a restructured schedule is carried again by a second restructuring, not lost.
    @Test func restructuringTwiceKeepsTheCarriedInterest() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let id = try await activeLoan(s, principal: "1200000", periods: 12)
            // The first two instalments fell due long ago, unpaid (12.000 interest each).
            try await t.app.db.sql.raw(
                """
                /* test */ UPDATE loan_installments SET due_on = '2001-01-0' || CAST(number AS TEXT) WHERE number <= 2
                """
            ).run()
            let first = try await s.treasurer.post(
                "/api/v1/loans/\(id)/restructure", json: ["periods": 12, "reason": "Gagal panen"])
            let second = try await s.treasurer.post("/api/v1/loans/\(id)/restructure", json: ["periods": 6, "reason": "Banjir"])
            let rows = try second.json()["installments"] as! [[String: Any]]

            #expect(first.status == .ok && second.status == .ok)
            #expect((try first.json()["installments"] as! [[String: Any]])[0]["interest"] as? String == "24000")
            #expect(rows[0]["number"] as? Int == 0 && rows[0]["interest"] as? String == "24000")
            #expect(rows.count == 7)
            try await t.expectBooksSound()
        }
    }
}
