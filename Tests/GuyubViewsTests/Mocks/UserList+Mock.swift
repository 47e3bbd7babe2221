import Foundation
import GuyubCore
import GuyubViews

extension UserList.Model {
    package static let mock = Self(rows: [
        Row(name: "Hartono Wibisono", email: "ketua@sukamaju.coop", roles: [.board], memberNumber: nil),
        Row(name: "Siti Aminah", email: "anggota@sukamaju.coop", roles: [.member], memberNumber: 1),
    ])
}
