import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// `{"name","kind","contactName"?,"phone"?,"email"?,"supplierId"?,"programmeId"?}`.
struct PartnerInput: Content {
    var name: String?
    var kind: String?
    var contactName: String?
    var phone: String?
    var email: String?
    var supplierId: UUID?
    var programmeId: UUID?
}

/// `{"email","name","password"}`: one of the partner's own people.
struct PartnerUserInput: Content {
    var email: String?
    var name: String?
    var password: String?
}

/// `{"partnerId","kind","title","start","end"?,"ourGoals"?,"theirGoals"?,"value"?,"financing"?}`.
struct PartnershipInput: Content {
    /// A financial agreement's `grant`, `loan` or `equity`.
    var financing: String?
    var partnerId: UUID?
    var kind: String?
    var title: String?
    var start: String?
    var end: String?
    var ourGoals: String?
    var theirGoals: String?
    var value: NumberText?
}

/// `{"tasks":[{"task","parties":{"<party>":"R"|"A"|"C"|"I"}}]}`.
struct ResponsibilitiesInput: Content {
    struct Task: Content {
        var task: String?
        var parties: [String: String]?
    }
    var tasks: [Task]?
}

/// `{"party","what","dueOn"}`.
struct CommitmentInput: Content {
    var party: String?
    var what: String?
    var dueOn: String?
}

/// `{"evidence"?,"uploadId"?,"entryId"?}`.
struct DeliveryEvidenceInput: Content {
    var evidence: String?
    var uploadId: UUID?
    var entryId: UUID?
}

/// `{"decision","diverging"?,"note"}`.
struct PartnershipReviewInput: Content {
    var decision: String?
    var diverging: Bool?
    var note: String?
}

/// `{"amount","channel"?}` for a grant received; with `"purpose","accountId"` for a grant spent.
struct GrantInput: Content {
    var amount: NumberText?
    var channel: String?
    var purpose: String?
    var accountId: UUID?
}

/// A grant's money so far.
struct GrantDTO: Content {
    var received: String
    var spent: String
    var unspent: String

    init(_ movements: [GrantMovementRecord]) {
        let received = movements.filter { $0.kind == .received }.reduce(0) { $0 + $1.amount }
        let spent = movements.filter { $0.kind == .spent }.reduce(0) { $0 + $1.amount }
        (self.received, self.spent, unspent) = (String(received), String(spent), String(received - spent))
    }
}

/// `{"principal","ratePercent","periods","grace"?,"firstDue","method"?,"channel"?}`: a partner bank's loan
/// received today; instalments fall due monthly from `firstDue`.
struct BorrowingInput: Content {
    var principal: NumberText?
    var ratePercent: String?
    var periods: Int?
    var grace: Int?
    var firstDue: String?
    var method: String?
    var channel: String?
}

/// `{"direction":"received"|"made","amount","channel"?}`.
struct EquityInput: Content {
    var direction: String?
    var amount: NumberText?
    var channel: String?
}

/// `{"name","measure"?,"target","unit"?}` for a new indicator; `{"indicatorId","actual"}` for an entered one's figure.
struct IndicatorInput: Content {
    var indicatorId: UUID?
    var name: String?
    var measure: String?
    var target: NumberText?
    var unit: String?
    var actual: NumberText?
}

/// A partner bank's loan: its terms, what is owed and repaid, the next instalment and the whole schedule.
struct BorrowingDTO: Content {
    struct Instalment: Content {
        var number: Int
        var dueOn: String?
        var principal: String
        var interest: String
        var payment: String
        var balance: String
        var paidOn: String?
    }
    var principal: String
    var ratePercent: String
    var method: String
    var periods: Int
    var grace: Int
    var firstDue: String
    var receivedOn: String
    var owed: String
    var repaid: String
    var next: Instalment?
    var schedule: [Instalment]

