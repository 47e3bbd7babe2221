/// The most characters each kind of text field accepts, declared once for the API, the pages and the
/// stores, so a form's `maxlength` and the check behind it cannot drift apart.
package enum FieldLimit {
    /// A person's or a place's name: members, users, meeting officers, accounts and business units.
    package static let name = 120
    /// A member's address.
    package static let address = 500
    /// The name of a cooperative that borrows from this one.
    package static let borrowerName = 200
    /// A loan's purpose and collateral, and the reason for a write-off or a restructure.
    package static let loanText = 300
    /// The note on a loan's review or decision.
    package static let loanNote = 500
    /// The note on a teller's deposit, withdrawal or transfer.
    package static let savingsNote = 200
    /// The memo on one line of a journal entry.
    package static let lineMemo = 200
    /// A product's base unit (`kg`, `pcs`, `tabung`).
    package static let productUnit = 20
    /// A product's barcode.
    package static let barcode = 64
    /// Why goods came back from a sale.
    package static let storeReason = 200
    /// A note on a purchase order or a delivery (what was short, who brought it).
    package static let note = 300
    /// A supplier's invoice number.
    package static let invoiceNumber = 60
    /// A season of an allocation list (`MT I 2026/2027`).
    package static let seasonName = 60
    /// A cooperative's name.
    package static let cooperativeName = 200
    /// Why a member's status changed.
    package static let statusReason = 500

    /// A meeting's title.
    package static let meetingTitle = 200
    /// A meeting's place, and an agenda item's title.
    package static let meetingPlace = 300
    /// A link to an online meeting.
    package static let onlineLink = 500
    /// The items on one meeting's agenda.
    package static let agendaItems = 50
    /// The text of a meeting's notice.
    package static let noticeText = 5000
    /// The text of a motion put to the vote.
    package static let motion = 2000
    /// The minutes of a meeting.
    package static let minutes = 50_000
    /// The delegates chosen for one meeting.
    package static let delegates = 10_000

    /// The letterhead: the cooperative's registration number, address and town.
    package static let registrationNumber = 60
    package static let letterheadAddress = 200
    package static let town = 60
}
