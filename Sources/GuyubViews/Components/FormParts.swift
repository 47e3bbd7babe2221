import Foundation
import Plot

/// The hidden fields every form that changes something carries: the session's CSRF token, a key drawn
/// for this one rendering (`_once`), so the same form sent twice — a double tap, a resend after going
/// back — is done once and answered as the first time, and the page it is on (`_page`), where a refusal
/// is shown again (the form is answered with a redirect either way).
struct CSRFField: Component {
    let context: PageContext

    var body: Component {
        ComponentGroup {
            Node<HTML.FormContext>.input(.type(.hidden), .name("_csrf"), .value(context.csrfToken ?? ""))
            Node<HTML.FormContext>.input(.type(.hidden), .name("_once"), .value(UUID().uuidString.lowercased()))
            Node<HTML.FormContext>.input(.type(.hidden), .name("_page"), .value(Escape.attribute(context.path)))
        }
    }
}

/// A labelled input with its error, if the last submission had one. The value is escaped here, since
/// Plot writes attribute values as given.
struct FormField: Component {
    /// Prefixes the element's id, on a page whose forms share field names (the counter's `amount`s).
    var scope: String? = nil
    var label: String
    var name: String
    var value: String = ""
    var type: HTMLInputType = .text
    var error: String?
    var hint: String?
    var isRequired = false
    /// `numeric`, `tel`, `email`…: which keyboard a phone shows.
    var inputMode: String?
    /// An amount of money: the numeric keypad, and (with the script) thousands grouped as it is typed.
    var money = false
    var autocomplete: String?
    var maxLength: Int?
    /// More than one line (an address) makes it a text area of that many rows.
    var lines = 1
    /// Filled from the camera where the browser reads barcodes and QR codes: the button's words, and the
    /// words that close the camera.
    var scan: (button: String, close: String)?

    var body: Component {
        let id = "\(scope ?? "field")-\(name)"
        // Written by hand because Plot drops empty values (`required`) and does not escape them (`value`).
        let attributes: [Attribute<Any>] = [
            ("type", lines > 1 ? nil : type.rawValue), ("id", id), ("name", name),
            ("value", lines > 1 ? nil : Escape.attribute(value)), ("required", isRequired ? "" : nil),
            ("inputmode", money ? "numeric" : inputMode), ("data-money", money ? "" : nil),
            ("autocomplete", autocomplete), ("maxlength", maxLength.map(String.init)),
            ("aria-invalid", error == nil ? nil : "true"), ("aria-describedby", error ?? hint == nil ? nil : "\(id)-note"),
            ("data-scan", scan?.button), ("data-scan-close", scan?.close),
        ].compactMap { name, value in value.map { Attribute(name: name, value: $0, ignoreIfValueIsEmpty: false) } }
        return Div {
            Label(label) {}.attribute(named: "for", value: id)
            if lines > 1 {
                Node<HTML.BodyContext>.element(
                    named: "textarea",
                    nodes: attributes.map(\.node)
                        + [.attribute(named: "rows", value: String(lines)), .text(value)])
            } else {
                Node<HTML.BodyContext>.selfClosedElement(named: "input", attributes: attributes)
            }
            if let note = error ?? hint {
                Paragraph(note).class(error == nil ? "hint" : "field-error").id("\(id)-note")
            }
        }
        .class(error == nil ? "field" : "field has-error")
    }
}

/// A labelled file input (a photo or a PDF kept with a record), with its hint or its error beneath.
struct FileField: Component {
    var id: String
    var label: String
    var name: String
    var accept = "image/*,application/pdf"
    var isRequired = false
    /// The phone's back camera first, for a photo taken on the spot.
    var camera = false
    var hint: String?
    var error: String?

    var body: Component {
        // Written by hand because Plot drops empty values (`required`).
        let attributes: [Attribute<Any>] = [
            ("type", "file"), ("id", id), ("name", name), ("accept", accept), ("required", isRequired ? "" : nil),
            ("capture", camera ? "environment" : nil),
        ].compactMap { name, value in value.map { Attribute(name: name, value: $0, ignoreIfValueIsEmpty: false) } }
        return Div {
            Label(label) {}.attribute(named: "for", value: id)
            Node<HTML.BodyContext>.selfClosedElement(named: "input", attributes: attributes)
            if let note = error ?? hint { Paragraph(note).class(error == nil ? "hint" : "field-error") }
        }
        .class(error == nil ? "field" : "field has-error")
    }
}

/// "Page 2 of 7" with previous and next links.
struct Pager: Component {
    let page: Int
    let pageCount: Int
    let text: Catalogue
    let url: (Int) -> SiteURL

    var body: Component {
        if pageCount <= 1 { return EmptyComponent() }
        return Navigation {
            if page > 1 { Link(text.previousPage, url: url(page - 1).path).attribute(named: "rel", value: "prev") }
            Span(text.pageOf(page, pageCount))
            if page < pageCount { Link(text.nextPage, url: url(page + 1).path).attribute(named: "rel", value: "next") }
        }
        .class("pager")
    }
}
