import Prometheus
import Vapor

/// Counts requests and times them, labelled by method, route pattern (not the raw path, which would
/// grow without bound) and status.
struct RequestMetrics: AsyncMiddleware {
    let registry: PrometheusCollectorRegistry
    static let buckets: [Duration] = [.milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                                      .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
                                      .seconds(1), .seconds(2.5), .seconds(5)]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        let labels = [("method", request.method.rawValue), ("route", route), ("status", String(response.status.code))]
        registry.makeCounter(descriptor: .init(metricName: "guyub_http_requests", unitName: "total",
                                               helpText: "HTTP requests answered"), labels: labels).increment()
        registry.makeDurationHistogram(
            descriptor: .init(metricName: "guyub_http_request_duration", unitName: "seconds",
                              helpText: "Time to answer an HTTP request"),
            labels: labels, buckets: Self.buckets
        ).record(ContinuousClock.now - start)
        return response
    }
}
