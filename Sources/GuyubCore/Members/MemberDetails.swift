import Foundation

/// A person's particulars as the cooperative registers them, already validated.
package struct MemberDetails: Equatable, Sendable {
    package var name: String
    package var nik: NIK
    package var phone: PhoneNumber
    package var address: String
    package var birthPlace: String?
    package var birthDate: CivilDate?
    /// Stated, or else read from the NIK.
    package var gender: Gender

    /// Validates raw input; the first rule broken is thrown.
    package init(
        name: String?, nik: String?, phone: String?, address: String?,
        birthPlace: String? = nil, birthDate: CivilDate? = nil, gender: Gender? = nil
    ) throws(MemberError) {
        let cleanName: String
        let rawNIK: String
        let rawPhone: String
        let cleanAddress: String
        let place: String?
        do {
            cleanName = try FieldRules.required(Self.clean(name), field: "name", max: FieldLimit.name)
            rawNIK = try FieldRules.required(Self.clean(nik), field: "nik")
            rawPhone = try FieldRules.required(Self.clean(phone), field: "phone")
            cleanAddress = try FieldRules.required(Self.clean(address), field: "address", max: FieldLimit.address)
            place = try FieldRules.optional(Self.clean(birthPlace), field: "birthPlace", max: FieldLimit.name)
        } catch { throw .field(error) }

        let parsedNIK: NIK
        do {
            parsedNIK = try NIK(rawNIK)
            try parsedNIK.crossCheck(gender: gender, birthDate: birthDate)
        } catch { throw .nik(error) }
        do { self.phone = try PhoneNumber(rawPhone) } catch { throw .phone(error) }

        self.name = cleanName
        self.nik = parsedNIK
        self.address = cleanAddress
        self.birthPlace = place
        self.birthDate = birthDate
        self.gender = gender ?? parsedNIK.gender
    }

    /// Trims and folds runs of white space, so "  Siti   Aminah " is stored as "Siti Aminah".
    static func clean(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

package enum MemberError: DomainError, Equatable {
    /// A particular missing, too long, or not a date or a choice the form offers.
    case field(FieldError)
    case nik(NIKError)
    case phone(PhoneError)
    case nikTaken
    case notFound
    case invalidTransition(from: MemberStatus, to: MemberStatus)
    case dateInFuture
    case dateBeforeLastChange

    package var code: String {
        switch self {
        case .field(let e): e.code
        case .nik(let e): e.code
        case .phone(let e): e.code
        case .nikTaken: "nik_taken"
        case .notFound: "not_found"
        case .invalidTransition: "invalid_status_change"
        case .dateInFuture: "date_in_future"
        case .dateBeforeLastChange: "date_before_last_change"
        }
    }

    package var field: String? {
        switch self {
        case .field(let e): e.field
        case .nik(let e): e.field
        case .phone(let e): e.field
        case .nikTaken: "nik"
        case .notFound: nil
        case .invalidTransition: "status"
        case .dateInFuture, .dateBeforeLastChange: "date"
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .field(let e): e.kind
        case .nikTaken: .conflict
        case .notFound: .notFound
        default: .invalid
        }
    }
}
