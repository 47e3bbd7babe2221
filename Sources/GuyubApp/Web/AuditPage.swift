import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

struct AuditPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("audit", use: list)
    }

    func list(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewAudit)
        let tenant = try request.tenant()
        let page = try await AuditLog.page(tenant, page: request.pageNumber)
        let rows = try await AuditRows(tenant: tenant, text: request.catalogue).rows(page.items)
        let model = AuditList.Model(rows: rows, page: page.page, pageCount: page.pageCount, total: page.total)
        return request.html(AuditList.View.render(model, in: request.pageContext()))
    }
}
