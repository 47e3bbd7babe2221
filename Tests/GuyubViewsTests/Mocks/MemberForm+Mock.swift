import Foundation
import GuyubCore
import GuyubViews

extension MemberForm.Model {
    package static let mock: Self = {
        var values = Values()
        values.name = "Siti Aminah"
        values.nik = "35071245088500"
        values.phone = "0812 3456 7890"
        values.address = "Jl. Melati No. 12, Sukamaju"
        return Self(values: values, errors: ["nik": "NIK harus 16 digit."])
    }()
}
