import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Members' harvest in the browser: taken in at the scale by member number (or the card's QR code).
extension SupplyPages {
    func produce(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        return request.html(SupplyProduce.View.render(try await produceModel(request), in: request.pageContext()))
    }

    private func produceModel(_ request: Request) async throws -> SupplyProduce.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let products = try await tenant.query(ProductRecord.self).filter(\.$active == true).filter(\.$consignorID == nil)
            .sort(\.$name).all()
        let intakes = try await ProduceStore(tenant).intakes(limit: 50)
        let members = Dictionary(
            uniqueKeysWithValues: try await tenant.query(MemberRecord.self).filter(\.$id ~~ Set(intakes.map(\.memberID))).all()
                .map { ($0.id!, $0.name) })
        let names = Dictionary(uniqueKeysWithValues: products.map { ($0.id!, $0) })
        return SupplyProduce.Model(
            products: products.map { ($0.id!, $0.name) },
            units: try await BusinessUnitStore(tenant).all().filter(\.active).map { ($0.id!, $0.name) },
            intakes: intakes.map {
                .init(
                    number: $0.number, member: members[$0.memberID] ?? "", product: names[$0.productID]?.name ?? "",
                    unit: names[$0.productID]?.unit ?? "", quantity: $0.quantity, grade: $0.grade, price: $0.price,
                    amount: $0.amount, payment: $0.payment)
            }, canTake: principal.allows(.manageStock))
    }

    struct ProduceForm: Content {
        var memberNumber: String?
        var productId: String?
        var quantity: String?
        var grade: String?
        var price: String?
        var payment: String?
        var unitId: String?
    }

    func takeProduce(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let form = try request.content.decode(ProduceForm.self)
        do {
            guard let number = MemberCard.number(in: form.memberNumber ?? "") else {
                throw SupplyError.field(.required("memberId"))
            }
            let member = try await MemberStore(tenant).find(number: number)
            guard let product = UUID(uuidString: form.productId ?? "") else { throw SupplyError.field(.required("productId")) }
            guard let payment = ProducePayment(rawValue: form.payment ?? "") else {
                throw SupplyError.field(.invalidChoice("payment"))
            }
            _ = try await ProduceStore(tenant).take(
                .init(
                    memberID: member.id!, productID: product,
                    quantity: try SupplyController.quantity(NumberText(form.quantity ?? "")),
                    price: try StoreController.price(form.price, field: "price", decimals: principal.decimals),
                    grade: try ProduceGrade.read(form.grade), payment: payment, unitID: UUID(uuidString: form.unitId ?? "")),
                on: request.today(), description: request.booksText.produceTaken(from: member.name), by: principal.actor)
            return request.redirect(to: SiteURL.supplyProduce.path, notice: "produce_taken")
        } catch let error as any DomainError {
            var model = try await produceModel(request)
            model.values = [
                "memberNumber": form.memberNumber ?? "", "productId": form.productId ?? "", "quantity": form.quantity ?? "",
                "grade": form.grade ?? "", "price": form.price ?? "", "payment": form.payment ?? "", "unitId": form.unitId ?? "",
            ]
            return Self.refused(
                error, fields: ["memberId", "productId", "quantity", "grade", "price", "payment", "unitId"], request
            ) {
                model.errors = $0
                return SupplyProduce.View.render(model, in: request.pageContext())
            }
        }
    }
}
