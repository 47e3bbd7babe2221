import Foundation
import GuyubCore
import Plot

/// The business units: the seven of the village-cooperative programme made in one step, who works in each,
/// and the region whose price ceilings hold there.
package enum ShopUnits {
    package struct Model: Sendable {
        package struct Unit: Sendable, Equatable {
            package var id: UUID
            package var code: String
            package var name: String
            package var active: Bool
            package var region: String?
            package var qris: Bool
            package var staff: Set<UUID>
            /// Their names, as anyone reading the page sees them.
            package var staffNames: [String]
            package init(
                id: UUID, code: String, name: String, active: Bool, region: String?, qris: Bool, staff: Set<UUID>,
                staffNames: [String]
            ) {
                self.staffNames = staffNames
                self.id = id
                self.code = code
                self.name = name
                self.active = active
                self.region = region
                self.qris = qris
                self.staff = staff
            }
        }

        package var units: [Unit]
        /// Everyone with a role in the cooperative, by name.
        package var people: [(id: UUID, name: String)]
        /// Some of the programme's seven units are still to be made.
        package var missingProgrammeUnits: Bool
        package var canAssign: Bool
        package var canKeepBooks: Bool
        /// A refusal, by unit.
        package var errors: [UUID: String] = [:]

        package init(
            units: [Unit], people: [(id: UUID, name: String)], missingProgrammeUnits: Bool, canAssign: Bool,
            canKeepBooks: Bool
        ) {
            self.units = units
            self.people = people
            self.missingProgrammeUnits = missingProgrammeUnits
            self.canAssign = canAssign
            self.canKeepBooks = canKeepBooks
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.unitsTitle, context: context) {
                Div {
                    H1(text.unitsTitle)
                    Paragraph(text.unitsLead).class("muted")
                }
                .class("page-head")
                if model.missingProgrammeUnits && model.canKeepBooks {
                    Form(url: SiteURL.shopUnitsTemplate.path, method: .post) {
                        CSRFField(context: context)
                        Paragraph(text.unitsTemplateHint).class("muted")
                        Button(text.unitsTemplateButton).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("card units-template")
                }
                if model.units.isEmpty { EmptyState(message: text.noUnitsYet) }
                for unit in model.units {
                    Element(name: "section") {
                        H2(unit.name + " (" + unit.code + ")")
                        DefinitionList(items: [
                            .init(text.unitStatusLabel, detail: Text(unit.active ? text.unitOpen : text.unitClosed)),
                            .init(text.regionLabel, detail: Text(unit.region ?? text.noRegion)),
                            .init("QRIS", detail: Text(unit.qris ? text.qrisReady : text.qrisNotReady)),
                            .init(
                                text.unitStaffLabel,
                                detail: Text(unit.staffNames.isEmpty ? text.noUnitStaff : unit.staffNames.joined(separator: ", "))
                            ),
                        ])
                        ErrorNotice(messages: model.errors[unit.id].map { [$0] } ?? [])
                        if (model.canAssign && !model.people.isEmpty) || model.canKeepBooks {
                            Element(name: "details") {
                                Element(name: "summary") { Text(text.changeUnit) }
                                if model.canAssign && !model.people.isEmpty {
                                    Form(url: SiteURL.shopUnitStaff(unit.id).path, method: .post) {
                                        CSRFField(context: context)
                                        Element(name: "fieldset") {
                                            Element(name: "legend") { Text(text.unitStaffLabel) }
                                            for person in model.people {
                                                Element(name: "label") {
                                                    Node<HTML.BodyContext>.input(
                                                        .type(.checkbox), .name("userIds[]"),
                                                        .value(person.id.uuidString.lowercased()),
                                                        unit.staff.contains(person.id)
                                                            ? .attribute(named: "checked", value: "checked") : .empty)
                                                    Text(" " + person.name)
                                                }
                                                .class("check")
                                            }
                                        }
                                        .class("field choices")
                                        Paragraph(text.unitStaffHint).class("muted")
                                        Button(text.saveStaff).attribute(named: "type", value: "submit").class("secondary")
                                    }
                                    .class("unit-staff")
                                }
                                if model.canKeepBooks {
                                    Form(url: SiteURL.shopUnitRegion(unit.id).path, method: .post) {
                                        CSRFField(context: context)
                                        FormField(
                                            scope: "unit-\(unit.code)", label: text.regionLabel, name: "region",
                                            value: unit.region ?? "", hint: text.regionHint, maxLength: FieldLimit.name)
                                        Button(text.saveRegion).attribute(named: "type", value: "submit").class("secondary")
                                    }
                                    .class("unit-region")
                                }
                            }
                            .class("unit-changes")
                        }
                    }
                    .class("card unit-card")
                }
            }
        }
    }
}
