import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The tills in the browser: the shifts, opening the shop's till with a float, and closing a shift with
/// the cash counted.
extension StorePages {
    struct ShiftForm: Content {
        var float: String?
        var counted: String?
        var note: String?
    }

    func shifts(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        return request.html(ShopShifts.View.render(try await shiftsModel(request, principal), in: request.pageContext()))
    }

    func openShift(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let form = try request.content.decode(ShiftForm.self)
        do {
            let float = try StoreController.cash(form.float, field: "float", decimals: principal.decimals)
            let shift = try await ShiftStore(request.tenant()).open(
                unitID: nil, float: float, on: request.today(), at: request.application.clock.now(), by: principal.actor)
            return request.redirect(to: SiteURL.shopShift(shift.id!).path, notice: "shift_opened")
        } catch let error as any DomainError {
            var model = try await shiftsModel(request, principal)
            model.floatValue = form.float ?? ""
            model.errors = [error.field == "float" ? "float" : "form": request.catalogue.message(for: error)]
            return request.html(ShopShifts.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func shift(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let model = try await shiftModel(request, principal, request.parameters.get("id", as: UUID.self))
        return request.html(ShopShift.View.render(model, in: request.pageContext()))
    }

    func closeShift(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let id = request.parameters.get("id", as: UUID.self)
        let form = try request.content.decode(ShiftForm.self)
        var model = try await shiftModel(request, principal, id)
        do {
            let counted = try StoreController.cash(form.counted, field: "counted", decimals: principal.decimals)
            let note: String?
            do { note = try FieldRules.optional(form.note, field: "note", max: FieldLimit.storeReason) } catch {
                throw StoreError.field(error)
            }
            _ = try await ShiftStore(request.tenant()).close(
                id, counted: counted, note: note, on: request.today(), at: request.application.clock.now(),
                description: request.booksText.shiftDifference(model.openedBy), supervising: principal.allows(.returnSales),
                by: principal.actor)
            return request.redirect(to: SiteURL.shopShift(model.id).path, notice: "shift_closed")
        } catch let error as any DomainError {
            model.countedValue = form.counted ?? ""
            model.noteValue = form.note ?? ""
            let field = ["counted", "note"].contains(error.field ?? "") ? error.field! : "form"
            model.errors = [field: request.catalogue.message(for: error)]
            return request.html(ShopShift.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    private func shiftsModel(_ request: Request, _ principal: Principal) async throws -> ShopShifts.Model {
        let tenant = try request.tenant()
        let shifts = try await ShiftStore(tenant).recent()
        let all = try await BusinessUnitStore(tenant).all()
        let units = Dictionary(uniqueKeysWithValues: all.map { ($0.id!, $0.name) })
        let rows = shifts.map {
            ShopShifts.Model.Row(
                id: $0.id!, unitName: units[$0.unitID] ?? "", openedBy: $0.openedByName, openedAt: $0.openedAt, float: $0.float,
                isOpen: $0.status == .open, difference: $0.difference)
        }
        // The form opens the shop's till; another unit's till opens through the API.
        let shop = all.first { $0.kind == .grocery && $0.active }
        let shopOpen = shifts.contains { $0.status == .open && (shop == nil || $0.unitID == shop?.id) }
        return ShopShifts.Model(rows: rows, canOpen: principal.allows(.sell) && !shopOpen)
    }

    private func shiftModel(_ request: Request, _ principal: Principal, _ id: UUID?) async throws -> ShopShift.Model {
        let tenant = try request.tenant()
        let store = ShiftStore(tenant)
        let shift = try await store.find(id)
        let till = try await store.till(shift)
        let sales = try await store.sales(in: shift)
        let isOpener = principal.actor.userID != nil && principal.actor.userID == shift.openedByUserID
        return ShopShift.Model(
            id: shift.id!, cooperativeName: principal.cooperativeName,
            unitName: try await BusinessUnitStore(tenant).find(shift.unitID).name, openedBy: shift.openedByName,
            openedAt: shift.openedAt, till: till,
            sales: PaymentMethod.single.compactMap { payment in
                sales[payment].map { .init(payment: payment, count: $0.count, total: $0.total) }
            }, closedAt: shift.closedAt, closedBy: shift.closedByName, counted: shift.counted,
            difference: shift.difference, note: shift.note,
            canClose: shift.status == .open && principal.allows(.sell) && (isOpener || principal.allows(.returnSales)))
    }
}
