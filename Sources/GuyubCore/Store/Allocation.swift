/// A season of a programme sold by allocation (subsidised fertiliser): the farmers on the e-RDKK list,
/// each with what they may take between the season's first and last day (DOMAIN.md, "Subsidised
/// fertiliser": only farmers on the list, by NIK, up to their allocation per season).
package struct AllocationSeason: Sendable, Equatable {
    package var name: String
    package var startsOn: CivilDate
    package var endsOn: CivilDate

    package init(name: String, startsOn: CivilDate, endsOn: CivilDate) throws(StoreError) {
        do { self.name = try FieldRules.required(name, field: "season", max: FieldLimit.seasonName) } catch {
            throw .field(error)
        }
        guard startsOn <= endsOn else { throw .seasonBackwards }
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    package var span: ClosedRange<CivilDate> { startsOn...endsOn }

    /// Seasons of one programme may not share a day: a sale's date must name one season.
    package func overlaps(_ other: AllocationSeason) -> Bool { span.overlaps(other.span) }
}

package enum Allocation {
    /// Admits one farmer's purchase in a season: refused for a NIK not on the list (`allocated` nil) and
    /// beyond what the list gives them, with what they may still take. What they brought back is not in
    /// `alreadyTaken`.
    package static func admit(_ quantity: Int64, allocated: Int64?, alreadyTaken: Int64) throws(StoreError) {
        guard let allocated else { throw .notAllocated }
        guard alreadyTaken + quantity <= allocated else {
            throw .overAllocation(remaining: max(0, allocated - alreadyTaken))
        }
    }
}
