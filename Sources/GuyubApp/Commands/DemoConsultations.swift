import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The demo cooperative's consultations: last month, a meeting on the shop with two members, two consumers,
/// its wholesaler and the neighbourhood head, four of whom came and whose views became ideas the board took
/// up; and next week, a visit being planned, its first guests invited.
enum DemoConsultations {
    static func seed(_ tenant: Tenant, today: CivilDate, chair: Actor, shop: DemoShop, members: [MemberRecord]) async throws {
        let store = ConsultationStore(tenant)
        let ideas = IdeaStore(tenant)
        let categories = Dictionary(uniqueKeysWithValues: try await ideas.categories().map { ($0.code, $0.id!) })
        func consumer(_ name: String) async throws -> UUID? {
            try await tenant.query(ConsumerRecord.self).filter(\.$name == name).first()?.id
        }
        let wholesaler = try await tenant.query(SupplierRecord.self).filter(\.$name == "UD Sumber Rejeki").first()?.id
        let held = today.yearMonth.previous.first.adding(days: 19)!
        let session = try await store.plan(
            .init(
                topic: "Toko koperasi: tata letak, harga dan layanan", kind: ConsultationKind.meeting.rawValue, heldOn: held,
                startsAt: "19.30", place: "Balai Dusun Krajan"), by: chair)
        let invitees: [(ConsultationStore.Invitee, Bool)] = [
            (.init(group: "member", memberID: members[0].id), true),
            (.init(group: "member", memberID: members[1].id), false),
            (.init(group: "consumer", consumerID: try await consumer("Ratna Sari")), true),
            (.init(group: "consumer", consumerID: try await consumer("Wati Lestari")), false),
            (.init(group: "supplier", supplierID: wholesaler), true),
            (.init(group: "neighbour", name: "Pak RT Darmo", phone: "0813-2900-1199"), true),
        ]
        var came: [UUID: ConsultationGuestRecord] = [:]
        for (invitee, present) in invitees {
            let guest = try await store.invite(
                invitee, to: session, today: held.adding(days: -7)!, now: shop.at(held.adding(days: -7)!, hour: 9),
                invitation: ConsultationsController.invitation(to: session), by: chair)
            if present { came[guest.id!] = guest }
        }
        _ = try await store.attend(Set(came.keys), at: session, today: held, by: chair)
        let guest = { (name: String) in came.values.first { $0.name.hasPrefix(name) }?.id }
        let views: [(String, String, String, String, [IdeaAction], String?)] = [
            (
                "Pak RT", "service", "Tempat parkir motor di depan toko",
                "Motor pembeli sering memakan badan jalan; halaman balai dusun bisa dipakai.", [.review, .accept],
                "Disetujui; pengurus sedang berbicara dengan kepala dusun."
            ),
            (
                "UD Sumber", "product", "Pesan beras sebulan sekali dalam jumlah besar",
                "Harga per karung bisa lebih murah bila koperasi memesan sekaligus.", [.review], nil
            ),
            (
                "Ratna", "interior", "Papan harga yang besar dan jelas",
                "Harga di rak kecil sekali, orang tua susah membacanya.", [.accept, .start], nil
            ),
        ]
        for (who, category, title, body, steps, answer) in views {
            var idea = try await store.record(
                from: guest(who), at: session, category: categories[category], title: title, body: body, today: held,
                by: chair)
            for step in steps { idea = try await ideas.act(step, on: idea, reason: nil, by: chair) }
            if let answer { _ = try await ideas.answer(idea, with: answer, outcome: nil, note: nil, by: chair) }
        }
        _ = try await store.step(.finish, session, today: held, by: chair)

        // Next week's visit, its first guests invited.
        let visit = try await store.plan(
            .init(
                topic: "Melihat gudang dan tempat pengolahan gabah", kind: ConsultationKind.visit.rawValue,
                heldOn: today.adding(days: 7)!, startsAt: "9.00", place: "Gudang koperasi"), by: chair)
        for invitee in [
            ConsultationStore.Invitee(group: "member", memberID: members[2].id),
            .init(group: "consumer", consumerID: try await consumer("Lina Marlina")),
            .init(group: "neighbour", name: "Bu Inah (PKK)"),
        ] {
            _ = try await store.invite(
                invitee, to: visit, today: today, now: shop.at(today, hour: 9),
                invitation: ConsultationsController.invitation(to: visit), by: chair)
        }
    }
}
