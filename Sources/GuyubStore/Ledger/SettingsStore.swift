import FluentKit
import Foundation
import GuyubCore

/// A cooperative's settings, one JSON document per area, audited when changed.
package struct SettingsStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    static let savingsKey = "savings"

    /// The savings products; a cooperative that never changed them has the village programme's defaults.
    package func savings() async throws -> SavingsSettings {
        guard let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.savingsKey).first() else {
            return .villageDefaults
        }
        return try JSONDecoder().decode(SavingsSettings.self, from: Data(record.value.utf8))
    }

    package func setSavings(_ settings: SavingsSettings, by actor: Actor) async throws {
        let settings = try settings.validated()
        let before = try await savings()
        guard settings != before else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let value = String(decoding: try encoder.encode(settings), as: UTF8.self)
        if let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.savingsKey).first() {
            record.value = value
            try await record.update(on: tenant.db)
        } else {
            let record = SettingRecord()
            record.key = Self.savingsKey
            record.value = value
            try await tenant.create(record)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .settingsSavings, entity: "settings", entityID: nil,
            before: before, after: settings)
    }
}

extension SettingsStore {
    static let loansKey = "loans"

    /// How loans are classified and provisioned; the cooperative scheme until the board chooses.
    package func collectibility() async throws -> CollectibilityRules {
        guard let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.loansKey).first() else {
            return .cooperative
        }
        return try JSONDecoder().decode(CollectibilityRules.self, from: Data(record.value.utf8))
    }

    package func setCollectibility(_ rules: CollectibilityRules, by actor: Actor) async throws {
        let rules = try rules.validated()
        let before = try await collectibility()
        guard rules != before else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let value = String(decoding: try encoder.encode(rules), as: UTF8.self)
        if let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.loansKey).first() {
            record.value = value
            try await record.update(on: tenant.db)
        } else {
            let record = SettingRecord()
            record.key = Self.loansKey
            record.value = value
            try await tenant.create(record)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .settingsLoans, entity: "settings", entityID: nil,
            before: before, after: rules)
    }
}

extension SettingsStore {
    static let purchasingKey = "purchasing"

    /// The board's amount above which a purchase order waits for approval; none until it sets one.
    package func purchasing() async throws -> PurchasingSettings {
        guard let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.purchasingKey).first() else {
            return PurchasingSettings()
        }
        return try JSONDecoder().decode(PurchasingSettings.self, from: Data(record.value.utf8))
    }

    package func setPurchasing(_ settings: PurchasingSettings, by actor: Actor) async throws {
        let settings = try settings.validated()
        let before = try await purchasing()
        guard settings != before else { return }
        let value = String(decoding: try JSONEncoder.sorted.encode(settings), as: UTF8.self)
        if let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.purchasingKey).first() {
            record.value = value
            try await record.update(on: tenant.db)
        } else {
            let record = SettingRecord()
            record.key = Self.purchasingKey
            record.value = value
            try await tenant.create(record)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .settingsPurchasing, entity: "settings", entityID: nil, before: before,
            after: settings)
    }

    static let referralsKey = "referrals"

    /// The board's referral rules (the standard ones until it sets its own).
    package func referrals() async throws -> ReferralRules {
        guard let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.referralsKey).first() else {
            return .standard
        }
        return try JSONDecoder().decode(ReferralRules.self, from: Data(record.value.utf8))
    }

    package func setReferrals(_ rules: ReferralRules, by actor: Actor) async throws {
        let rules = try rules.checked()
        if let product = rules.packageProductID { _ = try await ProductStore(tenant).find(product) }
        let before = try await referrals()
        guard rules != before else { return }
        let value = String(decoding: try JSONEncoder.sorted.encode(rules), as: UTF8.self)
        if let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.referralsKey).first() {
            record.value = value
            try await record.update(on: tenant.db)
        } else {
            let record = SettingRecord()
            record.key = Self.referralsKey
            record.value = value
            try await tenant.create(record)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .settingsReferrals, entity: "settings", entityID: nil, before: before, after: rules)
    }
}

extension SettingsStore {
    static let partnershipRisksKey = "partnership_risks"

    /// The board's thresholds for partnership risks (the standard ones until it sets its own).
    package func partnershipRisks() async throws -> PartnershipRiskRules {
        guard let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.partnershipRisksKey).first()
        else { return .standard }
        return try JSONDecoder().decode(PartnershipRiskRules.self, from: Data(record.value.utf8))
    }

    package func setPartnershipRisks(_ rules: PartnershipRiskRules, by actor: Actor) async throws {
        let rules = try rules.checked()
        let before = try await partnershipRisks()
        guard rules != before else { return }
        let value = String(decoding: try JSONEncoder.sorted.encode(rules), as: UTF8.self)
        if let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.partnershipRisksKey).first() {
            record.value = value
            try await record.update(on: tenant.db)
        } else {
            let record = SettingRecord()
            (record.key, record.value) = (Self.partnershipRisksKey, value)
            try await tenant.create(record)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .settingsPartnershipRisks, entity: "settings", entityID: nil, before: before,
            after: rules)
    }
}
