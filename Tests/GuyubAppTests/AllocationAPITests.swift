import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// Subsidised fertiliser through the API, on SQLite and PostgreSQL: only farmers on the season's e-RDKK
/// list, by NIK, up to their allocation (DOMAIN.md, "Subsidised fertiliser").
@Suite("Allocation lists") struct AllocationAPITests {
    static let siti = People.siti["nik"] as! String
    static let budi = People.budi["nik"] as! String

    /// A season holding today, whatever day the tests run.
    static var season: String {
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        return "season=MT%20I&startsOn=\(year - 1)-01-01&endsOn=\(year + 1)-12-31"
    }

    /// Subsidised urea, a kilo at most Rp 1.800, sold by allocation, with 500 kg received; the product's id
    /// and the programme's.
    static func urea(_ api: Client) async throws -> (product: String, programme: String) {
        let programme = try await api.post(
            "/api/v1/store/programmes", json: ["name": "Pupuk Urea Bersubsidi", "priceCeiling": "1.800", "byAllocation": true])
        #expect(programme.status == .created, "programme: \(programme.body.string)")
        let id = try programme.json()["id"] as! String
        let product = try await StoreAPITests.product(
            api, ["name": "Urea", "unit": "kg", "memberPrice": "1.800", "nonMemberPrice": "1.800", "programme": id])
        try await StoreAPITests.receive(api, product, "500", at: "1.500")
        return (product, id)
    }

    static func importList(_ api: Client, _ programme: String, _ csv: String, query: String = season) async throws
        -> TestingHTTPResponse
    {
        try await api.send(
            .POST, "/api/v1/store/programmes/\(programme)/allocations?\(query)", body: ByteBuffer(string: csv),
            contentType: HTTPMediaType(type: "text", subType: "csv"))
    }

