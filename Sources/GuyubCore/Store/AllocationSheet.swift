/// Reads an allocation list kept in a spreadsheet (the e-RDKK as the agriculture office sends it): the NIK,
/// the farmer's name when there is one, and their allocation in the product's base unit (`50`, `12,5`).
/// A row whose NIK does not read, whose allocation is not above zero, or whose NIK an earlier row used is
/// refused with its line; the others go in.
package struct AllocationSheet: Sendable {
    package enum Column: String, Sendable, CaseIterable {
        case nik, name, quantity
    }

    /// Header spellings, compared lower-cased with everything but letters removed (`Alokasi (kg)` reads
    /// `alokasikg`).
    static let headers: [String: Column] = [
        "nik": .nik, "noktp": .nik, "nomorktp": .nik, "nonik": .nik, "nomornik": .nik, "ktp": .nik, "nikpetani": .nik,
        "nama": .name, "namapetani": .name, "namalengkap": .name, "name": .name,
        "alokasi": .quantity, "alokasikg": .quantity, "jatah": .quantity, "jatahkg": .quantity, "kuota": .quantity,
        "kuotakg": .quantity, "jumlah": .quantity, "jumlahkg": .quantity, "volume": .quantity, "volumekg": .quantity,
        "quantity": .quantity, "allocation": .quantity,
    ]

    package static let requiredColumns: [Column] = [.nik, .quantity]

    package struct Row: Sendable, Equatable {
        package let line: Int
        package let nik: NIK
        package let name: String?
        /// Thousandths of the base unit.
        package let quantity: Int64

        package init(line: Int, nik: NIK, name: String?, quantity: Int64) {
            self.line = line
            self.nik = nik
            self.name = name
            self.quantity = quantity
        }
    }

    let columnIndex: [Column: Int]

    package init(header: [String]) throws(SheetError) {
        var index: [Column: Int] = [:]
        for (position, title) in header.enumerated() {
            let key = String(title.lowercased().filter { $0.isLetter })
            if let column = Self.headers[key], index[column] == nil { index[column] = position }
        }
        let missing = Self.requiredColumns.filter { index[$0] == nil }
        guard missing.isEmpty else { throw .missingAllocationColumns(missing) }
        columnIndex = index
    }

    /// Every row that is not blank: read, or refused with why. `firstLine` is the first row's line in the sheet.
    package func readAll(_ rows: [[String]], firstLine: Int) -> (valid: [Row], rejected: [(line: Int, problem: SheetProblem)]) {
        var valid: [Row] = []
        var rejected: [(line: Int, problem: SheetProblem)] = []
        var seen: [String: Int] = [:]
        for (offset, cells) in rows.enumerated() {
            let line = firstLine + offset
            func cell(_ column: Column) -> String {
                guard let i = columnIndex[column], i < cells.count else { return "" }
                return cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            do {
                let nik: NIK
                do { nik = try NIK(cell(.nik)) } catch { throw SheetProblem.nik(error) }
                let quantity: Int64
                do { quantity = try Quantity.parse(cell(.quantity)) } catch { throw SheetProblem.quantity(error) }
                if let first = seen[nik.digits] { throw SheetProblem.duplicateInSheet(firstLine: first) }
                seen[nik.digits] = line
                let name = String(cell(.name).unicodeScalars.prefix(FieldLimit.name))
                valid.append(Row(line: line, nik: nik, name: name.isEmpty ? nil : name, quantity: quantity))
            } catch let problem as SheetProblem {
                rejected.append((line, problem))
            } catch {
                preconditionFailure("only sheet problems are thrown above")
            }
        }
        return (valid, rejected)
    }
}
