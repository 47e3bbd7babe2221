import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// A member as the API returns it.
struct MemberDTO: Content {
    struct Step: Content {
        let from: MemberStatus?
        let to: MemberStatus
        let on: CivilDate
        let reason: String?
        let by: String
        let recordedAt: Date?
    }

    let id: UUID
    let memberNumber: Int
    let name: String
    let nik: String
    let phone: String
    let address: String
    let birthPlace: String?
    let birthDate: CivilDate?
    let gender: Gender
    let status: MemberStatus
    let statusSince: CivilDate
    let joinedOn: CivilDate?
    /// The class whose wajib amount applies (nil: the default).
    let wajibClass: String?
    let createdAt: Date?
    let updatedAt: Date?
    let history: [Step]?

    init(_ m: MemberRecord, history: [MemberStatusChangeRecord]? = nil) {
        id = m.id!
        memberNumber = m.memberNumber
        name = m.name
        nik = m.nik
        phone = m.phone
        address = m.address
        birthPlace = m.birthPlace
        birthDate = m.birthDate
        gender = m.gender
        status = m.status
        statusSince = m.statusSince
        joinedOn = m.joinedOn
        wajibClass = m.wajibClass
        createdAt = m.createdAt
        updatedAt = m.updatedAt
        self.history = history?.map {
            Step(
                from: $0.fromStatus, to: $0.toStatus, on: $0.effectiveOn, reason: $0.reason, by: $0.byName,
                recordedAt: $0.recordedAt)
        }
    }
}

/// The fields of a member as a client sends them. Every field is read as text and validated by the
/// core rules, so a wrong value gets its own error code rather than a decoding failure.
struct MemberInput: Content {
    var name: String?
    var nik: String?
    var phone: String?
    var address: String?
    var birthPlace: String?
    var birthDate: String?
    var gender: String?
    /// A class from the savings settings, or "" for none (PATCH only).
    var wajibClass: String?

    /// Validated details; for a PATCH, fields left out keep the values of `current` (an empty text
    /// clears an optional one). Gender always agrees with the NIK, so when left out it is read from it.
    func details(over current: MemberRecord? = nil) throws -> MemberDetails {
        func pick(_ sent: String?, _ kept: String?) -> String? { sent ?? kept }
        let genderText = gender ?? ""
        let date: CivilDate?
        if let birthDate, !birthDate.isEmpty {
            guard let parsed = CivilDate(written: birthDate) else { throw FieldError.invalidDate("birthDate") }
            date = parsed
        } else {
            date = birthDate == nil ? current?.birthDate : nil
        }
        let parsedGender: Gender?
        if genderText.isEmpty {
            parsedGender = nil
        } else {
            guard let g = Gender(rawValue: genderText) else { throw FieldError.invalidChoice("gender") }
            parsedGender = g
        }
        return try MemberDetails(
            name: pick(name, current?.name), nik: pick(nik, current?.nik),
            phone: pick(phone, current?.phone), address: pick(address, current?.address),
            birthPlace: pick(birthPlace, current?.birthPlace), birthDate: date,
            gender: parsedGender)
    }
}

struct StatusChangeInput: Content {
    var status: String?
    var date: String?
    var reason: String?
    /// How a departing member's savings are paid out: cash (default), bank or QRIS.
    var channel: String?

    /// How the savings of `member` are paid out if this change ends their membership.
    func settlement(for member: MemberRecord, to next: MemberStatus, text: Catalogue) throws -> ExitSettlement {
        guard let channel = PaymentChannel(rawValue: channel.flatMap { $0.isEmpty ? nil : $0 } ?? "cash") else {
            throw SavingsError.unknownChannel
        }
        return ExitSettlement(
            channel: channel,
            description: text.exitDescription(
                member: member.name,
                number: member.memberNumber, status: next))
    }

    func validated(today: CivilDate) throws -> (MemberStatus, CivilDate, String?) {
        guard let text = status, !text.isEmpty else { throw FieldError.required("status") }
        guard let next = MemberStatus(rawValue: text) else { throw FieldError.invalidChoice("status") }
        var on = today
        if let date, !date.isEmpty {
            guard let parsed = CivilDate(written: date) else { throw FieldError.invalidDate("date") }
            on = parsed
        }
        let reason = try FieldRules.optional(reason, field: "reason", max: FieldLimit.statusReason)
        return (next, on, reason)
    }
}

struct PageDTO<Item: Content>: Content {
    let items: [Item]
    let page: Int
    let perPage: Int
    let total: Int
    let pageCount: Int

    init<Record>(_ page: Page<Record>, _ transform: (Record) -> Item) {
        items = page.items.map(transform)
        self.page = page.page
        perPage = page.perPage
        total = page.total
        pageCount = page.pageCount
    }
}
