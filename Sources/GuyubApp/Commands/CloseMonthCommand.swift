import ConsoleKit
import Fluent
import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// `guyub close-month --cooperative ID --month 2026-11`: posts the month's sukarela interest, term
/// deposits' accruals and maturities and the tax withheld, bills its wajib, then closes it. Running
/// it again changes nothing.
struct CloseMonthCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cooperative")
        var cooperative: String?
        @Option(name: "month")
        var month: String?
    }

    var help: String { Guyub.cliText.commandHelp(["close-month"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        try await app.migrate()
        let cooperative = try await CooperativeChoice.resolve(signature.cooperative, on: app.db, text: text)
        let today = app.today(at: cooperative)
        let tenant = Tenant(cooperativeID: cooperative.id!, db: app.db)
        let month: YearMonth
        if let written = signature.month {
            guard let parsed = YearMonth(written) else {
                throw CommandFailure(message: text.message(for: FieldError.invalidDate("month")))
            }
            month = parsed
        } else {
            month = try await MonthEnd(tenant).nextMonth(today: today)
        }
        do {
            let plan = try await app.db.write { db in
                let monthEnd = MonthEnd(tenant.withDatabase(db))
                let plan = try await monthEnd.plan(month, today: today)
                try await monthEnd.close(plan, texts: .init(month), by: .commandLine("close-month"))
                return plan
            }
            if plan.alreadyClosed {
                context.console.info(text.monthAlreadyClosed(month))
            } else {
                context.console.success(
                    text.monthClosed(
                        month, interest: plan.sukarelaInterest, tax: plan.sukarelaTax,
                        accrued: plan.accrued, maturities: plan.maturities.count,
                        dues: plan.duesToBill))
            }
        } catch let error as any DomainError {
            throw CommandFailure(message: text.message(for: error))
        }
    }
}
