import GuyubCore
import OpenAPIKit30

extension OpenAPIDocument {
    /// Links from a sale: itself and its entry.
    static let saleLinks: OpenAPI.Link.Map = {
        var links = entryLinks("/entryId")
        links["sale"] = .to("get", "/api/v1/store/sales/{id}", parameters: ["path.id": "$response.body#/id"])
        return links
    }()

    static let quantity = JSONSchema.string(
        description: "In the product's base unit: 2, 2.5 or 2,5 (at most 3 decimals)", pattern: "^\\s*[0-9][0-9.,]*\\s*$",
        example: "2")
    static let customerClass = JSONSchema.string(allowedValues: "member", "general", "warung", "wholesale")

    static let storeSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "ProductInput": .input(
            [
                "name": .string(maxLength: 120), "category": .string(maxLength: 120), "unit": .string(maxLength: 20),
                "barcode": .string(maxLength: 64), "memberPrice": .money, "nonMemberPrice": .money,
                "tiers": .arrayOf(
                    .input(
                        ["customerClass": customerClass, "minQuantity": quantity, "price": .money],
                        required: ["customerClass", "minQuantity", "price"])),
                "programme": .uuid, "programmeId": .uuid, "reorderPoint": quantity, "active": .boolean, "unitId": .uuid,
                "packs": .arrayOf(
                    .input(
                        ["name": .string(maxLength: 20), "size": quantity, "barcode": .string(maxLength: 64)],
                        required: ["name", "size"])),
            ], required: ["name", "unit", "memberPrice", "nonMemberPrice"]),
        "Product": .object(
            [
                "id": .uuid, "unitId": .uuid, "name": .string, "category": .string, "unit": .string, "barcode": .string,
                "memberPrice": .money, "nonMemberPrice": .money,
                "tiers": .arrayOf(
                    .object(
                        ["customerClass": customerClass, "minQuantity": quantity, "price": .money],
                        required: ["customerClass", "minQuantity", "price"])),
                "programmeId": .uuid, "reorderPoint": quantity, "active": .boolean, "stock": quantity, "stockValue": .money,
                "averageCost": .money,
                "packs": .arrayOf(
                    .object(["name": .string, "size": quantity, "barcode": .string], required: ["name", "size"])),
                "levels": .arrayOf(
                    .object(
                        ["unitId": .uuid, "stock": quantity, "value": .money, "averageCost": .money],
                        required: ["unitId", "stock", "value", "averageCost"])),
                "batches": .arrayOf(
                    .object(
                        ["unitId": .uuid, "expiresOn": .isoDate, "quantity": quantity], required: ["unitId", "quantity"])),
            ],
            required: [
                "id", "unitId", "name", "unit", "memberPrice", "nonMemberPrice", "tiers", "packs", "reorderPoint", "active",
                "stock", "stockValue", "averageCost", "levels",
            ]),
        "ReceiptInput": .input(
            [
                "lines": .arrayOf(
                    .input(
                        [
                            "productId": .uuid, "quantity": quantity, "unitCost": .money, "expiresOn": .date,
                            "pack": .string(
                                description: "The pack the goods came in: quantity counts packs, unitCost is a pack's",
                                maxLength: 20),
                        ],
                        required: ["productId", "quantity", "unitCost"])),
                "unitId": .uuid, "supplier": .string(maxLength: 120),
            ], required: ["lines"]),
        "Receipt": .object(
            [
                "id": .uuid, "unitId": .uuid, "date": .isoDate, "supplier": .string, "total": .money, "entryId": .uuid,
                "lines": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "quantity": quantity, "cost": .money, "stock": quantity,
                            "averageCost": .money,
                        ], required: ["productId", "quantity", "cost", "stock", "averageCost"])),
            ], required: ["id", "unitId", "date", "total", "entryId", "lines"]),
        "AdjustmentInput": .input(
            [
                "productId": .uuid, "reason": .string(allowedValues: "damaged", "expired", "lost", "found", "count"),
                "quantity": JSONSchema.string(
                    description: "Out or in for damaged, expired, lost or found goods; for a count, what was counted (0 allowed)",
                    pattern: "^\\s*[0-9][0-9.,]*\\s*$"),
                "unitCost": .money, "unitId": .uuid, "expiresOn": .date,
            ], required: ["productId", "reason", "quantity"]),
        "StockTransferInput": .input(
            ["productId": .uuid, "quantity": quantity, "fromUnitId": .uuid, "toUnitId": .uuid],
            required: ["productId", "quantity", "toUnitId"]),
        "StockChange": .object(
            [
                "productId": .uuid, "unitId": .uuid, "quantity": .string, "value": .string, "stock": quantity,
                "entryId": .uuid,
            ], required: ["productId", "unitId", "quantity", "value", "stock"]),
        "SaleInput": .input(
            [
                "lines": .arrayOf(
                    .input(
                        [
                            "productId": .uuid, "quantity": quantity,
                            "pack": .string(
                                description: "The pack sold (karung, dus): quantity counts whole packs", maxLength: 20),
                        ], required: ["productId", "quantity"])),
                "memberId": .uuid, "customerId": .uuid, "buyerNik": .string(maxLength: 40),
                "payment": .string(allowedValues: "cash", "savings", "qris", "credit", "split"), "unitId": .uuid,
                "payments": .arrayOf(
                    .input(
                        [
                            "method": .string(allowedValues: "cash", "savings", "qris", "credit"),
                            "amount": .money,
                        ], required: ["method"])),
                "madeAt": .string(
                    format: .dateTime,
                    description: "When a sale made while the counter was offline was made; booked at that time and "
                        + "on that day, at most 7 days back and never ahead of the server's clock"),
                "expectedTotal": .money, "consumerId": .uuid,
                "voucherCode": .string(description: "A money voucher of the buyer's: it pays first", maxLength: 20),
            ], required: ["lines", "payment"]),
        "Sale": .object(
            [
                "id": .uuid, "number": .integer, "unitId": .uuid, "date": .isoDate, "soldAt": .dateTime, "memberId": .uuid,
                "customerId": .uuid, "consumerId": .uuid, "payment": .string, "total": .money, "voucher": .money,
                "entryId": .uuid, "cashier": .string,
                "payments": .arrayOf(
                    .object(["method": .string, "amount": .money], required: ["method", "amount"])),
                "lines": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "quantity": quantity, "price": .money, "amount": .money,
                            "returnedQuantity": quantity, "returnedAmount": .money, "pack": .string, "packQuantity": quantity,
                        ],
                        required: ["productId", "quantity", "price", "amount", "returnedQuantity", "returnedAmount"])),
                "returned": .money,
            ],
            required: [
                "id", "number", "unitId", "date", "soldAt", "payment", "payments", "total", "entryId", "cashier", "lines",
                "returned",
            ]),
        "ProgrammeReport": .object(
            [
                "programmeId": .uuid, "name": .string, "month": .string,
                "sales": .arrayOf(
                    .object(
                        [
                            "date": .isoDate, "number": .integer, "buyerNik": .string, "product": .string, "unit": .string,
                            "quantity": quantity, "price": .money, "amount": .money,
                        ], required: ["date", "number", "product", "unit", "quantity", "price", "amount"])),
                "stock": .arrayOf(
                    .object(
                        [
                            "product": .string, "unit": .string, "opening": .string, "received": .string, "sold": .string,
                            "adjusted": .string, "closing": .string,
                        ], required: ["product", "unit", "opening", "received", "sold", "adjusted", "closing"])),
            ], required: ["programmeId", "name", "month", "sales", "stock"]),
        "ShiftInput": .input(["float": .money, "unitId": .uuid], required: ["float"]),
        "ShiftCloseInput": .input(
            ["counted": .money, "note": .string(maxLength: FieldLimit.storeReason)], required: ["counted"]),
        "Shift": .object(
            [
                "id": .uuid, "unitId": .uuid, "status": .string(allowedValues: "open", "closed"), "openedAt": .dateTime,
                "openedBy": .string, "float": .money, "cashIn": .money, "cashOut": .money, "expected": .money,
                "sales": .arrayOf(
                    .object(
                        ["payment": .string, "count": .integer, "total": .money], required: ["payment", "count", "total"])),
                "closedAt": .dateTime, "closedBy": .string, "counted": .money,
                "difference": .string(description: "Counted less expected; negative when the drawer is short"),
                "entryId": .uuid, "note": .string,
            ],
            required: [
                "id", "unitId", "status", "openedAt", "openedBy", "float", "cashIn", "cashOut", "expected", "sales",
            ]),
        "SaleReturnInput": .input(
            [
                "lines": .array(
                    minItems: 1,
                    items: .input(["productId": .uuid, "quantity": quantity], required: ["productId", "quantity"])),
                "reason": .string(minLength: 1, maxLength: FieldLimit.storeReason),
            ], required: ["reason"]),
        "SaleReturn": .object(
            [
                "id": .uuid, "saleId": .uuid, "date": .isoDate, "reason": .string, "amount": .money, "cost": .money,
                "entryId": .uuid, "by": .string,
                "lines": .arrayOf(
                    .object(
                        ["productId": .uuid, "quantity": quantity, "amount": .money],
                        required: ["productId", "quantity", "amount"])),
            ], required: ["id", "saleId", "date", "reason", "amount", "cost", "by", "lines"]),
        "ProgrammeInput": .input(
            [
                "name": .string(maxLength: 120), "priceCeiling": .money, "effectiveFrom": .date, "perBuyerLimit": quantity,
                "period": .string(allowedValues: "day", "month"), "requiresBuyerId": .boolean, "byAllocation": .boolean,
            ], required: ["name", "priceCeiling"]),
        "Programme": .object(
            [
                "id": .uuid, "name": .string, "priceCeiling": .money,
                "ceilings": .arrayOf(
                    .object(
                        ["effectiveFrom": .isoDate, "price": .money, "region": .string],
                        required: ["effectiveFrom", "price"])),
                "perBuyerLimit": quantity, "period": .string, "requiresBuyerId": .boolean, "byAllocation": .boolean,
            ], required: ["id", "name", "ceilings", "period", "requiresBuyerId", "byAllocation"]),
        "SalesFigures": .object(
            [
                "sales": .integer, "revenue": .money, "cost": .money, "margin": .string, "marginPercent": .string,
            ], required: ["sales", "revenue", "cost", "margin"]),
        "SalesReport": .object(
            [
                "from": .isoDate, "to": .isoDate, "unitId": .uuid, "total": .ref("SalesFigures"),
                "members": .ref("SalesFigures"), "membersPercent": .string,
                "days": .arrayOf(.object(["date": .isoDate, "figures": .ref("SalesFigures")], required: ["date", "figures"])),
                "products": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "name": .string, "unit": .string, "quantity": .string,
                            "figures": .ref("SalesFigures"),
                        ], required: ["productId", "name", "unit", "quantity", "figures"])),
                "units": .arrayOf(.ref("NamedSalesFigures")), "cashiers": .arrayOf(.ref("NamedSalesFigures")),
                "payments": .arrayOf(.ref("NamedSalesFigures")), "stockValue": .money, "booksValue": .money,
                "slowMovers": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "name": .string, "unit": .string, "stock": .string, "value": .money,
                            "lastSold": .isoDate,
                        ], required: ["productId", "name", "unit", "stock", "value"])),
            ],
            required: [
                "from", "to", "total", "members", "days", "products", "units", "cashiers", "payments", "stockValue",
                "booksValue", "slowMovers",
            ]),
        "NamedSalesFigures": .object(
            ["name": .string, "figures": .ref("SalesFigures")], required: ["name", "figures"]),
        "MerchantInput": .input(
            [
                "merchantName": .string(maxLength: 25), "merchantId": .string(maxLength: 50), "city": .string(maxLength: 15),
                "postalCode": .string(maxLength: 10),
            ], required: ["merchantName", "merchantId", "city"]),
        "Merchant": .object(
            [
                "unitId": .uuid, "merchantName": .string, "merchantId": .string, "city": .string, "postalCode": .string,
            ], required: ["unitId", "merchantName", "merchantId", "city"]),
        "QRISInTransit": .object(["inTransit": .money], required: ["inTransit"]),
        "QRISSettlementInput": .input(["amount": .money, "fee": .money, "unitId": .uuid], required: ["amount"]),
        "QRISSettlement": .object(
            ["entryId": .uuid, "amount": .money, "fee": .money, "credited": .money, "inTransit": .money],
            required: ["entryId", "amount", "fee", "credited", "inTransit"]),
        "StockTakeInput": .input(["unitId": .uuid], required: []),
        "StockTakeCounts": .input(
            [
                "lines": .array(
                    minItems: 1,
                    items: .input(
                        [
                            "productId": .uuid,
                            "counted": JSONSchema.string(
                                description: "What was counted, in the base unit (0 for none left)",
                                pattern: "^\\s*[0-9][0-9.,]*\\s*$"),
                        ], required: ["productId", "counted"]))
            ], required: ["lines"]),
        "StockTake": .object(
            [
                "id": .uuid, "unitId": .uuid, "status": .string(allowedValues: "counting", "approved"), "startedOn": .isoDate,
                "startedBy": .string, "approvedOn": .isoDate, "approvedBy": .string,
                "lines": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "name": .string, "unit": .string, "expected": quantity, "counted": quantity,
                            "difference": .string, "countedBy": .string, "change": .string, "value": .string,
                        ], required: ["productId", "name", "unit", "expected"])),
            ], required: ["id", "unitId", "status", "startedOn", "startedBy", "lines"]),
        "StoreUnit": .object(
            [
                "id": .uuid, "code": .string, "name": .string,
                "kind": .string(
                    allowedValues: "office", "grocery", "savings-loans", "clinic", "pharmacy", "warehouse", "logistics"),
                "active": .boolean, "region": .string, "qris": .boolean,
                "staff": .arrayOf(.object(["userId": .uuid, "name": .string], required: ["userId", "name"])),
            ], required: ["id", "code", "name", "active", "qris", "staff"]),
        "UnitStaffInput": .input(["userIds": .arrayOf(.uuid)], required: ["userIds"]),
        "UnitRegionInput": .input(["region": .string(maxLength: 120)], required: ["region"]),
        "CeilingInput": .input(
            ["price": .money, "effectiveFrom": .date, "region": .string(maxLength: 120)], required: ["price"]),
        "Catalogue": .object(
            [
                "decimals": .integer,
                "products": .arrayOf(
                    .object(
                        [
                            "id": .uuid, "name": .string, "unit": .string, "barcode": .string, "memberPrice": .money,
                            "nonMemberPrice": .money,
                            "tiers": .arrayOf(
                                .object(
                                    ["customerClass": customerClass, "minQuantity": quantity, "price": .money],
                                    required: ["customerClass", "minQuantity", "price"])),
                            "regulated": .boolean,
                            "packs": .arrayOf(
                                .object(["name": .string, "size": quantity, "barcode": .string], required: ["name", "size"])),
                        ], required: ["id", "name", "unit", "memberPrice", "nonMemberPrice", "tiers", "regulated", "packs"])),
            ], required: ["decimals", "products"]),
        "AllocationSeason": .object(
            [
                "id": .uuid, "name": .string, "startsOn": .isoDate, "endsOn": .isoDate, "farmers": .integer,
                "allocated": quantity, "taken": quantity,
            ], required: ["id", "name", "startsOn", "endsOn", "farmers", "allocated"]),
        "AllocationImport": .object(
            [
                "season": JSONSchema.ref("AllocationSeason").orNull(), "accepted": .integer, "allocated": quantity,
                "rejected": .arrayOf(.ref("ImportRow")),
            ], required: ["accepted", "allocated", "rejected"]),
        "AllocationStanding": .object(
            [
                "nik": .string, "season": .string, "onList": .boolean, "allocated": quantity, "taken": quantity,
                "remaining": quantity,
            ], required: ["nik", "onList", "taken", "remaining"]),
        "CustomerInput": .input(
            [
                "name": .string(maxLength: 120), "phone": .string(maxLength: 40), "customerClass": customerClass,
                "memberId": .uuid, "creditLimit": .money,
            ], required: ["name", "customerClass"]),
        "Customer": .object(
            [
                "id": .uuid, "name": .string, "phone": .string, "customerClass": customerClass, "memberId": .uuid,
                "creditLimit": .money, "balance": .money,
            ], required: ["id", "name", "customerClass", "creditLimit", "balance"]),
        "CustomerPaymentInput": .input(
            ["amount": .money, "channel": .string(allowedValues: "cash", "bank", "qris")], required: ["amount"]),
        "CustomerPayment": .object(
            [
                "id": .uuid, "customerId": .uuid, "date": .isoDate, "amount": .money, "channel": .string,
                "entryId": .uuid, "balance": .money,
            ], required: ["id", "customerId", "date", "amount", "channel", "entryId", "balance"]),
    ]
}
