import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Processing in a unit: an input good used up at its moving average cost, an output good made carrying that
/// cost and what the processing cost in cash, its yield kept.
package struct ProcessingStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func all() async throws -> [ProcessingRunRecord] {
        try await tenant.query(ProcessingRunRecord.self).sort(\.$number, .descending).limit(200).all()
    }

    package func run(
        input: (productID: UUID, quantity: Int64), output: (productID: UUID, quantity: Int64), cost: Int64, unitID: UUID?,
        on date: CivilDate, description: String, by actor: Actor
    ) async throws -> ProcessingRunRecord {
        guard input.productID != output.productID else { throw StoreError.duplicateLine }
        guard input.quantity > 0, output.quantity > 0, input.quantity <= Quantity.ceiling, output.quantity <= Quantity.ceiling
        else { throw SupplyError.quantityInvalid }
        let products = try await tenant.query(ProductRecord.self).filter(\.$id ~~ [input.productID, output.productID]).all()
        guard products.count == 2 else { throw AccessError.notFound }
        guard products.allSatisfy({ $0.consignorID == nil }) else { throw SupplyError.consigned }
        let stock = StockStore(tenant)
        let unit = try await BusinessUnitStore(tenant).shop(unitID, by: actor)
        try await stock.lockCooperative()
        let levels = try await stock.levels(of: [input.productID, output.productID], in: unit.id!)
        let (from, into) = (levels[input.productID]!, levels[output.productID]!)
        var source = from.position
        var target = into.position
        let value = try source.issue(input.quantity)
        let made = try Processing.outputCost(inputValue: value, cost: cost)
        try target.receive(output.quantity, costing: made)
        (from.quantity, from.value, into.quantity, into.value) = (source.quantity, source.value, target.quantity, target.value)

        let run = ProcessingRunRecord()
        run.id = UUID()
        run.number = (try await tenant.query(ProcessingRunRecord.self).sort(\.$number, .descending).first()?.number ?? 0) + 1
        run.unitID = unit.id!
        run.runOn = date
        run.inputProductID = input.productID
        run.inputQuantity = input.quantity
        run.inputValue = value
        run.outputProductID = output.productID
        run.outputQuantity = output.quantity
        run.cost = cost
        run.recordedByName = actor.name
        let lines = JournalDraft.Line.netted(
            [
                JournalDraft.Line(account: .role(.inventory), debit: made, credit: 0, unit: unit.id),
                JournalDraft.Line(account: .role(.inventory), debit: 0, credit: value, unit: unit.id),
                JournalDraft.Line(account: .role(.cash), debit: 0, credit: cost, unit: unit.id),
            ].filter { $0.debit > 0 || $0.credit > 0 })
        if lines.count >= 2 {
            run.entryID = try await Ledger(tenant).post(
                JournalDraft(date: date, description: description, sourceType: .processing, sourceID: run.id, lines: lines),
                by: actor
            ).entry.id
        }
        try await tenant.create(run)
        let drawn = try Batch.draw(
            input.quantity, from: try await stock.batches(of: [input.productID], in: unit.id!)[input.productID] ?? [])
        let changes =
            drawn.map {
                StockStore.BatchChange(
                    product: input.productID, unit: unit.id!, batch: Batch(expiresOn: $0.expiresOn, quantity: -$0.quantity))
            } + [
                StockStore.BatchChange(
                    product: output.productID, unit: unit.id!, batch: Batch(expiresOn: nil, quantity: output.quantity))
            ]
        try await tenant.runTogether(
            stock.saving(
                [from, into],
                movements: [
                    stock.movement(
                        .processedOut, of: from, quantity: -input.quantity, value: -value, on: date, source: run.id!,
                        entry: run.entryID),
                    stock.movement(
                        .processedIn, of: into, quantity: output.quantity, value: made, on: date, source: run.id!,
                        entry: run.entryID),
                ]) + stock.saving(changes))
        try await AuditLog.append(
            tenant, actor: actor, action: .processingRun, entity: "processing_run", entityID: run.id,
            after: [
                "input": Quantity.string(input.quantity), "output": Quantity.string(output.quantity), "cost": String(cost),
                "yield": String(run.yield),
            ])
        return run
    }
}
