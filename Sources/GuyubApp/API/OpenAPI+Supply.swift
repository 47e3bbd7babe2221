import GuyubCore
import OpenAPIKit30

extension OpenAPIDocument {
    /// A quantity as a string people write, or a plain JSON number of base units.
    static let quantityOrNumber = JSONSchema.one(of: [quantity, .number])

    static let supplySchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "SupplierInput": .input(
            [
                "name": .string(maxLength: FieldLimit.name),
                "terms": .string(allowedValues: "cash", "credit", "cod"),
                "creditDays": .integer(in: 1...365), "phone": .string(maxLength: 20), "unitId": .uuid,
            ], required: ["name", "terms"]),
        "Supplier": .object(
            [
                "id": .uuid, "name": .string, "phone": .string, "terms": .string(allowedValues: "cash", "credit", "cod"),
                "creditDays": .integer, "unitId": .uuid, "owed": .money,
                "bills": .arrayOf(.object(["dueOn": .isoDate, "amount": .money], required: ["dueOn", "amount"])),
                "prices": .arrayOf(.object(["productId": .uuid, "unitCost": .money], required: ["productId", "unitCost"])),
            ], required: ["id", "name", "terms", "owed"]),
        "SupplierPriceInput": .input(["productId": .uuid, "unitCost": moneyOrNumber], required: ["productId", "unitCost"]),
        "SupplierPaymentInput": .input(
            ["amount": moneyOrNumber, "channel": .string(allowedValues: "cash", "bank")], required: ["amount", "channel"]),
        "SupplierPayment": .object(
            [
                "id": .uuid, "supplierId": .uuid, "date": .isoDate, "amount": .money,
                "channel": .string(allowedValues: "cash", "bank"), "entryId": .uuid, "owed": .money,
            ], required: ["id", "supplierId", "date", "amount", "channel", "entryId", "owed"]),
        "Aging": .object(
            [
                "date": .isoDate,
                "rows": .arrayOf(
                    .object(
                        [
                            "supplierId": .uuid, "name": .string, "owed": .money,
                            "ages": .object(additionalProperties: .init(.money)),
                        ], required: ["supplierId", "name", "owed", "ages"])),
                "total": .money,
            ], required: ["date", "rows", "total"]),
        "PurchaseOrderInput": .input(
            [
                "supplierId": .uuid, "unitId": .uuid, "note": .string(maxLength: FieldLimit.note),
                "lines": .arrayOf(
                    .input(
                        ["productId": .uuid, "quantity": quantityOrNumber, "unitCost": moneyOrNumber],
                        required: ["productId", "quantity"])),
            ], required: ["supplierId", "lines"]),
        "PurchaseOrder": .object(
            [
                "id": .uuid, "number": .integer, "supplierId": .uuid, "unitId": .uuid,
                "status": .string(allowedValues: PurchaseOrderStatus.allCases.map { .init($0.rawValue) }),
                "date": .isoDate, "total": .money, "note": .string, "raisedBy": .string, "approvedBy": .string,
                "actions": .arrayOf(.string(allowedValues: PurchaseOrderAction.allCases.map { .init($0.rawValue) })),
                "lines": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "quantity": quantity, "unitCost": .money, "received": quantity,
                            "outstanding": quantity,
                        ], required: ["productId", "quantity", "unitCost", "received", "outstanding"])),
                "receipts": .arrayOf(
                    .object(
                        [
                            "id": .uuid, "date": .isoDate, "total": .money, "owed": .money, "dueOn": .isoDate,
                            "entryId": .uuid,
                        ], required: ["id", "date", "total", "owed", "entryId"])),
                "invoices": .arrayOf(
                    .object(
                        [
                            "id": .uuid, "number": .string, "date": .isoDate, "amount": .money, "receivedValue": .money,
                            "difference": .money,
                        ], required: ["id", "number", "date", "amount", "receivedValue", "difference"])),
            ],
            required: [
                "id", "number", "supplierId", "unitId", "status", "date", "total", "raisedBy", "actions", "lines",
            ]),
        "DeliveryInput": .input(
            [
                "lines": .arrayOf(
                    .input(
                        [
                            "productId": .uuid, "quantity": quantityOrNumber, "short": quantityOrNumber,
                            "damaged": quantityOrNumber, "expiresOn": .date, "note": .string(maxLength: FieldLimit.note),
                        ], required: ["productId", "quantity"])),
                "allowOver": .boolean,
            ], required: ["lines"]),
        "Delivery": .object(
            [
                "id": .uuid, "orderId": .uuid, "date": .isoDate, "total": .money, "owed": .money, "dueOn": .isoDate,
                "entryId": .uuid, "order": .ref("PurchaseOrder"),
            ], required: ["id", "orderId", "date", "total", "owed", "entryId", "order"]),
        "InvoiceInput": .input(
            ["number": .string(maxLength: FieldLimit.invoiceNumber), "amount": moneyOrNumber, "date": .date],
            required: ["number", "amount"]),
        "Reorder": .object(
            [
                "lines": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "name": .string, "unit": .string, "stock": quantity, "reorderPoint": quantity,
                            "sold": quantity, "quantity": quantity, "unitCost": .money, "amount": .money, "supplierId": .uuid,
                        ],
                        required: [
                            "productId", "name", "unit", "stock", "reorderPoint", "sold", "quantity", "unitCost", "amount",
                        ])),
                "total": .money, "cash": .money, "bank": .money, "covered": .boolean,
            ], required: ["lines", "total", "cash", "bank", "covered"]),
        "PurchasingSettingsInput": .input(["approvalAbove": moneyOrNumber], required: []),
        "PurchasingSettings": .object(["approvalAbove": .money], required: []),
        "ProduceIntakeInput": .input(
            [
                "memberId": .uuid, "productId": .uuid, "quantity": quantityOrNumber, "price": moneyOrNumber,
                "grade": .string(maxLength: 5), "payment": .string(allowedValues: "cash", "savings"), "unitId": .uuid,
            ], required: ["memberId", "productId", "quantity", "price", "payment"]),
        "ProduceIntake": .object(
            [
                "id": .uuid, "number": .integer, "memberId": .uuid, "productId": .uuid, "unitId": .uuid, "date": .isoDate,
                "quantity": quantity, "grade": .string(allowedValues: "A", "B", "C"), "price": .money, "amount": .money,
                "payment": .string(allowedValues: "cash", "savings"), "receiptId": .uuid,
            ],
            required: [
                "id", "number", "memberId", "productId", "unitId", "date", "quantity", "price", "amount", "payment",
                "receiptId",
            ]),
        "ConsignInput": .input(["productId": .uuid, "price": moneyOrNumber], required: ["productId", "price"]),
        "ConsignmentMoveInput": .input(
            [
                "lines": .arrayOf(
                    .input(["productId": .uuid, "quantity": quantityOrNumber], required: ["productId", "quantity"])),
                "unitId": .uuid,
            ], required: ["lines"]),
        "Consignment": .object(
            [
                "supplierId": .uuid,
                "lines": .arrayOf(
                    .object(
                        [
                            "productId": .uuid, "name": .string, "price": .money, "held": quantity, "unsettled": quantity,
                            "unsettledAmount": .money,
                        ], required: ["productId", "name", "price", "held", "unsettled", "unsettledAmount"])),
                "settlements": .arrayOf(
                    .object(
                        ["id": .uuid, "date": .isoDate, "amount": .money, "entryId": .uuid],
                        required: ["id", "date", "amount", "entryId"])),
            ], required: ["supplierId", "lines", "settlements"]),
        "Upload": .object(
            ["id": .uuid, "contentType": .string, "size": .integer], required: ["id", "contentType", "size"]),
        "VehicleInput": .input(
            ["name": .string(maxLength: FieldLimit.name), "plate": .string(maxLength: 20)], required: ["name"]),
        "Vehicle": .object(["id": .uuid, "name": .string, "plate": .string], required: ["id", "name"]),
        "DeliveryPlanInput": .input(
            [
                "goods": .string(maxLength: FieldLimit.note), "destination": .string(maxLength: FieldLimit.address),
                "recipient": .string(maxLength: FieldLimit.name), "plannedOn": .date, "saleId": .uuid, "customerId": .uuid,
                "orderId": .uuid, "vehicleId": .uuid, "driverId": .uuid, "fee": moneyOrNumber,
                "feePaidBy": .string(allowedValues: "customer", "cooperative"),
            ], required: ["goods", "destination", "recipient"]),
        "DeliveryStepInput": .input(
            ["receivedBy": .string(maxLength: FieldLimit.name), "note": .string(maxLength: FieldLimit.note), "photoId": .uuid],
            required: []),
        "DeliveryRun": .object(
            [
                "id": .uuid, "number": .integer, "goods": .string, "destination": .string, "recipient": .string,
                "plannedOn": .isoDate, "saleId": .uuid, "customerId": .uuid, "orderId": .uuid, "vehicleId": .uuid,
                "driverId": .uuid, "driverName": .string,
                "status": .string(allowedValues: DeliveryStatus.allCases.map { .init($0.rawValue) }), "fee": .money,
                "feePaidBy": .string(allowedValues: "customer", "cooperative"), "receivedBy": .string, "note": .string,
                "photoId": .uuid, "finishedOn": .isoDate, "onTime": .boolean,
                "actions": .arrayOf(.string(allowedValues: DeliveryAction.allCases.map { .init($0.rawValue) })),
            ],
            required: [
                "id", "number", "goods", "destination", "recipient", "plannedOn", "status", "fee", "feePaidBy", "actions",
            ]),
        "ClaimInput": .input(
            [
                "amount": moneyOrNumber, "purpose": .string(maxLength: FieldLimit.note), "spentOn": .date, "unitId": .uuid,
                "receiptId": .uuid,
            ], required: ["amount", "purpose", "receiptId"]),
        "ClaimStepInput": .input(
            ["reason": .string(maxLength: FieldLimit.note), "channel": .string(allowedValues: "cash", "bank")], required: []),
        "Claim": .object(
            [
                "id": .uuid, "number": .integer, "claimant": .string, "unitId": .uuid, "amount": .money, "purpose": .string,
                "spentOn": .isoDate, "receiptId": .uuid,
                "status": .string(allowedValues: ClaimStatus.allCases.map { .init($0.rawValue) }), "decidedBy": .string,
                "reason": .string, "paidOn": .isoDate, "entryId": .uuid,
                "actions": .arrayOf(.string(allowedValues: ClaimAction.allCases.map { .init($0.rawValue) })),
            ],
            required: ["id", "number", "claimant", "amount", "purpose", "spentOn", "receiptId", "status", "actions"]),
        "StorageInput": .input(
            [
                "goods": .string(maxLength: FieldLimit.name), "owner": .string(maxLength: FieldLimit.name), "memberId": .uuid,
                "quantity": quantityOrNumber, "rate": moneyOrNumber, "unitId": .uuid,
            ], required: ["goods", "quantity", "rate"]),
        "StorageReleaseInput": .input(["quantity": quantityOrNumber], required: ["quantity"]),
        "StorageLot": .object(
            [
                "id": .uuid, "number": .integer, "owner": .string, "memberId": .uuid, "goods": .string, "unitId": .uuid,
                "quantity": quantity, "held": quantity, "rate": .money, "storedOn": .isoDate, "fees": .money, "fee": .money,
            ], required: ["id", "number", "owner", "goods", "unitId", "quantity", "held", "rate", "storedOn", "fees"]),
        "ProcessingInput": .input(
            [
                "inputProductId": .uuid, "inputQuantity": quantityOrNumber, "outputProductId": .uuid,
                "outputQuantity": quantityOrNumber, "cost": moneyOrNumber, "unitId": .uuid,
            ], required: ["inputProductId", "inputQuantity", "outputProductId", "outputQuantity"]),
        "Processing": .object(
            [
                "id": .uuid, "number": .integer, "unitId": .uuid, "date": .isoDate, "inputProductId": .uuid,
                "inputQuantity": quantity, "inputValue": .money, "outputProductId": .uuid, "outputQuantity": quantity,
                "cost": .money, "yieldPercent": .string, "entryId": .uuid,
            ],
            required: [
                "id", "number", "unitId", "date", "inputProductId", "inputQuantity", "inputValue", "outputProductId",
                "outputQuantity", "cost", "yieldPercent",
            ]),
        "BusinessRecord": .object(
            [
                "date": .isoDate, "source": .string(allowedValues: "store", "produce", "loan_interest"), "amount": .money,
                "reference": .string,
            ], required: ["date", "source", "amount"]),
    ]
}
