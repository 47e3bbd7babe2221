import Foundation
import GuyubCore
import GuyubViews

extension SignIn.Model {
    package static let mock = Self(email: "ketua@sukamaju.coop", error: nil)
}
