import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `GET /receipts/{entryId}`: the printable proof of an entry. Those who handle or read savings and
/// the books may see any; a member sees those that moved their own savings, and on them only their own
/// lines (a month's interest names every member; the member sees theirs, and their amount as the total).
struct ReceiptPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("receipts", ":id", use: show)
        routes.get("receipts", ":id", "slip", use: slip)
    }

    func show(_ request: Request) async throws -> Response {
        request.html(Receipt.View.render(try await model(request), in: request.pageContext()))
    }

    /// `GET /receipts/{entryId}/slip`: the same receipt for a 58 mm thermal printer.
    func slip(_ request: Request) async throws -> Response {
        request.html(Receipt.View.slip(try await model(request), in: request.pageContext()))
    }

    private func model(_ request: Request) async throws -> Receipt.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let detail = try await JournalQueries(tenant).entry(request.parameters.get("id", as: UUID.self))
        let moved = try await SavingsStore(tenant).movements(of: detail.entry)
        let own = try await MemberStore(tenant).find(userID: principal.userID)
        let reader = DocumentReader(roles: principal.roles, memberID: own?.id)
        let visible = moved.filter { reader.sees($0.member.id!) }
        let source = detail.entry.sourceType
        let repayment = source == .loanRepayment ? try await LoanStore(tenant).repaymentReceipt(entry: detail.entry.id!) : nil
        // A borrower sees the receipt of their own instalment.
        let ownInstalment = repayment.map { $0.memberID != nil && reader.sees($0.memberID!) } ?? false
        guard reader.seesEveryone || !visible.isEmpty || ownInstalment else { throw LedgerError.entryNotFound }

        let channels = detail.lines.compactMap { line in
            detail.accounts[line.accountID]?.role.flatMap { role in
                PaymentChannel.allCases.first { $0.role == role }
            }
        }
        let kind: Receipt.Model.Kind =
            switch source {
            case .savingsDeposit: .deposit
            case .savingsWithdrawal, .savingsBreak: .withdrawal
            case .savingsTransfer: .transfer
            case .savingsExit: .exit
            case .loanRepayment where repayment != nil: .repayment
            case .reversal: .reversal
            default: .entry
            }
        var model = Receipt.Model(
            kind: kind, cooperativeName: principal.cooperativeName, entryID: detail.entry.id!, number: detail.entry.number,
            date: detail.entry.entryDate, recordedAt: detail.entry.createdAt,
            description: detail.entry.description,
            total: reader.seesEveryone
                ? detail.entry.total
                : ownInstalment
                    ? repayment.map { $0.principal + $0.interest + $0.penalty } ?? 0
                    : visible.reduce(0) { $0 + Int64($1.amount.magnitude) },
            channel: channels.first,
            parties: visible.map { move in
                let owner = move.member.id!
                return .init(
                    memberID: owner, name: move.member.name, number: move.member.memberNumber,
                    kind: move.account.kind, amount: move.amount,
                    balanceAfter: reader.seesBalance(of: owner, isRecipientOfTransfer: kind == .transfer && move.amount > 0)
                        ? move.balanceAfter : nil)
            },
            lines: detail.lines.map { line in
                let account = detail.accounts[line.accountID]
                return .init(
                    code: account?.code ?? "", name: (request.language == .en ? account?.nameEN : account?.nameID) ?? "",
                    debit: line.debit, credit: line.credit)
            },
            recordedBy: detail.entry.createdByName, reversedBy: detail.reversedBy, showsLines: reader.seesEveryone,
            links: .init(
                books: principal.allows(.viewBooks), teller: principal.allows(.handleCash),
                member: principal.allows(.viewMembers) || own != nil))
        model.instalment = repayment.map {
            .init(
                loanID: $0.loanID, loanNumber: $0.number, borrower: $0.borrower, paid: $0.instalments, scheduled: $0.scheduled,
                principal: $0.principal, interest: $0.interest, penalty: $0.penalty, outstanding: $0.outstanding)
        }
        return model
    }
}
