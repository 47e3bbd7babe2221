import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("The API description") struct OpenAPITests {
    @Test func everyAPIRouteIsDescribed() async throws {
        try await withTestApp { t in
            let response = try await Client(t.app).get("/api/v1/openapi.json")
            let paths = try #require(try response.json()["paths"] as? [String: [String: Any]])

            let routes = t.app.routes.all.filter { $0.path.first?.description == "api" }
            #expect(routes.count >= 10)
            for route in routes {
                let path = "/" + route.path.map { component -> String in
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
            let paths = try #require(try await Client(t.app).get("/api/v1/openapi.json").json()["paths"] as? [String: [String: Any]])
            let routes = Set(t.app.routes.all.map { route in
                "\(route.method.rawValue.lowercased()) /" + route.path.map { component -> String in
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
}
