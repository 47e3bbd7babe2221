/// What a business unit does: the seven units of the village-cooperative programme (Koperasi Desa Merah
/// Putih), each with the code and name it is created with.
package enum BusinessUnitKind: String, Codable, Sendable, CaseIterable {
    case office
    case grocery
    case savingsLoans = "savings-loans"
    case clinic
    case pharmacy
    case warehouse
    case logistics

    package var code: String {
        switch self {
        case .office: "KANTOR"
        case .grocery: "GERAI"
        case .savingsLoans: "USP"
        case .clinic: "KLINIK"
        case .pharmacy: "APOTEK"
        case .warehouse: "GUDANG"
        case .logistics: "LOGISTIK"
        }
    }

    /// The unit's name as the programme calls it (a name the board may change later).
    package var name: String {
        switch self {
        case .office: "Kantor Koperasi"
        case .grocery: "Gerai Sembako"
        case .savingsLoans: "Unit Simpan Pinjam"
        case .clinic: "Klinik Desa"
        case .pharmacy: "Apotek Desa"
        case .warehouse: "Gudang dan Cold Storage"
        case .logistics: "Logistik"
        }
    }

    /// Units that keep stock and sell it.
    package var sells: Bool { [.grocery, .pharmacy, .warehouse].contains(self) }
}
