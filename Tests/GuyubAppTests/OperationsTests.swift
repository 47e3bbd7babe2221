import Fluent
import Foundation
@testable import GuyubApp
import GuyubStore
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

    /// A commit on SQLite survives a power cut: the file is in WAL mode and every connection flushes at commit.
    @Test(.enabled(if: !TestApp.onPostgres)) func sqliteCommitsAreDurable() async throws {
        try await withTestApp { t in
            for loop in t.app.eventLoopGroup.makeIterator() {
                let db = try #require(t.app.databases.database(logger: t.app.logger, on: loop))
                let found = try await SQLiteDurability.read(db)
                #expect(found.journalMode == "wal")
                #expect(found.synchronous == 2) // FULL
            }
        }
    }

    /// Run from another folder, Guyub still finds its stylesheet and script: beside its executable or above it.
    @Test func publicFilesAreFoundFromTheExecutableNotTheWorkingFolder() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let executable = repository.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug/guyub")

        let found = PublicFiles.directory(executable: executable, workingDirectory: "/tmp")
        let elsewhere = PublicFiles.directory(executable: URL(fileURLWithPath: "/usr/bin/guyub"), workingDirectory: "/srv/guyub")

        #expect(found == repository.appendingPathComponent("Public").path + "/")
        #expect(FileManager.default.fileExists(atPath: found + PublicFiles.marker))
        #expect(elsewhere == "/srv/guyub/Public/")
    }
}
