import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// A programme's allocation lists in the browser: the seasons, one season's farmers with what they took
/// and have left, and the import of a season's e-RDKK sheet. The lists name farmers by NIK, so only those
/// who keep the stock see them.
extension StorePages {
    func allocations(_ request: Request) async throws -> Response {
        try request.authorize(.manageStock)
        let model = try await allocationsModel(request, season: request.query[UUID.self, at: "season"])
        return request.html(ShopAllocations.View.render(model, in: request.pageContext()))
    }

    struct AllocationUpload: Content {
        var season: String?
        var startsOn: String?
        var endsOn: String?
        var file: File?
    }

    func importAllocations(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let upload = try request.content.decode(AllocationUpload.self)
        let tenant = try request.tenant()
        let programme = try await ProgrammeStore(tenant).find(request.parameters.get("id", as: UUID.self))
        do {
            let season = try StoreController.season(name: upload.season, startsOn: upload.startsOn, endsOn: upload.endsOn)
            guard let file = upload.file, file.data.readableBytes > 0 else { throw SheetError.empty }
            let (valid, rejected) = try StoreController.allocationRows(csv: ImportPage.decode(Data(buffer: file.data)))
            let record = try await AllocationStore(tenant).importList(
                valid, season: season, into: programme, at: request.application.clock.now(), by: principal.actor)
            var model = try await allocationsModel(request, season: record.id)
            model.imported = valid.count
            model.rejected = rejected.map { ($0.line, request.catalogue.reason($0.problem)) }
            return request.html(ShopAllocations.View.render(model, in: request.pageContext()))
        } catch let error as any DomainError {
            var model = try await allocationsModel(request, season: nil)
            model.values.season = upload.season ?? ""
            model.values.startsOn = upload.startsOn ?? ""
            model.values.endsOn = upload.endsOn ?? ""
            let field = error.field.flatMap { ["season", "startsOn", "endsOn", "file"].contains($0) ? $0 : nil } ?? "form"
            model.errors[field] = request.catalogue.message(for: error)
            return request.html(
                ShopAllocations.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    /// The programme's seasons, and the farmers of the one asked for (the latest when none is).
    private func allocationsModel(_ request: Request, season: UUID?) async throws -> ShopAllocations.Model {
        let tenant = try request.tenant()
        let programme = try await ProgrammeStore(tenant).find(request.parameters.get("id", as: UUID.self))
        guard programme.byAllocation else { throw AccessError.notFound }
        let store = AllocationStore(tenant)
        let summaries = try await store.summaries(of: programme.id!)
        let seasons = summaries.map {
            ShopAllocations.Model.Season(
                id: $0.season.id!, name: $0.season.name, startsOn: $0.season.startsOn, endsOn: $0.season.endsOn,
                farmers: $0.farmers, allocated: $0.allocated, taken: $0.taken, importedAt: $0.season.importedAt,
                importedBy: $0.season.importedByName)
        }
        let shown = summaries.first { $0.season.id == season } ?? summaries.first
        let query = String((request.query[String.self, at: "q"] ?? "").unicodeScalars.prefix(FieldLimit.name))
        var farmers: [(allocation: AllocationRecord, taken: Int64)] = []
        if let shown {
            farmers = try await store.farmers(in: shown.season, matching: query, limit: ShopAllocations.Model.listed)
        }
        let unit = try await tenant.query(ProductRecord.self).filter(\.$programmeID == programme.id!).first()?.unit ?? ""
        return ShopAllocations.Model(
            programmeID: programme.id!, programmeName: programme.name, unit: unit, seasons: seasons,
            shown: shown.flatMap { summary in seasons.first { $0.id == summary.season.id } }, query: query,
            farmers: farmers.map {
                .init(
                    nik: $0.allocation.nik, name: $0.allocation.farmerName ?? "", allocated: $0.allocation.quantity,
                    taken: $0.taken)
            })
    }
}
