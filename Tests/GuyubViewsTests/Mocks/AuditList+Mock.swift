import Foundation
import GuyubCore
import GuyubViews

extension AuditList.Model {
    package static let mock = Self(
        rows: [
            Row(
                sequence: 2, at: Date(timeIntervalSince1970: 1_795_400_000), actor: "Hartono",
                action: .memberUpdate, subject: "Siti Aminah (No. 1)", link: .member(MemberRow.mocks[0].id),
                changes: [Change(field: "phone", before: "+6281234567890", after: "+6281234567899")]),
            Row(
                sequence: 1, at: Date(timeIntervalSince1970: 1_795_300_000), actor: "guyub bootstrap",
                action: .cooperativeCreate, subject: "Koperasi Desa Merah Putih Sukamaju", link: nil,
                changes: [Change(field: "name", before: nil, after: "Koperasi Desa Merah Putih Sukamaju")]),
        ], page: 1, pageCount: 1, total: 2)
}
