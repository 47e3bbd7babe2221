import Foundation
import GuyubViews
import Testing

@Test func dumpMoneyPages() throws {
    for language in Language.allCases {
        for page in moneyPages(boardContext(language)) {
            try page.html.write(toFile: "/tmp/pages/\(language.rawValue)-\(page.name.replacingOccurrences(of: " ", with: "_")).html", atomically: true, encoding: .utf8)
        }
    }
}
