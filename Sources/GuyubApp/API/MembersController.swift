import GuyubCore
import GuyubStore
import Vapor

struct MembersController {
    /// `GET /api/v1/members?query=&status=&page=&perPage=`.
    func list(_ request: Request) async throws -> PageDTO<MemberDTO> {
        _ = try request.authorize(.viewMembers)
        let status = try request.queryChoice("status", in: MemberStatus.allCases.map(\.rawValue)).flatMap(MemberStatus.init)
        let page = try await MemberStore(request.tenant()).list(
            query: try request.query.get(String?.self, at: "query") ?? "", statuses: status.map { [$0] } ?? [],
            page: request.apiPage(), perPage: request.queryInteger("perPage", in: 1...100) ?? 25)
        return PageDTO(page) { MemberDTO($0) }
    }

    /// `POST /api/v1/members` → 201 with the new applicant.
    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageMembers)
        let details = try request.content.decode(MemberInput.self).details()
        let member = try await MemberStore(request.tenant()).register(details, on: request.today(), by: principal.actor)
        let response = Response(status: .created)
        try response.content.encode(MemberDTO(member))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/members/\(member.id!.uuidString.lowercased())")
        return response
    }

    /// `GET /api/v1/members/{id}`, with the member's dated history. A member may read their own record.
    func show(_ request: Request) async throws -> MemberDTO {
        let (member, history) = try await MemberStore(request.tenant()).findWithHistory(
            request.parameters.get("id", as: UUID.self))
        try request.authorizeRead(of: member)
        return MemberDTO(member, history: history)
    }

    /// `PATCH /api/v1/members/{id}`: fields left out keep their values.
    func update(_ request: Request) async throws -> MemberDTO {
        let principal = try request.authorize(.manageMembers)
        let store = try MemberStore(request.tenant())
        let member = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(MemberInput.self)
        var updated = try await store.update(member.requireID(), with: input.details(over: member), by: principal.actor)
        if let wajibClass = input.wajibClass {
            updated = try await store.setWajibClass(
                member.requireID(), to: wajibClass.isEmpty ? nil : wajibClass, by: principal.actor)
        }
        return MemberDTO(updated)
    }

    /// `POST /api/v1/members/{id}/status {"status","date"?,"reason"?}`: accept, reject, record an exit.
    func changeStatus(_ request: Request) async throws -> MemberDTO {
        let principal = try request.authorize(.changeMemberStatus)
        let today = try request.today()
        let input = try request.content.decode(StatusChangeInput.self)
        let (next, date, reason) = try input.validated(today: today)
        let store = try MemberStore(request.tenant())
        let current = try await store.find(request.parameters.get("id", as: UUID.self))
        let member = try await store.changeStatus(
            current.requireID(), to: next, on: date, today: today, reason: reason,
            settlement: input.settlement(for: current, to: next, text: request.booksText),
            by: principal.actor)
        return MemberDTO(member, history: try await store.history(member.requireID()))
    }

    /// `POST /api/v1/members/import[?dryRun=true]` with the CSV as the body. A sheet of up to one batch is
    /// imported at once (200, with the members made); a larger one goes in by batches as an import of its own
    /// (202, with `job`: follow it at `GET /api/v1/members/imports/{id}`).
    func importSheet(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.importMembers)
        guard let body = request.body.data, let text = body.getString(at: body.readerIndex, length: body.readableBytes) else {
            throw SheetError.empty
        }
        let tenant = try request.tenant()
        let importer = MemberImporter(store: MemberStore(tenant))
        let plan = try await importer.plan(csv: text)
        if (try? request.query.get(Bool.self, at: "dryRun")) == true {
            return try await MemberImporter.Report(plan, imported: nil, text: request.catalogue).encodeResponse(for: request)
        }
        guard plan.accepted.count > MemberImportJobs.batchSize else {
            let imported = try await importer.commit(plan, on: request.today(), by: principal.actor)
            return try await MemberImporter.Report(plan, imported: imported, text: request.catalogue).encodeResponse(for: request)
        }
        let job = try await MemberImportJobs.open(
            tenant, csv: text, fileName: "", plan: plan, status: .pending,
            on: request.today(), by: principal.actor)
        var report = MemberImporter.Report(plan, imported: nil, text: request.catalogue)
        report.job = ImportJobDTO(job)
        return try await report.encodeResponse(status: .accepted, for: request)
    }

    /// `GET /api/v1/members/imports/{id}`: how far an import has come.
    func importJob(_ request: Request) async throws -> ImportJobDTO {
        _ = try request.authorize(.importMembers)
        guard let job = try await request.tenant().find(MemberImportRecord.self, request.parameters.get("id", as: UUID.self))
        else {
            throw AccessError.notFound
        }
        return ImportJobDTO(job)
    }
}

extension Request {
    /// Those who may view members may read any record; a member may read only their own.
    func authorizeRead(of member: MemberRecord) throws {
        let principal = try signedIn()
        guard principal.allows(.viewMembers) || member.userID == principal.userID else { throw AccessError.notFound }
    }
}
