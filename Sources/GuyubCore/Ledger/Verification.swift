/// What `guyub verify` can find wrong with a cooperative's audit trail and the records it vouches for.
package enum AuditFinding: Sendable, Equatable {
    case linkMissing(Int64)
    case linkOutOfOrder(Int64)
    /// Its content or seal changed after it was written (or the chain was hashed again without the key).
    case linkAltered(Int64)
    case chainEndsEarly(found: Int64, recorded: Int64)
    /// The trail says this entry was posted; the journal has no such entry.
    case entryMissing(Int)
    /// The journal has this entry; the trail never recorded it being posted.
    case entryUnrecorded(Int)
    /// The entry differs from what was posted.
    case entryAltered(Int)
    case memberUnrecorded(Int)
    case memberAltered(Int)
    /// The link at a printed head is missing or is not the one printed.
    case anchorMismatch(Int64)
    /// The cooperative's records could not be read at all.
    case unreadable(String)
}

/// What `guyub verify` can find wrong with a cooperative's books.
package enum BooksFinding: Sendable, Equatable {
    case entryUnbalanced(number: Int, debits: Int64, credits: Int64)
    case accountDiffers(code: String, kept: Int64, computed: Int64)
    case savingsDiffers(account: String, kept: Int64, computed: Int64)
    case savingsNegative(account: String, balance: Int64)
    /// The records of a subledger sum to one figure, its control account holds another.
    case subledgerDiffers(Subledger, records: Int64, books: Int64)
    /// A product's stock level in a unit is not the sum of its movements (quantity in thousandths).
    case stockDiffers(product: String, quantity: Int64, moved: Int64, value: Int64, movedValue: Int64)
    /// A stock level below zero.
    case stockNegative(product: String, quantity: Int64)
    /// A stock level whose batches by expiry date add up to something else (`batches`), or one of whose
    /// batches is below zero.
    case batchesDiffer(product: String, quantity: Int64, batches: Int64)
    case batchNegative(product: String, expiresOn: CivilDate, quantity: Int64)
    /// One business record (a loan's disbursement, a share's payout…) is posted by several entries, none reversed.
    case postedTwice(JournalSource, entries: [Int])
    /// A loan's entry recorded by no loan transaction, or by several (`steps`).
    case loanStepUnmatched(entry: Int, steps: Int)
    /// The cooperative's books could not be read (a balance past what 64 bits hold, say); the others are still checked.
    case unreadable(String)
}
