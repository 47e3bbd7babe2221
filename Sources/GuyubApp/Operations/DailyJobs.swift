import Fluent
import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// The server's daily work, while it runs: each cooperative's loans' day once its day has begun (then its
/// referrals decided and vouchers expired), and
/// answers kept for retries (idempotency keys) dropped after a week. Every server of a deployment may
/// run it: a second run of a day changes nothing.
struct DailyJobs: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        let arguments = app.environment.arguments.dropFirst()
        guard arguments.first == nil || arguments.first == "serve" || arguments.contains("--serve") else { return }
        let task = Task.detached {
            var closed: [UUID: CivilDate] = [:]
            while !Task.isCancelled {
                await Self.catchUp(app, closed: &closed)
                try? await Task.sleep(for: .seconds(15 * 60))
            }
        }
        app.storage[TaskKey.self] = task
    }

    func shutdownAsync(_ app: Application) async {
        app.storage[TaskKey.self]?.cancel()
    }

    private struct TaskKey: StorageKey { typealias Value = Task<Void, Never> }

    private static func catchUp(_ app: Application, closed: inout [UUID: CivilDate]) async {
        guard let cooperatives = try? await CooperativeRecord.query(on: app.db).all() else { return }
        // One cooperative at a time, so that each statement stays on the node that holds it.
        for cooperative in cooperatives {
            guard let id = cooperative.id else { continue }
            do {
                try await IdempotencyRecord.prune(Tenant(cooperativeID: id, db: app.db), now: app.clock.now())
            } catch {
                app.logger.warning(
                    "old idempotency keys not dropped; will try again", metadata: ["cooperative": "\(id)", "error": "\(error)"])
            }
            let today = app.today(at: cooperative)
            guard closed[id] != today else { continue }
            do {
                let result = try await LoanDay.closeDay(for: cooperative, on: today, db: app.db, by: .commandLine("close-day"))
                let consumers = try await ConsumerDay.closeDay(
                    for: cooperative, on: today, db: app.db, by: .commandLine("close-day"))
                let reminded = try await PartnershipStore.remind(for: cooperative, on: today, now: app.clock.now(), db: app.db)
                closed[id] = today
                app.logger.info(
                    "loans' day closed",
                    metadata: [
                        "cooperative": "\(id)", "date": "\(today)",
                        "late": "\(result.late)", "penalties": "\(result.penalties)",
                        "rewarded": "\(consumers.rewarded)", "expired": "\(consumers.expired)",
                        "partnersReminded": "\(reminded)",
                    ])
            } catch {
                app.logger.warning(
                    "loans' day not closed; will try again", metadata: ["cooperative": "\(id)", "error": "\(error)"])
            }
        }
    }
}
