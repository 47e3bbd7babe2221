import NIOConcurrencyHelpers
import PostgresNIO

/// Ends a PostgreSQL transaction whose connection dies under it. PostgresNIO drops, without failing
/// it, a statement written to a connection that has already closed; the transaction's next statement
/// (its ROLLBACK, say, after the server went away) would then wait forever, and the pool would never
/// get the connection back. The watch answers `ConnectionLost` as soon as the connection closes; the
/// statement left waiting holds nothing but its own task.
package final class ConnectionWatch: Sendable {
    package static let shared = ConnectionWatch()

    private struct State {
        var watched: Set<ObjectIdentifier> = []
        var onClose: [ObjectIdentifier: @Sendable () -> Void] = [:]
    }
    private let state = NIOLockedValueBox(State())

    /// Runs `work` on `connection` (used by one transaction at a time), or throws `ConnectionLost`
    /// when the connection closes first.
    package func run<T: Sendable>(
        on connection: PostgresConnection,
        _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let id = ObjectIdentifier(connection)
        return try await withCheckedThrowingContinuation { continuation in
            let answer = Once(continuation)
            // One close callback per connection, not one per transaction: connections live long.
            let first = state.withLockedValue { state in
                state.onClose[id] = { answer.resume(with: .failure(ConnectionLost())) }
                return state.watched.insert(id).inserted
            }
            if first {
                connection.closeFuture.whenComplete { [state] _ in
                    state.withLockedValue { state in
                        state.watched.remove(id)
                        return state.onClose.removeValue(forKey: id)
                    }?()
                }
            }
            Task {
                let result: Result<T, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                state.withLockedValue { _ = $0.onClose.removeValue(forKey: id) }
                answer.resume(with: result)
            }
        }
    }

    /// Resumes its continuation the first time only.
    private final class Once<T: Sendable>: Sendable {
        private let continuation: NIOLockedValueBox<CheckedContinuation<T, any Error>?>
        init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = NIOLockedValueBox(continuation) }
        func resume(with result: Result<T, any Error>) {
            continuation.withLockedValue { continuation in
                defer { continuation = nil }
                return continuation
            }?.resume(with: result)
        }
    }
}

/// The database connection closed under a request: nothing of it was committed, unless the
/// connection died just as the commit went out. Retrying with the same idempotency key is safe.
package struct ConnectionLost: Error {}
