import OpenAPIKit30
import Vapor

extension SavingsController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "savings/settings", .permission(.viewSavings),
                APIDoc(
                    "The savings products", tag: "savings", ok: .json(200, .ref("SavingsSettings")), errors: [403]), use: settings
            ),
            APIRoute(
                .PUT, "savings/settings", .permission(.manageSettings),
                APIDoc(
                    "Change the savings products (the bylaws decide them)", tag: "savings", body: .ref("SavingsSettings"),
                    ok: .json(200, .ref("SavingsSettings")), errors: [403, 422]), use: updateSettings),
            APIRoute(
                .POST, "savings/deposits", .permission(.handleCash),
                APIDoc(
                    "Take a deposit; paying the simpanan pokok makes an applicant a member", tag: "savings",
                    body: .ref("MovementInput"), ok: .json(201, .ref("Movement")), links: OpenAPIDocument.movementLinks,
                    errors: [403, 404, 422]), use: deposit),
            APIRoute(
                .POST, "savings/withdrawals", .permission(.handleCash),
                APIDoc(
                    "Pay out of sukarela (never below its minimum)", tag: "savings",
                    body: .ref("MovementInput"), ok: .json(201, .ref("Movement")), links: OpenAPIDocument.movementLinks,
                    errors: [403, 404, 422]), use: withdraw),
            APIRoute(
                .POST, "savings/transfers", .permission(.handleCash),
                APIDoc(
                    "Move sukarela between members", tag: "savings", body: .ref("TransferInput"),
                    ok: .json(201, .ref("Transfer")), links: OpenAPIDocument.entryLinks("/entryId"), errors: [403, 404, 422]),
                use: transfer),
            APIRoute(
                .GET, "savings/accounts/:id/statement", .permission(.viewSavings, orOwn: true), id: .savingsAccount,
                APIDoc(
                    "A savings account's movements with a running balance", tag: "savings", parameters: [.from, .to],
                    ok: .json(200, .ref("Statement")), errors: [404, 422]), use: statement),
            APIRoute(
                .GET, "savings/arrears", .permission(.viewSavings),
                APIDoc(
                    "Who owes wajib or pokok, how much, since when", tag: "savings", ok: .json(200, .arrayOf(.ref("Arrear"))),
                    errors: [403]), use: arrears),
            APIRoute(
                .POST, "savings/dues", .permission(.keepBooks),
                APIDoc(
                    "Bill a month's wajib to every member (once per month)", tag: "savings",
                    body: .input(["month": .month], required: ["month"]),
                    ok: .json(200, .object(["month": .string, "billed": .integer], required: ["month", "billed"])),
                    errors: [403, 422]), use: billDues),
            APIRoute(
                .POST, "savings/term-deposits/:id/break", .permission(.handleCash), id: .termDeposit,
                APIDoc(
                    "Pay a term deposit out before it matures (less the penalty)", tag: "savings",
                    body: .input(["channel": .string(allowedValues: "cash", "bank", "qris")], required: []),
                    ok: .json(201, .ref("Movement")), errors: [403, 404, 422]), use: breakDeposit),
            APIRoute(
                .GET, "members/:id/savings", .permission(.viewSavings, orOwn: true), id: .member,
                APIDoc(
                    "A member's savings accounts", tag: "savings", ok: .json(200, .arrayOf(.ref("SavingsAccount"))),
                    links: OpenAPIDocument.accountLinks("/0/id"), errors: [404]), use: memberAccounts),
        ]
    }
}
