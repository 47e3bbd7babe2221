import GuyubCore
import GuyubStore
import Prometheus
import Vapor

extension Application {
    /// Guyub's own state on the application: its configuration and its metrics registry.
    struct Guyub: Sendable {
        let config: AppConfig
        let metrics: PrometheusCollectorRegistry
    }

    private struct GuyubKey: StorageKey { typealias Value = Guyub }

    var guyub: Guyub {
        get {
            guard let value = storage[GuyubKey.self] else { fatalError("configure(_:_:) sets up Guyub first") }
            return value
        }
        set { storage[GuyubKey.self] = newValue }
    }

    var clock: WallClock { guyub.config.clock }

    /// Today where `cooperative` is.
    func today(at cooperative: CooperativeRecord) -> CivilDate {
        clock.today(in: TimeZone(identifier: cooperative.timeZone) ?? .current)
    }
}
