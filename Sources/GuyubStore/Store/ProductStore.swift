import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The products the shop sells and their prices. A product of a state-regulated programme never carries
/// a price above the programme's ceiling in force.
package struct ProductStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// What a product is made or changed with, read and checked by the caller's parsing.
    package struct Input: Sendable {
        package var name: String
        package var category: String?
        package var unit: String
        package var barcode: String?
        package var prices: PriceList
        package var programmeID: UUID?
        package var reorderPoint: Int64
        /// The unit that sells it; nil for the cooperative's shop.
        package var unitID: UUID?
        /// The packs it also comes in; nil leaves them as they are.
        package var packs: [Pack]?

        package init(
            name: String, category: String?, unit: String, barcode: String?, prices: PriceList, programmeID: UUID?,
            reorderPoint: Int64, unitID: UUID?, packs: [Pack]? = nil
        ) {
            self.unitID = unitID
            self.packs = packs
            self.name = name
            self.category = category
            self.unit = unit
            self.barcode = barcode
            self.prices = prices
            self.programmeID = programmeID
            self.reorderPoint = reorderPoint
        }
    }

    package func find(_ id: UUID?) async throws -> ProductRecord {
        guard let product = try await tenant.find(ProductRecord.self, id) else { throw AccessError.notFound }
        return product
    }

    /// The product a barcode names, if any, and the pack when it is a pack's.
    package func find(barcode: String) async throws -> (product: ProductRecord, pack: Pack?)? {
        if let product = try await tenant.query(ProductRecord.self).filter(\.$barcode == barcode).first() {
            return (product, nil)
        }
        guard let pack = try await tenant.query(ProductPackRecord.self).filter(\.$barcode == barcode).first(),
            let product = try await tenant.find(ProductRecord.self, pack.productID)
        else { return nil }
        return (product, pack.pack)
    }

    /// The packs each of `products` comes in, smallest first.
    package func packs(of products: [UUID]) async throws -> [UUID: [Pack]] {
        guard !products.isEmpty else { return [:] }
        let records = try await tenant.query(ProductPackRecord.self).filter(\.$productID ~~ products).sort(\.$size)
            .sort(\.$name).all()
        return Dictionary(grouping: records, by: \.productID).mapValues { $0.map(\.pack) }
    }

    /// Products whose name holds `search` (or whose barcode is it), by name; all when nil.
    package func list(search: String?, limit: Int = 200) async throws -> [ProductRecord] {
        var query = tenant.query(ProductRecord.self)
        if let search = search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            let pattern = "%\(search.lowercased().replacingOccurrences(of: "%", with: ""))%"
            query = query.group(.or) {
                $0.filter(.sql(raw: "LOWER(name)"), .custom("LIKE"), .bind(pattern)).filter(\.$barcode == search)
            }
        }
        return try await query.sort(\.$name).limit(limit).all()
    }

    package func create(_ input: Input, today: CivilDate, by actor: Actor) async throws -> ProductRecord {
        let product = ProductRecord()
        product.unitID = try await BusinessUnitStore(tenant).shop(input.unitID, by: actor).id!
        try await apply(input, to: product, today: today)
        product.active = true
        try await checkUnique(input, other: nil)
        do { try await tenant.create(product) } catch  where error.isConstraintFailure { throw StoreError.nameTaken }
        if let packs = input.packs { try await save(packs, of: product.id!) }
        try await AuditLog.append(
            tenant, actor: actor, action: .productCreate, entity: "product", entityID: product.id, after: Snapshot(product))
        return product
    }

    package func update(_ id: UUID, _ input: Input, active: Bool, today: CivilDate, by actor: Actor) async throws
        -> ProductRecord
    {
        let product = try await find(id)
        let before = Snapshot(product)
        if let unitID = input.unitID { product.unitID = try await BusinessUnitStore(tenant).shop(unitID, by: actor).id! }
        try await apply(input, to: product, today: today)
        product.active = active
        let packsBefore = try await packs(of: [id])[id] ?? []
        let packsChanged = input.packs.map { Set($0.map(PackKey.init)) != Set(packsBefore.map(PackKey.init)) } ?? false
        guard Snapshot(product) != before || packsChanged else { return product }
        try await checkUnique(input, other: id)
        do { try await product.update(on: tenant.db) } catch  where error.isConstraintFailure { throw StoreError.nameTaken }
        if packsChanged, let packs = input.packs {
            try await tenant.query(ProductPackRecord.self).filter(\.$productID == id).delete()
            try await save(packs, of: id)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .productUpdate, entity: "product", entityID: product.id, before: before,
            after: Snapshot(product, packs: packsChanged ? input.packs : nil))
        return product
    }

    private func save(_ packs: [Pack], of product: UUID) async throws {
        for pack in packs {
            let record = ProductPackRecord()
            record.productID = product
            record.name = pack.name
            record.size = pack.size
            record.barcode = pack.barcode
            do { try await tenant.create(record) } catch  where error.isConstraintFailure { throw StoreError.barcodeTaken }
        }
    }

    /// A pack as compared for a change.
    private struct PackKey: Hashable {
        let name: String
        let size: Int64
        let barcode: String?
        init(_ pack: Pack) { (name, size, barcode) = (pack.name, pack.size, pack.barcode) }
    }

    /// The product's prices, as the core reads them.
    package static func prices(_ product: ProductRecord) throws -> PriceList {
        PriceList(
            memberPrice: product.memberPrice, nonMemberPrice: product.nonMemberPrice,
            tiers: try JSONDecoder().decode([PriceTier].self, from: Data(product.tiers.utf8)))
    }

    private func apply(_ input: Input, to product: ProductRecord, today: CivilDate) async throws {
        let prices = try input.prices.validated()
        if let packs = input.packs {
            try Pack.check(packs, baseUnit: input.unit)
            if let barcode = input.barcode, packs.contains(where: { $0.barcode == barcode }) { throw StoreError.barcodeTaken }
        }
        if let programmeID = input.programmeID {
            let rules = try await ProgrammeStore(tenant).rules([programmeID])
            guard let programme = rules[programmeID] else { throw AccessError.notFound }
            // Under the ceiling where the unit that sells it is.
            let region = try await BusinessUnitStore(tenant).find(product.unitID).region
            try programme.checkPrices(prices.allPrices, on: today, in: region)
        }
        product.name = input.name
        product.category = input.category
        product.unit = input.unit
        product.barcode = input.barcode
        product.memberPrice = prices.memberPrice
        product.nonMemberPrice = prices.nonMemberPrice
        product.tiers = String(decoding: try JSONEncoder().encode(prices.tiers), as: UTF8.self)
        product.programmeID = input.programmeID
        product.reorderPoint = input.reorderPoint
    }

    /// Refuses a name or a barcode another product has (checked first: on PostgreSQL a failed insert ends the
    /// transaction, so the unique keys are only the backstop).
    private func checkUnique(_ input: Input, other id: UUID?) async throws {
        let named = try await tenant.query(ProductRecord.self).filter(\.$name == input.name).first()
        if let named, named.id != id { throw StoreError.nameTaken }
        for barcode in [input.barcode] + (input.packs ?? []).map(\.barcode) {
            guard let barcode, let coded = try await find(barcode: barcode) else { continue }
            // A pack's barcode moving between this product's packs is no clash.
            if coded.product.id != id || (barcode == input.barcode && coded.pack != nil)
                || (barcode != input.barcode && coded.pack == nil)
            {
                throw StoreError.barcodeTaken
            }
        }
    }

    /// What the audit trail keeps of a product.
    struct Snapshot: Encodable, Equatable {
        let name: String
        let unitID: UUID
        let unit: String
        let barcode: String?
        let memberPrice: Int64
        let nonMemberPrice: Int64
        let tiers: String
        let programmeID: UUID?
        let active: Bool
        /// The packs, when they changed.
        let packs: [Pack]?

        init(_ product: ProductRecord, packs: [Pack]? = nil) {
            self.packs = packs
            name = product.name
            unitID = product.unitID
            unit = product.unit
            barcode = product.barcode
            memberPrice = product.memberPrice
            nonMemberPrice = product.nonMemberPrice
            tiers = product.tiers
            programmeID = product.programmeID
            active = product.active
        }
    }
}
