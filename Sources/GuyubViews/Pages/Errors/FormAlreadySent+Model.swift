package enum FormAlreadySent {}

extension FormAlreadySent {
    /// A form sent again, changed, from a page kept from before (Back, then a new amount): what its first
    /// sending recorded stands, and the way back to a fresh form.
    package struct Model: Sendable, Equatable {
        /// Where the first sending led (its receipt, the record it made), if it was done.
        package var recorded: String?
        /// The page the form is on, to start again from.
        package var back: String

        package init(recorded: String?, back: String) {
            self.recorded = recorded
            self.back = back
        }
    }
}
