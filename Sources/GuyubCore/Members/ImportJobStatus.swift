/// Where a members' spreadsheet import stands: kept for the user to confirm (`preview`), confirmed and
/// waiting for the worker (`pending`), being taken in by batches (`running`), finished (`done`).
package enum ImportJobStatus: String, Codable, Sendable, CaseIterable {
    case preview, pending, running, done

    /// The status once the user confirms a preview: nothing to take in finishes it at once.
    package func confirmed(accepting rows: Int) -> ImportJobStatus? {
        guard self == .preview else { return nil }
        return rows > 0 ? .pending : .done
    }
}
