import Crypto
import Fluent
import GuyubStore
import Vapor

/// What operators and monitors call: health and metrics.
struct OperationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz", use: health)
        routes.get("metrics", use: metrics)
    }

    struct Health: Content {
        let status: String
        let database: String
        let engine: String
    }

    /// 200 when the database answers, 503 when it does not.
    func health(_ request: Request) async throws -> Response {
        let engine = request.application.guyub.config.database.isSQLite ? "sqlite" : "postgresql"
        var ok = true
        do { _ = try await request.db.sql.raw("SELECT 1 AS ok").first() } catch {
            request.logger.error("health check: database does not answer", metadata: ["error": "\(error)"])
            ok = false
        }
        let response = Response(status: ok ? .ok : .serviceUnavailable)
        try response.content.encode(
            Health(
                status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unreachable",
                engine: engine))
        return response
    }

    /// Prometheus text format, for the bearer of `GUYUB_METRICS_TOKEN` only (request paths and counts tell
    /// an outsider too much); without the token set, there are no metrics to read.
    func metrics(_ request: Request) throws -> Response {
        guard let expected = request.application.guyub.config.metricsToken, let sent = request.headers.bearerAuthorization?.token,
            Data(SHA256.hash(data: Data(sent.utf8))) == Data(SHA256.hash(data: Data(expected.utf8)))
        else {
            throw Abort(.notFound)
        }
        let response = Response(body: .init(string: request.application.guyub.metrics.emitToString()))
        response.headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return response
    }
}
