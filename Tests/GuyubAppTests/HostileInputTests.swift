import Foundation
import Testing
import Vapor
import VaporTesting

/// What schemathesis (scripts/fuzz-api) found by sending the API what its description allows and what
/// it forbids, each kept here as the request that found it.
@Suite("Hostile input through the API") struct HostileInputTests {
    /// A page number whose offset overflowed Int trapped the server: one request took every cooperative down.
    @Test func aHugePageNumberIsRefusedNotACrash() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            // when
            let audit = try await api.get("/api/v1/audit?page=9223372036854775807")
            let members = try await api.get("/api/v1/members?page=3242177")
            let entries = try await api.get("/api/v1/ledger/entries?page=1000001")
            let page = try await browser.get("/members?page=9223372036854775807")
            // then: the API says which parameter is wrong; a page shows the last it can
            for response in [audit, members, entries] {
                #expect(response.status == .unprocessableEntity, "\(response.body.string)")
                #expect(response.errorField == "page")
            }
            #expect(page.status == .ok)
            #expect(try await api.get("/api/v1/audit?page=1000000").status == .ok)
        }
    }

    /// The description's bounds and choices for query parameters are the server's: what breaks them is a
    /// 422 naming the parameter, not an answer to a different question.
    @Test(arguments: [
        ("/api/v1/members?page=0", "page"), ("/api/v1/members?page=abc", "page"), ("/api/v1/members?page=", "page"),
        ("/api/v1/members?perPage=101", "perPage"), ("/api/v1/members?perPage=0", "perPage"),
        ("/api/v1/members?status=member&status=applicant", "status"), ("/api/v1/members?status=", "status"),
        ("/api/v1/audit?page=1.5", "page"), ("/api/v1/ledger/entries?page=-1", "page"),
        ("/api/v1/reports/trial-balance?format=xlsx", "format"),
        ("/api/v1/reports/balance-sheet?format=null&format=null", "format"),
        ("/api/v1/reports/cash-flow?format=csv&format=json", "format"),
        ("/api/v1/reports/income-statement?from=2026-01-01&from=%2B8", "from"),
        ("/api/v1/reports/balance-sheet?date=x&date=y", "date"),
        ("/api/v1/reports/income-statement?from=7%00&from=%2B8", nil), // NUL: the whole query is unreadable
    ])
    func queryParametersOutsideTheDescriptionAreRefused(path: String, field: String?) async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            // when
            let response = try await api.get(path)
            // then
            #expect(response.status == .unprocessableEntity, "\(response.body.string)")
            #expect(response.errorField == field)
        }
    }

    @Test func parametersWithinTheDescriptionAreAnswered() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            // then: empty dates and units read as left out, as a form sends them
            for path in [
                "/api/v1/members?page=2&perPage=100&status=member", "/api/v1/reports/trial-balance?format=json&unit=&from=&to=",
                "/api/v1/ledger/entries?to=", "/api/v1/audit?page=1",
            ] {
                #expect(try await api.get(path).status == .ok, "\(path)")
            }
        }
    }

    /// A method the path does not serve was 404, as if the path did not exist; `/members/import` was
    /// even taken by `/members/:id`. It is 405 with the methods the path serves.
    @Test func aMethodThePathDoesNotServeIs405WithAllow() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let member = try await api.post("/api/v1/members", json: People.siti).json()["id"] as! String
            // when
            let trace = try await api.send(.TRACE, "/api/v1/members")
            let patchImport = try await api.send(
                .PATCH, "/api/v1/members/import", headers: ["Idempotency-Key": "k1"],
                body: ByteBuffer(string: "{}"), contentType: .json)
            let deleteMember = try await api.send(.DELETE, "/api/v1/members/\(member)")
            let options = try await api.send(.OPTIONS, "/api/v1/ledger/accounts/\(UUID())")
            // then
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.errorCode == "method_not_allowed")
            #expect(trace.headers.first(name: .allow) == "GET, HEAD, POST")
            #expect(patchImport.status == .methodNotAllowed)
            #expect(patchImport.headers.first(name: .allow) == "POST")
            #expect(deleteMember.status == .methodNotAllowed)
            #expect(deleteMember.headers.first(name: .allow) == "GET, HEAD, PATCH")
            #expect(options.headers.first(name: .allow) == "DELETE, PATCH")
            // and what is served, or does not exist, stays as it was
            #expect(try await api.get("/api/v1/members/\(member)").status == .ok)
            #expect(try await api.get("/api/v1/members/\(UUID())").status == .notFound)
            #expect(try await api.get("/api/v1/nothing-here").status == .notFound)
        }
    }

    /// A path id that is not a UUID named no account or unit, so it is 404, like one that does not exist
    /// (it was a 422 `unknown_account` for some and 404 for others).
    @Test func aPathIDThatIsNotAUUIDIsNotFound() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            // when
            let responses = [
                try await api.send(.DELETE, "/api/v1/ledger/accounts/0"),
                try await api.patch("/api/v1/ledger/accounts/null", json: ["nameId": "Kas"]),
                try await api.patch("/api/v1/ledger/units/true", json: ["name": "Toko"]),
                try await api.patch("/api/v1/ledger/units/\(UUID())", json: ["name": "Toko"]),
            ]
            // then
            for response in responses {
                #expect(response.status == .notFound, "\(response.body.string)")
                #expect(response.errorCode == "not_found")
            }
        }
    }

    /// PostgreSQL cannot store text holding NUL, and such input was a 500 there (even for signing in)
    /// while SQLite stored it. No field may hold NUL: on both engines it is a 422 that changes nothing,
    /// whether raw, escaped in JSON, in a form, in a query string or in an imported sheet.
    @Test func textWithNULIsRefusedAndChangesNothing() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let csrf = try await browser.get("/members/new").csrfToken()
            let unitsBefore = try await api.get("/api/v1/ledger/units").body.string
            var siti = People.siti
            siti["address"] = "Dusun Krajan\u{0}RT 02"
            var sitiForm = People.siti.mapValues { "\($0)" }
            sitiForm["name"] = "Siti\u{0}"
            sitiForm["_csrf"] = csrf
            // when
            let responses = [
                try await api.post("/api/v1/ledger/units", json: ["code": "TK", "name": "Toko\u{0}"]),
                try await api.post("/api/v1/members", json: siti),
                try await Client(t.app).post("/api/v1/auth/token", json: ["email": "ketua\u{0}@sukamaju.coop", "password": "x"]),
                try await api.get("/api/v1/members?query=%00"),
                try await api.send(
                    .POST, "/api/v1/members/import",
                    body: ByteBuffer(string: "Nama,NIK,No. HP,Alamat\nSiti\u{0},3507245012720001,081234567890,Krajan\n"),
                    contentType: HTTPMediaType(type: "text", subType: "csv")),
                try await browser.post("/members", form: sitiForm),
            ]
            // then
            for response in responses.dropLast() {
                #expect(response.status == .unprocessableEntity, "\(response.status) \(response.body.string)")
            }
            // A form whose body cannot be read carries no readable CSRF token either (a browser cannot type NUL).
            #expect(responses.last?.status == .forbidden)
            #expect(responses[0].errorCode == "invalid_body")
            #expect(responses[4].errorCode == "unreadable_file")
            #expect(try await api.get("/api/v1/ledger/units").body.string == unitsBefore)
            #expect(try await api.get("/api/v1/members").json()["total"] as? Int == 0)
        }
    }

    /// Every status an operation can answer is in the description (schemathesis found 409s, 415s and
    /// 422s that were not): a body can be too large, of another media type, or unreadable; an
    /// Idempotency-Key can be reused for another request or be malformed.
    @Test func theDescriptionListsTheStatusesOfBodiesAndKeys() async throws {
        try await withTestApp { t in
            // given
            let document = try await Client(t.app).get("/api/v1/openapi.json").json()
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var checked = 0
            for (path, item) in paths {
                for (method, value) in item where method != "parameters" {
                    let operation = try #require(value as? [String: Any])
                    let responses = Set((operation["responses"] as? [String: Any] ?? [:]).keys)
                    let parameters = operation["parameters"] as? [[String: Any]] ?? []
                    // then
                    if operation["requestBody"] != nil {
                        checked += 1
                        #expect(responses.isSuperset(of: ["413", "415", "422"]), "\(method) \(path): \(responses.sorted())")
                    }
                    if parameters.contains(where: { ($0["$ref"] as? String)?.hasSuffix("/IdempotencyKey") == true }) {
                        #expect(responses.isSuperset(of: ["409", "422"]), "\(method) \(path): \(responses.sorted())")
                    }
                }
            }
            #expect(checked >= 15)
        }
    }
}
