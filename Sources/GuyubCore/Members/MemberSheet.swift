import Foundation

/// Reads a member list kept in a spreadsheet: finds the columns by their (Indonesian or English)
/// headers, then turns each row into validated member details or the reason it cannot be used.
package struct MemberSheet: Sendable {
    package enum Column: String, Sendable, CaseIterable {
        case name, nik, phone, address, birthPlace, birthDate, birthPlaceAndDate, gender, joinedOn
    }

    /// Header spellings, compared lower-cased with everything but letters removed.
    static let headers: [String: Column] = [
        "nama": .name, "namalengkap": .name, "namaanggota": .name, "name": .name, "fullname": .name,
        "nik": .nik, "noktp": .nik, "nomorktp": .nik, "nonik": .nik, "nomornik": .nik, "ktp": .nik,
        "nomorindukkependudukan": .nik,
        "nohp": .phone, "nowa": .phone, "notelphp": .phone, "notelpwa": .phone, "nohpwa": .phone, "hp": .phone, "wa": .phone,
        "telepon": .phone,
        "notelp": .phone, "notelepon": .phone, "nomorhp": .phone, "phone": .phone, "phonenumber": .phone,
        "alamat": .address, "address": .address, "alamatlengkap": .address,
        "tempatlahir": .birthPlace, "birthplace": .birthPlace, "placeofbirth": .birthPlace,
        "tgllahir": .birthDate, "tanggallahir": .birthDate, "birthdate": .birthDate, "dateofbirth": .birthDate,
        "tempattgllahir": .birthPlaceAndDate, "tempattanggallahir": .birthPlaceAndDate, "ttl": .birthPlaceAndDate,
        "lp": .gender, "jk": .gender, "jeniskelamin": .gender, "jeniskelaminlp": .gender, "gender": .gender, "sex": .gender,
        "tglmasuk": .joinedOn, "tanggalmasuk": .joinedOn, "tglgabung": .joinedOn, "joined": .joinedOn,
        "joinedon": .joinedOn, "joindate": .joinedOn,
    ]

    package static let requiredColumns: [Column] = [.name, .nik, .phone, .address]

    let columnIndex: [Column: Int]

    package init(header: [String]) throws(SheetError) {
        var index: [Column: Int] = [:]
        for (position, title) in header.enumerated() {
            let key = String(title.lowercased().filter { $0.isLetter })
            if let column = Self.headers[key], index[column] == nil { index[column] = position }
        }
        let missing = Self.requiredColumns.filter { index[$0] == nil }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        columnIndex = index
    }

    /// One row: the member it describes, or why it is refused. `line` is the row's number in the sheet.
    package func read(_ cells: [String], line: Int) -> SheetRow {
        do { return .valid(try interpret(cells, line: line)) } catch { return .rejected(line: line, error) }
    }

    private func interpret(_ cells: [String], line: Int) throws(SheetProblem) -> SheetMember {
        func cell(_ column: Column) -> String? {
            guard let i = columnIndex[column], i < cells.count else { return nil }
            let value = cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        var place = cell(.birthPlace)
        var birthDate: CivilDate?
        if let text = cell(.birthDate) {
            guard let date = WrittenDate.parse(text) else { throw .unreadableDate(.birthDate, text) }
            birthDate = date
        } else if let text = cell(.birthPlaceAndDate) {
            guard let both = WrittenDate.parsePlaceAndDate(text) else {
                throw .unreadableDate(.birthPlaceAndDate, text)
            }
            place = place ?? both.place
            birthDate = both.date
        }
        var gender: Gender?
        if let text = cell(.gender) {
            guard let g = Gender(loose: text) else { throw .unreadableGender(text) }
            gender = g
        }
        var joinedOn: CivilDate?
        if let text = cell(.joinedOn) {
            guard let date = WrittenDate.parse(text) else { throw .unreadableDate(.joinedOn, text) }
            joinedOn = date
        }
        let details: MemberDetails
        do {
            details = try MemberDetails(
                name: cell(.name), nik: cell(.nik), phone: cell(.phone),
                address: cell(.address), birthPlace: place,
                birthDate: birthDate, gender: gender)
        } catch { throw .member(error) }
        return SheetMember(line: line, details: details, joinedOn: joinedOn)
    }

    /// Reads every row and refuses a NIK that an earlier row of the same sheet already used.
    package func readAll(_ rows: [[String]], firstLine: Int) -> [SheetRow] {
        var seen: [String: Int] = [:]
        return rows.enumerated().compactMap { offset, cells in
            let line = firstLine + offset
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { return nil }
            let row = read(cells, line: line)
            guard case .valid(let member) = row else { return row }
            if let first = seen[member.details.nik.digits] {
                return .rejected(line: line, .duplicateInSheet(firstLine: first))
            }
            seen[member.details.nik.digits] = line
            return row
        }
    }
}

package struct SheetMember: Sendable, Equatable {
    package let line: Int
    package let details: MemberDetails
    package let joinedOn: CivilDate?
}

package enum SheetRow: Sendable, Equatable {
    case valid(SheetMember)
    case rejected(line: Int, SheetProblem)
}

package enum SheetProblem: Error, Sendable, Equatable {
    case member(MemberError)
    case unreadableDate(MemberSheet.Column, String)
    case unreadableGender(String)
    case duplicateInSheet(firstLine: Int)
    /// An allocation list's NIK or quantity that does not read.
    case nik(NIKError)
    case quantity(StoreError)
    /// The NIK is already registered in the cooperative: the row is skipped, so re-importing a file adds nothing.
    case alreadyRegistered(memberNumber: Int)
}

package enum SheetError: DomainError, Equatable {
    case missingColumns([MemberSheet.Column])
    case missingAllocationColumns([AllocationSheet.Column])
    case empty
    case unreadable

    package var code: String {
        switch self {
        case .missingColumns, .missingAllocationColumns: "missing_columns"
        case .empty: "empty_file"
        case .unreadable: "unreadable_file"
        }
    }
    package var field: String? { "file" }
    package var kind: ErrorKind { .invalid }
}
