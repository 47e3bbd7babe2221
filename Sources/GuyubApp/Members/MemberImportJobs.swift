import Fluent
import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// Member lists imported in batches that each commit, so that a sheet of a hundred thousand rows never
/// holds the database (and every other cooperative) for long. A job cut short carries on where it was:
/// each run plans the sheet again, and the rows registered meanwhile are then already registered.
enum MemberImportJobs {
    static let batchSize = 200
    /// A running job whose worker has said nothing for this long is taken up by another.
    static let quietAfter: TimeInterval = 60

    /// Keeps a planned sheet, waiting for confirmation (`preview`) or to be imported (`pending`).
    static func open(
        _ tenant: Tenant, csv: String, fileName: String, plan: MemberImporter.Plan, status: ImportJobStatus,
        on date: CivilDate, by actor: Actor
    ) async throws -> MemberImportRecord {
        let job = MemberImportRecord()
        job.fileName = String(fileName.prefix(200))
        job.content = csv
        job.status = status
        job.accepted = plan.accepted.count
        job.skipped = plan.skipped.count
        job.rejected = plan.rejected.count
        job.imported = 0
        job.importDate = date
        job.createdByUserID = actor.userID
        job.createdByName = actor.name
        try await tenant.create(job)
        return job
    }

    /// Confirms a previewed job; a job already confirmed is left as it is (a second tap changes nothing).
    static func confirm(_ tenant: Tenant, _ id: UUID?) async throws -> MemberImportRecord {
        guard let job = try await tenant.find(MemberImportRecord.self, id) else { throw AccessError.notFound }
        if let next = job.status.confirmed(accepting: job.accepted) {
            job.status = next
            try await job.update(on: tenant.db)
        }
        return job
    }

    /// Claims the next job waiting, or left quiet, in any cooperative: its cooperative and id.
    static func claim(_ db: any Database, now: Date = Date()) async throws -> (cooperative: UUID, job: UUID)? {
        let candidates = try await MemberImportRecord.query(on: db).group(.or) { or in
            or.filter(\.$status == ImportJobStatus.pending)
            or.group(.and) {
                $0.filter(\.$status == ImportJobStatus.running).filter(\.$heartbeatAt < now.addingTimeInterval(-quietAfter))
            }
        }.sort(\.$createdAt).limit(5).all()
        for job in candidates {
            // Taken by the one whose update still finds it waiting or quiet.
            let taken = try await db.write { db in
                try await db.sql.raw(
                    """
                    UPDATE member_imports SET status = \(bind: ImportJobStatus.running), heartbeat_at = \(bind: now)
                    WHERE id = \(bind: job.id!) AND cooperative_id = \(bind: job.cooperativeID)
                      AND (status = \(bind: ImportJobStatus.pending)
                           OR (status = \(bind: ImportJobStatus.running) AND heartbeat_at < \(bind: now.addingTimeInterval(-quietAfter))))
                    RETURNING id
                    """
                ).all()
            }
            if !taken.isEmpty { return (job.cooperativeID, job.id!) }
        }
        return nil
    }

    /// Registers the job's rows, `batchSize` at a time, each batch in a transaction of its own.
    static func run(_ job: UUID, cooperative: UUID, db: any Database) async throws {
        let tenant = Tenant(cooperativeID: cooperative, db: db)
        guard let record = try await tenant.find(MemberImportRecord.self, job), record.status == .running else { return }
        let plan = try await MemberImporter(store: MemberStore(tenant)).plan(csv: record.content)
        let date = record.importDate
        let actor = Actor(userID: record.createdByUserID, name: record.createdByName)
        for start in stride(from: 0, to: plan.accepted.count, by: batchSize) {
            let batch = MemberImporter.Plan(accepted: Array(plan.accepted[start..<min(start + batchSize, plan.accepted.count)]))
            try await db.write { db in
                let tenant = Tenant(cooperativeID: cooperative, db: db)
                let registered = try await MemberImporter(store: MemberStore(tenant)).commit(batch, on: date, by: actor).count
                try await db.sql.raw(
                    """
                    UPDATE member_imports SET imported = imported + \(bind: registered), heartbeat_at = \(bind: Date())
                    WHERE id = \(bind: job) AND cooperative_id = \(bind: cooperative)
                    """
                ).run()
            }
        }
        try await db.write { db in
            try await db.sql.raw(
                """
                UPDATE member_imports SET status = \(bind: ImportJobStatus.done), finished_at = \(bind: Date()), heartbeat_at = \(bind: Date())
                WHERE id = \(bind: job) AND cooperative_id = \(bind: cooperative)
                """
            ).run()
        }
    }

    /// Runs every job waiting, one after another; for the worker, the command line and tests.
    static func runWaiting(_ db: any Database, logger: Logger) async {
        while let claimed = try? await claim(db) {
            do {
                try await run(claimed.job, cooperative: claimed.cooperative, db: db)
            } catch {
                // Left running: once quiet, it is taken up again.
                logger.warning(
                    "member import interrupted; will carry on", metadata: ["job": "\(claimed.job)", "error": "\(error)"])
                return
            }
        }
    }
}

/// Takes up member imports while the server runs: every few seconds, whatever is waiting or was left quiet
/// (every server of a deployment may: a job is claimed by one).
struct MemberImportWorker: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        // Tests run imports themselves, to know when they are done.
        guard app.environment != .testing else { return }
        let arguments = app.environment.arguments.dropFirst()
        guard arguments.first == nil || arguments.first == "serve" || arguments.contains("--serve") else { return }
        app.storage[TaskKey.self] = Task.detached {
            while !Task.isCancelled {
                await MemberImportJobs.runWaiting(app.db, logger: app.logger)
                try? await Task.sleep(for: .seconds(2))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        app.storage[TaskKey.self]?.cancel()
    }

    private struct TaskKey: StorageKey { typealias Value = Task<Void, Never> }
}
