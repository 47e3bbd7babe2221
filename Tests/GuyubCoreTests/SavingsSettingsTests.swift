import Foundation
import GuyubCore
import Testing

/// A cooperative's savings products as its AD/ART sets them: what is refused, the wajib by class and
/// period, and settings stored before a field existed.
@Suite("SavingsSettings: validation, wajib by class and period, stored forms")
struct SavingsSettingsTests {
    static let village = SavingsSettings.villageDefaults

    @Test("the village-cooperative defaults: pokok Rp50.000, wajib Rp10.000, valid as they are")
    func defaults() throws {
        let s = try Self.village.validated()
        #expect(s.pokokAmount == 50_000 && s.wajibAmount == 10_000 && s.sukarelaRate == 0)
        #expect(s.terms.map(\.months) == [3, 6, 12] && s.terms.map(\.rate) == [450, 500, 550])
        #expect(s.interestTaxThreshold == 240_000 && s.interestTaxRate == 1_000)
        #expect(s.wajibEveryMonths == 1)
    }

    @Test("each unsound setting is refused by its field")
    func invalid() {
        func refused(_ field: String, _ change: (inout SavingsSettings) -> Void) {
            var s = Self.village
            change(&s)
            #expect(throws: SavingsError.invalidSetting(field)) { try s.validated() }
        }
        refused("pokokAmount") { $0.pokokAmount = 0 }
        refused("wajibAmount") { $0.wajibAmount = -1 }
        refused("wajibAmount") { $0.wajibClasses = ["petani": -1] }
        refused("wajibClasses") { $0.wajibClasses = ["": 5_000] }
        refused("wajibClasses") { $0.wajibClasses = [String(repeating: "x", count: 41): 5_000] }
        refused("wajibEveryMonths") { $0.wajibEveryMonths = 5 }
        refused("wajibEveryMonths") { $0.wajibEveryMonths = 0 }
        refused("sukarelaRate") { $0.sukarelaRate = 10_001 }
        refused("sukarelaRate") { $0.sukarelaRate = -1 }
        refused("sukarelaMinimum") { $0.sukarelaMinimum = -1 }
        refused("terms") { $0.terms = [.init(months: 0, rate: 500)] }
        refused("terms") { $0.terms = [.init(months: 121, rate: 500)] }
        refused("terms") { $0.terms = [.init(months: 6, rate: 10_001)] }
        refused("terms") { $0.terms = [.init(months: 6, rate: 500), .init(months: 6, rate: 550)] }
        refused("earlyBreakPenalty") { $0.earlyBreakPenalty = 10_001 }
        refused("interestTaxRate") { $0.interestTaxThreshold = -1 }
        refused("interestTaxRate") { $0.interestTaxRate = 10_001 }
        refused("counterLimit") { $0.counterLimit = 0 }
        refused("counterLimit") { $0.counterLimit = Amount.ceiling + 1 }
        #expect(SavingsError.invalidSetting("terms").field == "terms")
    }

    @Test("the edges that pass: zero wajib and rates, 100 %, 120 months, the ceiling as the limit")
    func edges() throws {
        var s = Self.village
        s.wajibAmount = 0
        s.sukarelaRate = 10_000
        s.terms = [.init(months: 1, rate: 0), .init(months: 120, rate: 10_000)]
        s.earlyBreakPenalty = 0
        s.counterLimit = Amount.ceiling
        #expect(try s.validated() == s)
    }

    @Test("wajib by class, the default for no class or an unknown one")
    func wajibByClass() {
        var s = Self.village
        s.wajibClasses = ["petani": 5_000, "pegawai": 25_000]
        #expect(s.wajib(forClass: "petani") == 5_000)
        #expect(s.wajib(forClass: "pegawai") == 25_000)
        #expect(s.wajib(forClass: "nelayan") == 10_000)
        #expect(s.wajib(forClass: nil) == 10_000)
    }

    @Test("wajib is billed in the last month of its period", arguments: [1, 2, 3, 4, 6, 12])
    func billing(every: Int) {
        var s = Self.village
        s.wajibEveryMonths = every
        let billed = (1...12).filter { s.billsWajib(in: YearMonth(year: 2025, month: $0)!) }
        #expect(billed == Array(stride(from: every, through: 12, by: every)))
    }

    @Test("settings stored before the period and the counter limit existed read their defaults")
    func olderStoredSettings() throws {
        // given
        let json = """
            {"pokokAmount":100000,"wajibAmount":20000,"wajibClasses":{},"sukarelaRate":300,"sukarelaBasis":"average",
             "sukarelaMinimum":10000,"terms":[{"months":6,"rate":500}],"earlyBreakPenalty":100,
             "interestTaxThreshold":240000,"interestTaxRate":1000}
            """
        // when
        let s = try JSONDecoder().decode(SavingsSettings.self, from: Data(json.utf8))
        // then
        #expect(s.pokokAmount == 100_000 && s.sukarelaBasis == .average && s.sukarelaRate == 300)
        #expect(s.wajibEveryMonths == 1)
        #expect(s.counterLimit == 500_000_000)
        // And what is written reads back the same.
        var quarterly = s
        quarterly.wajibEveryMonths = 3
        quarterly.counterLimit = 7_000_000
        let back = try JSONDecoder().decode(SavingsSettings.self, from: try JSONEncoder().encode(quarterly))
        #expect(back == quarterly)
    }
}
