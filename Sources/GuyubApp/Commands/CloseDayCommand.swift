import ConsoleKit
import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `guyub close-day [--cooperative ID] [--date YYYY-MM-DD]`: the loans' daily job (penalties, arrears,
/// collectibility, allowance), then the referrals decided and the vouchers expired, for one cooperative or
/// every one. Running it twice changes nothing.
struct CloseDayCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cooperative")
        var cooperative: String?
        @Option(name: "date")
        var date: String?
    }

    var help: String { Guyub.cliText.commandHelp(["close-day"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        try await app.migrate()
        var date: CivilDate?
        if let written = signature.date {
            guard let parsed = CivilDate(written: written) else {
                throw CommandFailure(message: text.message(for: LoanError.field(.invalidDate("date"))))
            }
            date = parsed
        }
        let cooperatives =
            signature.cooperative == nil
            ? try await CooperativeRecord.query(on: app.db).sort(\.$name).all()
            : [try await CooperativeChoice.resolve(signature.cooperative, on: app.db, text: text)]
        for cooperative in cooperatives {
            let day = date ?? app.today(at: cooperative)
            do {
                let result = try await LoanDay.closeDay(for: cooperative, on: day, db: app.db, by: .commandLine("close-day"))
                context.console.success(
                    "\(cooperative.name): "
                        + text.loansClosedDay(
                            day, loans: result.loans, late: result.late, penalties: result.penalties,
                            allowance: result.allowanceChange))
                let consumers = try await ConsumerDay.closeDay(
                    for: cooperative, on: day, db: app.db, by: .commandLine("close-day"))
                context.console.success(
                    "\(cooperative.name): "
                        + text.consumersClosedDay(
                            rewarded: consumers.rewarded, refused: consumers.refused, expired: consumers.expired))
                let reminded = try await PartnershipStore.remind(for: cooperative, on: day, now: app.clock.now(), db: app.db)
                context.console.success("\(cooperative.name): " + text.partnersReminded(reminded))
            } catch let error as any DomainError {
                throw CommandFailure(message: "\(cooperative.name): " + text.message(for: error))
            }
        }
    }
}

extension LoanDay {
    /// One cooperative's day, in a transaction of its own, its entry worded in Indonesian.
    static func closeDay(for cooperative: CooperativeRecord, on day: CivilDate, db: any Database, by actor: Actor) async throws
        -> Result
    {
        let tenant = Tenant(cooperativeID: try cooperative.requireID(), db: db)
        return try await db.write { db in
            try await LoanDay(tenant.withDatabase(db)).close(day, texts: .init(day), by: actor)
        }
    }
}

extension ConsumerDay {
    /// One cooperative's referrals and vouchers for the day, in a transaction of its own.
    static func closeDay(for cooperative: CooperativeRecord, on day: CivilDate, db: any Database, by actor: Actor)
        async throws -> Result
    {
        let tenant = Tenant(cooperativeID: try cooperative.requireID(), db: db)
        return try await db.write { db in try await ConsumerDay(tenant.withDatabase(db)).close(day, by: actor) }
    }
}

extension PartnershipStore {
    /// One cooperative's reminders to partners of what they owe overdue, in a transaction of its own.
    static func remind(for cooperative: CooperativeRecord, on day: CivilDate, now: Date, db: any Database) async throws
        -> Int
    {
        let tenant = Tenant(cooperativeID: try cooperative.requireID(), db: db)
        return try await db.write { db in
            try await PartnershipStore(tenant.withDatabase(db)).remindOverdue(on: day, now: now) { partner, what, due in
                Catalogue(.id).commitmentReminder(partner: partner, cooperative: cooperative.name, what: what, due: due)
            }
        }
    }
}
