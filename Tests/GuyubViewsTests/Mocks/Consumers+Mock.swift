import Foundation
import GuyubCore
import GuyubViews

extension ConsumerJoin.Model {
    static var mock: ConsumerJoin.Model {
        var model = ConsumerJoin.Model(cooperativeID: UUID(), cooperativeName: "Koperasi Sukamaju", joining: true)
        model.values = ["referralCode": "K7QX3MP"]
        model.referredBy = "Siti Aminah"
        return model
    }

    static var code: ConsumerJoin.Model {
        var model = mock
        model.step = .code
        model.values["phone"] = "0813-1111-2222"
        model.errors["code"] = "x"
        return model
    }
}

extension ConsumerAccount.Model {
    static var mock: ConsumerAccount.Model {
        ConsumerAccount.Model(
            name: "Budi", phone: "+6281311112222",
            vouchers: [
                .init(
                    code: "V7QX3MPKA", kind: .money, value: 5_000, expiresOn: CivilDate(year: 2026, month: 10, day: 1)!,
                    status: .active)
            ],
            purchases: [.init(number: 12, at: Date(timeIntervalSince1970: 1_786_000_000), total: 66_250)])
    }
}

extension MemberReferral.Model {
    static var mock: MemberReferral.Model {
        let link = "https://koperasi.example/c/5c1f/join?ref=K7QX3MP"
        return MemberReferral.Model(
            memberName: "Siti Aminah", code: "K7QX3MP", link: link, qr: try? QRCode(link), rules: .standard,
            brought: [
                .init(name: "Budi", signedOn: CivilDate(year: 2026, month: 8, day: 3)!, status: .rewarded, reason: nil),
                .init(name: "Ani", signedOn: CivilDate(year: 2026, month: 8, day: 4)!, status: .refused, reason: .belowMinimum),
            ],
            vouchers: [
                .init(
                    code: "V9HK2TQWE", kind: .package, value: 55_000, expiresOn: CivilDate(year: 2026, month: 11, day: 1)!,
                    status: .active)
            ])
    }
}

extension ConsumersPage.Model {
    static var mock: ConsumersPage.Model {
        var model = ConsumersPage.Model(
            query: "",
            rows: [
                .init(
                    name: "Budi", phone: "+6281311112222", joinedOn: CivilDate(year: 2026, month: 8, day: 3)!,
                    broughtBy: "Siti Aminah")
            ], leaders: [.init(member: "Siti Aminah", brought: 3, rewarded: 1)], cost: 15_000, sales: 182_500,
            outbox: [.init(phone: "+6281311112222", at: Date(timeIntervalSince1970: 1_786_000_000), body: "123456")],
            rules: .standard, canAdd: true, canSetRules: true)
        model.products = [(UUID(), "Beras Medium")]
        return model
    }
}

extension IdeasPage.Model {
    static var mock: IdeasPage.Model {
        IdeasPage.Model(
            ideas: [IdeasPage.Idea.mock, .declined], categories: [(UUID(), "Tata ruang toko"), (UUID(), "Pelayanan")])
    }

    static var open: IdeasPage.Model {
        var model = IdeasPage.Model(ideas: [.mock], categories: [])
        model.cooperativeName = "Koperasi Sukamaju"
        return model
    }
}

extension IdeasPage.Idea {
    static var mock: IdeasPage.Idea {
        IdeasPage.Idea(
            id: UUID(), number: 1, category: "Tata ruang toko", title: "Rak lebih rendah", body: "x", author: "Budi",
            status: .submitted, reason: nil, answer: nil, supports: 3, proposedOn: CivilDate(year: 2026, month: 8, day: 3)!)
    }

    static var declined: IdeasPage.Idea {
        var idea = mock
        (idea.number, idea.status, idea.reason, idea.answer) = (2, .declined, "x", "y")
        return idea
    }
}

extension IdeasPage.Detail {
    static var mock: IdeasPage.Detail {
        IdeasPage.Detail(
            idea: .mock, photos: [UUID()], comments: [.init(id: UUID(), author: "Siti Aminah", body: "x", hidden: false)],
            supported: false, actions: IdeaStatus.submitted.allowed, canModerate: true)
    }
}
