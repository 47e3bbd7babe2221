import Foundation
import GuyubCore
import GuyubViews

extension MemberShow.Model {
    package static let mock = Self(
        row: MemberRow.mocks[0], address: "Jl. Melati No. 12, RT 03/RW 02, Sukamaju, Malang",
        birthPlace: "Malang", birthDate: CivilDate(year: 1985, month: 8, day: 5), gender: .female,
        joinedOn: CivilDate(year: 2024, month: 1, day: 15),
        history: [
            Step(from: nil, to: .applicant, on: CivilDate(year: 2024, month: 1, day: 10)!, reason: nil, by: "Hartono"),
            Step(
                from: .applicant, to: .member, on: CivilDate(year: 2024, month: 1, day: 15)!,
                reason: "Simpanan pokok lunas", by: "Hartono"),
        ],
        isOwnRecord: false, canEdit: true, moves: [.resigned, .deceased, .dismissed],
        today: CivilDate(year: 2026, month: 11, day: 23)!)
}
