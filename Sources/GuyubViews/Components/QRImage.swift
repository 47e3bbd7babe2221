import GuyubCore
import Plot

/// A QR code as an SVG drawing: one path of dark runs on a white square with the four-module quiet zone
/// the standard asks for, scaled by the page (sizes are attributes, which the Content-Security-Policy
/// allows). `label` says what it is for those who cannot see it.
struct QRImage: Component {
    var code: QRCode
    var label: String

    var body: Component {
        let side = code.size + 8
        var path = ""
        for (y, row) in code.modules.enumerated() {
            var x = 0
            while x < row.count {
                guard row[x] else {
                    x += 1
                    continue
                }
                var run = 1
                while x + run < row.count && row[x + run] { run += 1 }
                path += "M\(x + 4) \(y + 4)h\(run)v1h-\(run)z"
                x += run
            }
        }
        return Element(name: "svg") {
            Element(name: "rect") {}
                .attribute(named: "width", value: String(side)).attribute(named: "height", value: String(side))
                .attribute(named: "fill", value: "#fff")
            Element(name: "path") {}.attribute(named: "d", value: path).attribute(named: "fill", value: "#000")
        }
        .attribute(named: "viewBox", value: "0 0 \(side) \(side)")
        .attribute(named: "role", value: "img")
        .attribute(named: "aria-label", value: label)
        .attribute(named: "shape-rendering", value: "crispEdges")
        .class("qr-code")
    }
}
