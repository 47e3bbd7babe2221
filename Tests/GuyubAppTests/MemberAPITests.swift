import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Members through the API") struct MemberAPITests {
    @Test func registerReadAndList() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let first = try await api.post("/api/v1/members", json: People.siti)
            let second = try await api.post("/api/v1/members", json: People.budi)
            let siti = try first.json()
            let read = try await api.get("/api/v1/members/\(siti["id"] as! String)")
            let search = try await api.get("/api/v1/members?query=SITI")
            let byPhone = try await api.get("/api/v1/members?query=0813-9876")

            #expect(first.status == .created)
            #expect(siti["memberNumber"] as? Int == 1)
            #expect(try second.json()["memberNumber"] as? Int == 2)
            #expect(siti["status"] as? String == "applicant")
            #expect(siti["phone"] as? String == "+6281234567890")
            #expect(try second.json()["gender"] as? String == "male") // read from the NIK
            #expect(first.headers.first(name: .location)?.hasPrefix("/api/v1/members/") == true)
            #expect(read.status == .ok)
            let history = try #require(try read.json()["history"] as? [[String: Any]])
            #expect(history.count == 1)
            #expect(history.first?["to"] as? String == "applicant")
            #expect(try search.json()["total"] as? Int == 1)
            #expect(((try byPhone.json()["items"] as? [[String: Any]])?.first?["name"] as? String) == "Budi Santoso")
        }
    }

    @Test func listPages() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            for person in [People.siti, People.budi, People.joko] { try await api.post("/api/v1/members", json: person) }

            let page2 = try await api.get("/api/v1/members?perPage=2&page=2").json()

            #expect(page2["total"] as? Int == 3)
            #expect(page2["pageCount"] as? Int == 2)
            #expect((page2["items"] as? [[String: Any]])?.map { $0["memberNumber"] as? Int } == [3])
        }
    }

    @Test(arguments: [
        ("nik", "3507241208900", "invalid_nik", "nik"),
        ("nik", "3.51514E+15", "invalid_nik", "nik"),
        ("nik", "3507243208900002", "invalid_nik", "nik"),
        ("gender", "female", "nik_gender_mismatch", "gender"),
        ("birthDate", "1991-08-12", "nik_birth_date_mismatch", "birthDate"),
        ("birthDate", "31-02-1990", "invalid_date", "birthDate"),
        ("gender", "L", "invalid_choice", "gender"),
        ("phone", "021-5551234", "invalid_phone", "phone"),
        ("name", "   ", "required", "name"),
    ])
    func badInputIs422AndWritesNothing(field: String, value: String, code: String, errorField: String) async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var person = People.budi
            person[field] = value

            let response = try await api.post("/api/v1/members", json: person)
            let list = try await api.get("/api/v1/members").json()

            #expect(response.status == .unprocessableEntity)
            #expect(response.errorCode == code)
            #expect(response.errorField == errorField)
            #expect(list["total"] as? Int == 0)
        }
    }

    @Test func malformedBodiesAre422NotServerErrors() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let notJSON = try await api.send(
                .POST, "/api/v1/members", body: ByteBuffer(string: "{nama: Siti"), contentType: .json)
            var wrongType = People.budi
            wrongType["nik"] = 3_507_241_208_900_002
            let typed = try await api.post("/api/v1/members", json: wrongType)
            let badID = try await api.get("/api/v1/members/not-a-uuid")

            #expect(notJSON.status == .unprocessableEntity)
            #expect(notJSON.errorCode == "invalid_body")
            #expect(typed.status == .unprocessableEntity)
            #expect(typed.errorField == "nik")
            #expect(badID.status == .notFound)
        }
    }

    @Test func duplicateNIKInTheCooperativeIs409() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            try await api.post("/api/v1/members", json: People.budi)
            var again = People.joko
            again["nik"] = "3507 2412 0890 0002" // the same NIK, typed with spaces

            let response = try await api.post("/api/v1/members", json: again)

            #expect(response.status == .conflict)
            #expect(response.errorCode == "nik_taken")
            #expect(response.errorField == "nik")
        }
    }

    @Test func theSameNIKMayBelongToMembersOfTwoCooperatives() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let a = try await t.apiClient("ketua@sukamaju.coop")
            let b = try await t.apiClient("ketua@makmur.coop")

            let inA = try await a.post("/api/v1/members", json: People.budi)
            let inB = try await b.post("/api/v1/members", json: People.budi)

            #expect(inA.status == .created)
            #expect(inB.status == .created)
            #expect(try inB.json()["memberNumber"] as? Int == 1) // numbers are per cooperative
        }
    }

    @Test func patchKeepsWhatIsLeftOut() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let id = try await api.post("/api/v1/members", json: People.siti).json()["id"] as! String

            let patched = try await api.patch("/api/v1/members/\(id)", json: ["phone": "0896 1111 2222"])
            let cleared = try await api.patch("/api/v1/members/\(id)", json: ["birthDate": ""])

            #expect(patched.status == .ok)
            let body = try patched.json()
            #expect(body["phone"] as? String == "+6289611112222")
            #expect(body["name"] as? String == "Siti Aminah")
            #expect(body["birthDate"] as? String == "1972-12-10")
            #expect(try cleared.json()["birthDate"] == nil)
        }
    }

    @Test func statusStepsAreDatedAndRuled() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let id = try await api.post("/api/v1/members", json: People.budi).json()["id"] as! String

            let skip = try await api.post("/api/v1/members/\(id)/status", json: ["status": "resigned"])
            let future = try await api.post("/api/v1/members/\(id)/status", json: ["status": "member", "date": "2999-01-01"])
            let accept = try await api.post(
                "/api/v1/members/\(id)/status", json: ["status": "member", "reason": "Rapat pengurus"])
            let leave = try await api.post("/api/v1/members/\(id)/status", json: ["status": "resigned", "reason": "Pindah"])
            let back = try await api.post("/api/v1/members/\(id)/status", json: ["status": "member"])
            let unknown = try await api.post("/api/v1/members/\(id)/status", json: ["status": "honorary"])

            #expect(skip.status == .unprocessableEntity)
            #expect(skip.errorCode == "invalid_status_change")
            #expect(future.errorCode == "date_in_future")
            #expect(accept.status == .ok)
            #expect(try accept.json()["joinedOn"] as? String != nil)
            #expect(leave.status == .ok)
            let history = try #require(try leave.json()["history"] as? [[String: Any]])
            #expect(history.map { $0["to"] as? String } == ["applicant", "member", "resigned"])
            #expect(history.last?["reason"] as? String == "Pindah")
            #expect(history.last?["by"] as? String == "Ketua Koperasi Sukamaju")
            #expect(back.errorCode == "invalid_status_change")
            #expect(unknown.errorCode == "invalid_choice")
        }
    }

    @Test func errorMessagesFollowAcceptLanguage() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var person = People.budi
            person["nik"] = "123"

            let id = try await api.post("/api/v1/members", json: person)
            let en = try await api.post("/api/v1/members", json: person, headers: ["Accept-Language": "en-US,en;q=0.9"])

            let idMessage = (try id.json()["error"] as? [String: Any])?["message"] as? String
            let enMessage = (try en.json()["error"] as? [String: Any])?["message"] as? String
            #expect(idMessage == "NIK harus 16 digit (tertulis 3).")
            #expect(enMessage == "A NIK has 16 digits (this one has 3).")
        }
    }
}
