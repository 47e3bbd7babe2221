package enum Gender: String, Codable, Sendable, CaseIterable {
    case male, female

    /// Reads how spreadsheets and forms write it: `L`/`P`, `Laki-laki`/`Perempuan`, `M`/`F`, `male`/`female`.
    package init?(loose text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch t {
        case "l", "lk", "laki-laki", "laki laki", "laki", "pria", "m", "male": self = .male
        case "p", "pr", "perempuan", "wanita", "f", "female": self = .female
        default: return nil
        }
    }
}
