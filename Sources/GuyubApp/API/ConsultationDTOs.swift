import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// `{"topic","kind","heldOn","startsAt","place"}`.
struct ConsultationInput: Content {
    var topic: String?
    var kind: String?
    var heldOn: String?
    var startsAt: String?
    var place: String?
}

/// `{"group","memberId"?,"consumerId"?,"supplierId"?,"name"?,"phone"?}`.
struct ConsultationGuestInput: Content {
    var group: String?
    var memberId: UUID?
    var consumerId: UUID?
    var supplierId: UUID?
    var name: String?
    var phone: String?
}

/// `{"guestIds"}`: the guests who came.
struct ConsultationAttendanceInput: Content {
    var guestIds: [UUID]?
}

/// `{"guestId","categoryId","title","body"}`.
struct ConsultationIdeaInput: Content {
    var guestId: UUID?
    var categoryId: UUID?
    var title: String?
    var body: String?
}

struct ConsultationDTO: Content {
    struct Guest: Content {
        var id: UUID
        var group: String
        var name: String
        var phone: String?
        var memberId: UUID?
        var consumerId: UUID?
        var supplierId: UUID?
        var attended: Bool

        init(_ g: ConsultationGuestRecord) {
            (id, group, name, phone, attended) = (g.id!, g.group.rawValue, g.name, g.phone, g.attended)
            (memberId, consumerId, supplierId) = (g.memberID, g.consumerID, g.supplierID)
        }
    }
    struct Input: Content {
        var guestId: UUID
        var ideaId: UUID
        var number: Int
        var title: String
        var status: String
    }
    var id: UUID
    var topic: String
    var kind: String
    var heldOn: String
    var startsAt: String
    var place: String
    var status: String
    var guests: [Guest]?
    var inputs: [Input]?
    /// What may be done with it today.
    var actions: [String]

    init(
        _ c: ConsultationRecord, today: CivilDate, guests: [ConsultationGuestRecord]? = nil,
        inputs: [(idea: IdeaRecord, guestID: UUID)]? = nil
    ) {
        (id, topic, kind, heldOn, startsAt, place) = (
            c.id!, c.topic, c.kind.rawValue, c.heldOn.description, c.startsAt, c.place
        )
        status = c.status.rawValue
        self.guests = guests?.map(Guest.init)
        self.inputs = inputs?.map {
            Input(
                guestId: $0.guestID, ideaId: $0.idea.id!, number: $0.idea.number, title: $0.idea.title,
                status: $0.idea.status.rawValue)
        }
        actions = c.status.allowed(on: today, heldOn: c.heldOn).map(\.rawValue)
    }
}
