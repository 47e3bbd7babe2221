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
    }

    func show(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let detail = try await JournalQueries(tenant).entry(request.parameters.get("id", as: UUID.self))
        let moved = try await SavingsStore(tenant).movements(of: detail.entry)
        let own = try await MemberStore(tenant).find(userID: principal.userID)
        let reader = DocumentReader(roles: principal.roles, memberID: own?.id)
        let visible = moved.filter { reader.sees($0.member.id!) }
        guard reader.seesEveryone || !visible.isEmpty else { throw LedgerError.entryNotFound }

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
            description: detail.entry.description,
            total: reader.seesEveryone ? detail.entry.total : visible.reduce(0) { $0 + Int64($1.amount.magnitude) },
            channel: channels.first,
            parties: visible.map { move in
                let owner = move.member.id!
                return .init(memberID: owner, name: move.member.name, number: move.member.memberNumber,
                             kind: SavingsKind(rawValue: move.account.kind) ?? .sukarela, amount: move.amount,
                             balanceAfter: reader.seesBalance(of: owner, isRecipientOfTransfer: kind == .transfer && move.amount > 0)
                                ? move.balanceAfter : nil)
            },
            lines: detail.lines.map { line in
                let account = detail.accounts[line.accountID]
                return .init(code: account?.code ?? "", name: (request.language == .en ? account?.nameEN : account?.nameID) ?? "",
                             debit: line.debit, credit: line.credit)
            },
            recordedBy: detail.entry.createdByName, reversedBy: detail.reversedBy, showsLines: reader.seesEveryone,
            links: .init(books: principal.allows(.viewBooks), teller: principal.allows(.handleCash),
                         member: principal.allows(.viewMembers) || own != nil))
        return request.html(Receipt.View.render(model, in: request.pageContext()))
    }
}
