extension Catalogue {
    package var signInTitle: String { pick("Masuk ke Guyub", "Sign in to Guyub") }
    package var signInLead: String {
        pick(
            "Masuk dengan e-mail dan kata sandi yang diberikan pengurus koperasi Anda.",
            "Sign in with the e-mail and password your cooperative's board gave you.")
    }
    package var email: String { pick("E-mail", "E-mail") }
    package var password: String { pick("Kata sandi", "Password") }
    package var signedOut: String { pick("Anda telah keluar.", "You have signed out.") }
}
