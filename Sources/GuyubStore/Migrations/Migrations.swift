import FluentKit

/// Every migration, in the one order both engines apply them. Append; never edit a landed step.
package enum GuyubMigrations {
    package static let all: [any Migration] = [
        CreateFoundation(),
        CreateLedgerAndSavings(),
        CreateBusinessUnits(),
        CreateLoans(),
        CreateSHU(),
        CreateMeetings(),
        SealAuditTrail(),
        CreateMemberImports(),
        AddAnswerOwner(),
        AddLastCooperative(),
        KeyByCooperative(),
        CreateStore(),
        CreateAllocations(),
        AddStockBatches(),
        AddUnitMerchants(),
        CreateStockTakes(),
        CreateProductPacks(),
        AddSalePayments(),
        AddUnitStaffAndRegions(),
        CreateSupply(),
        CreateConsumers(),
        CreateIdeas(),
        CreateConsultations(),
        CreatePartnerships(),
        AddPartnershipMoneyAndBenefits(),
    ]
}
