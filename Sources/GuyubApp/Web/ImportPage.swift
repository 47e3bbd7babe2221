import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Importing a spreadsheet's member list: upload a CSV, see what would happen, confirm.
struct ImportPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("members", "import", use: form)
        routes.on(.POST, "members", "import", body: .collect(maxSize: "8mb"), use: submit)
    }

    func form(_ request: Request) throws -> Response {
        _ = try request.authorize(.importMembers)
        return request.html(MemberImport.View.render(MemberImport.Model(), in: request.pageContext()))
    }

    struct Submission: Content {
        var file: File?
        /// The CSV text carried by the confirmation form.
        var content: String?
        var fileName: String?
        var confirm: String?
    }

    func submit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.importMembers)
        let submission = try request.content.decode(Submission.self)
        let text = request.catalogue
        var model = MemberImport.Model(fileName: submission.file?.filename ?? submission.fileName ?? "")
        let csv: String
        if let file = submission.file, file.data.readableBytes > 0 {
            csv = Self.decode(Data(buffer: file.data))
        } else if let content = submission.content, !content.isEmpty {
            csv = content
        } else {
            model.error = text.message(for: SheetError.empty)
            return request.html(MemberImport.View.render(model, in: request.pageContext()), status: .unprocessableEntity)
        }

        let importer = MemberImporter(store: try MemberStore(request.tenant()))
        let plan: MemberImporter.Plan
        do {
            plan = try await importer.plan(csv: csv)
        } catch let error as SheetError {
            model.error = text.message(for: error)
            return request.html(MemberImport.View.render(model, in: request.pageContext()), status: .unprocessableEntity)
        }
        model.accepted = plan.accepted.map {
            .init(line: $0.line, name: $0.details.name, nik: $0.details.nik.digits, phone: $0.details.phone.national)
        }
        model.skipped = plan.skipped.map { .init(line: $0.line, reason: text.reason($0.problem)) }
        model.rejected = plan.rejected.map { .init(line: $0.line, reason: text.reason($0.problem)) }

        if submission.confirm == "1" {
            _ = try await importer.commit(plan, on: request.today(), by: principal.actor)
            model.stage = .done
        } else {
            model.stage = .preview(content: csv)
        }
        return request.html(MemberImport.View.render(model, in: request.pageContext()))
    }

    /// Spreadsheets on Windows save CSV in Windows-1252 unless told otherwise; read that too.
    static func decode(_ data: Data) -> String {
        String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? ""
    }
}
