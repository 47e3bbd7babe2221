import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Stylesheet")
struct StylesheetTests {
    /// Classes that only name a part for tests and future styling; they need no rule of their own.
    static let hooks: Set<String> = [
        "members", "audit", "skipped", "what", "who", "name", "status-form", "member-form", "upload-form",
        "confirm-form", "error-summary", "error-page",
        // Savings, teller and books.
        "teller-member", "deposit-form", "withdrawal-form", "transfer-form", "break-form", "owed", "savings", "bill-form",
        "arrears", "movements", "closing", "period-form", "receipt-number", "receipt-total-label", "in-words", "lines",
        "journal", "reverse-form", "entry-form", "account-form", "add-account-form", "close-form", "closings", "trial",
        "equity", "report-head", "books-check", "account-name", "print-button",
        // The offline counter's parts the script fills in.
        "offline-lines", "offline-total", "offline-save",
    ]

    let css: String

    init() throws {
        // given: Public/css/app.css, found from this file's place in the package.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        css = try String(contentsOf: root.appendingPathComponent("Public/css/app.css"), encoding: .utf8)
    }

    /// The class names the stylesheet's selectors mention.
    var styledClasses: Set<String> {
        let rules = css.replacing(/\/\*[\s\S]*?\*\//, with: "")
        return Set(rules.matches(of: /\.([a-zA-Z][\w-]*)/).map { String($0.1) })
    }

    @Test func everyStatusHasABadgeColour() {
        for status in MemberStatus.allCases {
            #expect(styledClasses.contains("status-\(status.rawValue)"), "\(status)")
        }
    }

    @Test func everyClassAPageUsesIsStyled() {
        // given
        var used: Set<String> = []
        for language in Language.allCases {
            for page in allPages(boardContext(language)).map(\.html) + moneyPages(boardContext(language)).map(\.html) {
                for match in page.matches(of: /class="([^"]*)"/) {
                    used.formUnion(match.1.split(separator: " ").map(String.init))
                }
            }
        }
        // when
        let unstyled = used.subtracting(styledClasses).subtracting(Self.hooks)
        // then: a misspelt class name shows up here.
        #expect(unstyled.isEmpty, "\(unstyled.sorted())")
        #expect(used.count > 30)
    }

    @Test func loadsNothingFromOutside() {
        // then: no web fonts, images or other stylesheets; a cheap phone on a slow network gets one file.
        #expect(!css.contains("@import"))
        #expect(!css.contains("url("))
        #expect(!css.contains("@font-face"))
    }

    @Test func printingIsBlackOnWhiteAndAReceiptIsASlip() {
        #expect(css.contains(".print-only { display: none; }"))
        // Chromium reads no "A6" keyword: the page in millimetres, or it prints on A4 (as it once did).
        #expect(css.contains("@page receipt { size: 105mm 148mm;"))
        #expect(css.contains("@page slip { size: 58mm "))
        #expect(css.contains("@page { size: A4;"))
        #expect(css.contains("tfoot { display: table-row-group; }"))
        #expect(css.contains("body:has(.receipt, .slip, .report, .letter) .top"))
    }

    @Test func theOnlyScriptPrints() throws {
        // given: Public/js/app.js, next to the stylesheet.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let script = try String(contentsOf: root.appendingPathComponent("Public/js/app.js"), encoding: .utf8)
        // then: it listens for [data-print] and calls print; it fetches only what the offline counter needs
        // (the product list, and the sales it sends), and writes no markup and evaluates nothing.
        #expect(script.contains("[data-print]"))
        #expect(script.contains("window.print()"))
        let fetched = script.matches(of: /fetch\(([^,)]*)/).map { String($0.1) }
        #expect(Set(fetched) == [#""/api/v1/store/sales""#, #""/api/v1/store/catalogue""#], "\(fetched)")
        for forbidden in ["XMLHttpRequest", "innerHTML", "eval(", "document.write", "http"] {
            #expect(!script.contains(forbidden), "\(forbidden)")
        }
        #expect(SiteURL.script.path == "/js/app.js")
    }

    @Test func hasPrintAndPhoneRules() {
        #expect(css.contains("@media print"))
        #expect(css.contains("content: attr(data-label)"))
        #expect(css.contains("--tap: 44px"))
    }
}
