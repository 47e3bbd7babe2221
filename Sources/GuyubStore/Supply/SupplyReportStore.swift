import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The supply figures of a period: purchases by supplier, members' produce by member and grade, and how the
/// deliveries went; with the goods on consignment now and what was owed at the period's end, by how late.
package struct SupplyReportStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package struct Purchases: Sendable, Equatable {
        package let supplier: String
        package let deliveries: Int
        package let total: Int64
        /// Of it, bought on credit.
        package let onCredit: Int64
    }

    package struct Produce: Sendable, Equatable {
        package let memberNumber: Int
        package let member: String
        package let product: String
        package let unit: String
        package let grade: ProduceGrade?
        package let quantity: Int64
        package let amount: Int64
    }

    package struct Deliveries: Sendable, Equatable {
        package var planned = 0
        package var onTheWay = 0
        package var onTime = 0
        package var late = 0
        package var failed = 0
        package var delivered: Int { onTime + late }
    }

    /// A consignor's product: what the cooperative holds of it, and what sold and is not yet settled.
    package struct Consigned: Sendable, Equatable {
        package let consignor: String
        package let product: String
        package let unit: String
        package let held: Int64
        package let unsettled: Int64
        /// What the unsettled quantity comes to at the agreed price.
        package let owing: Int64
    }

    package struct Report: Sendable {
        package let from: CivilDate
        package let to: CivilDate
        package let purchases: [Purchases]
        package let produce: [Produce]
        package let deliveries: Deliveries
        package let consigned: [Consigned]
        package let aging: [(supplier: String, ages: [Payables.Age: Int64])]
    }

    package func report(from: CivilDate, to: CivilDate) async throws -> Report {
        let sql = tenant.db.sql
        let (first, last) = (from.description, to.description)
        let purchases = try await sql.raw(
            """
            SELECT s.name, COUNT(r.id) AS deliveries, CAST(SUM(r.total) AS BIGINT) AS total,
                   CAST(SUM(r.payable) AS BIGINT) AS credit
            FROM goods_receipts r JOIN suppliers s ON s.cooperative_id = r.cooperative_id AND s.id = r.supplier_id
            WHERE r.cooperative_id = \(bind: tenant.cooperativeID) AND r.received_on >= \(bind: first)
              AND r.received_on <= \(bind: last)
            GROUP BY s.name ORDER BY total DESC, s.name
            """
        ).all().map { row in
            Purchases(
                supplier: try row.decode(column: "name", as: String.self),
                deliveries: try row.decode(column: "deliveries", as: Int.self),
                total: try row.decode(column: "total", as: Int64.self), onCredit: try row.decode(column: "credit", as: Int64.self)
            )
        }
        let produce = try await sql.raw(
            """
            SELECT m.member_number, m.name, p.name AS product, p.unit, i.grade,
                   CAST(SUM(i.quantity) AS BIGINT) AS quantity, CAST(SUM(i.amount) AS BIGINT) AS amount
            FROM produce_intakes i
              JOIN members m ON m.cooperative_id = i.cooperative_id AND m.id = i.member_id
              JOIN products p ON p.cooperative_id = i.cooperative_id AND p.id = i.product_id
            WHERE i.cooperative_id = \(bind: tenant.cooperativeID) AND i.taken_on >= \(bind: first) AND i.taken_on <= \(bind: last)
            GROUP BY m.member_number, m.name, p.name, p.unit, i.grade
            ORDER BY m.member_number, p.name, i.grade
            """
        ).all().map { row in
            Produce(
                memberNumber: try row.decode(column: "member_number", as: Int.self),
                member: try row.decode(column: "name", as: String.self),
                product: try row.decode(column: "product", as: String.self),
                unit: try row.decode(column: "unit", as: String.self),
                grade: try row.decode(column: "grade", as: String?.self).flatMap(ProduceGrade.init(rawValue:)),
                quantity: try row.decode(column: "quantity", as: Int64.self),
                amount: try row.decode(column: "amount", as: Int64.self))
        }
        var deliveries = Deliveries()
        for delivery in try await tenant.query(DeliveryRecord.self).filter(\.$plannedOn >= from).filter(\.$plannedOn <= to).all()
        {
            switch delivery.status {
            case .planned: deliveries.planned += 1
            case .onTheWay: deliveries.onTheWay += 1
            case .failed: deliveries.failed += 1
            case .delivered:
                if let done = delivery.finishedOn, done > delivery.plannedOn {
                    deliveries.late += 1
                } else {
                    deliveries.onTime += 1
                }
            }
        }
        let consignors = Dictionary(uniqueKeysWithValues: try await SupplierStore(tenant).all().map { ($0.id!, $0.name) })
        let consigned = try await ConsignmentStore(tenant).positions().map { position in
            let product = position.product
            return Consigned(
                consignor: product.consignorID.flatMap { consignors[$0] } ?? "", product: product.name, unit: product.unit,
                held: position.held, unsettled: position.unsettledQuantity,
                // As a settlement would come to: each unit's sales priced on their own.
                owing: try position.unsettled.reduce(0) {
                    $0 + (try Consignment.settling(sold: $1.quantity, settled: 0, price: product.consignmentPrice ?? 0)).amount
                })
        }.sorted { ($0.consignor, $0.product) < ($1.consignor, $1.product) }
        let aging = try await SupplierStore(tenant).aging(on: to).map { ($0.supplier.name, $0.ages) }
        return Report(
            from: from, to: to, purchases: purchases, produce: produce, deliveries: deliveries, consigned: consigned,
            aging: aging)
    }
}
