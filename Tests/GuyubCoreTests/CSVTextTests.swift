import GuyubCore
import Testing

/// CSV as spreadsheets read it: in Indonesian ones the comma is the decimal mark and `;` splits cells.
struct CSVTextTests {
    @Test func indonesianCellsAreSplitBySemicolonsWithDecimalCommas() {
        // given
        var csv = CSVText(decimalComma: true)
        // when
        csv.row(["Siti; Aminah", "1250000", "12.50", "-0.75", "2026-12-06", "Jl. Merdeka, 1"])
        // then
        #expect(csv.text == "\u{FEFF}\"Siti; Aminah\";1250000;12,50;-0,75;2026-12-06;Jl. Merdeka, 1\r\n")
    }

    @Test func englishCellsAreSplitByCommas() {
        var csv = CSVText()
        csv.row(["Jl. Merdeka, 1", "12.50", "a;b"])
        #expect(csv.text == "\u{FEFF}\"Jl. Merdeka, 1\",12.50,a;b\r\n")
    }

    @Test("a cell that would run as a formula is made text", arguments: [true, false])
    func formulasAreDisarmed(_ decimalComma: Bool) {
        var csv = CSVText(decimalComma: decimalComma)
        csv.row(["=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-2+3", "-1,5+1", "\t=1+1", "-5"])
        let cells = String(csv.text.dropFirst().dropLast()) // "\r\n" is one character
        #expect(cells.hasPrefix("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(cells.contains("'+1") && cells.contains("'@SUM(A1)") && cells.contains("'-2+3") && cells.contains("'-1,5+1"))
        #expect(cells.contains("'\t=1+1"))
        #expect(cells.hasSuffix(decimalComma ? ";-5" : ",-5"))
    }
}
