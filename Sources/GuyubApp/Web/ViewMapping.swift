import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

extension MemberRow {
    init(_ m: MemberRecord) {
        self.init(
            id: m.id!, memberNumber: m.memberNumber, name: m.name, nik: m.nik,
            phone: (try? PhoneNumber(m.phone).national) ?? m.phone,
            status: m.status, statusSince: m.statusSince)
    }
}

extension MemberShow.Model.Step {
    init(_ c: MemberStatusChangeRecord) {
        self.init(from: c.fromStatus, to: c.toStatus, on: c.effectiveOn, reason: c.reason, by: c.byName)
    }
}

extension MemberForm.Model.Values {
    init(_ m: MemberRecord) {
        self.init()
        name = m.name
        nik = m.nik
        phone = (try? PhoneNumber(m.phone).national) ?? m.phone
        address = m.address
        birthPlace = m.birthPlace ?? ""
        birthDate = m.birthDate?.description ?? ""
        gender = m.gender.rawValue
    }

    init(_ input: MemberInput) {
        self.init()
        name = input.name ?? ""
        nik = input.nik ?? ""
        phone = input.phone ?? ""
        address = input.address ?? ""
        birthPlace = input.birthPlace ?? ""
        birthDate = input.birthDate ?? ""
        gender = input.gender ?? ""
    }
}

extension SavingsRow {
    init(_ a: SavingsAccountRecord) {
        self.init(
            id: a.id!, kind: a.kind, balance: a.balance, isOpen: a.status == .open, openedOn: a.openedOn,
            termMonths: a.termMonths, rate: a.rate, maturesOn: a.maturesOn)
    }
}

extension Owed {
    init(_ a: SavingsStore.Arrear) {
        self.init(wajib: a.wajibOwed, months: a.monthsOwed, since: a.since, pokok: a.pokokOwed)
    }
}

extension SavingsStore {
    /// What one member owes, if anything.
    func owed(by memberID: UUID) async throws -> Owed? {
        try await arrears(of: memberID).first.map(Owed.init)
    }
}

extension LoanRow {
    init(_ loan: LoanRecord) {
        self.init(
            id: loan.id!, number: loan.number, borrower: loan.borrowerName, memberID: loan.memberID,
            status: loan.status, principal: loan.principal,
            outstanding: loan.status == .active ? loan.outstanding : 0, daysLate: loan.daysLate,
            collectibility: loan.collectibility, appliedOn: loan.appliedOn)
    }
}
