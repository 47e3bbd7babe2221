import Foundation

/// Who reads a document that names several people — a voucher that moves many members' savings (the
/// opening balances, a month's interest, the SHU), a transfer between two members — and so which of its
/// lines they may see. Those whose roles read savings or the books see every line; anyone else, a member
/// included, only the lines that are theirs.
package struct DocumentReader: Sendable, Equatable {
    package let seesEveryone: Bool
    /// The reader's own member record, if they are a member.
    package let memberID: UUID?

    package init(roles: Set<Role>, memberID: UUID?) {
        seesEveryone = roles.allows(.viewSavings) || roles.allows(.viewBooks)
        self.memberID = memberID
    }

    /// Whether a line belonging to `owner` is the reader's to see.
    package func sees(_ owner: UUID) -> Bool { seesEveryone || owner == memberID }

    /// Whether the reader may see an account's balance after a movement. A transfer's slip is handed to the
    /// member who paid it, so it never shows the recipient's balance; otherwise a line the reader sees shows it.
    package func seesBalance(of owner: UUID, isRecipientOfTransfer: Bool) -> Bool {
        sees(owner) && !(isRecipientOfTransfer && owner != memberID)
    }
}
