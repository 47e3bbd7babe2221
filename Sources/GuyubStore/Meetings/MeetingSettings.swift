import FluentKit
import Foundation
import GuyubCore

extension SettingsStore {
    static let meetingsKey = "meetings"

    /// The bylaws' meeting rules; one fifth of the members and open votes until the board sets them.
    package func meetingRules() async throws -> MeetingRules {
        guard let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.meetingsKey).first() else {
            return .standard
        }
        return try JSONDecoder().decode(MeetingRules.self, from: Data(record.value.utf8))
    }

    package func setMeetingRules(_ rules: MeetingRules, by actor: Actor) async throws {
        let rules = try rules.validated()
        let before = try await meetingRules()
        guard rules != before else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let value = String(decoding: try encoder.encode(rules), as: UTF8.self)
        if let record = try await tenant.query(SettingRecord.self).filter(\.$key == Self.meetingsKey).first() {
            record.value = value
            try await record.update(on: tenant.db)
        } else {
            let record = SettingRecord()
            record.key = Self.meetingsKey
            record.value = value
            try await tenant.create(record)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingSettings, entity: "settings", entityID: nil,
            before: before, after: rules)
    }
}
