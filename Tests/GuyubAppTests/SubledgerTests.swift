import Fluent
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing
import Vapor

@testable import GuyubApp

/// Every subledger against its control account, on the demo's books: `guyub verify` names each one
/// moved by a rupiah behind the books' back, and each business record posted twice.
@Suite("Subledgers reconcile") struct SubledgerTests {
    /// The demo on a day after its RAT: loans running and late (so holding an allowance), the SHU posted,
    /// one share collected at the counter and the others credited or waiting.
    func demo(_ t: TestApp) async throws {
        let hash = try Bcrypt.hash(DemoData.password, cost: 4)
        try await t.app.db.write { db in
            try await DemoData.seed(db, passwordHash: hash, today: CivilDate(year: 2026, month: 10, day: 10)!) { _, _ in }
        }
    }

    func findings(_ t: TestApp) async throws -> [BooksFinding] {
        try await LedgerVerifier.verify(t.app.db).problems.map(\.finding)
    }

    /// How far a subledger's records stand from its control account, when that is all verify found.
    func gap(_ findings: [BooksFinding]) -> (Subledger, Int64)? {
        guard findings.count == 1, case .subledgerDiffers(let subledger, let records, let books) = findings[0] else { return nil }
        return (subledger, records - books)
    }

    @Test func verifyNamesEachSubledgerThatDisagrees() async throws {
        try await withTestApp { t in
            try await demo(t)
            let sql = t.app.db.sql
            let tenant = try await t.tenant()
            let loan = try #require(
                try await tenant.query(LoanRecord.self).filter(\.$status == LoanStatus.active).filter(\.$allowance > 0).first())
            let collected = try #require(
                try await tenant.query(SHUShareRecord.self).filter(\.$paidTo == SHUSharePayment.paid).first())
            #expect(try await findings(t).isEmpty)

            // given a loan whose record says a rupiah more was repaid than the books took in…
            try await sql.raw("/* test */ UPDATE loans SET principal_paid = principal_paid + 1 WHERE id = \(bind: loan.id!)")
                .run()
            let owed = try await findings(t)
            // …then one whose allowance is a rupiah more than the books set aside…
            try await sql.raw(
                """
                /* test */ UPDATE loans SET principal_paid = principal_paid - 1, allowance = allowance + 1 WHERE id = \(bind: loan.id!)
                """
            ).run()
            let allowance = try await findings(t)
            // …then a share collected at the counter marked as still waiting.
            try await sql.raw("/* test */ UPDATE loans SET allowance = allowance - 1 WHERE id = \(bind: loan.id!)").run()
            try await sql.raw("/* test */ UPDATE shu_shares SET paid_to = 'payable' WHERE id = \(bind: collected.id!)").run()
            let payable = try await findings(t)
            let failure = try await t.failure("verify")
            try await sql.raw("/* test */ UPDATE shu_shares SET paid_to = 'paid' WHERE id = \(bind: collected.id!)").run()

