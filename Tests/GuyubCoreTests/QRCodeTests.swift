import GuyubCore
import Testing

/// The QR code a counter shows for QRIS: byte mode at level M. Reference symbols made by Nayuki's qrcodegen
/// 1.8 (an independent encoder) with the same mask; the QRIS one is a dynamic payload for Rp 18.600.
@Suite("QR code")
struct QRCodeTests {
    /// Rows as hexadecimal, leftmost module the highest bit.
    static func hex(_ code: QRCode) -> [String] {
        code.modules.map { row in
            let bits = String(repeating: "0", count: (4 - row.count % 4) % 4) + row.map { $0 ? "1" : "0" }.joined()
            return stride(from: 0, to: bits.count, by: 4).map { start -> String in
                let nibble = bits.dropFirst(start).prefix(4)
                return String(Int(String(nibble), radix: 2)!, radix: 16)
            }.joined()
        }
    }

    @Test("hello: version 1, mask 3, module for module as the reference")
    func hello() throws {
        let code = try QRCode("HELLO", mask: 3)
        #expect(code.version == 1)
        #expect(
            Self.hex(code) == [
                "1fd27f",
                "105e41",
                "17455d",
                "17555d",
                "17425d",
                "104341",
                "1fd57f",
                "001300",
                "16eb4b",
                "0dafcc",
                "114a03",
                "16227a",
                "0bf125",
                "001e45",
                "1fd320",
                "10543e",
                "1741fb",
                "17565e",
                "175964",
                "1044b1",
                "1fd4a0",
            ])
    }

    @Test("qris: version 8, mask 5, module for module as the reference")
    func qris() throws {
        let code = try QRCode(
            "00020101021251440014ID.CO.QRIS.WWW0215ID10261234567890303UMI5204541153033605405186005802ID5917KOP DESA SUKAMAJU6006KLATEN61055741163047236",
            mask: 5)
        #expect(code.version == 8)
        #expect(
            Self.hex(code) == [
                "1fcbae4ded17f",
                "1053ceb88d741",
                "175f95b0d235d",
                "17527f935525d",
                "17467cfe4b85d",
                "104a76440fc41",
                "1fd555555557f",
                "001728c702800",
                "105d1b7ee91ce",
                "1bbc3dbf775fd",
                "16799410b4e6b",
                "061a049a46473",
                "026ad3ddd7c72",
                "021c03f2e1046",
                "1efc59de57c95",
                "050a56a56efed",
                "0252739d8d909",
                "081234b973051",
                "0059ea141303d",
                "0998b2bda20f0",
                "0fcefb3629907",
                "042ed14be555e",
                "01f2bdfe77ff9",
                "091c9247c2913",
                "115914d753751",
                "131f544461111",
                "11ff557ca4dfb",
                "17950d27d6797",
                "0dd4029461387",
                "0c361069c302e",
                "15fd89a4d32ff",
                "1c15642af2aa8",
                "026f7b9205a78",
                "0f04a13f55556",
                "095d6ea267f69",
                "150ff24c41281",
                "16da40051dbc3",
                "0d05b05bf32c2",
                "08d9473a54f41",
                "0e062d1676f95",
                "1c461bfe297f5",
                "001c28c47231a",
                "1fc2575731357",
                "10486c45fa113",
                "174e4cfec57f5",
                "17415a86ffe65",
                "174da5d9cb240",
                "1047e360b2959",
                "1fd23974bf135",
            ])
    }

    @Test("long: version 13, mask 2, module for module as the reference")
    func long() throws {
        let code = try QRCode(
            "Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju Koperasi Desa Merah Putih Sukamaju ",
            mask: 2)
        #expect(code.version == 13)
        #expect(
            Self.hex(code) == [
                "1fc2f0862a8e38e77f",
                "1040a6fc2360d53841",
                "17515cb63bbd835c5d",
                "175a100dc18ef6015d",
                "175f2550bf0638e55d",
                "1056ad107160d60c41",
                "1fd55555555555557f",
                "001527285179c73d00",
                "17cb3882ffc2b0687c",
                "03840528728ab06bac",
                "13f687ea8346f42f2e",
                "1e175b26a306b04abc",
                "0de6da63cf06b06888",
                "18189e688aac1ac195",
                "01555bd9d3685e87ee",
                "142dc8b2e2fd0bd937",
                "1f44c4f7fe46b06280",
                "0d9c7d3489ce38e3a9",
                "13c5747b5331c7174e",
                "049ea34ee143e53f3d",
                "1ee11cd7dd26b06120",
                "0019ec888206b06b81",
                "1aea8e4a1362f42d7a",
                "1004ff5ee816b0e11c",
                "10c96f474cca7c6844",
                "1b885c8c0c9c1ac389",
                "1b5b3231d7d85e0e6a",
                "043038376360c7591f",
                "14586e9ffec87ca4c9",
                "0d08df4618ac38e38f",
                "196551705b60d60c4c",
                "1ea641ecc2db61791e",
                "09fa30a47f8e306bf8",
                "131d5a9ed1bd38e114",
                "135695187571f06b5e",
                "051494d6d171cac11c",
                "1bf9127bdf42f8e1f8",
                "088a48c03c8e3ac101",
                "1dc906a9dadb6e859e",
                "08a7fdc2cf35835a17",
                "1df7934f420638e0b0",
                "1a0198583d9f29f18d",
                "12f62b9a1935c60cb6",
                "14924c7486d7a15aec",
                "0e7da563d0ceb06832",
                "109326ea0e9729c085",
                "1dffa24054ec1ae108",
                "1bb5fe4f4fbd0bd05e",
                "1f41f4f9c4ac1ac1f1",
                "1e32d04829ac1ae1a7",
                "17cfda405cf94f9586",
                "17b37cd20731c71a6e",
                "1ec6fe49f18e38e414",
                "048d1a0c3d2c1ac34f",
                "115edc305482f42d8e",
                "02bb2bfc8327a17a4e",
                "057d37e1d216b0696a",
                "19b86f843cbc1ac003",
                "15efd5055c9c1ac92a",
                "100411895dbd0bd36f",
                "1366819adf8c1ac1f3",
                "001e7938719c1ac314",
                "1fcdc8cef571c79556",
                "1055b9fef13583591c",
                "17527c7ddfac38e3f0",
                "17509230b38e0b5ab4",
                "175a4f33b742d60f80",
                "1045019f08358f979c",
                "1fdc4b8eab8e38e1e2",
            ])
    }

    @Test("the chosen mask is one of the eight, and the text too long for version 20 is refused")
    func limits() throws {
        let code = try QRCode("HELLO")
        #expect((0..<8).contains(code.mask))
        #expect(code.size == 21)
        #expect(throws: QRCode.Failure.tooLong(bytes: 700)) { try QRCode(String(repeating: "x", count: 700)) }
    }
}
