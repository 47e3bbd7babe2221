extension SignIn {
    /// The sign-in form, with the e-mail kept after a failed attempt.
    package struct Model: Sendable {
        package var email: String
        package var error: String?

        package init(email: String = "", error: String? = nil) {
            self.email = email
            self.error = error
        }
    }
}

package enum SignIn {}
