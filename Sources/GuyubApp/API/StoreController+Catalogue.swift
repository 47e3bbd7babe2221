import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// What a counter keeps on its device to go on selling for cash when its connection drops: every product
/// on sale, with its barcode and its prices.
extension StoreController {
    /// `GET /api/v1/store/catalogue`.
    func catalogue(_ request: Request) async throws -> CatalogueDTO {
        let principal = try request.authorize(.sell)
        let tenant = try request.tenant()
        let products = try await tenant.query(ProductRecord.self).filter(\.$active == true).sort(\.$name).all()
        let packs = try await ProductStore(tenant).packs(of: products.map { $0.id! })
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return CatalogueDTO(
            decimals: principal.decimals,
            products: try products.map { product in
                let prices = try ProductStore.prices(product)
                return CatalogueDTO.Product(
                    id: product.id!, name: product.name, unit: product.unit, barcode: product.barcode,
                    memberPrice: money(prices.memberPrice), nonMemberPrice: money(prices.nonMemberPrice),
                    tiers: prices.tiers.map {
                        .init(
                            customerClass: $0.customerClass.rawValue, minQuantity: Quantity.string($0.minQuantity),
                            price: money($0.price))
                    }, regulated: product.programmeID != nil,
                    packs: (packs[product.id!] ?? []).map {
                        .init(name: $0.name, size: Quantity.string($0.size), barcode: $0.barcode)
                    })
            })
    }
}

struct CatalogueDTO: Content {
    struct Tier: Content {
        var customerClass: String
        var minQuantity: String
        var price: String
    }
    struct Product: Content {
        var id: UUID
        var name: String
        var unit: String
        var barcode: String?
        var memberPrice: String
        var nonMemberPrice: String
        var tiers: [Tier]
        /// A regulated good: sold only with the server, which checks its rules.
        var regulated: Bool
        /// The packs it comes in: a pack's barcode read offline adds its size in the base unit.
        var packs: [ProductDTO.PackDTO]
    }
    /// The currency's decimals, for reading the amounts.
    var decimals: Int
    var products: [Product]
}

/// A unit's QRIS merchant data, from which its counter makes each sale's code.
extension StoreController {
    struct MerchantInput: Content {
        var merchantName: String?
        var merchantId: String?
        var city: String?
        var postalCode: String?
    }

    struct MerchantDTO: Content {
        var unitId: UUID
        var merchantName: String
        var merchantId: String
        var city: String
        var postalCode: String?
    }

    /// `PUT /api/v1/store/units/{id}/qris {"merchantName","merchantId","city","postalCode"?}`.
    func setMerchant(_ request: Request) async throws -> MerchantDTO {
        let principal = try request.authorize(.keepBooks)
        let units = try BusinessUnitStore(request.tenant())
        // Another cooperative's unit is not found, whatever the body says.
        let unitID = try await units.find(request.parameters.get("id", as: UUID.self)).id!
        let input = try request.content.decode(MerchantInput.self)
        let name = try FieldRules.required(input.merchantName, field: "merchantName", max: 25)
        let id = try FieldRules.required(input.merchantId, field: "merchantId", max: 50)
        let city = try FieldRules.required(input.city, field: "city", max: 15)
        let postal = try FieldRules.optional(input.postalCode, field: "postalCode", max: 10)
        let unit = try await units.setMerchant(
            QRIS.Merchant(name: name, city: city, id: id, postalCode: postal), of: unitID, by: principal.actor)
        return MerchantDTO(
            unitId: unit.id!, merchantName: unit.qrisMerchantName ?? "", merchantId: unit.qrisMerchantID ?? "",
            city: unit.qrisCity ?? "", postalCode: unit.qrisPostalCode)
    }
}

/// QRIS money in transit, and its settlement when the bank credits it.
extension StoreController {
    struct SettlementInput: Content {
        var amount: String?
        var fee: String?
        /// The unit whose QRIS money the bank credited; the shop's when left out.
        var unitId: UUID?
    }

    struct InTransitDTO: Content {
        var inTransit: String
    }

    struct SettlementDTO: Content {
        var entryId: UUID
        var amount: String
        var fee: String
        var credited: String
        var inTransit: String
    }

    /// `GET /api/v1/store/qris`.
    func qrisInTransit(_ request: Request) async throws -> InTransitDTO {
        let principal = try request.authorize(.viewBooks)
        return InTransitDTO(
            inTransit: Amount.string(try await QRISStore(request.tenant()).inTransit(), decimals: principal.decimals))
    }

    /// `POST /api/v1/store/qris/settlements {"amount","fee"?}`.
    func settleQRIS(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(SettlementInput.self)
        let (amount, fee) = try Self.settlement(input, decimals: principal.decimals)
        let (entry, left) = try await QRISStore(request.tenant()).settle(
            amount, fee: fee, unitID: input.unitId, on: request.today(), description: request.booksText.qrisSettled,
            by: principal.actor)
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return try created(
            SettlementDTO(
                entryId: entry, amount: money(amount), fee: money(fee), credited: money(amount - fee), inTransit: money(left)))
    }

    /// The amount settled and the fee (none when left out), as people write them.
    static func settlement(_ input: SettlementInput, decimals: Int) throws -> (amount: Int64, fee: Int64) {
        let amount = try price(input.amount, field: "amount", decimals: decimals)
        var fee: Int64 = 0
        if let text = input.fee, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do { fee = try Amount.parse(text, decimals: decimals) } catch { throw StoreError.priceInvalid("fee") }
        }
        return (amount, fee)
    }
}
