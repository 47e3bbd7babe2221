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
    ]

    let css: String

    init() throws {
        // Setup: Public/css/app.css, found from this file's place in the package.
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
        // Setup
        var used: Set<String> = []
        for language in Language.allCases {
            for page in allPages(boardContext(language)) {
                for match in page.html.matches(of: /class="([^"]*)"/) {
                    used.formUnion(match.1.split(separator: " ").map(String.init))
                }
            }
        }
        // Call
        let unstyled = used.subtracting(styledClasses).subtracting(Self.hooks)
        // Check: a misspelt class name shows up here.
        #expect(unstyled.isEmpty, "\(unstyled.sorted())")
        #expect(used.count > 30)
    }

    @Test func loadsNothingFromOutside() {
        // Check: no web fonts, images or other stylesheets; a cheap phone on a slow network gets one file.
        #expect(!css.contains("@import"))
        #expect(!css.contains("url("))
        #expect(!css.contains("@font-face"))
    }

    @Test func hasPrintAndPhoneRules() {
        #expect(css.contains("@media print"))
        #expect(css.contains("content: attr(data-label)"))
        #expect(css.contains("--tap: 44px"))
    }
}
