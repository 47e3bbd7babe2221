import OpenAPIKit30
import Vapor

extension SimulationsController {
    var routes: [APIRoute] {
        let count = JSONSchema.string(pattern: "^[0-9]{1,6}$")
        return [
            APIRoute(
                .GET, "simulations/loan", .open,
                APIDoc(
                    "Simulate a loan's schedule (no sign-in)", tag: "loans",
                    parameters: [
                        .query("principal", .money, required: true), .query("rate", .ratePercent, required: true),
                        .query("ratePer", .string(allowedValues: "year", "month")), .query("periods", count, required: true),
                        .query("method", OpenAPIDocument.loanMethod, required: true), .query("every", count),
                        .query("unit", .string(allowedValues: "month", "week")),
                        .query("decimals", .string(allowedValues: "0", "2")),
                        .query("rounding", OpenAPIDocument.rounding), .query("grace", count),
                        .query("graceKind", OpenAPIDocument.graceKind), .query("dayCount", OpenAPIDocument.dayCount),
                        .query("start", .date),
                    ], ok: .json(200, .ref("LoanSimulation")), errors: [422]), use: loan),
            APIRoute(
                .POST, "simulations/shu", .open, body: .collect(maxSize: "2mb"),
                APIDoc(
                    "Simulate a SHU distribution (no sign-in; nothing is stored)", tag: "shu", body: .ref("SHUSimulationInput"),
                    ok: .json(200, .ref("SHUSimulation")), errors: [422]), use: shu),
        ]
    }
}
