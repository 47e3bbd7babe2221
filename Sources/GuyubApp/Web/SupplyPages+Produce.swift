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
        var model = SupplyProduce.Model(
            products: products.map { ($0.id!, $0.name) },
            units: try await BusinessUnitStore(tenant).all().filter(\.active).map { ($0.id!, $0.name) },
            intakes: intakes.map {
                .init(
                    number: $0.number, member: members[$0.memberID] ?? "", product: names[$0.productID]?.name ?? "",
                    unit: names[$0.productID]?.unit ?? "", quantity: $0.quantity, grade: $0.grade, price: $0.price,
                    amount: $0.amount, payment: $0.payment)
            }, canTake: principal.allows(.manageStock))
        model.runs = try await ProcessingStore(tenant).all().prefix(20).map {
            .init(
                date: $0.runOn, input: names[$0.inputProductID]?.name ?? "", inputQuantity: $0.inputQuantity,
                output: names[$0.outputProductID]?.name ?? "", outputQuantity: $0.outputQuantity, cost: $0.cost, yield: $0.yield)
        }
        return model
    }

    struct ProcessForm: Content {
        var inputProductId: String?
        var inputQuantity: String?
        var outputProductId: String?
        var outputQuantity: String?
        var cost: String?
        var unitId: String?
    }

    func process(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let form = try request.content.decode(ProcessForm.self)
        do {
            guard let input = UUID(uuidString: form.inputProductId ?? ""),
                let output = UUID(uuidString: form.outputProductId ?? "")
            else { throw SupplyError.field(.required("productId")) }
            var cost: Int64 = 0
            if let text = form.cost, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                do { cost = try Amount.parse(text, decimals: principal.decimals) } catch {
                    throw SupplyError.amountInvalid("cost")
                }
            }
            let products = ProductStore(tenant)
            let (from, into) = (try await products.find(input).name, try await products.find(output).name)
            _ = try await ProcessingStore(tenant).run(
                input: (input, try Quantity.parse(form.inputQuantity)), output: (output, try Quantity.parse(form.outputQuantity)),
                cost: cost, unitID: UUID(uuidString: form.unitId ?? ""), on: request.today(),
                description: request.booksText.processed(from, into: into), by: principal.actor)
            return request.redirect(to: SiteURL.supplyProduce.path, notice: "processed")
        } catch let error as any DomainError {
            var model = try await produceModel(request)
            model.values = [
                "inputProductId": form.inputProductId ?? "", "inputQuantity": form.inputQuantity ?? "",
                "outputProductId": form.outputProductId ?? "", "outputQuantity": form.outputQuantity ?? "",
                "cost": form.cost ?? "",
                "unitId": form.unitId ?? "",
            ]
            return Self.refused(error, fields: [], request) {
                model.errors = ["process": $0.values.first ?? ""]
                return SupplyProduce.View.render(model, in: request.pageContext())
            }
        }
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
