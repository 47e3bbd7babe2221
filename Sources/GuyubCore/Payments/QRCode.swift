/// A QR code (ISO/IEC 18004) for a QRIS payload: byte mode, error correction level M, the smallest of
/// versions 1 to 20 that holds the text (up to 666 bytes; a QRIS payload is at most 512), and the mask
/// with the lowest penalty. `modules[y][x]` is true for a dark module.
package struct QRCode: Sendable, Equatable {
    package let version: Int
    package let mask: Int
    package let modules: [[Bool]]
    package var size: Int { modules.count }

    /// Codewords a block at level M, by version: EC codewords per block, then (blocks, data codewords).
    static let levelM: [(ec: Int, groups: [(blocks: Int, data: Int)])] = [
        (10, [(1, 16)]), (16, [(1, 28)]), (26, [(1, 44)]), (18, [(2, 32)]), (24, [(2, 43)]), (16, [(4, 27)]),
        (18, [(4, 31)]), (22, [(2, 38), (2, 39)]), (22, [(3, 36), (2, 37)]), (26, [(4, 43), (1, 44)]),
        (30, [(1, 50), (4, 51)]), (22, [(6, 36), (2, 37)]), (22, [(8, 37), (1, 38)]), (24, [(4, 40), (5, 41)]),
        (24, [(5, 41), (5, 42)]), (28, [(7, 45), (3, 46)]), (28, [(10, 46), (1, 47)]), (26, [(9, 43), (4, 44)]),
        (26, [(3, 44), (11, 45)]), (26, [(3, 41), (13, 42)]),
    ]
    /// Centres of the alignment patterns, by version.
    static let alignment: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
        [6, 30, 54], [6, 32, 58], [6, 34, 62], [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78],
        [6, 30, 56, 82], [6, 30, 58, 86], [6, 34, 62, 90],
    ]

    package enum Failure: Error, Equatable {
        /// More than version 20 at level M holds.
        case tooLong(bytes: Int)
    }

    /// The code for `text` (UTF-8); `mask` forces one of the eight masks (for tests), otherwise the best.
    package init(_ text: String, mask forced: Int? = nil) throws(Failure) {
        let bytes = Array(text.utf8)
        guard
            let version = (1...Self.levelM.count).first(where: { v in
                let capacity = Self.levelM[v - 1].groups.reduce(0) { $0 + $1.blocks * $1.data } * 8
                return 4 + (v < 10 ? 8 : 16) + bytes.count * 8 <= capacity
            })
        else { throw .tooLong(bytes: bytes.count) }
        var grid = Grid(version: version)
        grid.drawCodewords(Self.codewords(bytes, version: version))
        var best: (mask: Int, modules: [[Bool]], penalty: Int)?
        for mask in forced.map({ [$0] }) ?? Array(0..<8) {
            var masked = grid
            masked.apply(mask: mask)
            masked.drawFormat(mask: mask)
            let penalty = forced == nil ? masked.penalty : 0
            if best == nil || penalty < best!.penalty { best = (mask, masked.modules, penalty) }
        }
        self.version = version
        self.mask = best!.mask
        self.modules = best!.modules
    }

    /// The data in byte mode, padded, split into blocks, each with its Reed–Solomon codewords, interleaved.
    static func codewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let (ec, groups) = levelM[version - 1]
        let capacity = groups.reduce(0) { $0 + $1.blocks * $1.data }
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var data = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        for pad in 0..<(capacity - data.count) { data.append(pad % 2 == 0 ? 0xEC : 0x11) }

        var blocks: [[UInt8]] = []
        var offset = 0
        for group in groups {
            for _ in 0..<group.blocks {
                blocks.append(Array(data[offset..<offset + group.data]))
                offset += group.data
            }
        }
        let divisor = ReedSolomon.generator(degree: ec)
        let corrections = blocks.map { ReedSolomon.remainder($0, divisor: divisor) }
        var result: [UInt8] = []
        for i in 0..<(blocks.map(\.count).max() ?? 0) {
            for block in blocks where i < block.count { result.append(block[i]) }
        }
        for i in 0..<ec {
            for correction in corrections { result.append(correction[i]) }
        }
        return result
    }
}