    static func buy(_ api: Client, _ urea: String, _ kilos: String, nik: String) async throws -> TestingHTTPResponse {
        try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(urea, kilos, extra: ["buyerNik": nik]))
    }

    /// Siti is on the list for 100 kg: 60 then 40 go, a further kilo is refused with nothing left; once 10 kg
    /// come back she may take 10 again. Budi, not on the list, is refused whatever he asks for.
    @Test func onlyFarmersOnTheListBuyAndOnlyUpToTheirAllocation() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let (urea, programme) = try await Self.urea(api)
            let imported = try await Self.importList(
                api, programme, "NIK;Nama Petani;Alokasi (kg)\n\(Self.siti);Siti Aminah;100\n")
            // when
            let first = try await Self.buy(api, urea, "60", nik: Self.siti)
            let over = try await Self.buy(api, urea, "41", nik: Self.siti)
            let rest = try await Self.buy(api, urea, "40", nik: Self.siti)
            let none = try await Self.buy(api, urea, "1", nik: Self.siti)
            let budi = try await Self.buy(api, urea, "1", nik: Self.budi)
            let firstID = try first.json()["id"] as! String
            _ = try await api.post(
                "/api/v1/store/sales/\(firstID)/returns",
                json: ["lines": [["productId": urea, "quantity": "10"]], "reason": "Karung basah"])
            let standing = try await api.get(
                "/api/v1/store/programmes/\(programme)/allocations/standing?nik=\(Self.siti)"
            ).json()
            let again = try await Self.buy(api, urea, "10", nik: Self.siti)
            // then
            #expect(imported.status == .created, "import: \(imported.body.string)")
            #expect((try imported.json()["season"] as? [String: Any])?["farmers"] as? Int == 1)
            #expect(first.status == .created)
            #expect(over.status == .unprocessableEntity)
            #expect(over.errorCode == "over_allocation")
            #expect(over.errorMessage?.contains("membeli 40 ") == true, "\(over.errorMessage ?? "")")
            #expect(rest.status == .created)
            #expect(none.errorCode == "over_allocation")
            #expect(budi.errorCode == "not_allocated")
            #expect(standing["remaining"] as? String == "10")
            #expect(standing["allocated"] as? String == "100")
            #expect(standing["onList"] as? Bool == true)
            #expect(again.status == .created)
            let product = try await api.get("/api/v1/store/products/\(urea)").json()
            #expect(product["stock"] as? String == "400")
            try await t.expectBooksSound()
        }
    }

    /// A corrected list imported again under the same season replaces the old one; what was taken still
    /// counts. Rows that do not read come back with their line and why, and the rest go in.
    @Test func aSeasonsListIsReplacedAndItsBadRowsAreNamed() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let (urea, programme) = try await Self.urea(api)
            _ = try await Self.importList(api, programme, "NIK,Alokasi\n\(Self.siti),100\n")
            _ = try await Self.buy(api, urea, "30", nik: Self.siti)
            // when
            let dry = try await Self.importList(
                api, programme, "NIK,Alokasi\n\(Self.siti),50\n3.50724E+15,20\n\(Self.budi),nol\n\(Self.siti),5\n",
                query: Self.season + "&dryRun=true")
            let corrected = try await Self.importList(
                api, programme, "NIK,Alokasi\n\(Self.siti),50\n3.50724E+15,20\n\(Self.budi),25\n")
            let seasons =
                try JSONSerialization.jsonObject(
                    with: Data(buffer: try await api.get("/api/v1/store/programmes/\(programme)/allocations").body))
                as? [[String: Any]]
            let over = try await Self.buy(api, urea, "21", nik: Self.siti)
            let budi = try await Self.buy(api, urea, "25", nik: Self.budi)
            // then
            #expect(dry.status == .ok)
            #expect(try dry.json()["accepted"] as? Int == 1)
            let rejected = try dry.json()["rejected"] as? [[String: Any]] ?? []
            #expect(rejected.map { $0["line"] as? Int } == [3, 4, 5])
            #expect(rejected.map { $0["code"] as? String } == ["invalid_nik", "invalid_quantity", "duplicate_in_file"])
            #expect(corrected.status == .created)
            #expect(seasons?.count == 1)
            #expect(seasons?.first?["farmers"] as? Int == 2)
            #expect(seasons?.first?["allocated"] as? String == "75")
            #expect(seasons?.first?["taken"] as? String == "30")
            #expect(over.errorCode == "over_allocation")
            #expect(budi.status == .created)
        }
    }

    /// Seasons of one programme may not share a day; a list goes only to a programme sold by allocation;
    /// a season needs its name and its dates in order; a sheet without the NIK column is refused whole.
    @Test func badListsChangeNothing() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let (_, programme) = try await Self.urea(api)
            let (_, sphp) = try await StoreAPITests.sphpPack(api)
            let list = "NIK,Alokasi\n\(Self.siti),100\n"
            _ = try await Self.importList(api, programme, list)
            // when
            let overlapping = try await Self.importList(
                api, programme, list, query: "season=MT%20II&startsOn=01/01/2000&endsOn=31/12/2999")
            let notAllocated = try await Self.importList(api, sphp, list)
            let backwards = try await Self.importList(
                api, programme, list, query: "season=MT%20III&startsOn=2000-06-01&endsOn=2000-01-01")
            let unnamed = try await Self.importList(api, programme, list, query: "startsOn=2000-01-01&endsOn=2000-06-01")
            let noNIK = try await Self.importList(api, programme, "Nama,Alokasi\nSiti,100\n")
            let seasons =
                try JSONSerialization.jsonObject(
                    with: Data(buffer: try await api.get("/api/v1/store/programmes/\(programme)/allocations").body))
                as? [[String: Any]]
            // then
            #expect(overlapping.status == .conflict)
            #expect(overlapping.errorCode == "season_overlaps")
            #expect(notAllocated.errorCode == "not_by_allocation")
            #expect(backwards.errorCode == "season_backwards")
            #expect(unnamed.errorCode == "required")
            #expect(noNIK.errorCode == "missing_columns")
            #expect(seasons?.count == 1)
        }
    }
}
