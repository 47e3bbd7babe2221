import GuyubCore
import OpenAPIKit30
import Vapor

extension StoreController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "store/products", .permission(.viewStore),
                APIDoc(
                    "Products by name, with their stock (q: part of a name, or a barcode)", tag: "store",
                    parameters: [.query("q", .string(maxLength: FieldLimit.name))], ok: .json(200, .arrayOf(.ref("Product"))),
                    errors: [403, 422]), use: products),
            APIRoute(
                .POST, "store/products", .permission(.manageStock),
                APIDoc(
                    "Add a product (prices a base unit; a programme's ceiling is never exceeded)", tag: "store",
                    body: .ref("ProductInput"), ok: .json(201, .ref("Product")), errors: [403, 404, 409, 422]),
                use: createProduct),
            APIRoute(
                .GET, "store/products/:id", .permission(.viewStore), id: .product,
                APIDoc(
                    "A product with its stock in each unit and its moving average cost", tag: "store",
                    ok: .json(200, .ref("Product")), errors: [403, 404]), use: product),
            APIRoute(
                .PUT, "store/products/:id", .permission(.manageStock), id: .product,
                APIDoc(
                    "Change a product and its prices", tag: "store", body: .ref("ProductInput"), ok: .json(200, .ref("Product")),
                    errors: [403, 404, 409, 422]), use: updateProduct),
            APIRoute(
                .POST, "store/receipts", .permission(.manageStock),
                APIDoc(
                    "Receive goods into stock, paid in cash", tag: "store", body: .ref("ReceiptInput"),
                    ok: .json(201, .ref("Receipt")), links: OpenAPIDocument.entryLinks("/entryId"), errors: [403, 404, 422]),
                use: receive),
            APIRoute(
                .POST, "store/adjustments", .permission(.manageStock),
                APIDoc(
                    "Put stock right: damaged, expired, lost or found goods, or a count; posted at moving average cost",
                    tag: "store", body: .ref("AdjustmentInput"), ok: .json(201, .ref("StockChange")),
                    errors: [403, 404, 422]), use: adjust),
            APIRoute(
                .POST, "store/transfers", .permission(.manageStock),
                APIDoc(
                    "Move goods from one unit's location to another's at their moving average cost", tag: "store",
                    body: .ref("StockTransferInput"), ok: .json(201, .ref("StockChange")), errors: [403, 404, 422]), use: transfer
            ),
            APIRoute(
                .POST, "store/sales", .permission(.sell),
                APIDoc(
                    "Sell at the counter", tag: "store", body: .ref("SaleInput"), ok: .json(201, .ref("Sale")),
                    links: OpenAPIDocument.saleLinks, errors: [403, 404, 422]), use: sell),
            APIRoute(
                .GET, "store/sales/:id", .permission(.viewStore), id: .sale,
                APIDoc("A sale and its lines", tag: "store", ok: .json(200, .ref("Sale")), errors: [403, 404]), use: sale),
            APIRoute(
                .POST, "store/sales/:id/returns", .permission(.returnSales), id: .sale,
                APIDoc(
                    "Take goods back from a sale, or undo it (no lines): the buyer is paid back the way they paid, "
                        + "the goods go back into stock at their cost, and a member's business for the SHU shrinks",
                    tag: "store", body: .ref("SaleReturnInput"), ok: .json(201, .ref("SaleReturn")),
                    links: OpenAPIDocument.entryLinks("/entryId"), errors: [403, 404, 409, 422]), use: giveBack),
            APIRoute(
                .GET, "store/shifts", .permission(.viewStore),
                APIDoc(
                    "The latest shifts at the units' tills, open ones first", tag: "store",
                    ok: .json(200, .arrayOf(.ref("Shift"))), errors: [403]), use: shifts),
            APIRoute(
                .POST, "store/shifts", .permission(.sell),
                APIDoc(
                    "Open a unit's till with a float (one shift open a unit at a time)", tag: "store",
                    body: .ref("ShiftInput"), ok: .json(201, .ref("Shift")), errors: [403, 404, 409, 422]), use: openShift),
            APIRoute(
                .GET, "store/shifts/:id", .permission(.viewStore), id: .shift,
                APIDoc(
                    "A shift: its float, its sales by payment, and what the drawer should hold", tag: "store",
                    ok: .json(200, .ref("Shift")), errors: [403, 404]), use: shift),
            APIRoute(
                .POST, "store/shifts/:id/close", .permission(.sell), id: .shift,
                APIDoc(
                    "Close a shift with the cash counted; a difference is posted to cash over and short. By whoever "
                        + "opened it, or a manager", tag: "store", body: .ref("ShiftCloseInput"), ok: .json(200, .ref("Shift")),
                    links: OpenAPIDocument.entryLinks("/entryId"), errors: [403, 404, 409, 422]), use: closeShift),
            APIRoute(
                .GET, "store/programmes", .permission(.viewStore),
                APIDoc(
                    "The state-regulated programmes and their price ceilings", tag: "store",
                    ok: .json(200, .arrayOf(.ref("Programme"))), errors: [403]), use: programmes),
            APIRoute(
                .POST, "store/programmes", .permission(.manageStock),
                APIDoc(
                    "Add a regulated programme: its price ceiling (HET), and how much one buyer may take", tag: "store",
                    body: .ref("ProgrammeInput"), ok: .json(201, .ref("Programme")), errors: [403, 409, 422]),
                use: createProgramme),
            APIRoute(
                .POST, "store/programmes/:id/ceilings", .permission(.manageStock), id: .programme,
                APIDoc(
                    "A new price ceiling (HET) from a date, national or for one region (a kabupaten or kota), which "
                        + "then holds there over the national one. Never back-dated", tag: "store",
                    body: .ref("CeilingInput"), ok: .json(201, .ref("Programme")), errors: [403, 404, 409, 422]),
                use: addCeiling),
            APIRoute(
                .GET, "store/programmes/:id/report", .permission(.manageStock), id: .programme,
                APIDoc(
                    "A programme's month for its supplier: every sale with the buyer's NIK, and each good's stock at the "
                        + "start, received, sold, adjusted and at the end (CSV with format=csv)", tag: "store",
                    parameters: [
                        .query("month", .string(pattern: "^[0-9]{4}-[0-9]{2}$")),
                        .query("format", .string(allowedValues: "json", "csv")),
                    ],
                    ok: .json(200, .ref("ProgrammeReport")), alsoAs: [.csv: .string], errors: [403, 404, 422]),
                use: programmeReport),
            APIRoute(
                .POST, "store/programmes/:id/allocations", .permission(.manageStock), id: .programme,
                body: .collect(maxSize: ImportPage.maxSize),
                APIDoc(
                    "Import a season's allocation list (the e-RDKK, as CSV: NIK, name, allocation in the base unit), "
                        + "replacing that season's list; rows that do not read come back with why", tag: "store",
                    parameters: [
                        .query("season", .string(maxLength: FieldLimit.seasonName)), .query("startsOn", .date),
                        .query("endsOn", .date), .query("dryRun", .boolean),
                    ],
                    rawBody: [.csv: .init(schema: .string)], ok: .json(201, .ref("AllocationImport")),
                    errors: [403, 404, 409, 413, 422]), use: importAllocations),
            APIRoute(
                .GET, "store/programmes/:id/allocations", .permission(.manageStock), id: .programme,
                APIDoc(
                    "A programme's allocation seasons, latest first: farmers, what the list gives and what was taken",
                    tag: "store", ok: .json(200, .arrayOf(.ref("AllocationSeason"))), errors: [403, 404, 409]),
                use: allocationSeasons),
            APIRoute(
                .GET, "store/programmes/:id/allocations/standing", .permission(.sell), id: .programme,
                APIDoc(
                    "What one buyer (by NIK) may still take in the season holding today", tag: "store",
                    parameters: [.query("nik", .string(maxLength: 40))], ok: .json(200, .ref("AllocationStanding")),
                    errors: [403, 404, 409, 422]), use: allocationStanding),
            APIRoute(
                .GET, "store/catalogue", .permission(.sell),
                APIDoc(
                    "Every product on sale with its barcode and prices: what a counter keeps to go on selling for cash "
                        + "while offline", tag: "store", ok: .json(200, .ref("Catalogue")), errors: [403]), use: catalogue),
            APIRoute(
                .GET, "store/reports/sales", .permission(.manageStock),
                APIDoc(
                    "The shop's sales over a period (this month unless told), net of returns: by day, product, unit, "
                        + "cashier and payment, the members' share, margins, the stock's value against the books, and "
                        + "the goods that did not sell", tag: "store",
                    parameters: [.from, .to, OpenAPIDocument.unitParameter, OpenAPIDocument.reportFormat],
                    ok: .json(200, .ref("SalesReport")), alsoAs: [.csv: .string], errors: [403, 422]), use: salesReport),
            APIRoute(
                .PUT, "store/units/:id/qris", .permission(.keepBooks), id: .businessUnit,
                APIDoc(
                    "Set a unit's QRIS merchant data (name and city as registered, merchant id, postal code), from which "
                        + "its counter makes each sale's dynamic QRIS code; the treasurer's, as it decides where buyers' "
                        + "money goes", tag: "store", body: .ref("MerchantInput"),
                    ok: .json(200, .ref("Merchant")), errors: [403, 404, 422]), use: setMerchant),
            APIRoute(
                .GET, "store/units", .permission(.viewStore),
                APIDoc(
                    "The business units: their kind, region, whether their counter takes QRIS, and who works in each",
                    tag: "store", ok: .json(200, .arrayOf(.ref("StoreUnit"))), errors: [403]), use: units),
            APIRoute(
                .POST, "store/units/template", .permission(.keepBooks),
                APIDoc(
                    "Create, in one step, the seven units of the village-cooperative programme the cooperative does not "
                        + "have yet (office, grocery outlet, savings and loans, clinic, pharmacy, warehouse, logistics)",
                    tag: "store", ok: .json(201, .arrayOf(.ref("StoreUnit"))), errors: [403]), use: addProgrammeUnits),
            APIRoute(
                .PUT, "store/units/:id/staff", .permission(.manageUsers), id: .businessUnit,
                APIDoc(
                    "Who works in a unit. Someone assigned to units sells, receives and counts only in those, and "
                        + "works in the first when a call names no unit; someone assigned to none works in every unit",
                    tag: "store", body: .ref("UnitStaffInput"), ok: .json(200, .ref("StoreUnit")),
                    errors: [403, 404, 422]), use: setStaff),
            APIRoute(
                .PATCH, "store/units/:id", .permission(.keepBooks), id: .businessUnit,
                APIDoc(
                    "The region (kabupaten or kota) a unit sells in, whose price ceilings hold there; blank for none",
                    tag: "store", body: .ref("UnitRegionInput"), ok: .json(200, .ref("StoreUnit")), errors: [403, 404, 422]),
                use: setRegion),
            APIRoute(
                .GET, "store/qris", .permission(.viewBooks),
                APIDoc(
                    "QRIS money in transit: paid at the counters, not yet credited by the bank", tag: "store",
                    ok: .json(200, .ref("QRISInTransit")), errors: [403]), use: qrisInTransit),
            APIRoute(
                .POST, "store/qris/settlements", .permission(.keepBooks),
                APIDoc(
                    "The bank credited QRIS money: the amount leaves transit, the bank gets it less the acquirer's fee, "
                        + "the fee is an expense (never the buyer's)", tag: "store", body: .ref("QRISSettlementInput"),
                    ok: .json(201, .ref("QRISSettlement")), links: OpenAPIDocument.entryLinks("/entryId"),
                    errors: [403, 404, 422]), use: settleQRIS),
            APIRoute(
                .POST, "store/stock-takes", .permission(.manageStock),
                APIDoc(
                    "Start a stock take at a unit: a count sheet of every good on sale with what the records hold "
                        + "(one counted a unit at a time)", tag: "store", body: .ref("StockTakeInput"),
                    ok: .json(201, .ref("StockTake")), errors: [403, 404, 409, 422]), use: startStockTake),
            APIRoute(
                .GET, "store/stock-takes/:id", .permission(.manageStock), id: .stockTake,
                APIDoc(
                    "A stock take: each good's expected and counted quantity, and what approval posted", tag: "store",
                    ok: .json(200, .ref("StockTake")), errors: [403, 404]), use: getStockTake),
            APIRoute(
                .PUT, "store/stock-takes/:id/counts", .permission(.manageStock), id: .stockTake,
                APIDoc(
                    "Record counts (0 for none left); each is set against what the records hold at that moment",
                    tag: "store", body: .ref("StockTakeCounts"), ok: .json(200, .ref("StockTake")),
                    errors: [403, 404, 409, 422]), use: countStockTake),
            APIRoute(
                .POST, "store/stock-takes/:id/approve", .permission(.manageStock), id: .stockTake,
                APIDoc(
                    "Approve a stock take (a manager or the board): each counted difference is posted as a count "
                        + "adjustment at moving average cost", tag: "store", ok: .json(200, .ref("StockTake")),
                    errors: [403, 404, 409, 422]), use: approveStockTake),
            APIRoute(
                .GET, "store/customers", .permission(.viewStore),
                APIDoc(
                    "Customers who buy on credit, with what they owe", tag: "store",
                    ok: .json(200, .arrayOf(.ref("Customer"))), errors: [403]), use: customers),
            APIRoute(
                .POST, "store/customers", .permission(.manageStock),
                APIDoc(
                    "Register a customer who may buy on credit up to a limit", tag: "store", body: .ref("CustomerInput"),
                    ok: .json(201, .ref("Customer")), errors: [403, 404, 409, 422]), use: createCustomer),
            APIRoute(
                .POST, "store/customers/:id/payments", .permission(.sell), id: .customer,
                APIDoc(
                    "A credit customer pays off what they owe (never more); cash goes into the open shift's drawer",
                    tag: "store", body: .ref("CustomerPaymentInput"), ok: .json(201, .ref("CustomerPayment")),
                    links: OpenAPIDocument.entryLinks("/entryId"), errors: [403, 404, 422]), use: customerPayment),
        ]
    }
}
