import Fluent
import Foundation
import GuyubStore
import NIOCore
import NIOPosix
import Testing
import Vapor
import VaporTesting

@testable import GuyubApp

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
        try await withTestApp({ $0.metricsToken = "rahasia-pemantau" }) { t in
            let client = Client(t.app)
            try await client.get("/api/v1/members/\(UUID())")
            try await client.get("/healthz")

            let metrics = try await client.get("/metrics", headers: ["Authorization": "Bearer rahasia-pemantau"])
            let anyone = try await client.get("/metrics")
            let guessed = try await client.get("/metrics", headers: ["Authorization": "Bearer rahasia"])

            #expect(anyone.status == .notFound && guessed.status == .notFound)
            #expect(!anyone.body.string.contains("guyub_http"))

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

    /// Without a token set, there are no metrics to read at all.
    @Test func metricsAreOffWithoutAToken() async throws {
        try await withTestApp { t in
            let response = try await Client(t.app).get("/metrics")
            #expect(response.status == .notFound)
        }
    }

    /// An address longer than any file name once reached the file system and failed the request.
    @Test func aVeryLongAddressIsNotFoundNotAFailure() async throws {
        try await withTestApp { t in
            let client = Client(t.app)
            for path in [
                "/" + String(repeating: "a", count: 5_000), "/css/" + String(repeating: "b", count: 300),
                "/members/" + String(repeating: "c", count: 4_096),
            ] {
                let response = try await client.get(path)
                #expect(response.status.code < 500, "\(response.status) for \(path.prefix(20))…")
            }
            #expect(try await client.get("/css/app.css").status == .ok)
        }
    }

    /// JSON and CSV are never cached; behind HTTPS the browser is told to keep to it, and cookies are the host's only.
    @Test func answersAreNotCachedAndHTTPSIsKept() async throws {
        try await withTestApp({ $0.publicURL = "https://koperasi.example.id" }) { t in
            let client = Client(t.app)
            let json = try await client.get("/api/v1/openapi.json")
            let css = try await client.get("/css/app.css")
            let signIn = try await client.get("/sign-in")

            #expect(json.headers.first(name: .cacheControl) == "no-store")
            #expect(css.headers.first(name: .cacheControl) == nil)
            #expect(json.headers.first(name: .strictTransportSecurity)?.hasPrefix("max-age=31536000") == true)
            #expect(
                signIn.headers[.setCookie].allSatisfy {
                    $0.hasPrefix("__Host-") && $0.contains("Secure") && $0.contains("Path=/")
                })
            #expect(!signIn.headers[.setCookie].isEmpty)
        }
    }
}

/// A client that opens a connection and sends its headers a byte at a time, or never finishes them, cannot
/// hold the connection: it is closed once it has been quiet for the idle timeout.
@Suite("Slow clients") struct SlowClientTests {
    final class Watch: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        let closed: EventLoopPromise<Void>
        init(_ closed: EventLoopPromise<Void>) { self.closed = closed }
        func channelInactive(context: ChannelHandlerContext) { closed.succeed() }
    }

    @Test func unfinishedHeadersAreCut() async throws {
        try await withTestApp({ $0.idleTimeout = 1 }) { t in
            t.app.http.server.configuration.port = 0
            try await t.app.server.start()
            defer { Task { await t.app.server.shutdown() } }
            let port = try #require(t.app.http.server.shared.localAddress?.port)
            let loop = t.app.eventLoopGroup.next()
            let closed = loop.makePromise(of: Void.self)
            let channel = try await ClientBootstrap(group: loop)
                .channelInitializer { channel in channel.pipeline.addHandler(Watch(closed)) }
                .connect(host: "127.0.0.1", port: port).get()

            try await channel.writeAndFlush(ByteBuffer(string: "GET /healthz HTTP/1.1\r\nHost: guyub\r\n")).get()
            let cut = try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask {
                    try await closed.futureResult.get()
                    return true
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(10))
                    return false
                }
                let first = try await group.next()!
                group.cancelAll()
                return first
            }

            #expect(cut, "the connection with unfinished headers was still open after 10 s")
            if !cut { try? await channel.close() }
        }
    }
}
