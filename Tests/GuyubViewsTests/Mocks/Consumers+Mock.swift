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
            ],
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

    static var done: IdeasPage.Idea {
        var idea = mock
        (idea.number, idea.status, idea.answer, idea.outcome, idea.outcomeNote) = (3, .done, "y", .product, "Beras organik")
        return idea
    }
}

extension IdeasPage.Detail {
    static var mock: IdeasPage.Detail {
        IdeasPage.Detail(
            idea: .mock, photos: [UUID()], comments: [.init(id: UUID(), author: "Siti Aminah", body: "x", hidden: false)],
            supported: false, actions: IdeaStatus.submitted.allowed, canModerate: true)
    }

    /// Said at a consultation, become a product.
    static var fromSession: IdeasPage.Detail {
        let product = (id: UUID(), name: "Beras Organik")
        var detail = IdeasPage.Detail(
            idea: .done, photos: [], comments: [], supported: false, actions: [], canModerate: true)
        detail.session = (UUID(), "Tata letak toko", CivilDate(year: 2026, month: 8, day: 3)!)
        (detail.product, detail.products) = (product, [product])
        return detail
    }
}

extension ConsultationsPage.Session {
    static var mock: ConsultationsPage.Session {
        .init(
            id: UUID(), topic: "Tata letak toko", kind: .visit, heldOn: CivilDate(year: 2026, month: 8, day: 3)!,
            startsAt: "09:00", place: "Toko koperasi", status: .planned, invited: 2, came: 1)
    }
}

extension ConsultationsPage.Model {
    static var mock: ConsultationsPage.Model {
        var held = ConsultationsPage.Session.mock
        held.status = .held
        return ConsultationsPage.Model(sessions: [.mock, held])
    }
}

extension ConsultationsPage.Detail {
    static var mock: ConsultationsPage.Detail {
        let guest = ConsultationsPage.Guest(id: UUID(), group: .consumer, name: "Budi", phone: "+6281311112222", attended: true)
        return ConsultationsPage.Detail(
            session: .mock,
            guests: [guest, .init(id: UUID(), group: .neighbour, name: "Pak RT", phone: nil, attended: false)],
            inputs: [.init(ideaID: UUID(), number: 4, title: "Rak lebih rendah", status: .submitted, guest: "Budi")],
            actions: ConsultationStatus.planned.allowed(
                on: CivilDate(year: 2026, month: 8, day: 3)!, heldOn: CivilDate(year: 2026, month: 8, day: 3)!),
            categories: [(UUID(), "Tata ruang toko")])
    }
}

extension EngagementPage.Model {
    static var mock: EngagementPage.Model {
        let month = YearMonth(year: 2026, month: 8)!
        return EngagementPage.Model(
            months: [
                .init(
                    month: month.previous, ideas: [.submitted: 2, .done: 1], broughtConsumers: 3, ownConsumers: 1,
                    referralSales: 182_500, referralCost: 15_000),
                .init(
                    month: month, ideas: [.declined: 1], broughtConsumers: 0, ownConsumers: 2, referralSales: 0,
                    referralCost: 0),
            ], leaders: [.init(member: "Siti Aminah", brought: 3, rewarded: 1)], cost: 15_000, sales: 182_500,
            guests: [.consumer: (2, 1), .neighbour: (1, 1)], publicIdeas: .publicIdeas(cooperative: UUID()),
            canConsult: true)
    }
}
