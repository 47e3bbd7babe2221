import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Importing a spreadsheet's member list: upload a CSV, see what would happen, confirm, watch it go in.
/// The sheet is kept as an import of its own from the upload on, so the confirmation carries only its id,
/// and its rows go in by batches (`MemberImportJobs`), with a page that shows how far it has come.
struct ImportPage: RouteCollection {
    /// The largest sheet taken: about 80,000 members.
    static let maxSize: ByteCount = "8mb"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("members", "import", use: form)
        routes.on(.POST, "members", "import", body: .collect(maxSize: Self.maxSize), use: submit)
        routes.get("members", "imports", ":id", use: show)
        routes.post("members", "imports", ":id", "confirm", use: confirm)
    }

    func form(_ request: Request) throws -> Response {
        _ = try request.authorize(.importMembers)
        return request.html(MemberImport.View.render(MemberImport.Model(), in: request.pageContext()))
    }

    struct Submission: Content {
        var file: File?
    }

    /// The upload: read and checked, kept as an import waiting for confirmation, then its preview.
    func submit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.importMembers)
        let submission = try request.content.decode(Submission.self)
        let fileName = submission.file?.filename ?? ""
        do {
            guard let file = submission.file, file.data.readableBytes > 0 else { throw SheetError.empty }
            let csv = Self.decode(Data(buffer: file.data))
            let tenant = try request.tenant()
            let plan = try await MemberImporter(store: MemberStore(tenant)).plan(csv: csv)
            let job = try await MemberImportJobs.open(
                tenant, csv: csv, fileName: fileName, plan: plan, status: .preview,
                on: request.today(), by: principal.actor)
            return request.redirect(to: SiteURL.memberImportJob(job.id!).path)
        } catch let error as SheetError {
            let model = MemberImport.Model(fileName: fileName, error: request.catalogue.message(for: error))
            return request.html(MemberImport.View.render(model, in: request.pageContext()), status: .unprocessableEntity)
        }
    }

    /// An import's page: its preview until confirmed, then its progress, then what it did.
    func show(_ request: Request) async throws -> Response {
        _ = try request.authorize(.importMembers)
        let tenant = try request.tenant()
        guard let job = try await tenant.find(MemberImportRecord.self, request.parameters.get("id", as: UUID.self)) else {
            throw AccessError.notFound
        }
        let text = request.catalogue
        let shown = MemberImport.Model.shownRows
        var model = MemberImport.Model(
            fileName: job.fileName,
            counts: .init(accepted: job.accepted, skipped: job.skipped, rejected: job.rejected))
        switch job.status {
        case .preview:
            // What the sheet would do now: read again, so rows registered since are shown as skipped.
            let plan = try await MemberImporter(store: MemberStore(tenant)).plan(csv: job.content)
            model.counts = .init(accepted: plan.accepted.count, skipped: plan.skipped.count, rejected: plan.rejected.count)
            model.accepted = plan.accepted.prefix(shown).map {
                .init(line: $0.line, name: $0.details.name, nik: $0.details.nik.digits, phone: $0.details.phone.national)
            }
            model.skipped = plan.skipped.prefix(shown).map { .init(line: $0.line, reason: text.reason($0.problem)) }
            model.rejected = plan.rejected.prefix(shown).map { .init(line: $0.line, reason: text.reason($0.problem)) }
            model.stage = .preview(job: job.id!)
        case .done:
            let plan = try MemberImporter.rejections(csv: job.content)
            model.rejected = plan.prefix(shown).map { .init(line: $0.line, reason: text.reason($0.problem)) }
            model.stage = .done(imported: job.imported)
        case .pending, .running:
            model.stage = .running(imported: job.imported)
        }
        return request.html(MemberImport.View.render(model, in: request.pageContext()))
    }

    /// The confirmation: the import is queued and its page shows it going in. Sent again, nothing more happens.
    func confirm(_ request: Request) async throws -> Response {
        _ = try request.authorize(.importMembers)
        let job = try await MemberImportJobs.confirm(try request.tenant(), request.parameters.get("id", as: UUID.self))
        return request.redirect(to: SiteURL.memberImportJob(job.id!).path)
    }

    /// Spreadsheets on Windows save CSV in Windows-1252 unless told otherwise; read that too.
    static func decode(_ data: Data) -> String {
        String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? ""
    }
}
