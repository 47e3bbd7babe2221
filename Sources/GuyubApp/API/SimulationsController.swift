import GuyubCore
import Vapor

/// Simulations anyone may run before asking: no sign-in, nothing stored.
struct SimulationsController {
    /// `POST /api/v1/simulations/shu` with the body `guyub simulate shu` reads from its file.
    func shu(_ request: Request) async throws -> SHUSimulationDTO {
        let input: SHUSimulation
        do { input = try request.content.decode(SHUSimulation.self) } catch { throw SHUError.invalidInput("body") }
        let (distribution, decimals) = try input.distribution()
        return SHUSimulationDTO(distribution, decimals: decimals)
    }

    /// `GET /api/v1/simulations/loan?principal=&rate=&ratePer=&periods=&method=&every=&unit=&decimals=&rounding=&grace=&graceKind=&dayCount=&start=`.
    func loan(_ request: Request) async throws -> LoanSimulationDTO {
        let (terms, decimals) = try Self.request(request).terms()
        return LoanSimulationDTO(try LoanSchedule(terms), decimals: decimals)
    }

    static func request(_ request: Request) throws -> LoanSimulationRequest {
        LoanSimulationRequest(
            principal: try request.queryValue("principal"), rate: try request.queryValue("rate"),
            ratePer: try request.queryValue("ratePer"), periods: try request.queryValue("periods"),
            method: try request.queryValue("method"), every: try request.queryValue("every"),
            unit: try request.queryValue("unit"),
            decimals: try request.queryValue("decimals"), rounding: try request.queryValue("rounding"),
            grace: try request.queryValue("grace"), graceKind: try request.queryValue("graceKind"),
            dayCount: try request.queryValue("dayCount"), start: try request.queryValue("start"))
    }
}
