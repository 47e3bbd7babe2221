import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The business units in the browser: the programme's seven in one step, staff, and regions.
extension StorePages {
    struct StaffForm: Content {
        var userIds: [UUID]?
    }

    func units(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        return request.html(ShopUnits.View.render(try await unitsModel(request), in: request.pageContext()))
    }

    func addProgrammeUnits(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        _ = try await BusinessUnitStore(request.tenant()).addProgrammeUnits(by: principal.actor)
        return request.redirect(to: SiteURL.shopUnits.path, notice: "units_made")
    }

    func setUnitStaff(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageUsers)
        let tenant = try request.tenant()
        let id = try await BusinessUnitStore(tenant).find(request.parameters.get("id", as: UUID.self)).id!
        let form = try request.content.decode(StaffForm.self)
        try await StoreController.assign(form.userIds ?? [], to: id, tenant, by: principal.actor)
        return request.redirect(to: SiteURL.shopUnits.path, notice: "unit_saved")
    }

    func setUnitRegion(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let tenant = try request.tenant()
        let id = try await BusinessUnitStore(tenant).find(request.parameters.get("id", as: UUID.self)).id!
        let input = try request.content.decode(StoreController.RegionInput.self)
        do {
            _ = try await BusinessUnitStore(tenant).setRegion(input.region, of: id, by: principal.actor)
        } catch let error as any DomainError {
            var model = try await unitsModel(request)
            model.errors[id] = request.catalogue.message(for: error)
            return request.html(ShopUnits.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
        return request.redirect(to: SiteURL.shopUnits.path, notice: "unit_saved")
    }

    private func unitsModel(_ request: Request) async throws -> ShopUnits.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let units = try await StoreController.units(tenant)
        let kinds = Set(units.compactMap(\.kind))
        return ShopUnits.Model(
            units: units.map {
                .init(
                    id: $0.id, code: $0.code, name: $0.name, active: $0.active, region: $0.region, qris: $0.qris,
                    staff: Set($0.staff.map(\.userId)), staffNames: $0.staff.map(\.name))
            },
            people: principal.allows(.manageUsers) ? try await StoreController.staff(in: tenant) : [],
            missingProgrammeUnits: BusinessUnitKind.allCases.contains { !kinds.contains($0.rawValue) },
            canAssign: principal.allows(.manageUsers), canKeepBooks: principal.allows(.keepBooks))
    }
}
