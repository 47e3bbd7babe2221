import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The year-end close and the SHU through the API: each year's rules, the close, the draft
/// distribution, its posting once the RAT approved it, cash payouts, and a member's own SHU.
struct SHUController {
    struct YearDTO: Content, Equatable {
        var year: Int
        var closed: Bool
        var status: SHUDistributionStatus?
        var memberSurplus: String?
    }

    /// Every year with rules, a close or a distribution, newest first.
    func years(_ request: Request) async throws -> [YearDTO] {
        let principal = try request.authorize(.viewBooks)
        let tenant = try request.tenant()
        let closings = try await tenant.query(YearClosingRecord.self).all()
        let distributions = try await tenant.query(SHUDistributionRecord.self).all()
        let settings = try await tenant.query(SHUSettingsRecord.self).all()
        let years = Set(closings.map(\.year) + distributions.map(\.year) + settings.map(\.year))
        return years.sorted(by: >).map { year in
            let closing = closings.first { $0.year == year }
            return YearDTO(
                year: year, closed: closing != nil, status: distributions.first { $0.year == year }?.status,
                memberSurplus: closing.map { Amount.string($0.memberSurplus, decimals: principal.decimals) })
        }
    }

    func settings(_ request: Request) async throws -> SHURulesDTO {
        _ = try request.authorize(.viewBooks)
        let year = try request.year()
        return SHURulesDTO(try await SHUStore(request.tenant()).rules(for: year), year: year)
    }

    func updateSettings(_ request: Request) async throws -> SHURulesDTO {
        let principal = try request.authorize(.manageSettings)
        let year = try request.year()
        let store = SHUStore(try request.tenant())
        let rules = try request.content.decode(SHURulesInput.self).applied(to: try await store.rules(for: year))
        try await store.save(rules, for: year, by: principal.actor)
        return SHURulesDTO(try await store.rules(for: year), year: year)
    }

    func close(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let year = try request.year()
        let outcome = try await YearEnd(request.tenant()).close(
            year, today: request.today(), texts: .init(year), by: principal.actor)
        func money(_ v: Int64) -> String { Amount.string(v, decimals: principal.decimals) }
        return try created(
            YearCloseDTO(
                year: year, monthsClosed: outcome.monthsClosed.map(\.description),
                closingEntryId: outcome.closing.entryID, memberSurplus: money(outcome.closing.memberSurplus),
                nonMemberSurplus: money(outcome.closing.nonMemberSurplus),
                sharedSurplus: money(outcome.closing.sharedSurplus), members: outcome.distribution.members))
    }

    /// Computes the draft again from the books (after business records were corrected, say).
    func compute(_ request: Request) async throws -> SHUDistributionDTO {
        let principal = try request.authorize(.keepBooks)
        let record = try await SHUStore(request.tenant()).compute(try request.year(), by: principal.actor)
        return try await distribution(record, request: request)
    }

    /// `GET /api/v1/shu/:year?limit=&offset=`: the distribution and its shares by member number.
    func show(_ request: Request) async throws -> SHUDistributionDTO {
        _ = try request.authorize(.viewBooks)
        let year = try request.year()
        guard let record = try await SHUStore(request.tenant()).distribution(of: year) else {
            throw YearEndError.yearNotClosed(year)
        }
        return try await distribution(record, request: request)
    }

    func post(_ request: Request) async throws -> SHUDistributionDTO {
        let principal = try request.authorize(.keepBooks)
        let year = try request.year()
        let tenant = try request.tenant()
        let store = SHUStore(tenant)
        let record = try await store.post(
            year, approval: try await store.approval(of: year), on: request.today(), texts: .init(year),
            by: principal.actor)
        return try await distribution(record, request: request)
    }

    func payOut(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.handleCash)
        let year = try request.year()
        // Someone else's member is nobody here: 404 before anything else is looked at.
        let member = try await MemberStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        let chosen = request.body.data == nil ? nil : try request.content.decode(SHUPayoutInput.self).channel
        let channel: AccountRole =
            switch chosen ?? "cash" {
            case "cash": .cash
            case "bank": .bank
            default: throw SavingsError.unknownChannel
            }
        let posting = try await SHUStore(request.tenant()).payOut(
            year, member: member.requireID(), channel: channel,
            on: request.today(), texts: .init(year), by: principal.actor)
        return try created(EntryDTO(posting.entry, decimals: principal.decimals))
    }

    func memberSHU(_ request: Request) async throws -> [MemberSHUDTO] {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let member = try await MemberStore(tenant).find(request.parameters.get("id", as: UUID.self))
        try request.authorizeSavings(of: member)
        return try await SHUStore(tenant).shares(ofMember: member.requireID()).map {
            MemberSHUDTO($0, $1, decimals: principal.decimals)
        }
    }

    private func distribution(_ record: SHUDistributionRecord, request: Request) async throws -> SHUDistributionDTO {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let limit = try request.queryInteger("limit", in: 0...10_000) ?? 1_000
        let offset = try request.queryInteger("offset", in: 0...Int(Int32.max)) ?? 0
        let shares = try await SHUStore(tenant).memberShares(of: record, limit: limit, offset: offset)
        return try SHUDistributionDTO(record, shares: shares, decimals: principal.decimals)
    }
}

extension Request {
    /// The `:year` of the path: a financial year.
    func year() throws -> Int {
        guard let year = parameters.get("year", as: Int.self), (1900...2500).contains(year) else {
            throw YearEndError.invalidYear
        }
        return year
    }
}
