import Foundation
import GuyubCore

package enum ShopAllocations {}

extension ShopAllocations {
    /// A programme sold by allocation (subsidised fertiliser): its seasons' e-RDKK lists, what each farmer
    /// took and has left, and the form that imports a season's list.
    package struct Model: Sendable {
        package struct Season: Sendable, Equatable {
            package var id: UUID
            package var name: String
            package var startsOn: CivilDate
            package var endsOn: CivilDate
            package var farmers: Int
            package var allocated: Int64
            package var taken: Int64
            package var importedAt: Date
            package var importedBy: String
            package init(
                id: UUID, name: String, startsOn: CivilDate, endsOn: CivilDate, farmers: Int, allocated: Int64, taken: Int64,
                importedAt: Date, importedBy: String
            ) {
                self.id = id
                self.name = name
                self.startsOn = startsOn
                self.endsOn = endsOn
                self.farmers = farmers
                self.allocated = allocated
                self.taken = taken
                self.importedAt = importedAt
                self.importedBy = importedBy
            }
        }

        package struct Farmer: Sendable, Equatable {
            package var nik: String
            package var name: String
            package var allocated: Int64
            package var taken: Int64
            package var remaining: Int64 { max(0, allocated - taken) }
            package init(nik: String, name: String, allocated: Int64, taken: Int64) {
                self.nik = nik
                self.name = name
                self.allocated = allocated
                self.taken = taken
            }
        }

        /// What the import form was sent with, shown again when it is refused.
        package struct Values: Sendable, Equatable {
            package var season = ""
            package var startsOn = ""
            package var endsOn = ""
            package init() {}
        }

        package var programmeID: UUID
        package var programmeName: String
        /// The base unit the allocations are in (`kg`).
        package var unit: String
        package var seasons: [Season]
        /// The season whose farmers are listed, and the NIK or name they were searched by.
        package var shown: Season?
        package var query: String
        package var farmers: [Farmer]
        package var values = Values()
        package var errors: [String: String] = [:]
        /// After an import: how many rows went in, and the rows refused with why.
        package var imported: Int?
        package var rejected: [(line: Int, reason: String)] = []

        package init(
            programmeID: UUID, programmeName: String, unit: String, seasons: [Season], shown: Season?, query: String,
            farmers: [Farmer]
        ) {
            self.programmeID = programmeID
            self.programmeName = programmeName
            self.unit = unit
            self.seasons = seasons
            self.shown = shown
            self.query = query
            self.farmers = farmers
        }

        /// How many farmers the page lists at most; a search finds the others.
        package static let listed = 200
    }
}
