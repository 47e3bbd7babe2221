import Foundation
import GuyubCore
import GuyubViews

extension MemberImport.Model {
    package static let mock = Self(
        stage: .preview(job: UUID(uuidString: "7E57AB1E-0000-4000-8000-000000000001")!), fileName: "anggota.csv",
        accepted: [NewMember(line: 2, name: "Siti Aminah", nik: "3507124508850003", phone: "0812-3456-7890")],
        skipped: [Problem(line: 3, reason: "Sudah terdaftar sebagai anggota no. 7")],
        rejected: [Problem(line: 4, reason: "NIK tertulis sebagai angka spreadsheet (3.51514E+15)")])
}
