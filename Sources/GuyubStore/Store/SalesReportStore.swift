import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The shop's sales over a period, for one unit or all: by day, product, unit, cashier and payment, the
/// members' share, margins, the stock's value against the books, and the goods that did not sell. What
/// came back is taken off the sale it came from.
package struct SalesReportStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package typealias Figures = SalesFigures

    package struct ProductLine: Sendable, Equatable {
        package var productID: UUID
        package var name: String
        package var unit: String
        /// Thousandths of the base unit, less what came back.
        package var quantity: Int64
        package var figures: Figures
    }

    /// Goods on hand that did not sell in the period.
    package struct SlowMover: Sendable, Equatable {
        package var productID: UUID
        package var name: String
        package var unit: String
        package var stock: Int64
        package var value: Int64
        /// The last day it sold, ever; nil when it never has.
        package var lastSold: CivilDate?
    }

    package struct Report: Sendable {
        package var from: CivilDate
        package var to: CivilDate
        package var unit: BusinessUnitRecord?
        package var total = Figures()
        /// Sales to members (their purchases count for the SHU).
        package var members = Figures()
        package var days: [(date: CivilDate, figures: Figures)] = []
        package var products: [ProductLine] = []
        package var units: [(unit: String, figures: Figures)] = []
        package var cashiers: [(name: String, figures: Figures)] = []
        package var payments: [(payment: PaymentMethod, figures: Figures)] = []
        /// What the stock on hand is worth by its records, and the inventory account in the books.
        package var stockValue: Int64 = 0
        package var booksValue: Int64 = 0
        package var slowMovers: [SlowMover] = []
        /// Members' revenue as a share of all revenue, in basis points; nil without revenue.
        package var membersBasisPoints: Int? { SalesFigures.basisPoints(members.revenue, of: total.revenue) }
    }

    /// The longest period a report covers: a year and a day.
    package static let longestSpan = 366

    package func report(from: CivilDate, to: CivilDate, unitID: UUID?) async throws -> Report {
        guard from <= to else { throw StoreError.field(.invalidDate("to")) }
        guard from.adding(days: Self.longestSpan).map({ to < $0 }) ?? false else { throw StoreError.field(.invalidDate("from")) }
        let units = try await BusinessUnitStore(tenant).all()
        var unit: BusinessUnitRecord?
        if let unitID {
            guard let found = units.first(where: { $0.id == unitID }) else { throw AccessError.notFound }
            unit = found
        }
        var report = Report(from: from, to: to, unit: unit)
        let sql = tenant.db.sql
        let inUnit: SQLQueryString = unitID.map { "AND s.unit_id = \(bind: $0)" } ?? ""

        // Each sale with what it brought in net of returns, then summed by day, unit, cashier and payment.
        let sales = try await sql.raw(
            """
            SELECT s.sold_on, s.unit_id, s.cashier_name, s.payment, s.member_id,
              CAST(SUM(l.amount - l.returned_amount) AS BIGINT) AS revenue, CAST(SUM(l.cost - l.returned_cost) AS BIGINT) AS cost
            FROM sales s JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
            WHERE s.cooperative_id = \(bind: tenant.cooperativeID) AND s.sold_on >= \(bind: from) AND s.sold_on <= \(bind: to)
              \(inUnit)
            GROUP BY s.id, s.sold_on, s.unit_id, s.cashier_name, s.payment, s.member_id
            """
        ).all()
        var days: [CivilDate: Figures] = [:]
        var byUnit: [UUID: Figures] = [:]
        var byCashier: [String: Figures] = [:]
        var byPayment: [PaymentMethod: Figures] = [:]
        for row in sales {
            let revenue = try row.decode(column: "revenue", as: Int64.self)
            let cost = try row.decode(column: "cost", as: Int64.self)
            report.total.add(revenue: revenue, cost: cost)
            if try row.decode(column: "member_id", as: UUID?.self) != nil { report.members.add(revenue: revenue, cost: cost) }
            days[try row.decode(column: "sold_on", as: CivilDate.self), default: Figures()].add(revenue: revenue, cost: cost)
            byUnit[try row.decode(column: "unit_id", as: UUID.self), default: Figures()].add(revenue: revenue, cost: cost)
            byCashier[try row.decode(column: "cashier_name", as: String.self), default: Figures()].add(
                revenue: revenue, cost: cost)
            let payment = PaymentMethod(rawValue: try row.decode(column: "payment", as: String.self)) ?? .cash
            byPayment[payment, default: Figures()].add(revenue: revenue, cost: cost)
        }
        report.days = days.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        report.units = byUnit.map { (names[$0.key] ?? "", $0.value) }.sorted { $0.figures.revenue > $1.figures.revenue }
        report.cashiers = byCashier.map { ($0.key, $0.value) }.sorted { $0.figures.revenue > $1.figures.revenue }
        report.payments = PaymentMethod.allCases.compactMap { payment in byPayment[payment].map { (payment, $0) } }

        // Each product's quantity, revenue and cost, best sellers first.
        report.products = try await sql.raw(
            """
            SELECT p.id, p.name, p.unit, COUNT(DISTINCT s.id) AS sales,
              CAST(SUM(l.quantity - l.returned_quantity) AS BIGINT) AS quantity,
              CAST(SUM(l.amount - l.returned_amount) AS BIGINT) AS revenue, CAST(SUM(l.cost - l.returned_cost) AS BIGINT) AS cost
            FROM sales s
            JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
            JOIN products p ON p.cooperative_id = l.cooperative_id AND p.id = l.product_id
            WHERE s.cooperative_id = \(bind: tenant.cooperativeID) AND s.sold_on >= \(bind: from) AND s.sold_on <= \(bind: to)
              \(inUnit)
            GROUP BY p.id, p.name, p.unit
            """
        ).all().map { row in
            let figures = Figures(
                sales: try row.decode(column: "sales", as: Int.self), revenue: try row.decode(column: "revenue", as: Int64.self),
                cost: try row.decode(column: "cost", as: Int64.self))
            return ProductLine(
                productID: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                unit: try row.decode(column: "unit", as: String.self),
                quantity: try row.decode(column: "quantity", as: Int64.self),
                figures: figures)
        }.sorted { ($0.figures.revenue, $1.name) > ($1.figures.revenue, $0.name) }

        try await tie(&report, unitID: unitID)
        report.slowMovers = try await slowMovers(from: from, to: to, unitID: unitID)
        return report
    }

    /// The stock's value by its records against the inventory account, for the unit or the whole shop.
    private func tie(_ report: inout Report, unitID: UUID?) async throws {
        let stockUnit: SQLQueryString = unitID.map { "AND unit_id = \(bind: $0)" } ?? ""
        let bookUnit: SQLQueryString = unitID.map { "AND l.business_unit_id = \(bind: $0)" } ?? ""
        let row = try await tenant.db.sql.raw(
            """
            SELECT
              (SELECT CAST(COALESCE(SUM(value), 0) AS BIGINT) FROM stock_levels
               WHERE cooperative_id = \(bind: tenant.cooperativeID) \(stockUnit)) AS stock,
              (SELECT CAST(COALESCE(SUM(l.debit - l.credit), 0) AS BIGINT) FROM journal_lines l
               JOIN accounts a ON a.cooperative_id = l.cooperative_id AND a.id = l.account_id
               WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND a.role = \(bind: AccountRole.inventory.rawValue)
                 \(bookUnit)) AS books
            """
        ).first()
        report.stockValue = try row?.decode(column: "stock", as: Int64.self) ?? 0
        report.booksValue = try row?.decode(column: "books", as: Int64.self) ?? 0
    }

    /// Goods on hand that sold nothing in the period, the most money standing still first (at most 20).
    private func slowMovers(from: CivilDate, to: CivilDate, unitID: UUID?) async throws -> [SlowMover] {
        let levelUnit: SQLQueryString = unitID.map { "AND v.unit_id = \(bind: $0)" } ?? ""
        let saleUnit: SQLQueryString = unitID.map { "AND s.unit_id = \(bind: $0)" } ?? ""
        return try await tenant.db.sql.raw(
            """
            SELECT p.id, p.name, p.unit, CAST(SUM(v.quantity) AS BIGINT) AS stock, CAST(SUM(v.value) AS BIGINT) AS value,
              (SELECT MAX(s.sold_on) FROM sales s JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
               WHERE s.cooperative_id = p.cooperative_id AND l.product_id = p.id \(saleUnit)) AS last_sold
            FROM products p
            JOIN stock_levels v ON v.cooperative_id = p.cooperative_id AND v.product_id = p.id
            WHERE p.cooperative_id = \(bind: tenant.cooperativeID) AND p.active = \(bind: true) \(levelUnit)
              AND NOT EXISTS (
                SELECT 1 FROM sales s JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
                WHERE s.cooperative_id = p.cooperative_id AND l.product_id = p.id \(saleUnit)
                  AND s.sold_on >= \(bind: from) AND s.sold_on <= \(bind: to))
            GROUP BY p.id, p.name, p.unit, p.cooperative_id
            HAVING SUM(v.quantity) > 0
            ORDER BY value DESC, p.name
            LIMIT 20
            """
        ).all().map { row in
            SlowMover(
                productID: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                unit: try row.decode(column: "unit", as: String.self), stock: try row.decode(column: "stock", as: Int64.self),
                value: try row.decode(column: "value", as: Int64.self),
                lastSold: try row.decode(column: "last_sold", as: CivilDate?.self))
        }
    }
}
