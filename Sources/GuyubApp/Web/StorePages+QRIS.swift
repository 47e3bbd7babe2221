import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// QRIS money in transit in the browser, and the treasurer's record of the bank's credit.
extension StorePages {
    func qris(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        // The shop's QRIS money: the counter's unit.
        var inTransit: Int64 = 0
        if let shop = try await BusinessUnitStore(request.tenant()).all().first(where: { $0.kind == .grocery && $0.active }) {
            inTransit = try await QRISStore(request.tenant()).inTransit(unit: shop.id!)
        }
        let model = ShopQRIS.Model(inTransit: inTransit, canSettle: principal.allows(.keepBooks))
        return request.html(ShopQRIS.View.render(model, in: request.pageContext()))
    }

    func settleQRIS(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let input = try request.content.decode(StoreController.SettlementInput.self)
        do {
            let (amount, fee) = try StoreController.settlement(input, decimals: principal.decimals)
            _ = try await QRISStore(request.tenant()).settle(
                amount, fee: fee, on: request.today(), description: request.booksText.qrisSettled, by: principal.actor)
            return request.redirect(to: SiteURL.shopQRIS.path, notice: "qris_settled")
        } catch let error as any DomainError {
            let shop = try await BusinessUnitStore(request.tenant()).shop(nil, by: principal.actor, working: false)
            var model = ShopQRIS.Model(
                inTransit: try await QRISStore(request.tenant()).inTransit(unit: shop.id!), canSettle: true)
            model.amount = input.amount ?? ""
            model.fee = input.fee ?? ""
            model.errors = [
                ["amount", "fee"].contains(error.field ?? "") ? error.field! : "form": request.catalogue.message(for: error)
            ]
            return request.html(ShopQRIS.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }
}
