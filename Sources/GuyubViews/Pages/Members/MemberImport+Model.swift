import Foundation

package enum MemberImport {}

extension MemberImport {
    /// Importing the member list kept in a spreadsheet: upload, look at what would happen, confirm.
    package struct Model: Sendable {
        package enum Stage: Sendable, Equatable {
            /// Choose a file.
            case upload
            /// What the file would do, kept as an import waiting for confirmation.
            case preview(job: UUID)
            /// Being imported, in batches: how many so far.
            case running(imported: Int)
            /// What was imported.
            case done(imported: Int)
        }

        /// How many rows of each kind the sheet has (the lists show only the first of them).
        package struct Counts: Sendable, Equatable {
            package var accepted: Int
            package var skipped: Int
            package var rejected: Int
            package init(accepted: Int, skipped: Int, rejected: Int) {
                self.accepted = accepted
                self.skipped = skipped
                self.rejected = rejected
            }
        }

        /// The most rows of each kind a page lists.
        package static let shownRows = 100

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
        package var counts: Counts
        package var accepted: [NewMember]
        /// Rows already registered (skipped) and rows refused, each with its reason.
        package var skipped: [Problem]
        package var rejected: [Problem]
        /// A problem with the whole file (no file, missing columns).
        package var error: String?

        package init(
            stage: Stage = .upload, fileName: String = "", counts: Counts? = nil, accepted: [NewMember] = [],
            skipped: [Problem] = [], rejected: [Problem] = [], error: String? = nil
        ) {
            self.stage = stage
            self.fileName = fileName
            self.counts = counts ?? Counts(accepted: accepted.count, skipped: skipped.count, rejected: rejected.count)
            self.accepted = accepted
            self.skipped = skipped
            self.rejected = rejected
            self.error = error
        }
    }
}
