import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `GET /receipts/{entryId}`: the printable proof of an entry. Those who handle or read savings and
/// the books may see any; a member sees those that moved their own savings.
struct ReceiptPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("receipts", ":id", use: show)
    }

    func show(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let detail = try await JournalQueries(tenant).entry(request.parameters.get("id", as: UUID.self))
        let moved = try await SavingsStore(tenant).movements(of: detail.entry)
        let staff = principal.allows(.viewSavings) || principal.allows(.viewBooks)
        guard staff || moved.contains(where: { $0.member.userID == principal.userID }) else { throw LedgerError.entryNotFound }

        let channels = detail.lines.compactMap { line in
            detail.accounts[line.accountID]?.role.flatMap(AccountRole.init(rawValue:)).flatMap { role in
                PaymentChannel.allCases.first { $0.role == role }
            }
        }
        let kind: Receipt.Model.Kind = switch detail.entry.sourceType {
        case "savings.deposit": .deposit
        case "savings.withdrawal", "savings.break": .withdrawal
        case "savings.transfer": .transfer
        case "savings.exit": .exit
        case "reversal": .reversal
        default: .entry
        }
        let model = Receipt.Model(
            kind: kind, cooperativeName: principal.cooperativeName, entryID: detail.entry.id!, number: detail.entry.number,
            date: CivilDate(iso: detail.entry.entryDate)!, recordedAt: detail.entry.createdAt,
            description: detail.entry.description, total: detail.entry.total, channel: channels.first,
            parties: moved.map { .init(memberID: $0.member.id!, name: $0.member.name, number: $0.member.memberNumber,
                                       kind: SavingsKind(rawValue: $0.account.kind) ?? .sukarela, amount: $0.amount,
                                       balanceAfter: $0.balanceAfter) },
            lines: detail.lines.map { line in
                let account = detail.accounts[line.accountID]
                return .init(code: account?.code ?? "", name: (request.language == .en ? account?.nameEN : account?.nameID) ?? "",
                             debit: line.debit, credit: line.credit)
            },
            recordedBy: detail.entry.createdByName, reversedBy: detail.reversedBy, showsLines: staff)
        return request.html(Receipt.View.render(model, in: request.pageContext()))
    }
}