/// Arithmetic in GF(256) with the QR code's polynomial x⁸ + x⁴ + x³ + x² + 1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((Int(y) >> i) & 1) * Int(x)
        }
        return UInt8(z)
    }

    /// The coefficients of (x − α⁰)(x − α¹)…(x − α^(degree−1)), leading term dropped.
    static func generator(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in result.indices { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}

/// The symbol being drawn: its modules and which of them are function patterns (finders, timing,
/// alignment, format and version information), which data and masks leave alone.
struct Grid: Sendable {
    var modules: [[Bool]]
    var isFunction: [[Bool]]
    let version: Int
    var size: Int { modules.count }

    init(version: Int) {
        self.version = version
        let size = version * 4 + 17
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
        for i in 0..<size {
            set(6, i, i % 2 == 0)
            set(i, 6, i % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(x + dx, y + dy, distance != 2 && distance != 4)
                }
            }
        }
        let centres = QRCode.alignment[version - 1]
        for (i, cy) in centres.enumerated() {
            for (j, cx) in centres.enumerated() {
                // Not over the three finder patterns.
                if (i == 0 && j == 0) || (i == 0 && j == centres.count - 1) || (i == centres.count - 1 && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Reserve the format areas (drawn for real once the mask is chosen), then the version.
        drawFormat(mask: 0)
        if version >= 7 {
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version << 12 | remainder
            for i in 0..<18 {
                let dark = (bits >> i) & 1 == 1
                set(size - 11 + i % 3, i / 3, dark)
                set(i / 3, size - 11 + i % 3, dark)
            }
        }
    }

    mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
        modules[y][x] = dark
        isFunction[y][x] = true
    }

    /// Level M (00) and the mask, with their BCH bits, around the finders; and the dark module.
    mutating func drawFormat(mask: Int) {
        let data = mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0...5 { set(8, i, bit(i)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for i in 9..<15 { set(14 - i, 8, bit(i)) }
        for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
        set(8, size - 8, true)
    }

    /// The codewords' bits in two-module columns, zigzagging up and down from the bottom right.
    mutating func drawCodewords(_ codewords: [UInt8]) {
        var i = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for j in 0..<2 {
                    let x = right - j
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    if !isFunction[y][x] && i < codewords.count * 8 {
                        modules[y][x] = (codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
                    }
                }
            }
            right -= 2
        }
    }

    mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y][x] {
                let flip =
                    switch mask {
                    case 0: (x + y) % 2 == 0
                    case 1: y % 2 == 0
                    case 2: x % 3 == 0
                    case 3: (x + y) % 3 == 0
                    case 4: (x / 3 + y / 2) % 2 == 0
                    case 5: x * y % 2 + x * y % 3 == 0
                    case 6: (x * y % 2 + x * y % 3) % 2 == 0
                    default: ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                if flip { modules[y][x].toggle() }
            }
        }
    }

    /// The standard's penalty: runs of five or more, 2×2 blocks, finder-like patterns, and imbalance.
    var penalty: Int {
        var score = 0
        let columns = (0..<size).map { x in (0..<size).map { modules[$0][x] } }
        for line in modules + columns {
            var run = 1
            for i in 1..<size {
                if line[i] == line[i - 1] {
                    run += 1
                } else {
                    if run >= 5 { score += run - 2 }
                    run = 1
                }
            }
            if run >= 5 { score += run - 2 }
            let pattern: [Bool] = [true, false, true, true, true, false, true]
            for start in 0...(size - 7) where Array(line[start..<start + 7]) == pattern {
                let before = (max(0, start - 4)..<start).allSatisfy { !line[$0] } && start >= 4
                let after = (start + 7..<min(size, start + 11)).allSatisfy { !line[$0] } && start + 11 <= size
                if before { score += 40 }
                if after { score += 40 }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let c = modules[y][x]
                if c == modules[y][x + 1] && c == modules[y + 1][x] && c == modules[y + 1][x + 1] { score += 3 }
            }
        }
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        score += abs(dark * 20 - total * 10) / total * 10
        return score
    }
}