            #expect(gap(owed).map { $0 == (.loans, -1) } == true, "\(owed)")
            #expect(gap(allowance).map { $0 == (.allowance, 1) } == true, "\(allowance)")
            #expect(gap(payable).map { $0 == (.shuPayable, collected.total) } == true, "\(payable)")
            #expect(failure != nil)
            #expect(try await findings(t).isEmpty)
        }
    }

    @Test func verifyNamesARecordPostedTwiceAndAnEntryNoLoanRecords() async throws {
        try await withTestApp { t in
            try await demo(t)
            let sql = t.app.db.sql
            let tenant = try await t.tenant()
            let disbursements = try await tenant.query(JournalEntryRecord.self).filter(
                \.$sourceType == JournalSource.loanDisbursement
            )
            .sort(\.$number).range(..<2).all()
            let repayment = try #require(
                try await tenant.query(LoanTransactionRecord.self).filter(\.$kind == LoanStepKind.repayment).first())
            let repaid = try #require(try await tenant.find(JournalEntryRecord.self, repayment.entryID))
            try #require(disbursements.count == 2)

            // given the second loan's disbursement entry said to pay out the first loan…
            try await sql.raw(
                """
                /* test */ UPDATE journal_entries SET source_id = \(bind: disbursements[0].sourceID) WHERE id = \(bind: disbursements[1].id!)
                """
            ).run()
            let twice = try await findings(t)
            try await sql.raw(
                """
                /* test */ UPDATE journal_entries SET source_id = \(bind: disbursements[1].sourceID) WHERE id = \(bind: disbursements[1].id!)
                """
            ).run()
            // …and a repayment's entry no loan transaction records.
            try await sql.raw("/* test */ UPDATE loan_transactions SET entry_id = NULL WHERE id = \(bind: repayment.id!)").run()
            let unmatched = try await findings(t)

            #expect(twice == [.postedTwice(.loanDisbursement, entries: disbursements.map(\.number))])
            #expect(unmatched == [.loanStepUnmatched(entry: repaid.number, steps: 0)])
        }
    }

    /// A loan's entry reversed in the journal would leave the loan owing what the books no longer hold:
    /// the entry page offers no reversal and the journal refuses it.
    @Test func aLoansEntryIsPutRightThroughTheLoan() async throws {
        try await withTestApp { t in
            try await demo(t)
            let tenant = try await t.tenant()
            let entry = try #require(
                try await tenant.query(JournalEntryRecord.self).filter(\.$sourceType == JournalSource.loanRepayment).first())
            let treasurer = try await t.browser("bendahara@sukamaju.coop", password: DemoData.password)

            let page = try await treasurer.get("/books/journal/\(entry.id!)")
            let refused = try await treasurer.post(
                "/books/journal/\(entry.id!)/reverse", form: ["_csrf": try page.csrfToken(), "reason": "salah"])

            #expect(page.status == .ok)
            #expect(!page.body.string.contains("/books/journal/\(entry.id!.uuidString.lowercased())/reverse"))
            #expect(refused.body.string.contains("koreksi pinjaman dilakukan lewat halaman pinjamannya"))
            #expect(try await tenant.query(JournalEntryRecord.self).filter(\.$reversalOfID == entry.id!).count() == 0)
            #expect(try await findings(t).isEmpty)
        }
    }

    /// The shop's stock against the inventory account and its movements, and what credit customers owe
    /// against trade receivables.
    @Test func verifyNamesStockAndCustomersThatDisagree() async throws {
        try await withTestApp { t in
            // given: rice received and sold on credit to a warung
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "100", at: "1.000")
            let warung =
                try await api.post(
                    "/api/v1/store/customers",
                    json: ["name": "Warung Bu Darmi", "customerClass": "warung", "creditLimit": "50.000"]
                ).json()["id"] as! String
            try await api.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(rice, "10", payment: "credit", extra: ["customerId": warung]))
            let sql = t.app.db.sql
            #expect(try await findings(t).isEmpty)

            // when: a level worth a rupiah more than its movements and the books…
            try await sql.raw("/* test */ UPDATE stock_levels SET value = value + 1").run()
            let stock = try await findings(t)
            try await sql.raw("/* test */ UPDATE stock_levels SET value = value - 1").run()
            // …then a customer owing a rupiah more than the books hold.
            try await sql.raw("/* test */ UPDATE store_customers SET balance = balance + 1").run()
            let owed = try await findings(t)
            try await sql.raw("/* test */ UPDATE store_customers SET balance = balance - 1").run()

            // then
            #expect(stock.contains(.subledgerDiffers(.inventory, records: 90_001, books: 90_000)), "\(stock)")
            #expect(
                stock.contains(
                    .stockDiffers(product: "Beras Medium", quantity: 90_000, moved: 90_000, value: 90_001, movedValue: 90_000)))
            #expect(gap(owed).map { $0 == (.tradeReceivables, 1) } == true, "\(owed)")
            #expect(try await findings(t).isEmpty)
        }
    }
}
