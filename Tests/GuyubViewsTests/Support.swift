import Foundation
import GuyubCore
import GuyubViews

// Shared helpers for the page tests: contexts, and small readers of the rendered HTML.

let csrfToken = "tok-3f9a2c"

/// A signed-in board member's context, in the given language.
func boardContext(_ language: Language = .id, path: String = "/", user: SignedInUser? = nil) -> PageContext {
    PageContext(
        language: language, path: path, csrfToken: csrfToken,
        user: user
            ?? SignedInUser(
                name: "Hartono", cooperativeName: "Koperasi Desa Merah Putih Sukamaju",
                sections: NavSection.allCases))
}

/// The hidden input every state-changing form must carry.
let csrfInput = #"<input type="hidden" name="_csrf" value="\#(csrfToken)"/>"#

/// Every page of this area, rendered from its mock (and the import's three stages).
func allPages(_ context: PageContext) -> [(name: String, html: String)] {
    var own = MemberShow.Model.mock
    own.isOwnRecord = true
    var upload = MemberImport.Model.mock
    upload.stage = .upload
    var done = MemberImport.Model.mock
    done.stage = .done(imported: 1)
    var qris = ShopCounter.Model.mock
    qris.qris = .init(code: try! QRCode("00020101021226"), total: 13_300, merchant: "KOP DESA SUKAMAJU")
    var returning = ShopReceipt.Model.mock
    returning.canReturn = true
    returning.lines[1].returnable = 1_500
    return [
        ("dashboard", Dashboard.View.render(.mock, in: context)),
        ("shop counter", ShopCounter.View.render(.mock, in: context)),
        ("shop counter QRIS", ShopCounter.View.render(qris, in: context)),
        ("shop receipt", ShopReceipt.View.render(.mock, in: context)),
        ("shop products", ShopProducts.View.render(.mock, in: context)),
        ("shop return", ShopReceipt.View.render(returning, in: context)),
        ("shop shift", ShopShift.View.render(.mock, in: context)),
        ("shop shifts", ShopShifts.View.render(.mock, in: context)),
        ("shop customers", ShopCustomers.View.render(.mock, in: context)),
        ("shop programmes", ShopProgrammes.View.render(.mock, in: context)),
        ("shop allocations", ShopAllocations.View.render(.mock, in: context)),
        ("shop sales report", ShopSalesReport.View.render(.mock, in: context)),
        ("shop QRIS", ShopQRIS.View.render(ShopQRIS.Model(inTransit: 1_254_300, canSettle: true), in: context)),
        (
            "shop stock takes",
            ShopStockTake.View.render(
                ShopStockTake.List(rows: [
                    .init(
                        id: UUID(), unit: "Gerai Sembako", startedOn: CivilDate(year: 2026, month: 8, day: 31)!,
                        startedBy: "Dewi Lestari", approvedOn: nil)
                ]), in: context)
        ),
        ("shop stock take", ShopStockTake.View.render(ShopStockTake.Sheet.mock, in: context)),
        ("shop units", ShopUnits.View.render(.mock, in: context)),
        ("supply", SupplyHome.View.render(.mock, in: context)),
        ("supply order", SupplyOrder.View.render(.mock, in: context)),
        ("supply new order", SupplyOrderNew.View.render(.mock, in: context)),
        ("supply supplier", SupplySupplier.View.render(.mock, in: context)),
        ("supply produce", SupplyProduce.View.render(.mock, in: context)),
        ("supply deliveries", SupplyDeliveries.View.render(.mock, in: context)),
        ("supply report", SupplyReport.View.render(.mock, in: context)),
        ("supply claims", SupplyClaims.View.render(.mock, in: context)),
        ("supply consignor", SupplySupplier.View.render(.consignor, in: context)),
        ("supply storage", SupplyStorage.View.render(.mock, in: context)),
        ("supply milled", SupplyProduce.View.render(.milled, in: context)),
        ("supply invoiced order", SupplyOrder.View.render(.invoiced, in: context)),
        ("consumer join", ConsumerJoin.View.render(.mock, in: context)),
        ("consumer code", ConsumerJoin.View.render(.code, in: context)),
        ("consumer account", ConsumerAccount.View.render(.mock, in: context)),
        ("member referral", MemberReferral.View.render(.mock, in: context)),
        ("consumers", ConsumersPage.View.render(.mock, in: context)),
        ("ideas", IdeasPage.View.render(IdeasPage.Model.mock, in: context)),
        ("public ideas", IdeasPage.View.render(IdeasPage.Model.open, in: context)),
        ("idea", IdeasPage.View.render(IdeasPage.Detail.mock, in: context)),
        ("idea from a session", IdeasPage.View.render(IdeasPage.Detail.fromSession, in: context)),
        ("consultations", ConsultationsPage.View.render(ConsultationsPage.Model.mock, in: context)),
        ("consultation", ConsultationsPage.View.render(ConsultationsPage.Detail.mock, in: context)),
        ("engagement", EngagementPage.View.render(EngagementPage.Model.mock, in: context)),
        ("partnerships", PartnershipsPage.View.render(PartnershipsPage.Model.mock, in: context)),
        ("partnership", PartnershipPage.View.render(PartnershipPage.Model.mock, in: context)),
        ("partnership with its loan", PartnershipPage.View.render(PartnershipPage.Model.withLoan, in: context)),
        ("partnership for its partner", PartnershipPage.View.render(PartnershipPage.Model.forPartner, in: context)),
        ("shop product", ShopProduct.View.render(.mock, in: context)),
        (
            "member card",
            MemberCardPage.View.render(
                .init(
                    cooperativeName: "Koperasi Sukamaju", name: "Siti Aminah", memberNumber: 123,
                    joinedOn: CivilDate(year: 2024, month: 1, day: 15)!, memberID: UUID()), in: context)
        ),
        ("member list", MemberList.View.render(.mock, in: context)),
        ("member", MemberShow.View.render(.mock, in: context)),
        ("own record", MemberShow.View.render(own, in: context)),
        ("member form", MemberForm.View.render(.mock, in: context)),
        ("import upload", MemberImport.View.render(upload, in: context)),
        ("import preview", MemberImport.View.render(.mock, in: context)),
        ("import done", MemberImport.View.render(done, in: context)),
        ("audit", AuditList.View.render(.mock, in: context)),
        ("error", ErrorPage.View.render(.mock, in: context)),
    ] + loanPages(context)
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// The page's own content, without the top bar and footer that `Layout` adds.
    var mainPart: String {
        guard let start = range(of: "<main>"), let end = range(of: "</main>", options: .backwards) else { return "" }
        return String(self[start.upperBound..<end.lowerBound])
    }

    /// The text from `start` up to `end` (both included), or "" when either is missing.
    func section(from start: String, to end: String) -> String {
        guard let s = range(of: start), let e = self[s.upperBound...].range(of: end) else { return "" }
        return String(self[s.lowerBound..<e.upperBound])
    }

    /// Every `<form …>…</form>`: its opening tag and what it holds, in order.
    var forms: [(tag: String, body: String)] {
        var found: [(String, String)] = []
        var rest = self[...]
        while let start = rest.range(of: "<form"), let end = rest[start.upperBound...].range(of: "</form>") {
            let whole = rest[start.lowerBound..<end.upperBound]
            let tagEnd = whole.range(of: ">")!.upperBound
            found.append((String(whole[..<tagEnd]), String(whole[tagEnd...])))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// The words a reader sees: text between tags plus the labels in `aria-label` and `data-label`,
    /// lower-cased and split on anything that is not a letter.
    var visibleWords: Set<String> {
        var visible = ""
        for label in matches(of: /(?:aria-label|data-label)="([^"]*)"/) { visible += " " + label.1 }
        // Drop the head (title and meta repeat the heading) and every tag.
        let body = components(separatedBy: "<body>").last ?? self
        visible += " " + body.replacing(/<[^>]*>/, with: " ")
        return Set(visible.lowercased().split { !$0.isLetter }.map(String.init))
    }

    /// Undoes the escaping of an attribute value.
    var unescapedAttribute: String {
        [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&#10;", "\n"), ("&#13;", "\r"), ("&amp;", "&")]
            .reduce(self) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    /// The value of the `value` attribute on the input named `name`, still escaped.
    func inputValue(named name: String) -> String? {
        guard let tag = firstMatch(of: try! Regex(#"<input[^>]* name="\#(name)"[^>]*>"#)) else { return nil }
        return String(self[tag.range]).firstMatch(of: /value="([^"]*)"/).map { String($0.1) }
    }
}

extension String {
    /// The page without the one script tag every page carries, to look for any other.
    var withoutAppScript: String { replacingOccurrences(of: #"<script src="/js/app.js" defer></script>"#, with: "") }
}
