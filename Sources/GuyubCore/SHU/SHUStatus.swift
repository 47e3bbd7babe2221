/// Where a year's SHU distribution stands: drafted at the year's close, posted once the RAT approved it.
package enum SHUDistributionStatus: String, Codable, Sendable, CaseIterable {
    case draft, posted
}

/// Where a member's posted share went: credited to their sukarela savings, held as SHU payable for them
/// to collect, or collected (paid out at the counter).
package enum SHUSharePayment: String, Codable, Sendable, CaseIterable {
    case savings, payable, paid
}

/// What can be done to a financial year's SHU: change its rules, compute the draft distribution, post
/// the distribution the RAT approved, pay out a member's share held as payable.
package enum SHUAction: String, Sendable, CaseIterable {
    case editRules, compute, post, payShare
}

/// Where a financial year's SHU stands: the year still open; closed with no distribution yet; a draft
/// distribution; that draft approved by the RAT (a passed resolution taken after the close); posted.
package enum SHUYearStage: Sendable, Equatable, CaseIterable {
    case open, closed, drafted, approved, posted

    package init(closed: Bool, distribution: SHUDistributionStatus?, approved: Bool) {
        self =
            switch (closed, distribution) {
            case (_, .posted): .posted
            case (false, _): .open
            case (true, nil): .closed
            case (true, .draft): approved ? .approved : .drafted
            }
    }

    /// Whether the stage admits `action`, as the pages ask before offering it.
    package func allows(_ action: SHUAction) -> Bool { (try? after(action, year: 0)) != nil }

    /// The stage after `action` on `year`, or the refusal. What the RAT approved is what gets posted:
    /// an approved draft is neither computed again nor given new rules.
    package func after(_ action: SHUAction, year: Int) throws(YearEndError) -> SHUYearStage {
        switch action {
        case .editRules:
            if self == .posted { throw .alreadyPosted(year) }
            if self == .approved { throw .alreadyApproved(year) }
            return self
        case .compute:
            if self == .open { throw .yearNotClosed(year) }
            if self == .posted { throw .alreadyPosted(year) }
            if self == .approved { throw .alreadyApproved(year) }
            return .drafted
        case .post:
            if self == .open || self == .closed { throw .yearNotClosed(year) }
            if self == .posted { throw .alreadyPosted(year) }
            if self == .drafted { throw .notApproved(year) }
            return .posted
        case .payShare:
            guard self == .posted else { throw .shareNotPayable }
            return .posted
        }
    }
}

extension SHUSharePayment {
    /// Paying out a member's share: only one held as payable, and not empty, becomes paid.
    package func afterPayout(total: Int64) throws(YearEndError) -> SHUSharePayment {
        guard self == .payable, total > 0 else { throw .shareNotPayable }
        return .paid
    }
}
