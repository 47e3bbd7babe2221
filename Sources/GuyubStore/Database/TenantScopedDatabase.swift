import FluentKit
import Foundation
import SQLKit

/// The database as one cooperative sees it. Every Fluent read, update and delete of a tenant table
/// gains `cooperative_id = …` — a model saved or deleted by its id alone included — so each statement
/// names the cooperative whose rows it touches: the one node of a distributed PostgreSQL that holds
/// them can answer it, and another cooperative's row can never match. Raw SQL passes through as
/// written (and names its cooperative itself; the PostgreSQL test run checks that it does).
struct TenantScopedDatabase: Database, SQLDatabase {
    let base: any Database
    let cooperativeID: UUID

    init(_ base: any Database, cooperativeID: UUID) {
        self.base = (base as? TenantScopedDatabase)?.base ?? base
        self.cooperativeID = cooperativeID
    }

    // MARK: Database

    var context: DatabaseContext { base.context }
    var inTransaction: Bool { base.inTransaction }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        base.execute(query: scoped(query), onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        let cooperativeID = cooperativeID
        return base.transaction { closure(TenantScopedDatabase($0, cooperativeID: cooperativeID)) }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        let cooperativeID = cooperativeID
        return base.withConnection { closure(TenantScopedDatabase($0, cooperativeID: cooperativeID)) }
    }

    /// The query with its cooperative added, unless it already names it.
    private func scoped(_ query: DatabaseQuery) -> DatabaseQuery {
        switch query.action {
        case .read, .update, .delete, .aggregate: break
        case .create, .custom: return query
        }
        guard TableScope.isTenant(query.schema), !query.filters.contains(where: namesCooperative) else { return query }
        var query = query
        query.filters.append(
            .value(
                .extendedPath(["cooperative_id"], schema: query.schema, space: query.space),
                .equal, .bind(cooperativeID)))
        return query
    }

    private func namesCooperative(_ filter: DatabaseQuery.Filter) -> Bool {
        guard case .value(let field, .equality(inverse: false), _) = filter else { return false }
        switch field {
        case .path(let path, _), .extendedPath(let path, _, _): return path == ["cooperative_id"]
        default: return false
        }
    }

    // MARK: SQLDatabase

    private var sqlBase: any SQLDatabase { base as! any SQLDatabase }
    var logger: Logger { sqlBase.logger }
    var eventLoop: any EventLoop { sqlBase.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sqlBase.version }
    var dialect: any SQLDialect { sqlBase.dialect }
    var queryLogLevel: Logger.Level? { sqlBase.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sqlBase.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sqlBase.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await sqlBase.withSession(closure)
    }
}
