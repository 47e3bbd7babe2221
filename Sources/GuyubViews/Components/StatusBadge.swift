import GuyubCore
import Plot

/// A member's status as a coloured label: `<span class="badge status-member">Anggota</span>`.
struct StatusBadge: Component {
    let status: MemberStatus
    let text: Catalogue

    var body: Component {
        Span(text.status(status)).class("badge status-\(status.rawValue)")
    }
}
