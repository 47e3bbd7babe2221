import Foundation
import OpenAPIKit30
import Testing
import Vapor
import VaporTesting

@testable import GuyubApp

@Suite("The API description") struct OpenAPITests {
    @Test func everyAPIRouteIsDescribed() async throws {
        try await withTestApp { t in
            let response = try await Client(t.app).get("/api/v1/openapi.json")
            let paths = try #require(try response.json()["paths"] as? [String: [String: Any]])

            let routes = t.app.routes.all.filter { $0.path.first?.description == "api" }
            #expect(routes.count >= 10)
            for route in routes {
                let path =
                    "/"
                    + route.path.map { component -> String in
                        if case .parameter(let name) = component { return "{\(name)}" }
                        return component.description
                    }.joined(separator: "/")
                let operation = paths[path]?[route.method.rawValue.lowercased()]
                #expect(operation != nil, "\(route.method) \(path) is missing from openapi.json")
            }
        }
    }

    @Test func describedOperationsExist() async throws {
        try await withTestApp { t in
            let paths = try #require(
                try await Client(t.app).get("/api/v1/openapi.json").json()["paths"] as? [String: [String: Any]])
            let routes = Set(
                t.app.routes.all.map { route in
                    "\(route.method.rawValue.lowercased()) /"
                        + route.path.map { component -> String in
                            if case .parameter(let name) = component { return "{\(name)}" }
                            return component.description
                        }.joined(separator: "/")
                })
            for (path, item) in paths {
                for method in item.keys where method != "parameters" {
                    #expect(routes.contains("\(method) \(path)"), "\(method) \(path) is described but not served")
                }
            }
        }
    }

    /// What is served reads back as OpenAPI 3.0 without a warning, and holds together: every reference
    /// and every path parameter is defined, no operation lacks an answer.
    @Test func theServedDocumentIsValid() async throws {
        try await withTestApp { t in
            // when
            let body = try await Client(t.app).get("/api/v1/openapi.json").body
            // then
            let document = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(buffer: body))
            #expect(document.openAPIVersion == .v3_0_3)
            try document.validate()
            #expect(document.paths.count >= 80)
        }
    }

    /// A link (`operationRef`) leads to an operation the document describes, so that removing a route
    /// others link to fails here.
    @Test func everyLinkLeadsToADescribedOperation() throws {
        // given
        let document = OpenAPIDocument.document
        var followed = 0
        // then
        for (_, item) in document.paths {
            for endpoint in try #require(item.b).endpoints {
                for (_, response) in endpoint.operation.responses {
                    for (name, link) in try #require(response.b).links {
                        guard case .a(let url)? = link.b?.operation else {
                            Issue.record("link \(name) names no operationRef")
                            continue
                        }
                        let parts = (url.fragment ?? "").removingPercentEncoding!.split(separator: "/")
                        #expect(parts.count == 3 && parts[0] == "paths", "link \(name): \(url)")
                        guard parts.count == 3 else { continue }
                        let path = parts[1].replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                        let method = OpenAPI.BuiltinHttpMethod(rawValue: parts[2].uppercased())
                        let target = document.paths[OpenAPI.Path(rawValue: path)]?.b
                        #expect(
                            method.flatMap { target?[$0] } != nil,
                            "link \(name) leads to \(parts[2]) \(path), which is not described")
                        followed += 1
                    }
                }
            }
        }
        #expect(followed >= 30)
    }

    /// The API's routes with who may call them and the record each `{id}` names, as `api-routes.txt`
    /// lists them: a declaration removed, or its access changed, fails here, and the file shows the change
    /// to whoever reviews it. `GUYUB_WRITE_API_ROUTES=1 swift test --filter OpenAPITests` writes the file anew.
    @Test func theRoutesAreTheOnesListed() throws {
        // given
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("api-routes.txt")
        // when
        let served = APIRoute.all.sorted { ($0.openAPIPath, $0.method.rawValue) < ($1.openAPIPath, $1.method.rawValue) }
            .map(\.inventoryLine)
        if ProcessInfo.processInfo.environment["GUYUB_WRITE_API_ROUTES"] == "1" {
            try (served.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        let listed = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        // then
        #expect(listed.count >= 90)
        for line in listed where !served.contains(line) { Issue.record("listed, but not declared so: \(line)") }
        for line in served where !listed.contains(line) { Issue.record("declared, but not listed in api-routes.txt: \(line)") }
    }
}

extension APIRoute {
    /// `GET /api/v1/members/{id}: viewMembers or own; id: member`.
    var inventoryLine: String {
        let who =
            switch access {
            case .open: "open"
            case .signedIn: "signed in"
            case .permission(let permission, let orOwn): permission.rawValue + (orOwn ? " or own" : "")
            }
        return "\(method.rawValue) \(openAPIPath): \(who)" + (record.map { "; id: \($0.rawValue)" } ?? "")
    }
}
