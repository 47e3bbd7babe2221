import FluentKit
import Foundation
import GuyubCore
import SQLKit

extension ProgrammeStore {
    /// A programme's month as its supplier asks for it: every sale of its goods with the buyer's NIK, and
    /// each good's stock at the start, what came in, what was sold (less what came back) and what is left.
    package struct Report: Sendable {
        package struct Sale: Sendable, Equatable {
            package var date: CivilDate
            package var number: Int
            package var buyerNIK: String?
            package var product: String
            package var unit: String
            /// Sold less brought back, in thousandths of the base unit.
            package var quantity: Int64
            package var price: Int64
            package var amount: Int64
        }

        package struct Stock: Sendable, Equatable {
            package var product: String
            package var unit: String
            package var opening: Int64
            package var received: Int64
            package var sold: Int64
            /// Written off, found, or counted otherwise.
            package var adjusted: Int64
            package var closing: Int64
        }

        package var programme: ProgrammeRecord
        package var month: YearMonth
        package var sales: [Sale]
        package var stock: [Stock]
    }

    package func report(_ id: UUID?, month: YearMonth) async throws -> Report {
        let programme = try await find(id)
        let sql = tenant.db.sql
        let sales = try await sql.raw(
            """
            SELECT s.sold_on, s.number, s.buyer_nik, p.name, p.unit, l.quantity - l.returned_quantity AS quantity, l.price,
              l.amount - l.returned_amount AS amount
            FROM sale_lines l
            JOIN sales s ON s.cooperative_id = l.cooperative_id AND s.id = l.sale_id
            JOIN products p ON p.cooperative_id = l.cooperative_id AND p.id = l.product_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND l.programme_id = \(bind: programme.id!)
              AND s.sold_on >= \(bind: month.first) AND s.sold_on <= \(bind: month.last)
              AND l.quantity > l.returned_quantity
            ORDER BY s.sold_on, s.number
            """
        ).all().map { row in
            Report.Sale(
                date: try row.decode(column: "sold_on", as: CivilDate.self),
                number: try row.decode(column: "number", as: Int.self),
                buyerNIK: try row.decode(column: "buyer_nik", as: String?.self),
                product: try row.decode(column: "name", as: String.self), unit: try row.decode(column: "unit", as: String.self),
                quantity: try row.decode(column: "quantity", as: Int64.self),
                price: try row.decode(column: "price", as: Int64.self),
                amount: try row.decode(column: "amount", as: Int64.self))
        }
        // Movements of the programme's goods, in every unit: before the month, and in it by kind.
        let stock = try await sql.raw(
            """
            SELECT p.name, p.unit,
              CAST(COALESCE(SUM(CASE WHEN m.happened_on < \(bind: month.first) THEN m.quantity END), 0) AS BIGINT) AS opening,
              CAST(COALESCE(SUM(CASE WHEN m.happened_on >= \(bind: month.first) AND m.kind = \(bind: StockMovementKind.receipt.rawValue)
                THEN m.quantity END), 0) AS BIGINT) AS received,
              CAST(COALESCE(SUM(CASE WHEN m.happened_on >= \(bind: month.first)
                AND m.kind IN (\(bind: StockMovementKind.sale.rawValue), \(bind: StockMovementKind.saleReturn.rawValue))
                THEN -m.quantity END), 0) AS BIGINT) AS sold,
              CAST(COALESCE(SUM(CASE WHEN m.happened_on >= \(bind: month.first) AND m.kind = \(bind: StockMovementKind.adjustment.rawValue)
                THEN m.quantity END), 0) AS BIGINT) AS adjusted,
              CAST(COALESCE(SUM(m.quantity), 0) AS BIGINT) AS closing
            FROM products p
            LEFT JOIN stock_movements m ON m.cooperative_id = p.cooperative_id AND m.product_id = p.id
              AND m.happened_on <= \(bind: month.last)
            WHERE p.cooperative_id = \(bind: tenant.cooperativeID) AND p.programme_id = \(bind: programme.id!)
            GROUP BY p.id, p.name, p.unit
            ORDER BY p.name
            """
        ).all().map { row in
            Report.Stock(
                product: try row.decode(column: "name", as: String.self), unit: try row.decode(column: "unit", as: String.self),
                opening: try row.decode(column: "opening", as: Int64.self),
                received: try row.decode(column: "received", as: Int64.self),
                sold: try row.decode(column: "sold", as: Int64.self),
                adjusted: try row.decode(column: "adjusted", as: Int64.self),
                closing: try row.decode(column: "closing", as: Int64.self))
        }
        return Report(programme: programme, month: month, sales: sales, stock: stock)
    }
}
