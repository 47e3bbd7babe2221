/// SQLite writers of this process take turns here before they begin. SQLite's own wait for its write
/// lock spins on one of the few threads that run every query; enough writers spinning there would
/// starve the very writer they wait for, so they wait here instead, holding no thread and no connection.
actor WriteTurn {
    static let shared = WriteTurn()

    private var taken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func take() async {
        guard taken else {
            taken = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the turn straight to the next writer, if one waits.
    func give() {
        if waiting.isEmpty { taken = false } else { waiting.removeFirst().resume() }
    }

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await take()
        defer { give() }
        return try await body()
    }
}
