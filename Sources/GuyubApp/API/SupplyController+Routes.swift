import GuyubCore
import OpenAPIKit30
import Vapor

extension SupplyController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "suppliers", .permission(.viewStore),
                APIDoc(
                    "Suppliers by name, with what is owed to each", tag: "supply", ok: .json(200, .arrayOf(.ref("Supplier"))),
                    errors: [403]), use: suppliers),
            APIRoute(
                .POST, "suppliers", .permission(.manageStock),
                APIDoc(
                    "Add a supplier: outside on its terms (cash, credit with days, cash on delivery), or one of the "
                        + "cooperative's units", tag: "supply", body: .ref("SupplierInput"), ok: .json(201, .ref("Supplier")),
                    errors: [403, 404, 409, 422]), use: createSupplier),
            APIRoute(
                .GET, "suppliers/aging", .permission(.viewBooks),
                APIDoc(
                    "Aged payables: what was owed to each supplier at the end of a day (today unless told), by how "
                        + "many days late it was then", tag: "supply", parameters: [.query("date", .isoDate)],
                    ok: .json(200, .ref("Aging")), errors: [403, 422]), use: aging),
            APIRoute(
                .GET, "suppliers/:id", .permission(.viewStore), id: .supplier,
                APIDoc(
                    "A supplier with what is owed (received on credit, not yet paid), by due date, and its prices",
                    tag: "supply", ok: .json(200, .ref("Supplier")), errors: [403, 404]), use: supplier),
            APIRoute(
                .PUT, "suppliers/:id/prices", .permission(.manageStock), id: .supplier,
                APIDoc(
                    "Set the supplier's price of a product (a base unit's cost); orders start from it", tag: "supply",
                    body: .ref("SupplierPriceInput"), ok: .json(200, .ref("Supplier")), errors: [403, 404, 422]),
                use: setPrice),
            APIRoute(
                .POST, "suppliers/:id/payments", .permission(.keepBooks), id: .supplier,
                APIDoc(
                    "Pay a supplier off what is owed (never more), from cash or the bank", tag: "supply",
                    body: .ref("SupplierPaymentInput"), ok: .json(201, .ref("SupplierPayment")),
                    links: OpenAPIDocument.entryLinks("/entryId"), errors: [403, 404, 422]), use: pay),
            APIRoute(
                .GET, "suppliers/:id/consignment", .permission(.viewStore), id: .supplier,
                APIDoc(
                    "The supplier's goods on consignment: held, sold and not yet settled, at the agreed prices", tag: "supply",
                    ok: .json(200, .ref("Consignment")), errors: [403, 404]), use: consignment),
            APIRoute(
                .PUT, "suppliers/:id/consignment", .permission(.manageStock), id: .supplier,
                APIDoc(
                    "Sell a product on consignment from the supplier, settled at an agreed price a base unit (refused "
                        + "when the cooperative holds stock of it of its own)", tag: "supply", body: .ref("ConsignInput"),
                    ok: .json(200, .ref("Consignment")), errors: [403, 404, 422]), use: consign),
            APIRoute(
                .POST, "suppliers/:id/consignment/receipts", .permission(.manageStock), id: .supplier,
                APIDoc(
                    "Take the supplier's goods in on consignment: stock to sell, worth nothing to the books until sold",
                    tag: "supply", body: .ref("ConsignmentMoveInput"), ok: .json(201, .ref("Consignment")),
                    errors: [403, 404, 422]), use: moveConsignment(back: false)),
            APIRoute(
                .POST, "suppliers/:id/consignment/returns", .permission(.manageStock), id: .supplier,
                APIDoc(
                    "Give unsold consignment goods back to the supplier", tag: "supply", body: .ref("ConsignmentMoveInput"),
                    ok: .json(201, .ref("Consignment")), errors: [403, 404, 422]), use: moveConsignment(back: true)),
            APIRoute(
                .POST, "suppliers/:id/consignment/settlements", .permission(.manageStock), id: .supplier,
                APIDoc(
                    "Settle what sold on consignment since the last settlement: its cost is booked and owed to the "
                        + "supplier at the agreed prices", tag: "supply", ok: .json(201, .ref("Consignment")),
                    errors: [403, 404, 422]), use: settleConsignment),
            APIRoute(
                .POST, "uploads", .permission(.viewStore), body: .collect(maxSize: "4mb"),
                APIDoc(
                    "Keep a file with a record (a photo of a receipt or of goods handed over, a scanned PDF), at most "
                        + "3 MB; its kind is read from its bytes", tag: "supply",
                    rawBody: UploadKind.requestBodies,
                    ok: .json(201, .ref("Upload")), errors: [403, 413, 422]), use: upload),
            APIRoute(
                .GET, "uploads/:id", .permission(.viewStore), id: .upload,
                APIDoc(
                    "A file kept with a record", tag: "supply", ok: .status(200),
                    alsoAs: Dictionary(
                        uniqueKeysWithValues: UploadKind.allCases.compactMap { kind in
                            OpenAPI.ContentType(rawValue: kind.contentType).map { ($0, JSONSchema.string(format: .binary)) }
                        }),
                    errors: [403, 404]), use: uploaded),
            APIRoute(
                .GET, "vehicles", .permission(.viewStore),
                APIDoc("The logistics unit's vehicles", tag: "supply", ok: .json(200, .arrayOf(.ref("Vehicle"))), errors: [403]),
                use: vehicles),
            APIRoute(
                .POST, "vehicles", .permission(.manageStock),
                APIDoc(
                    "Add a vehicle", tag: "supply", body: .ref("VehicleInput"), ok: .json(201, .ref("Vehicle")),
                    errors: [403, 409, 422]), use: addVehicle),
            APIRoute(
                .GET, "deliveries", .permission(.viewStore),
                APIDoc(
                    "Deliveries, the latest planned first (mine=true: the signed-in driver's)", tag: "supply",
                    parameters: [.query("mine", .boolean)], ok: .json(200, .arrayOf(.ref("DeliveryRun"))), errors: [403, 422]),
                use: deliveries),
            APIRoute(
                .POST, "deliveries", .permission(.manageStock),
                APIDoc(
                    "Plan a delivery of a sale, a credit customer's order, an order between units or named goods, with "
                        + "a vehicle, a driver and a fee the customer pays in cash on delivery or the cooperative bears",
                    tag: "supply", body: .ref("DeliveryPlanInput"), ok: .json(201, .ref("DeliveryRun")),
                    errors: [403, 404, 409, 422]), use: planDelivery),
            APIRoute(
                .GET, "deliveries/:id", .permission(.viewStore), id: .delivery,
                APIDoc("A delivery", tag: "supply", ok: .json(200, .ref("DeliveryRun")), errors: [403, 404]), use: delivery),
        ]
            + DeliveryAction.allCases.map { action in
                APIRoute(
                    .POST, "deliveries/:id/\(action.rawValue)", .permission(.viewStore), id: .delivery,
                    APIDoc(
                        [
                            DeliveryAction.depart: "The driver sets off",
                            .deliver: "The goods were handed over: receivedBy required, a photo may show it",
                            .fail: "The goods could not be handed over: the note says why",
                            .replan: "Plan a failed delivery again",
                        ][action]! + " (the driver assigned, or a manager)", tag: "supply", body: .ref("DeliveryStepInput"),
                        ok: .json(200, .ref("DeliveryRun")), errors: [403, 404, 409, 422]), use: moveDelivery(action))
            } + [
                APIRoute(
                    .GET, "claims", .permission(.viewStore),
                    APIDoc(
                        "Expense claims, newest first: all of them for who decides or pays claims, else one's own", tag: "supply",
                        ok: .json(200, .arrayOf(.ref("Claim"))), errors: [403]), use: claims),
                APIRoute(
                    .POST, "claims", .permission(.viewStore),
                    APIDoc(
                        "Claim back a cost advanced for the cooperative, with the receipt's upload", tag: "supply",
                        body: .ref("ClaimInput"), ok: .json(201, .ref("Claim")), errors: [403, 404, 409, 422]), use: submitClaim),
                APIRoute(
                    .GET, "claims/:id", .permission(.viewStore), id: .claim,
                    APIDoc("An expense claim", tag: "supply", ok: .json(200, .ref("Claim")), errors: [403, 404]), use: claim),
                APIRoute(
                    .POST, "claims/:id/approve", .permission(.approvePurchases), id: .claim,
                    APIDoc(
                        "Approve a claim (a board member other than the claimant)", tag: "supply", body: .ref("ClaimStepInput"),
                        ok: .json(200, .ref("Claim")), errors: [403, 404, 409, 422]), use: decideClaim(.approve)),
                APIRoute(
                    .POST, "claims/:id/reject", .permission(.approvePurchases), id: .claim,
                    APIDoc(
                        "Reject a claim, saying why (a board member other than the claimant)", tag: "supply",
                        body: .ref("ClaimStepInput"), ok: .json(200, .ref("Claim")), errors: [403, 404, 409, 422]),
                    use: decideClaim(.reject)),
                APIRoute(
                    .POST, "claims/:id/pay", .permission(.keepBooks), id: .claim,
                    APIDoc(
                        "Pay an approved claim from cash or the bank, booked to operating expenses of its unit", tag: "supply",
                        body: .ref("ClaimStepInput"), ok: .json(200, .ref("Claim")),
                        links: OpenAPIDocument.entryLinks("/entryId"),
                        errors: [403, 404, 409, 422]), use: decideClaim(.pay)),
                APIRoute(
                    .GET, "processing", .permission(.viewStore),
                    APIDoc(
                        "Goods processed (gabah milled into beras), newest first, with their yields", tag: "supply",
                        ok: .json(200, .arrayOf(.ref("Processing"))), errors: [403]), use: processingRuns),
                APIRoute(
                    .POST, "processing", .permission(.manageStock),
                    APIDoc(
                        "Process one good into another in a unit: the input at its cost, plus the processing's cost in cash, "
                            + "becomes the output's cost; the yield is kept", tag: "supply", body: .ref("ProcessingInput"),
                        ok: .json(201, .ref("Processing")), errors: [403, 404, 422]), use: process),
                APIRoute(
                    .GET, "storage", .permission(.viewStore),
                    APIDoc(
                        "Goods kept in cold storage or the warehouse for a fee, those still held first", tag: "supply",
                        ok: .json(200, .arrayOf(.ref("StorageLot"))), errors: [403]), use: storage),
                APIRoute(
                    .POST, "storage", .permission(.manageStock),
                    APIDoc(
                        "Take goods into storage for a fee a kilogram a day", tag: "supply", body: .ref("StorageInput"),
                        ok: .json(201, .ref("StorageLot")), errors: [403, 404, 422]), use: store),
                APIRoute(
                    .POST, "storage/:id/releases", .permission(.manageStock), id: .storageLot,
                    APIDoc(
                        "Take goods out of storage: the fee for the days held is paid in cash", tag: "supply",
                        body: .ref("StorageReleaseInput"), ok: .json(201, .ref("StorageLot")), errors: [403, 404, 422]),
                    use: release),
                APIRoute(
                    .GET, "purchase-orders", .permission(.viewStore),
                    APIDoc(
                        "Purchase orders, newest first", tag: "supply", ok: .json(200, .arrayOf(.ref("PurchaseOrder"))),
                        errors: [403]), use: orders),
                APIRoute(
                    .GET, "purchase-orders/suggestions", .permission(.viewStore),
                    APIDoc(
                        "What to reorder: products at or below their reorder point, topped up for 30 days' sales, and "
                            + "whether cash and bank pay for it", tag: "supply", parameters: [.query("unitId", .uuid)],
                        ok: .json(200, .ref("Reorder")), errors: [403, 404, 422]), use: suggestions),
                APIRoute(
                    .POST, "purchase-orders", .permission(.manageStock),
                    APIDoc(
                        "Order goods from a supplier; above the board's amount it waits for approval", tag: "supply",
                        body: .ref("PurchaseOrderInput"), ok: .json(201, .ref("PurchaseOrder")), errors: [403, 404, 409, 422]),
                    use: raise),
                APIRoute(
                    .GET, "purchase-orders/:id", .permission(.viewStore), id: .purchaseOrder,
                    APIDoc(
                        "A purchase order with its deliveries and the supplier's invoices matched to them", tag: "supply",
                        ok: .json(200, .ref("PurchaseOrder")), errors: [403, 404]), use: order),
                APIRoute(
                    .POST, "purchase-orders/:id/approve", .permission(.approvePurchases), id: .purchaseOrder,
                    APIDoc(
                        "Approve an order waiting for it (a board member other than the one who raised it)", tag: "supply",
                        ok: .json(200, .ref("PurchaseOrder")), errors: [403, 404, 409]), use: approve),
                APIRoute(
                    .POST, "purchase-orders/:id/receipts", .permission(.manageStock), id: .purchaseOrder,
                    APIDoc(
                        "Receive a delivery, partial or whole, with what was short or damaged; paid on the supplier's "
                            + "terms (on credit it is owed until due)", tag: "supply", body: .ref("DeliveryInput"),
                        ok: .json(201, .ref("Delivery")), links: OpenAPIDocument.entryLinks("/entryId"),
                        errors: [403, 404, 409, 422]), use: receive),
                APIRoute(
                    .POST, "purchase-orders/:id/invoices", .permission(.manageStock), id: .purchaseOrder,
                    APIDoc(
                        "Record the supplier's invoice, matched against what was received", tag: "supply",
                        body: .ref("InvoiceInput"), ok: .json(201, .ref("PurchaseOrder")), errors: [403, 404, 409, 422]),
                    use: recordInvoice),
                APIRoute(
                    .POST, "purchase-orders/:id/close", .permission(.manageStock), id: .purchaseOrder,
                    APIDoc(
                        "Close a partly received order: the rest will not come", tag: "supply",
                        ok: .json(200, .ref("PurchaseOrder")), errors: [403, 404, 409]), use: end(.close)),
                APIRoute(
                    .POST, "purchase-orders/:id/cancel", .permission(.manageStock), id: .purchaseOrder,
                    APIDoc(
                        "Cancel an order nothing came of", tag: "supply", ok: .json(200, .ref("PurchaseOrder")),
                        errors: [403, 404, 409]), use: end(.cancel)),
                APIRoute(
                    .GET, "settings/purchasing", .permission(.viewStore),
                    APIDoc(
                        "The amount above which a purchase order waits for the board", tag: "supply",
                        ok: .json(200, .ref("PurchasingSettings")), errors: [403]), use: purchasingSettings),
                APIRoute(
                    .PUT, "settings/purchasing", .permission(.manageSettings),
                    APIDoc(
                        "Set the amount above which a purchase order waits for the board (blank: none)", tag: "supply",
                        body: .ref("PurchasingSettingsInput"), ok: .json(200, .ref("PurchasingSettings")),
                        errors: [403, 422]), use: setPurchasingSettings),
                APIRoute(
                    .POST, "produce/intakes", .permission(.manageStock),
                    APIDoc(
                        "Take in a member's produce: weighed, graded, paid at the day's price in cash or to sukarela "
                            + "savings; it becomes stock and counts for the member's SHU", tag: "supply",
                        body: .ref("ProduceIntakeInput"), ok: .json(201, .ref("ProduceIntake")), errors: [403, 404, 422]),
                    use: takeProduce),
                APIRoute(
                    .GET, "produce/intakes", .permission(.viewStore),
                    APIDoc(
                        "Produce taken in, newest first", tag: "supply",
                        parameters: [.query("memberId", .uuid), .from, .to],
                        ok: .json(200, .arrayOf(.ref("ProduceIntake"))), errors: [403, 422]), use: intakes),
                APIRoute(
                    .GET, "members/:id/business", .permission(.viewSavings, orOwn: true), id: .member,
                    APIDoc(
                        "A member's business with the cooperative for the SHU's patronage share: purchases (store), "
                            + "produce delivered (produce) and loan interest paid (loan_interest); a member may read their own",
                        tag: "supply", parameters: [.query("year", .integer(in: 1900...2500))],
                        ok: .json(200, .arrayOf(.ref("BusinessRecord"))), errors: [403, 404, 422]), use: memberBusiness),
            ]
    }
}