    init(_ p: BorrowingStore.Position) {
        let paid = Dictionary(uniqueKeysWithValues: p.payments.map { ($0.number, $0.paidOn.description) })
        func row(_ i: Installment) -> Instalment {
            Instalment(
                number: i.number, dueOn: i.due?.description, principal: String(i.principal), interest: String(i.interest),
                payment: String(i.payment), balance: String(i.balance), paidOn: paid[i.number])
        }
        (principal, method, periods, grace) = (String(p.loan.principal), p.loan.method.rawValue, p.loan.periods, p.loan.grace)
        ratePercent = InterestRate.percent(p.loan.annualRate)
        (firstDue, receivedOn) = (p.loan.firstDue.description, p.loan.receivedOn.description)
        (owed, repaid) = (String(p.owed), String(p.repaid))
        next = p.next.map(row)
        schedule = p.schedule.installments.map(row)
    }
}

struct EquityDTO: Content {
    var direction: String
    var amount: String
    var movedOn: String
}

struct IndicatorDTO: Content {
    var id: UUID
    var name: String
    var measure: String
    var target: String
    var actual: String
    var percent: Int
    var unit: String?

    init(_ i: BenefitStore.Indicator) {
        (id, name, measure, unit) = (i.record.id!, i.record.name, i.record.measure.rawValue, i.record.unit)
        (target, actual, percent) = (String(i.benefit.target), String(i.benefit.actual), i.benefit.percent)
    }
}

struct PartnerDocumentDTO: Content {
    var id: UUID
    var title: String
    var partnerId: UUID
    var partnershipId: UUID?
    var uploadId: UUID
}

/// `{"key","owner","note"?}`.
struct RiskOwnerInput: Content {
    var key: String?
    var owner: String?
    var note: String?
}

struct PartnerDTO: Content {
    var id: UUID
    var name: String
    var kind: String
    var contactName: String?
    var phone: String?
    var email: String?
    var supplierId: UUID?
    var programmeId: UUID?

    init(_ p: PartnerRecord) {
        (id, name, kind, contactName, phone, email) = (p.id!, p.name, p.kind.rawValue, p.contactName, p.phone, p.email)
        (supplierId, programmeId) = (p.supplierID, p.programmeID)
    }
}

struct CommitmentDTO: Content {
    var id: UUID
    var partnershipId: UUID
    var party: String
    var what: String
    var dueOn: String
    var status: String
    var overdue: Bool
    var deliveredOn: String?
    var evidence: String?
    var uploadId: UUID?
    var entryId: UUID?

    init(_ c: CommitmentRecord, today: CivilDate) {
        (id, partnershipId, party, what, dueOn) = (c.id!, c.partnershipID, c.party.rawValue, c.what, c.due.description)
        (status, overdue) = (c.status.rawValue, Commitment.isOverdue(c.status, due: c.due, today: today))
        (deliveredOn, evidence, uploadId, entryId) = (
            c.deliveredOn?.description, c.evidence, c.evidenceUploadID, c.evidenceEntryID
        )
    }
}

struct PartnershipDTO: Content {
    struct Task: Content {
        var task: String
        var parties: [String: String]
    }
    struct Review: Content {
        var reviewedOn: String
        var committed: Int
        var delivered: Int
        var diverging: Bool
        var decision: String
        var note: String
        var by: String
        /// The benefits against their targets as the review found them.
        var benefits: [ReviewBenefit]
    }
    struct ReviewBenefit: Content {
        var name: String
        var measure: String
        var target: String
        var actual: String
        var percent: Int
    }
    var id: UUID
    var partnerId: UUID
    var kind: String
    var title: String
    var ourGoals: String
    var theirGoals: String
    var start: String
    var end: String?
    var value: String
    var status: String
    var tasks: [Task]?
    var commitments: [CommitmentDTO]?
    var reviews: [Review]?
    /// Of what each side owed by today, the share delivered on time, in percent (none when nothing is due).
    var fulfilment: [String: Int]?
    /// The same, quarter by quarter of the due days: each side's track record over time.
    var record: [Quarter]?
    struct Quarter: Content {
        var quarter: String
        var party: String
        var due: Int
        var kept: Int
    }
    /// A financial agreement's `grant`, `loan` or `equity`, once said or booked.
    var financing: String?
    /// A financial agreement's grant money: received, spent on its purpose, left.
    var grant: GrantDTO?
    /// The partner bank's loan received under it, with its schedule.
    var loan: BorrowingDTO?
    var equity: [EquityDTO]?
    /// The benefits it is measured by, each with its target and actual figure.
    var indicators: [IndicatorDTO]?
    var documents: [PartnerDocumentDTO]?
    var actions: [String]

