import Foundation
import GuyubCore
import GuyubViews

extension FormAlreadySent.Model {
    package static let mock = Self(recorded: "/receipts/5b1e9f1c-0000-4000-8000-000000000001", back: "/teller?member=1")
}
