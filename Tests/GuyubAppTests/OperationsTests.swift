import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Operations") struct OperationsTests {
    @Test func healthReportsTheDatabase() async throws {
        try await withTestApp { t in
            let health = try await Client(t.app).get("/healthz").json()
            #expect(health["status"] as? String == "ok")
            #expect(health["database"] as? String == "ok")
            #expect(health["engine"] as? String == (TestApp.onPostgres ? "postgresql" : "sqlite"))
        }
    }

    @Test func metricsCountRequestsByRoutePattern() async throws {
        try await withTestApp { t in
            let client = Client(t.app)
            try await client.get("/api/v1/members/\(UUID())")
            try await client.get("/healthz")

            let metrics = try await client.get("/metrics")

            #expect(metrics.headers.contentType?.description.hasPrefix("text/plain") == true)
            let text = metrics.body.string
            #expect(text.contains("guyub_http_requests_total{"))
            #expect(text.contains("route=\"/api/v1/members/:id\""))
            #expect(text.contains("status=\"401\""))
            #expect(text.contains("guyub_http_request_duration_seconds_bucket"))
        }
    }

    @Test func stylesheetIsServed() async throws {
        try await withTestApp { t in
            let css = try await Client(t.app).get("/css/app.css")
            #expect(css.status == .ok)
            #expect(css.body.readableBytes > 1000)
        }
    }
}
