import Foundation
import GuyubCore
import GuyubViews

extension MeetingDocument.Model {
    package static func mock(_ kind: SiteURL.MeetingDocumentKind) -> Self {
        Self(
            kind: kind, cooperativeName: "Koperasi Desa Merah Putih Sukamaju", registrationNumber: "3507240010001",
            meeting: .mock,
            statements: MeetingDocument.Statements(
                totalAssets: 1_250_000_000, totalLiabilities: 700_000_000,
                totalEquity: 550_000_000, income: 180_000_000, expenses: 120_000_000,
                surplus: 60_000_000),
            recipients: [.init(number: 1, name: "Siti Aminah", attendance: nil)])
    }
}
