import Fluent
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing
import Vapor

@testable import GuyubApp

/// The demo a newcomer runs first: it must work whatever day it is, and do nothing a cashier could not.
@Suite("The demo on any day") struct DemoTests {
    /// The first of a month (and of a year), and the tenth: the days the demo once failed on, writing into
    /// the month it had just closed.
    @Test(arguments: ["2027-01-01", "2026-10-10"])
    func theDemoRunsOnAnyDay(date: String) async throws {
        try await withTestApp { t in
            let today = try #require(CivilDate(iso: date))
            let hash = try Bcrypt.hash(DemoData.password, cost: 4)
            try await t.app.db.write { db in try await DemoData.seed(db, passwordHash: hash, today: today) { _, _ in } }

            #expect(try await LedgerVerifier.verify(t.app.db).problems.isEmpty)
            #expect(try await AuditVerifier.verify(t.app.db).intact)
            // The shop shows each way stock moves (sold, brought back, written off, moved to the warehouse), a
            // return, a shift counted short and a warung paying what it owes.
            let kinds = try await t.app.db.sql.raw("/* test */ SELECT DISTINCT kind FROM stock_movements").all()
                .map { try $0.decode(column: "kind", as: String.self) }
            #expect(Set(kinds) == Set(StockMovementKind.allCases.map(\.rawValue)))
            for table in ["sale_returns", "shifts WHERE difference < 0", "customer_payments", "allocations"] {
                let row = try await t.app.db.sql.raw("/* test */ SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()
                #expect(try row?.decode(column: "n", as: Int.self) ?? 0 > 0, "\(table)")
            }
            // Members' referrals rewarded (a voucher, then a sembako package), refused and taken back; vouchers
            // spent at the counter.
            let referrals = try await t.app.db.sql.raw("/* test */ SELECT DISTINCT status, reason FROM referrals").all()
                .map {
                    "\(try $0.decode(column: "status", as: String.self))/\(try $0.decode(column: "reason", as: String?.self) ?? "")"
                }
            #expect(Set(referrals).isSuperset(of: ["rewarded/", "reversed/", "refused/below_minimum", "refused/returned"]))
            let vouchers = try await t.app.db.sql.raw("/* test */ SELECT DISTINCT kind, status FROM vouchers").all()
                .map { "\(try $0.decode(column: "kind", as: String.self))/\(try $0.decode(column: "status", as: String.self))" }
            #expect(Set(vouchers).isSuperset(of: ["money/used", "money/void", "package/used"]), "\(vouchers)")
            // Ideas in every state, one hidden.
            let ideas = try await t.app.db.sql.raw("/* test */ SELECT DISTINCT status FROM ideas").all()
                .map { try $0.decode(column: "status", as: String.self) }
            #expect(Set(ideas) == Set(IdeaStatus.allCases.map(\.rawValue)))
            // A consultation held with guests of every group, four of six there, three views kept as ideas; a
            // visit planned; an idea become a product.
            let sessions = try await t.app.db.sql.raw(
                """
                /* test */ SELECT c.status, COUNT(DISTINCT g.group_name) AS groups, COUNT(DISTINCT g.id) AS invited,
                  COUNT(DISTINCT CASE WHEN g.attended THEN g.id END) AS came, COUNT(DISTINCT i.id) AS views
                FROM consultations c JOIN consultation_guests g ON g.consultation_id = c.id
                  LEFT JOIN consultation_inputs i ON i.consultation_id = c.id
                GROUP BY c.id, c.status ORDER BY c.status
                """
            ).all().map {
                [
                    try $0.decode(column: "status", as: String.self), String(try $0.decode(column: "groups", as: Int.self)),
                    String(try $0.decode(column: "invited", as: Int.self)), String(try $0.decode(column: "came", as: Int.self)),
                    String(try $0.decode(column: "views", as: Int.self)),
                ].joined(separator: "/")
            }
            #expect(sessions == ["held/4/6/4/3", "planned/3/3/0/0"], "\(sessions)")
            let products = try await t.app.db.sql.raw(
                "/* test */ SELECT COUNT(*) AS n FROM ideas WHERE outcome = 'product' AND outcome_product_id IS NOT NULL"
            ).first()
            #expect(try products?.decode(column: "n", as: Int.self) == 1)
            // Partners of every kind; the bank's loan healthy, the university's training drifting, the district's
            // mentoring overdue for review.
            let partnerKinds = try await t.app.db.sql.raw("/* test */ SELECT DISTINCT kind FROM partners").all()
                .map { try $0.decode(column: "kind", as: String.self) }
            #expect(Set(partnerKinds) == Set(PartnerKind.allCases.map(\.rawValue)))
            let coop = try #require(try await CooperativeRecord.query(on: t.app.db).first()?.id)
            let risks = try await PartnershipRiskStore(Tenant(cooperativeID: coop, db: t.app.db)).risks(on: today)
            let titles = Dictionary(
                uniqueKeysWithValues: try await PartnershipStore(Tenant(cooperativeID: coop, db: t.app.db)).all().map {
                    ($0.id!, $0.title)
                })
            let drifting = Set(
                risks.filter { titles[$0.risk.partnershipID ?? UUID()]?.hasPrefix("Pelatihan") == true }.map(\.risk.kind))
            #expect(drifting.isSuperset(of: [.overdueCommitment, .goalDivergence]), "\(drifting)")
            #expect(risks.contains { $0.risk.kind == .reviewDue })
            // The bank's loan on schedule: every instalment due by today paid, nothing about it but the next one's notice.
            #expect(
                !risks.contains {
                    titles[$0.risk.partnershipID ?? UUID()]?.hasPrefix("Kredit") == true && $0.risk.kind != .instalmentDue
                })
            let loan = try #require(try await BorrowingStore(Tenant(cooperativeID: coop, db: t.app.db)).all().first)
            #expect(loan.payments.count >= 4 && (loan.next?.due).map { $0 > today } == true, "\(loan.payments.count)")
            // Urea goes only to farmers on the season's list, and never past their allocation.
            let urea = try await t.app.db.sql.raw(
                """
                /* test */ SELECT s.buyer_nik, z.name AS season, a.quantity AS allocated,
                  CAST(SUM(l.quantity - l.returned_quantity) AS BIGINT) AS taken
                FROM sales s JOIN sale_lines l ON l.sale_id = s.id JOIN programmes p ON p.id = l.programme_id
                LEFT JOIN allocation_seasons z ON z.programme_id = p.id AND s.sold_on BETWEEN z.starts_on AND z.ends_on
                LEFT JOIN allocations a ON a.season_id = z.id AND a.nik = s.buyer_nik
                WHERE p.by_allocation GROUP BY s.buyer_nik, z.name, a.quantity
                """
            ).all()
            #expect(!urea.isEmpty)
            for row in urea {
                let allocated = try row.decode(column: "allocated", as: Int64?.self)
                let buyer = try row.decode(column: "buyer_nik", as: String.self)
                #expect(allocated != nil, "\(buyer) not on the list")
                #expect(try row.decode(column: "taken", as: Int64.self) <= allocated ?? 0)
            }
            // No till runs dry: cash, bank and QRIS never below zero on any day, entries taken in date order.
            for role in ["cash", "bank", "qrisClearing"] {
                let rows = try await t.app.db.sql.raw(
                    """
                    /* test */ SELECT e.entry_date, e.number, l.debit - l.credit AS delta
                    FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.id = l.account_id
                    WHERE a.role = \(bind: role) ORDER BY e.entry_date, e.number
                    """
                ).all()
                var balance: Int64 = 0
                var lowest: Int64 = 0
                for row in rows {
                    balance += try row.decode(column: "delta", as: Int64.self)
                    lowest = min(lowest, balance)
                }
                #expect(lowest >= 0, "\(role) went to \(lowest)")
            }
        }
    }

