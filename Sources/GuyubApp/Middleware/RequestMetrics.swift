import NIOConcurrencyHelpers
import Prometheus
import Vapor

/// Counts requests and times them, labelled by method, route pattern (not the raw path, which would
/// grow without bound) and status. Each label set's instruments are made once and kept.
struct RequestMetrics: AsyncMiddleware {
    let registry: PrometheusCollectorRegistry
    private let instruments = NIOLockedValueBox<[String: (Counter, DurationHistogram)]>([:])

    init(registry: PrometheusCollectorRegistry) { self.registry = registry }

    static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .seconds(2.5), .seconds(5),
    ]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        let (counter, histogram) = instruments(method: request.method.rawValue, route: route, status: response.status.code)
        counter.increment()
        histogram.record(ContinuousClock.now - start)
        return response
    }

    private func instruments(method: String, route: String, status: UInt) -> (Counter, DurationHistogram) {
        let key = "\(method) \(route) \(status)"
        return instruments.withLockedValue { made in
            if let found = made[key] { return found }
            let labels = [("method", method), ("route", route), ("status", String(status))]
            let pair = (
                registry.makeCounter(
                    descriptor: .init(
                        metricName: "guyub_http_requests", unitName: "total",
                        helpText: "HTTP requests answered"), labels: labels),
                registry.makeDurationHistogram(
                    descriptor: .init(
                        metricName: "guyub_http_request_duration",
                        unitName: "seconds",
                        helpText: "Time to answer an HTTP request"),
                    labels: labels, buckets: Self.buckets)
            )
            made[key] = pair
            return pair
        }
    }
}