    /// What a whole agreement carries beside its own fields.
    struct Parts {
        var tasks: [ResponsibilityTask]
        var commitments: [CommitmentRecord]
        var reviews: [PartnershipReviewRecord]
        var grants: [GrantMovementRecord]
        var loan: BorrowingStore.Position?
        var equity: [EquityMovementRecord]
        var indicators: [BenefitStore.Indicator]
        var documents: [PartnerDocumentRecord]
    }

    init(_ p: PartnershipRecord, today: CivilDate, manager: Bool, parts: Parts) {
        self.init(
            p, today: today, manager: manager, tasks: parts.tasks, commitments: parts.commitments, reviews: parts.reviews,
            grants: parts.grants)
        loan = parts.loan.map(BorrowingDTO.init)
        equity = parts.equity.map {
            EquityDTO(direction: $0.direction.rawValue, amount: String($0.amount), movedOn: $0.movedOn.description)
        }
        indicators = parts.indicators.map(IndicatorDTO.init)
        documents = parts.documents.map {
            PartnerDocumentDTO(
                id: $0.id!, title: $0.title, partnerId: $0.partnerID, partnershipId: $0.partnershipID, uploadId: $0.uploadID)
        }
    }

    init(
        _ p: PartnershipRecord, today: CivilDate, manager: Bool, tasks: [ResponsibilityTask]? = nil,
        commitments: [CommitmentRecord]? = nil, reviews: [PartnershipReviewRecord]? = nil,
        grants: [GrantMovementRecord]? = nil
    ) {
        financing = p.financing?.rawValue
        grant = p.kind == .financial && p.financing != .loan && p.financing != .equity ? grants.map(GrantDTO.init) : nil
        (id, partnerId, kind, title, ourGoals, theirGoals) = (
            p.id!, p.partnerID, p.kind.rawValue, p.title, p.ourGoals, p.theirGoals
        )
        (start, end, value, status) = (p.start.description, p.end?.description, String(p.value), p.status.rawValue)
        self.tasks = tasks?.map { Task(task: $0.task, parties: $0.parties.mapValues(\.rawValue)) }
        self.commitments = commitments?.map { CommitmentDTO($0, today: today) }
        self.reviews = reviews?.map {
            Review(
                reviewedOn: $0.reviewedOn.description, committed: $0.committed, delivered: $0.delivered,
                diverging: $0.diverging, decision: $0.decision.rawValue, note: $0.note, by: $0.byName,
                benefits: $0.benefits.map {
                    ReviewBenefit(
                        name: $0.name, measure: $0.measure.rawValue, target: String($0.target), actual: String($0.actual),
                        percent: $0.benefit.percent)
                })
        }
        fulfilment = commitments.map { all in
            PartnershipParty.allCases.reduce(into: [String: Int]()) { rates, party in
                rates[party.rawValue] = Commitment.fulfilment(
                    all.filter { $0.party == party }.map { ($0.status, $0.due, $0.deliveredOn) }, today: today)
            }
        }
        record = commitments.map { all in
            PartnershipParty.allCases.flatMap { party in
                Commitment.record(all.filter { $0.party == party }.map { ($0.status, $0.due, $0.deliveredOn) }, today: today)
                    .map { Quarter(quarter: $0.label, party: party.rawValue, due: $0.due, kept: $0.kept) }
            }
        }
        actions = manager ? p.status.allowed.map(\.rawValue) : []
    }
}

struct PartnershipRiskDTO: Content {
    var kind: String
    var key: String
    /// The risk in words, in the reader's language.
    var evidence: String
    var facts: [String: String]
    var partnershipId: UUID?
    var partnerId: UUID?
    var owner: String?
    var status: String
    var note: String?
}

struct RiskRulesDTO: Content {
    struct Input: Content {
        var dependencePercent: Int?
        var reviewMonths: Int?
        var endingDays: Int?
    }
    var dependencePercent: Int
    var reviewMonths: Int
    var endingDays: Int

    init(_ r: PartnershipRiskRules) {
        (dependencePercent, reviewMonths, endingDays) = (r.dependencePercent, r.reviewMonths, r.endingDays)
    }
}