    /// The chair entered this week's applications, so the chair cannot approve them, and the page says why.
    @Test func theChairSeesWhoDecides() async throws {
        try await withTestApp { t in
            try await t.run("demo")
            let chair = try await t.browser("ketua@sukamaju.coop", password: DemoData.password)
            let applied = try #require(
                try await t.tenant().query(LoanRecord.self).filter(\.$status == LoanStatus.applied).first())

            let page = try await chair.get("/loans/\(applied.id!)")
            _ = try await chair.post("/loans/\(applied.id!)/approve", form: ["_csrf": try page.csrfToken(), "note": ""])
            let after = try await t.tenant().find(LoanRecord.self, applied.id)

            #expect(page.body.string.contains("Diputuskan oleh pengurus lain."))
            #expect(!page.body.string.contains("/loans/\(applied.id!)/approve"))
            #expect(page.body.string.contains("Tentang peminjam") && page.body.string.contains("Riwayat angsuran"))
            #expect(after?.status == .applied)
        }
    }

    /// The demo's whole audit trail, page by page, reads in words: no action codes, field codes, raw
    /// ids or English values, and every link names whom it concerns.
    @Test func theAuditTrailReadsInWords() async throws {
        try await withTestApp { t in
            try await t.run("demo")
            let chair = try await t.browser("ketua@sukamaju.coop", password: DemoData.password)
            var page = 1
            var seen = 0
            var text = ""
            repeat {
                let html = try await chair.get("/audit?page=\(page)").body.string
                let main = String(html[html.range(of: "<main")!.lowerBound...])
                text = main.replacing(/<[^>]*>/, with: " ")
                seen += main.occurrences(of: "<tr>")
                #expect(text.firstMatch(of: /\b[a-z]+[A-Z][a-zA-Z]*\b/) == nil, "a field code on page \(page)")
                #expect(AuditAction.allCases.allSatisfy { !text.contains($0.rawValue) }, "an action code on page \(page)")
                #expect(text.firstMatch(of: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-/) == nil, "a raw id on page \(page)")
                #expect(
                    text.firstMatch(
                        of:
                            /: (true|false|yes|no|in-person|online|annual|statements|whatsapp|applied|active|approved|passed|written-off)\s/
                    ) == nil,
                    "a code for a value on page \(page)")
                page += 1
            } while text.contains("Berikutnya") && page < 60
            let html = try await chair.get("/audit?page=1").body.string
            #expect(seen > 1_000)
            #expect(html.contains("Suara dicatat") || html.contains("Rapat ditutup") || html.contains("Jurnal dibukukan"))
        }
    }
}
