import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The demo cooperative: a village cooperative in Malang with about fifty people, each with a valid
/// NIK, a phone and an address, at every stage of membership. Generated from a fixed seed, so every
/// demo is the same.
enum DemoData {
    static let cooperativeName = "Koperasi Desa Merah Putih Sukamaju"
    static let timeZone = TimeZone(identifier: "Asia/Jakarta")!
    static let password = "Guyub-Demo-2026"

    struct User {
        let email: String
        let name: String
        let role: Role
        /// What the account is for, as the sign-ins are printed: ketua, bendahara, pengawas, kasir, anggota.
        let post: Catalogue.DemoPost
    }

    static let users = [
        User(email: "ketua@sukamaju.coop", name: "Hartono Wibisono", role: .board, post: .chair),
        User(email: "bendahara@sukamaju.coop", name: "Sri Wahyuni", role: .board, post: .treasurer),
        User(email: "pengawas@sukamaju.coop", name: "Bambang Sutrisno", role: .supervisor, post: .supervisor),
        User(email: "kasir@sukamaju.coop", name: "Dewi Lestari", role: .teller, post: .teller),
        User(email: "sopir@sukamaju.coop", name: "Joko Susilo", role: .staff, post: .driver),
        User(email: "anggota@sukamaju.coop", name: "Siti Aminah", role: .member, post: .member),
    ]

    static let maleNames = [
        "Agus", "Budi", "Joko", "Slamet", "Eko", "Hadi", "Wahyu", "Rudi", "Dedi", "Yusuf",
        "Ahmad", "Imam", "Heru", "Suparman", "Sugeng", "Teguh", "Darmaji", "Priyono", "Gunawan", "Rizki",
    ]
    static let femaleNames = [
        "Sri", "Dewi", "Ratna", "Endang", "Sumiati", "Wulan", "Rina", "Yuliani", "Nur", "Suharti",
        "Kartini", "Indah", "Tutik", "Puji", "Ani", "Umi", "Fitri", "Lilis", "Murni", "Yanti",
    ]
    static let maleFamily = [
        "Santoso", "Wibowo", "Hidayat", "Purnomo", "Setiawan", "Kurniawan", "Saputra", "Pratama",
        "Nugroho", "Prasetyo", "Susilo", "Hermawan",
    ]
    static let femaleFamily = [
        "Lestari", "Rahayu", "Susanti", "Handayani", "Wahyuni", "Utami", "Maryati", "Suryani",
        "Astuti", "Rahmawati", "Ningsih", "Purwanti",
    ]
    static let hamlets = ["Krajan", "Sumberejo", "Karangrejo", "Sidomulyo", "Tegalsari", "Ngemplak"]
    static let birthPlaces = ["Malang", "Batu", "Blitar", "Kediri", "Pasuruan", "Surabaya", "Lumajang"]
    static let phonePrefixes = ["812", "813", "821", "822", "852", "853", "857", "858", "878", "896"]

    /// SplitMix64: small, fast, and the same sequence everywhere.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    /// The people, in registration order. The first is Siti Aminah, whose sign-in is the member's.
    static func people(count: Int = 50) -> [(details: MemberDetails, joined: CivilDate)] {
        var random = Random(state: 20_261_123)
        var people: [(MemberDetails, CivilDate)] = []
        for index in 0..<count {
            let female = index == 0 || random.int(0...1) == 1
            let name =
                index == 0
                ? "Siti Aminah"
                : "\(random.pick(female ? femaleNames : maleNames)) \(random.pick(female ? femaleFamily : maleFamily))"
            let birth = CivilDate(year: random.int(1955...2002), month: random.int(1...12), day: random.int(1...28))!
            let day = birth.day + (female ? 40 : 0)
            let nik = "350724" + pad(day, 2) + pad(birth.month, 2) + pad(birth.year % 100, 2) + pad(index + 1, 4)
            let phone = "0" + random.pick(phonePrefixes) + pad(random.int(0...99_999_999), 8)
            let address =
                "Dusun \(random.pick(hamlets)) RT \(pad(random.int(1...9), 2))/RW \(pad(random.int(1...5), 2)), "
                + "Desa Sukamaju, Kec. Singosari, Kab. Malang"
            let joined = CivilDate(year: 2019 + index * 7 / count, month: random.int(1...12), day: random.int(1...28))!
            let details = try! MemberDetails(
                name: name, nik: nik, phone: phone, address: address,
                birthPlace: random.pick(birthPlaces), birthDate: birth,
                gender: female ? .female : .male)
            people.append((details, joined))
        }
        return people
    }

    static func settlement(_ member: MemberRecord, _ status: MemberStatus) -> ExitSettlement {
        ExitSettlement(
            channel: .cash,
            description: Catalogue(.id).exitDescription(
                member: member.name,
                number: member.memberNumber, status: status))
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
