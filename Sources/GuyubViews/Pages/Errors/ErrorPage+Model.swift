package enum ErrorPage {}

extension ErrorPage {
    /// What went wrong, in words, with a way back.
    package struct Model: Sendable {
        package var status: Int
        package var message: String

        package init(status: Int, message: String) {
            self.status = status
            self.message = message
        }
    }
}
