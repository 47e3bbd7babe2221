import Foundation
import GuyubCore

/// The web app's addresses, typed, for links and form actions. The app registers its routes on the
/// same paths; a test follows every link a page renders to make sure it resolves.
package enum SiteURL: Sendable, Equatable {
    case home
    case signIn
    case signOut
    case language(Language, next: String)
    case dashboard
    case members(query: String = "", page: Int = 1, group: MemberGroup? = nil)
    case memberNew
    case member(UUID)
    case memberEdit(UUID)
    case memberCard(UUID)
    case memberStatus(UUID)
    case memberImport
    case memberImportJob(UUID)
    case memberImportConfirm(UUID)
    case audit(page: Int = 1)
    case users
    case teller(member: UUID? = nil, query: String = "")
    case tellerDeposit
    case tellerWithdrawal
    case tellerTransfer
    case tellerBreak(UUID)
    case receipt(UUID)
    /// The shop's counter, carrying the sale being built.
    case shop(_ state: [(String, String)] = [])
    case shopSell
    case shopSale(UUID, cashGiven: String = "")
    case shopReturn(UUID)
    case shopShifts
    case shopProgrammes
    case shopProgrammeCeilings
    /// A product's page (its form, stock, goods received, stock put right); a new one's form.
    case shopProduct(UUID)
    case shopProductNew
    case shopProductsCreate
    case shopProductReceipts(UUID)
    case shopProductAdjustments(UUID)
    case shopProductTransfers(UUID)
    case shopCustomers
    case shopCustomerPayment(UUID)
    case shopProgramme(UUID, month: String)
    /// Stock takes, one's count sheet, its counts and its approval.
    case shopStockTakes
    case shopStockTake(UUID)
    case shopStockTakeCounts(UUID)
    case shopStockTakeApprove(UUID)
    /// QRIS money in transit and its settlements.
    case shopQRIS
    /// The business units, who works in each, and their regions.
    case shopUnits
    case supply
    case supplySuppliers
    case supplySupplier(UUID)
    case supplySupplierPayments(UUID)
    case supplySupplierPrices(UUID)
    case supplyConsignment(UUID, ConsignmentStep)
    case supplyOrders
    case supplyOrderNew
    case supplyOrder(UUID)
    case supplyOrderAction(UUID, PurchaseOrderAction)
    case supplyOrderInvoices(UUID)
    case supplyProduce
    case supplyClaims
    case supplyProcessing
    case supplyStorage
    case supplyStorageRelease(UUID)
    case supplyClaimAction(UUID, ClaimAction)
    case supplyUpload(UUID)
    case supplyReport(from: CivilDate? = nil, to: CivilDate? = nil, csv: Bool = false)
    case supplyDeliveries
    /// Planning a delivery of a sale, to a credit customer, or of an order between units.
    case supplyDeliveryFrom(sale: UUID? = nil, customer: UUID? = nil, order: UUID? = nil)
    /// A cooperative's public pages, open without signing in: a consumer's sign-up (with a member's code)
    /// and sign-in by phone.
    case consumerJoin(cooperative: UUID, referral: String? = nil)
    case consumerSignIn(cooperative: UUID)
    /// The staff's consumers page, the board's referral rules, a member's referral card, a consumer's page.
    case consumers(query: String = "")
    case consumerRules
    case referral
    case consumerAccount
    case consumerMembership
    /// Ideas: the list and the form, one idea, a step on it (support, comments, the board's), its photo;
    /// the cooperative's public list.
    case ideas
    case idea(UUID)
    case ideaStep(UUID, String)
    /// Consultation sessions, one session, and a step on it (`guests`, `attendance`, `ideas`, `finish`…).
    case consultations
    case consultation(UUID)
    case consultationStep(UUID, String)
    /// How the cooperative's people take part: ideas, consumers gained, what referrals bring and cost.
    case engagement
    /// Partners and agreements, one agreement, a step on it; a commitment's step; partners; the risks' owners.
    case partnerships
    case partnership(UUID)
    case partnershipStep(UUID, String)
    case commitmentStep(UUID, String)
    case partners
    case partnershipRisks
    /// A document kept with a partner or an agreement: the file itself.
    case partnerDocument(UUID)
    case ideaPhoto(UUID, UUID)
    case publicIdeas(cooperative: UUID)
    case supplyDeliveryAction(UUID, DeliveryAction)
    case shopUnitsTemplate
    case shopUnitStaff(UUID)
    case shopUnitRegion(UUID)
    /// The shop's sales over a period, for one unit or all.
    case shopSalesReport(from: CivilDate? = nil, to: CivilDate? = nil, unit: UUID? = nil, csv: Bool = false)
    /// A programme's allocation lists, showing one season's farmers.
    case shopAllocations(UUID, season: UUID? = nil)
    case shopShift(UUID)
    case shopShiftClose(UUID)
    case shopProducts(low: Bool = false)
    /// The receipt on a 58 mm thermal slip.
    case receiptSlip(UUID)
    /// Moves the session to another of the user's cooperatives.
    case switchCooperative(UUID)
    case statement(UUID, from: CivilDate? = nil, to: CivilDate? = nil, csv: Bool = false)
    case arrears(csv: Bool = false, page: Int = 1)
    case billDues
    case savingsSettings
    case books
    case journal(from: CivilDate? = nil, to: CivilDate? = nil, page: Int = 1)
    case entry(UUID)
    case newEntry
    case reverseEntry(UUID)
    case chart
    case account(UUID)
    case report(Report.Model.Kind, from: CivilDate? = nil, to: CivilDate? = nil, unit: UUID? = nil, csv: Bool = false)
    case units
    case unit(UUID)
    case monthEnd
    case closeMonth(YearMonth)
    /// The public loan simulation, with the form's values.
    case loanSimulation([(String, String)] = [])
    case loans(status: String = "", page: Int = 1)
    case loanNew(member: UUID? = nil)
    case loan(UUID)
    case loanAction(UUID, LoanAction)
    case loanPortfolio(csv: Bool = false)
    case loanArrears(csv: Bool = false)
    case loanCloseDay
    case loanSettings(product: UUID? = nil)
    case loanProducts
    case loanRules
    case meetings
    case meetingRules
    case meeting(UUID)
    case meetingAction(UUID, MeetingAction)
    case meetingDocument(UUID, MeetingDocumentKind, csv: Bool = false)
    case resolutionAction(UUID, ResolutionAction)
    /// The years' closes and SHU distributions.
    case shu
    case shuYear(Int, page: Int = 1, csv: Bool = false)
    case shuSettings(Int)
    case shuClose
    case shuAction(Int, SHUAction)
    case shuPayout(Int, member: UUID)
    /// The public SHU simulation.
    case shuSimulation
    case script
    case stylesheet

    /// What the forms on a loan's page do: the core's actions, one form each.
    package typealias LoanAction = GuyubCore.LoanAction

    /// What the forms on a meeting's page do.
    package enum MeetingAction: String, Sendable, CaseIterable {
        case notice, start, close, checkIn = "check-in", resolutions, minutes, agenda, delegates, details
    }

    /// The printable documents of a meeting (and their CSV where they have one).
    package enum MeetingDocumentKind: String, Sendable, CaseIterable {
        case invitation, minutes, report, ministry = "ministry-report"
    }

    /// What the forms on a resolution do.
    package enum ResolutionAction: String, Sendable, CaseIterable {
        case open, close, vote
    }

    /// What the forms on a year's SHU page do.
    package enum SHUAction: String, Sendable, CaseIterable {
        case compute, post
    }

    package static func == (a: SiteURL, b: SiteURL) -> Bool { a.path == b.path }

    package var path: String {
        switch self {
        case .home: "/"
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .language(let language, let next): "/language/\(language.rawValue)" + query(["next": next])
        case .dashboard: "/dashboard"
        case .members(let text, let page, let group):
            "/members" + query(["q": text, "group": group?.rawValue ?? "", "page": page > 1 ? String(page) : ""])
        case .memberNew: "/members/new"
        case .member(let id): "/members/\(id.uuidString.lowercased())"
        case .memberEdit(let id): "/members/\(id.uuidString.lowercased())/edit"
        case .memberCard(let id): "/members/\(id.uuidString.lowercased())/card"
        case .memberStatus(let id): "/members/\(id.uuidString.lowercased())/status"
        case .memberImport: "/members/import"
        case .memberImportJob(let id): "/members/imports/\(id.uuidString.lowercased())"
        case .memberImportConfirm(let id): "/members/imports/\(id.uuidString.lowercased())/confirm"
        case .audit(let page): "/audit" + query(["page": page > 1 ? String(page) : ""])
        case .users: "/users"
        case .teller(let member, let text):
            "/teller" + query(["member": member.map { $0.uuidString.lowercased() } ?? "", "q": text])
        case .tellerDeposit: "/teller/deposits"
        case .tellerWithdrawal: "/teller/withdrawals"
        case .tellerTransfer: "/teller/transfers"
        case .tellerBreak(let id): "/teller/term-deposits/\(id.uuidString.lowercased())/break"
        case .receipt(let id): "/receipts/\(id.uuidString.lowercased())"
        case .shop(let state): "/store" + query(state)
        case .shopSell: "/store/sales"
        case .shopSale(let id, let cashGiven): "/store/sales/\(id.uuidString.lowercased())" + query(["cash": cashGiven])
        case .shopReturn(let id): "/store/sales/\(id.uuidString.lowercased())/returns"
        case .shopShifts: "/store/shifts"
        case .shopProgrammes: "/store/programmes"
        case .shopProgrammeCeilings: "/store/programmes/ceilings"
        case .shopProduct(let id): "/store/products/\(id.uuidString.lowercased())"
        case .shopProductNew: "/store/products/new"
        case .shopProductsCreate: "/store/products"
        case .shopProductReceipts(let id): "/store/products/\(id.uuidString.lowercased())/receipts"
        case .shopProductAdjustments(let id): "/store/products/\(id.uuidString.lowercased())/adjustments"
        case .shopProductTransfers(let id): "/store/products/\(id.uuidString.lowercased())/transfers"
        case .shopCustomers: "/store/customers"
        case .shopCustomerPayment(let id): "/store/customers/\(id.uuidString.lowercased())/payments"
        case .shopProgramme(let id, let month): "/store/programmes/\(id.uuidString.lowercased())" + query(["month": month])
        case .shopQRIS: "/store/qris"
        case .shopUnits: "/store/units"
        case .supply: "/supply"
        case .supplySuppliers: "/supply/suppliers"
        case .supplySupplier(let id): "/supply/suppliers/\(id.uuidString.lowercased())"
        case .supplySupplierPayments(let id): "/supply/suppliers/\(id.uuidString.lowercased())/payments"
        case .supplySupplierPrices(let id): "/supply/suppliers/\(id.uuidString.lowercased())/prices"
        case .supplyConsignment(let id, let step): "/supply/suppliers/\(id.uuidString.lowercased())/consignment/\(step.rawValue)"
        case .supplyOrders: "/supply/orders"
        case .supplyOrderNew: "/supply/orders/new"
        case .supplyOrder(let id): "/supply/orders/\(id.uuidString.lowercased())"
        case .supplyOrderAction(let id, let action): "/supply/orders/\(id.uuidString.lowercased())/\(action.rawValue)"
        case .supplyOrderInvoices(let id): "/supply/orders/\(id.uuidString.lowercased())/invoices"
        case .supplyProduce: "/supply/produce"
        case .supplyClaims: "/supply/claims"
        case .supplyProcessing: "/supply/processing"
        case .supplyStorage: "/supply/storage"
        case .supplyStorageRelease(let id): "/supply/storage/\(id.uuidString.lowercased())/releases"
        case .supplyClaimAction(let id, let action): "/supply/claims/\(id.uuidString.lowercased())/\(action.rawValue)"
        case .supplyUpload(let id): "/supply/uploads/\(id.uuidString.lowercased())"
        case .supplyReport(let from, let to, let csv):
            "/supply/reports"
                + query(["from": from?.description ?? "", "to": to?.description ?? "", "format": csv ? "csv" : ""])
        case .supplyDeliveries: "/supply/deliveries"
        case .consumerJoin(let cooperative, let referral):
            "/c/\(cooperative.uuidString.lowercased())/join" + query(["ref": referral ?? ""])
        case .consumerSignIn(let cooperative): "/c/\(cooperative.uuidString.lowercased())/sign-in"
        case .consumers(let text): "/consumers" + query(["q": text])
        case .consumerRules: "/consumers/rules"
        case .referral: "/referral"
        case .consumerAccount: "/account"
        case .consumerMembership: "/account/membership"
        case .ideas: "/ideas"
        case .idea(let id): "/ideas/\(id.uuidString.lowercased())"
        case .ideaStep(let id, let step): "/ideas/\(id.uuidString.lowercased())/\(step)"
        case .consultations: "/consultations"
        case .consultation(let id): "/consultations/\(id.uuidString.lowercased())"
        case .consultationStep(let id, let step): "/consultations/\(id.uuidString.lowercased())/\(step)"
        case .engagement: "/engagement"
        case .partnerships: "/partnerships"
        case .partnership(let id): "/partnerships/\(id.uuidString.lowercased())"
        case .partnershipStep(let id, let step): "/partnerships/\(id.uuidString.lowercased())/\(step)"
        case .commitmentStep(let id, let step): "/commitments/\(id.uuidString.lowercased())/\(step)"
        case .partners: "/partners"
        case .partnershipRisks: "/partnerships/risks"
        case .partnerDocument(let id): "/partnerships/documents/\(id.uuidString.lowercased())"
        case .ideaPhoto(let id, let photo): "/ideas/\(id.uuidString.lowercased())/photos/\(photo.uuidString.lowercased())"
        case .publicIdeas(let cooperative): "/c/\(cooperative.uuidString.lowercased())/ideas"
        case .supplyDeliveryFrom(let sale, let customer, let order):
            "/supply/deliveries"
                + query([
                    "sale": sale?.uuidString.lowercased() ?? "", "customer": customer?.uuidString.lowercased() ?? "",
                    "order": order?.uuidString.lowercased() ?? "",
                ]) + "#plan"
        case .supplyDeliveryAction(let id, let action): "/supply/deliveries/\(id.uuidString.lowercased())/\(action.rawValue)"
        case .shopUnitsTemplate: "/store/units/template"
        case .shopUnitStaff(let id): "/store/units/\(id.uuidString.lowercased())/staff"
        case .shopUnitRegion(let id): "/store/units/\(id.uuidString.lowercased())/region"
        case .shopStockTakes: "/store/stock-takes"
        case .shopStockTake(let id): "/store/stock-takes/\(id.uuidString.lowercased())"
        case .shopStockTakeCounts(let id): "/store/stock-takes/\(id.uuidString.lowercased())/counts"
        case .shopStockTakeApprove(let id): "/store/stock-takes/\(id.uuidString.lowercased())/approve"
        case .shopSalesReport(let from, let to, let unit, let csv):
            "/store/reports"
                + query([
                    "from": from?.description ?? "", "to": to?.description ?? "", "unit": unit?.uuidString.lowercased() ?? "",
                    "format": csv ? "csv" : "",
                ])
        case .shopAllocations(let id, let season):
            "/store/programmes/\(id.uuidString.lowercased())/allocations"
                + query(["season": season?.uuidString.lowercased() ?? ""])
        case .shopShift(let id): "/store/shifts/\(id.uuidString.lowercased())"
        case .shopShiftClose(let id): "/store/shifts/\(id.uuidString.lowercased())/close"
        case .shopProducts(let low): "/store/products" + query(["low": low ? "1" : ""])
        case .receiptSlip(let id): "/receipts/\(id.uuidString.lowercased())/slip"
        case .switchCooperative(let id): "/cooperatives/\(id.uuidString.lowercased())"
        case .statement(let id, let from, let to, let csv):
            "/savings/accounts/\(id.uuidString.lowercased())"
                + query(["from": from?.description ?? "", "to": to?.description ?? "", "format": csv ? "csv" : ""])
        case .arrears(let csv, let page):
            "/savings/arrears" + query(["format": csv ? "csv" : "", "page": page > 1 ? String(page) : ""])
        case .billDues: "/savings/dues"
        case .savingsSettings: "/settings/savings"
        case .books: "/books"
        case .journal(let from, let to, let page):
            "/books/journal"
                + query([
                    "from": from?.description ?? "", "to": to?.description ?? "",
                    "page": page > 1 ? String(page) : "",
                ])
        case .entry(let id): "/books/journal/\(id.uuidString.lowercased())"
        case .newEntry: "/books/journal/new"
        case .reverseEntry(let id): "/books/journal/\(id.uuidString.lowercased())/reverse"
        case .chart: "/books/accounts"
        case .account(let id): "/books/accounts/\(id.uuidString.lowercased())"
        case .report(let kind, let from, let to, let unit, let csv):
            "/books/reports/\(kind.rawValue)"
                + query([
                    "from": from?.description ?? "", "to": to?.description ?? "",
                    "unit": unit?.uuidString.lowercased() ?? "", "format": csv ? "csv" : "",
                ])
        case .units: "/books/units"
        case .unit(let id): "/books/units/\(id.uuidString.lowercased())"
        case .monthEnd: "/books/month-end"
        case .closeMonth(let month): "/books/month-end/\(month)"
        case .loanSimulation(let values): "/loans/simulation" + query(values)
        case .loans(let status, let page): "/loans" + query(["status": status, "page": page > 1 ? String(page) : ""])
        case .loanNew(let member): "/loans/new" + query(["member": member?.uuidString.lowercased() ?? ""])
        case .loan(let id): "/loans/\(id.uuidString.lowercased())"
        case .loanAction(let id, let action): "/loans/\(id.uuidString.lowercased())/\(action.rawValue)"
        case .loanPortfolio(let csv): "/loans/portfolio" + query(["format": csv ? "csv" : ""])
        case .loanArrears(let csv): "/loans/arrears" + query(["format": csv ? "csv" : ""])
        case .loanCloseDay: "/loans/close-day"
        case .loanSettings(let product): "/settings/loans" + query(["product": product?.uuidString.lowercased() ?? ""])
        case .loanProducts: "/settings/loans/products"
        case .loanRules: "/settings/loans/rules"
        case .meetings: "/meetings"
        case .meetingRules: "/meetings/settings"
        case .meeting(let id): "/meetings/\(id.uuidString.lowercased())"
        case .meetingAction(let id, let action): "/meetings/\(id.uuidString.lowercased())/\(action.rawValue)"
        case .meetingDocument(let id, let kind, let csv):
            "/meetings/\(id.uuidString.lowercased())/\(kind.rawValue)" + query(["format": csv ? "csv" : ""])
        case .resolutionAction(let id, let action): "/meetings/resolutions/\(id.uuidString.lowercased())/\(action.rawValue)"
        case .shu: "/shu"
        case .shuYear(let year, let page, let csv):
            "/shu/\(year)" + query(["page": page > 1 ? String(page) : "", "format": csv ? "csv" : ""])
        case .shuSettings(let year): "/shu/\(year)/settings"
        case .shuClose: "/shu/close"
        case .shuAction(let year, let action): "/shu/\(year)/\(action.rawValue)"
        case .shuPayout(let year, let member): "/shu/\(year)/shares/\(member.uuidString.lowercased())/payout"
        case .shuSimulation: "/shu/simulation"
        case .script: "/js/app.js"
        case .stylesheet: "/css/app.css"
        }
    }

    private func query(_ items: KeyValuePairs<String, String>) -> String {
        query(items.map { ($0.key, $0.value) })
    }

    private func query(_ items: [(String, String)]) -> String {
        var parts = URLComponents()
        // A list's empty item stays, so parallel lists (a sale's products and quantities) keep their order.
        parts.queryItems = items.filter { !$0.1.isEmpty || $0.0.hasSuffix("[]") }.map { URLQueryItem(name: $0.0, value: $0.1) }
        // URLComponents leaves "+" as is, but forms read it as a space: "+62812…" must survive.
        return parts.queryItems!.isEmpty ? "" : "?" + parts.percentEncodedQuery!.replacingOccurrences(of: "+", with: "%2B")
    }
}

/// What a supplier's page does with its consignment: a product put on it, goods in or back, a settlement.
package enum ConsignmentStep: String, Sendable, CaseIterable {
    case consign, move, settle
}
