import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Shifts at a unit's till through the API: opened with a float, closed with a cash count.
extension StoreController {
    func shifts(_ request: Request) async throws -> [ShiftDTO] {
        let principal = try request.authorize(.viewStore)
        let store = try ShiftStore(request.tenant())
        var shown: [ShiftDTO] = []
        for shift in try await store.recent() {
            shown.append(try await Self.shift(shift, store, decimals: principal.decimals))
        }
        return shown
    }

    func shift(_ request: Request) async throws -> ShiftDTO {
        let principal = try request.authorize(.viewStore)
        let store = try ShiftStore(request.tenant())
        return try await Self.shift(
            try await store.find(request.parameters.get("id", as: UUID.self)), store, decimals: principal.decimals)
    }

    /// `POST /api/v1/store/shifts {"float","unitId"?}`.
    func openShift(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let input = try request.content.decode(ShiftInput.self)
        let float = try Self.cash(input.float, field: "float", decimals: principal.decimals)
        let store = try ShiftStore(request.tenant())
        let shift = try await store.open(
            unitID: input.unitId, float: float, on: request.today(), at: request.application.clock.now(), by: principal.actor)
        return try created(try await Self.shift(shift, store, decimals: principal.decimals))
    }

    /// `POST /api/v1/store/shifts/{id}/close {"counted","note"?}`: by whoever opened it, or a supervisor.
    func closeShift(_ request: Request) async throws -> ShiftDTO {
        let principal = try request.authorize(.sell)
        let store = try ShiftStore(request.tenant())
        let id = try request.parameters.get("id", as: UUID.self)
        _ = try await store.find(id)
        let input = try request.content.decode(ShiftCloseInput.self)
        let counted = try Self.cash(input.counted, field: "counted", decimals: principal.decimals)
        let note: String?
        do { note = try FieldRules.optional(input.note, field: "note", max: FieldLimit.storeReason) } catch {
            throw StoreError.field(error)
        }
        let shift = try await store.close(
            id, counted: counted, note: note, on: request.today(), at: request.application.clock.now(),
            description: request.booksText.shiftDifference(try await store.find(id).openedByName),
            supervising: principal.allows(.returnSales),
            by: principal.actor)
        return try await Self.shift(shift, store, decimals: principal.decimals)
    }

    static func shift(_ shift: ShiftRecord, _ store: ShiftStore, decimals: Int) async throws -> ShiftDTO {
        let till = try await store.till(shift)
        return ShiftDTO(shift, till: till, sales: try await store.sales(in: shift), decimals: decimals)
    }

    /// Cash counted: zero or more, written as people write money.
    static func cash(_ text: String?, field: String, decimals: Int) throws -> Int64 {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.field(.required(field)) }
        guard let amount = try? Amount.parse(text, decimals: decimals), amount <= Amount.ceiling else {
            throw StoreError.priceInvalid(field)
        }
        return amount
    }
}
