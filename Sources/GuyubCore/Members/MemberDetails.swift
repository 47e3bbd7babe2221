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

    package static let maxNameLength = 120
    package static let maxAddressLength = 500

    /// Validates raw input; the first rule broken is thrown.
    package init(name: String?, nik: String?, phone: String?, address: String?,
                 birthPlace: String? = nil, birthDate: CivilDate? = nil, gender: Gender? = nil) throws(MemberError) {
        let name = Self.clean(name)
        guard !name.isEmpty else { throw .required("name") }
        guard name.count <= Self.maxNameLength else { throw .tooLong("name", Self.maxNameLength) }
        let rawNIK = Self.clean(nik)
        guard !rawNIK.isEmpty else { throw .required("nik") }
        let rawPhone = Self.clean(phone)
        guard !rawPhone.isEmpty else { throw .required("phone") }
        let address = Self.clean(address)
        guard !address.isEmpty else { throw .required("address") }
        guard address.count <= Self.maxAddressLength else { throw .tooLong("address", Self.maxAddressLength) }
        let place = Self.clean(birthPlace)
        guard place.count <= Self.maxNameLength else { throw .tooLong("birthPlace", Self.maxNameLength) }

        let parsedNIK: NIK
        do {
            parsedNIK = try NIK(rawNIK)
            try parsedNIK.crossCheck(gender: gender, birthDate: birthDate)
        } catch { throw .nik(error) }
        do { self.phone = try PhoneNumber(rawPhone) } catch { throw .phone(error) }

        self.name = name
        self.nik = parsedNIK
        self.address = address
        self.birthPlace = place.isEmpty ? nil : place
        self.birthDate = birthDate
        self.gender = gender ?? parsedNIK.gender
    }

    /// Trims and folds runs of white space, so "  Siti   Aminah " is stored as "Siti Aminah".
    static func clean(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

package enum MemberError: DomainError, Equatable {
    case required(String)
    case tooLong(String, Int)
    /// A date field that is not `YYYY-MM-DD`.
    case invalidDate(String)
    /// A field whose value is not one of its choices (a gender, a status).
    case invalidChoice(String)
    case nik(NIKError)
    case phone(PhoneError)
    case nikTaken
    case notFound
    case invalidTransition(from: MemberStatus, to: MemberStatus)
    case dateInFuture
    case dateBeforeLastChange

    package var code: String {
        switch self {
        case .required: "required"
        case .tooLong: "too_long"
        case .invalidDate: "invalid_date"
        case .invalidChoice: "invalid_choice"
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
        case .required(let f), .tooLong(let f, _), .invalidDate(let f), .invalidChoice(let f): f
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
        case .nikTaken: .conflict
        case .notFound: .notFound
        default: .invalid
        }
    }
}
