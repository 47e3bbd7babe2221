import Foundation
import GuyubCore

extension Catalogue {
    package var auditTitle: String { pick("Jejak audit", "Audit trail") }
    package var auditNote: String {
        pick("Setiap perubahan tercatat berurutan dan dirantai dengan hash, sehingga perubahan diam-diam akan ketahuan. "
             + "Keutuhannya diperiksa dengan perintah guyub verify.",
             "Every change is recorded in order and hash-chained, so a silent edit would show. "
             + "Its integrity is checked by the command guyub verify.")
    }
    package func auditEntryCount(_ count: Int) -> String {
        pick("\(format.number(count)) catatan", "\(format.number(count)) \(count == 1 ? "entry" : "entries")")
    }
    package var noAuditEntries: String { pick("Belum ada catatan.", "No entries yet.") }
    package var columnSequence: String { "#" }
    package var columnTime: String { pick("Waktu", "Time") }
    package var columnActor: String { pick("Oleh", "By") }
    package var columnAction: String { pick("Tindakan", "Action") }
    package var columnChanges: String { pick("Perubahan", "Changes") }

    /// The name of an audited action; a code this version does not know is shown as it is.
    package func auditAction(_ code: String) -> String {
        switch code {
        case "member.register": pick("Pendaftaran anggota", "Member registered")
        case "member.update": pick("Perubahan data anggota", "Member details changed")
        case "member.status": pick("Perubahan status anggota", "Member status changed")
        case "member.import": pick("Impor anggota", "Members imported")
        case "user.create": pick("Pengguna baru", "New user")
        case "user.roles": pick("Perubahan peran", "Roles changed")
        case "cooperative.create": pick("Koperasi dibuat", "Cooperative created")
        default: code
        }
    }

    /// The name of a recorded field: the form's names, plus the fields only the trail shows.
    package func auditFieldName(_ field: String) -> String {
        switch field {
        case "memberNumber": pick("No. anggota", "Member no.")
        case "statusSince": pick("Status sejak", "Status since")
        case "joinedOn": pick("Tanggal masuk", "Joined on")
        case "cooperative": pick("Koperasi", "Cooperative")
        case "timeZone": pick("Zona waktu", "Time zone")
        case "count": pick("Jumlah", "Count")
        case "fileName": pick("Nama berkas", "File name")
        default: fieldName(field)
        }
    }

    /// A recorded value: status and gender codes read as words, anything else as recorded.
    package func auditValue(field: String, _ value: String) -> String {
        switch field {
        case "status": MemberStatus(rawValue: value).map(status) ?? value
        case "gender": Gender(rawValue: value).map(gender) ?? value
        case "roles":
            value.split(separator: ",").map { part in
                let code = part.trimmingCharacters(in: .whitespaces)
                return Role(rawValue: code).map(role) ?? code
            }.joined(separator: ", ")
        default: CivilDate(iso: value).map(format.date) ?? value
        }
    }
}
