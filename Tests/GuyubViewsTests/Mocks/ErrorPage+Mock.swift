import Foundation
import GuyubCore
import GuyubViews

extension ErrorPage.Model {
    package static let mock = Self(status: 404, message: "Halaman yang Anda cari tidak ada.")
}
