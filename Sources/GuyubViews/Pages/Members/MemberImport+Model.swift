package enum MemberImport {}

extension MemberImport {
    /// Importing the member list kept in a spreadsheet: upload, look at what would happen, confirm.
    package struct Model: Sendable {
        package enum Stage: Sendable, Equatable {
            /// Choose a file.
            case upload
            /// What the file would do; `content` goes back with the confirmation.
            case preview(content: String)
            /// What was imported.
            case done
        }

        package struct NewMember: Sendable, Equatable {
            package var line: Int
            package var name: String
            package var nik: String
            package var phone: String
            package init(line: Int, name: String, nik: String, phone: String) {
                self.line = line
                self.name = name
                self.nik = nik
                self.phone = phone
            }
        }

        package struct Problem: Sendable, Equatable {
            package var line: Int
            package var reason: String
            package init(line: Int, reason: String) {
                self.line = line
                self.reason = reason
            }
        }

        package var stage: Stage
        package var fileName: String
        package var accepted: [NewMember]
        /// Rows already registered (skipped) and rows refused, each with its reason.
        package var skipped: [Problem]
        package var rejected: [Problem]
        /// A problem with the whole file (no file, missing columns).
        package var error: String?

        package init(stage: Stage = .upload, fileName: String = "", accepted: [NewMember] = [],
                     skipped: [Problem] = [], rejected: [Problem] = [], error: String? = nil) {
            self.stage = stage
            self.fileName = fileName
            self.accepted = accepted
            self.skipped = skipped
            self.rejected = rejected
            self.error = error
        }

        package static let mock = Model(
            stage: .preview(content: "Nama;NIK;No. HP;Alamat\n"), fileName: "anggota.csv",
            accepted: [NewMember(line: 2, name: "Siti Aminah", nik: "3507124508850003", phone: "0812-3456-7890")],
            skipped: [Problem(line: 3, reason: "Sudah terdaftar sebagai anggota no. 7")],
            rejected: [Problem(line: 4, reason: "NIK tertulis sebagai angka spreadsheet (3.51514E+15)")])
    }
}
