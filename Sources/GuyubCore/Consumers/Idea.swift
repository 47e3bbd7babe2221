import Foundation

/// An idea anyone the cooperative serves proposes (urun ide): reviewed by the board, accepted and carried
/// out, or declined with a reason the proposer reads.
package enum IdeaStatus: String, Codable, Sendable, CaseIterable {
    case submitted
    case underReview = "under_review"
    case accepted
    case inProgress = "in_progress"
    case done
    case declined
}

package enum IdeaAction: String, Sendable, CaseIterable {
    case review, accept, start, finish, decline
}

/// What an idea became.
package enum IdeaOutcome: String, Codable, Sendable, CaseIterable {
    case campaign, planItem = "plan_item", product
}

extension IdeaStatus {
    package var allowed: [IdeaAction] {
        switch self {
        case .submitted: [.review, .accept, .decline]
        case .underReview: [.accept, .decline]
        case .accepted: [.start, .decline]
        case .inProgress: [.finish]
        case .done, .declined: []
        }
    }

    /// The status after `action`; a decline needs its reason.
    package func after(_ action: IdeaAction, reason: String?) throws(ConsumerError) -> IdeaStatus {
        guard allowed.contains(action) else { throw .ideaState(self) }
        switch action {
        case .review: return .underReview
        case .accept: return .accepted
        case .start: return .inProgress
        case .finish: return .done
        case .decline:
            guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw .reasonRequired }
            return .declined
        }
    }

    /// Still open to support and comments.
    package var isOpen: Bool { self != .done && self != .declined }
}

/// The categories a cooperative starts with; the board may add its own.
package enum IdeaCategory {
    package static let standard: [(code: String, nameID: String, nameEN: String)] = [
        ("interior", "Tata ruang toko", "The shop's interior"),
        ("service", "Pelayanan", "Service"),
        ("uniform", "Seragam", "Uniforms"),
        ("office", "Kantor", "The office"),
        ("product", "Produk baru", "A new product"),
        ("other", "Lainnya", "Other"),
    ]
}

/// What people write on an idea or a comment: words, never markup (a page shows it escaped anyway; a tag
/// is refused so that nobody is led to think it works).
package enum IdeaText {
    package static func checked(_ value: String?, field: String, max: Int) throws(ConsumerError) -> String {
        let text: String
        do { text = try FieldRules.required(value, field: field, max: max) } catch { throw .field(error) }
        if text.range(of: #"<\s*[/!?a-zA-Z]"#, options: .regularExpression) != nil
            || text.range(of: "javascript:", options: .caseInsensitive) != nil
        {
            throw .markup(field)
        }
        return text
    }
}

/// Whose names a reader sees on ideas and comments: staff who see the cooperative's people see them all;
/// everyone else sees their own, and only the words of the rest.
package enum IdeaNames {
    package static func shown(toStaff staff: Bool, own: Bool) -> Bool { staff || own }
}
