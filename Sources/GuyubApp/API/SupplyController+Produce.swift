import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Members' produce through the API, and each member's business with the cooperative for the SHU.
extension SupplyController {
    /// `POST /api/v1/produce/intakes {"memberId","productId","quantity","price","grade"?,"payment":"cash"|"savings"}`
    /// → 201: weighed in, paid at the day's price, into stock, counted for the member's SHU.
    func takeProduce(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let input = try request.content.decode(ProduceIntakeInput.self)
        guard let member = input.memberId else { throw SupplyError.field(.required("memberId")) }
        guard let product = input.productId else { throw SupplyError.field(.required("productId")) }
        let quantity = try Self.quantity(input.quantity)
        let price = try Self.money(input.price, field: "price", decimals: principal.decimals)
        let grade = try ProduceGrade.read(input.grade)
        guard let given = input.payment else { throw SupplyError.field(.required("payment")) }
        guard let payment = ProducePayment(rawValue: given) else { throw SupplyError.field(.invalidChoice("payment")) }
        let name = try await MemberStore(tenant).find(member).name
        let intake = try await ProduceStore(tenant).take(
            ProduceStore.Intake(
                memberID: member, productID: product, quantity: quantity, price: price, grade: grade, payment: payment,
                unitID: input.unitId), on: request.today(), description: request.booksText.produceTaken(from: name),
            by: principal.actor)
        return try created(ProduceIntakeDTO(intake, decimals: principal.decimals))
    }

    /// `GET /api/v1/produce/intakes?memberId=&from=&to=`: newest first.
    func intakes(_ request: Request) async throws -> [ProduceIntakeDTO] {
        let principal = try request.authorize(.viewStore)
        var member: UUID?
        if let text = try request.queryValue("memberId") {
            guard let id = UUID(uuidString: text) else { throw FieldError.invalidChoice("memberId") }
            member = id
        }
        let from = try StoreController.date(try request.queryValue("from"), field: "from")
        let to = try StoreController.date(try request.queryValue("to"), field: "to")
        return try await ProduceStore(request.tenant()).intakes(of: member, from: from, to: to).map {
            ProduceIntakeDTO($0, decimals: principal.decimals)
        }
    }

    /// `GET /api/v1/members/{id}/business?year=YYYY`: the member's business for the SHU, oldest first; a member
    /// may read their own.
    func memberBusiness(_ request: Request) async throws -> [BusinessRecordDTO] {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let member = try await MemberStore(tenant).find(request.parameters.get("id", as: UUID.self))
        try request.authorizeSavings(of: member)
        let year = try request.queryInteger("year", in: 1900...2500) ?? (try request.today()).year
        return try await SHUStore(tenant).business(ofMember: member.requireID(), year: year).map {
            BusinessRecordDTO(
                date: $0.date.description, source: $0.source.apiName,
                amount: Amount.string($0.amount, decimals: principal.decimals),
                reference: $0.reference)
        }
    }
}

extension SHURules.BusinessSource {
    /// As the API names it: `store`, `produce`, `loan_interest`.
    var apiName: String { self == .loanInterest ? "loan_interest" : rawValue }
}
