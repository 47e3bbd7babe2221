import Crypto
import FluentKit
import Foundation
import GuyubCore

/// One-time codes sent to phones, and the outbox they go out through. Only a code's hash is kept beside the
/// phone (a code lives ten minutes and five tries); the message holding it is the cooperative's to send, or
/// for staff to read out at the counter.
package struct PhoneCodeStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Sends a new code to `phone`, worded by `message`; refused past `PhoneCode.perHour` codes an hour.
    package func send(to phone: PhoneNumber, message: (String) -> String, now: Date) async throws {
        let recent = try await tenant.query(PhoneCodeRecord.self).filter(\.$phone == phone.e164)
            .filter(\.$sentAt > now.addingTimeInterval(-3600)).count()
        guard recent < PhoneCode.perHour else { throw ConsumerError.tooManyCodes }
        let code = PhoneCode.make()
        let record = PhoneCodeRecord()
        record.phone = phone.e164
        record.codeHash = Self.hash(code, phone: phone)
        record.sentAt = now
        record.tries = 0
        record.used = false
        try await tenant.create(record)
        try await post(message(code), to: phone, now: now)
    }

    /// A message into the outbox.
    package func post(_ body: String, to phone: PhoneNumber, now: Date) async throws {
        let message = OutboxMessageRecord()
        message.phone = phone.e164
        message.body = body
        message.sentAt = now
        try await tenant.create(message)
    }

    /// Takes `given` as proof of `phone`: the latest code sent to it, used once. Returns the refusal rather
    /// than throwing it, so that the caller commits the try it counted before refusing.
    package func verify(_ given: String?, for phone: PhoneNumber, now: Date) async throws -> ConsumerError? {
        guard
            let latest = try await tenant.query(PhoneCodeRecord.self).filter(\.$phone == phone.e164)
                .sort(\.$sentAt, .descending).first()
        else { return .codeExpired }
        let code = PhoneCode.read(given)
        do {
            try PhoneCode.check(
                matches: code.map { Self.hash($0, phone: phone) == latest.codeHash } ?? false, sentAt: latest.sentAt,
                tries: latest.tries, used: latest.used, now: now)
            latest.used = true
        } catch {
            latest.tries += 1
            try await latest.update(on: tenant.db)
            return error
        }
        try await latest.update(on: tenant.db)
        return nil
    }

    /// The outbox, the latest first.
    package func outbox(limit: Int = 50) async throws -> [OutboxMessageRecord] {
        try await tenant.query(OutboxMessageRecord.self).sort(\.$sentAt, .descending).limit(limit).all()
    }

    static func hash(_ code: String, phone: PhoneNumber) -> String {
        SHA256.hash(data: Data((phone.e164 + ":" + code).utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
