import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// A year in the life of the demo cooperative, day by day: opening balances, members joining by
/// paying their pokok, monthly wajib (most pay, some fall behind), sukarela in and out, transfers,
/// term deposits, the electricity bill and the staff's honorarium, two resignations and a death,
/// each month closed with its interest. Everything goes through the same paths a teller and a
/// treasurer use.
extension DemoData {
    static func seed(_ db: any Database, passwordHash: String, today: CivilDate, progress: (Int, Int) -> Void) async throws {
        let actor = Actor.commandLine("demo")
        let books = Catalogue(.id)
        let (cooperative, chairUser) = try await AccountStore.createCooperative(
            db, name: cooperativeName, admin: try Email(users[0].email), adminName: users[0].name,
            passwordHash: passwordHash, by: actor)
        let tenant = Tenant(cooperativeID: cooperative.id!, db: db)
        // The people who work the cooperative sign in from the start, so what each does is theirs (the
        // chair who enters a loan cannot approve it).
        var staff = [users[0].email: Actor(userID: chairUser.id, name: chairUser.name)]
        for user in users.dropFirst() where user.role != .member {
            let account = try await AccountStore.createUser(
                tenant, email: try Email(user.email), name: user.name,
                passwordHash: passwordHash, roles: [user.role], by: actor)
            staff[user.email] = Actor(userID: account.id, name: user.name)
        }
        let (chair, treasurer, teller) = (staff[users[0].email]!, staff[users[1].email]!, staff[users[3].email]!)
        let members = MemberStore(tenant)
        let savings = SavingsStore(tenant)
        let ledger = Ledger(tenant)
        var settings = SavingsSettings.villageDefaults
        settings.sukarelaRate = 200
        settings.sukarelaMinimum = 10_000
        try await SettingsStore(tenant).setSavings(settings, by: actor)
        var loans = DemoLoans(tenant, chair: chair, treasurer: treasurer, teller: teller)
        try await loans.products()

        var random = Random(state: 2_026)
        let firstMonth = today.yearMonth.first.adding(months: -12).yearMonth
        let yearStart = firstMonth.first
        let people = people()
        // Six people join during the year, three apply this month, two resign and one dies.
        let joiningIndexes = 38..<44
        let applicantIndexes = Set(47..<50)
        let exits: [Int: (MemberStatus, CivilDate, String)] = [
            44: (.resigned, today.adding(days: -95)!, "Pindah domisili ke Surabaya"),
            45: (.resigned, today.adding(days: -60)!, "Mengundurkan diri"),
            46: (.deceased, today.adding(days: -40)!, "Meninggal dunia"),
        ]
        let steps = 12 + 2
        var step = 0

        // Those who were members before the year, with the savings they had built up.
        var active: [UUID: MemberRecord] = [:]
        var openingLines: [JournalDraft.Line] = []
        var openingCash: Int64 = 0
        for (index, person) in people.enumerated() where !joiningIndexes.contains(index) && !applicantIndexes.contains(index) {
            let joined = min(person.joined, yearStart.adding(days: -1)!)
            let member = try await members.register(person.details, status: .member, joinedOn: joined, on: joined, by: actor)
            active[member.id!] = member
            let accounts = Dictionary(uniqueKeysWithValues: try await savings.accounts(of: member.id!).map { ($0.kind, $0.id!) })
            let months = Int64(max(1, joined.days(until: yearStart) / 30))
            let sukarela = Int64(random.int(0...40)) * 50_000
            for (kind, amount) in [
                (SavingsKind.pokok, settings.pokokAmount), (.wajib, months * settings.wajibAmount), (.sukarela, sukarela),
            ]
            where amount > 0 {
                openingLines.append(.credit(.role(kind.role), amount, savings: accounts[kind]))
                openingCash += amount
            }
        }
        let inBank = openingCash / 10 * 8
        openingLines += [.debit(.role(.bank), inBank), .debit(.role(.cash), openingCash - inBank)]
        try await ledger.post(
            JournalDraft(
                date: yearStart, description: "Saldo awal simpanan anggota", sourceType: .opening,
                lines: openingLines), by: actor)
        let shop = try await DemoShop.open(tenant, on: yearStart, manager: treasurer, cashier: teller)
        step += 1
        progress(step, steps)

        func deposit(
            _ member: MemberRecord, _ kind: SavingsKind, _ amount: Int64, _ channel: PaymentChannel, on day: CivilDate,
            term: Int? = nil
        ) async throws {
            _ = try await savings.deposit(
                .init(
                    memberID: member.id!, kind: kind, amount: amount, channel: channel, date: day,
                    description: books.depositDescription(
                        kind, member: member.name,
                        number: member.memberNumber, channel: channel),
                    termMonths: term), by: teller)
        }
        func sukarela(_ member: MemberRecord) async throws -> Int64 {
            try await savings.accounts(of: member.id!).first { $0.kind == .sukarela && $0.status == .open }?.balance ?? 0
        }
        func expense(_ role: AccountRole, _ amount: Int64, from channel: PaymentChannel, on day: CivilDate, _ text: String)
            async throws
        {
            try await ledger.post(
                JournalDraft(
                    date: day, description: text, sourceType: .manual,
                    lines: [.debit(.role(role), amount), .credit(.role(channel.role), amount)]), by: treasurer)
        }

        // The treasurer keeps the cash box at a float drawn from the bank on the month's first day and banks
        // what is above it on its last, so the box never pays out more than it holds.
        let float: Int64 = 10_000_000
        func settleCash(on day: CivilDate) async throws {
            guard let cash = try await tenant.query(AccountRecord.self).filter(\.$role == AccountRole.cash).first(),
                cash.balance != float
            else { return }
            let (to, from): (AccountRole, AccountRole) = cash.balance < float ? (.cash, .bank) : (.bank, .cash)
            let text = cash.balance < float ? "Pengambilan tunai dari bank untuk kas" : "Setoran kelebihan kas ke bank"
            try await ledger.post(
                JournalDraft(
                    date: day, description: text, sourceType: .manual,
                    lines: [
                        .debit(.role(to), abs(float - cash.balance)),
                        .credit(.role(from), abs(float - cash.balance)),
                    ]), by: treasurer)
        }

        var month = firstMonth
        while month <= today.yearMonth {
            let lastDay = min(month.last, today)
            func day(_ d: Int) -> CivilDate { CivilDate(year: month.year, month: month.month, day: min(d, lastDay.day))! }
            try await settleCash(on: month.first)

            // Newcomers pay their pokok, which makes them members: one every other month.
            for index in joiningIndexes
            where firstMonth.first.adding(months: 1 + 2 * (index - joiningIndexes.lowerBound)).yearMonth == month {
                let date = day(random.int(2...20))
                let applicant = try await members.register(people[index].details, on: date, by: chair)
                try await deposit(applicant, .pokok, settings.pokokAmount, .cash, on: date)
                active[applicant.id!] = try await members.find(applicant.id)
            }
            for member in active.values.sorted(by: { $0.memberNumber < $1.memberNumber }) {
                // Wajib: most pay in the first ten days; some pay two months at once; a few fall behind.
                switch random.int(0...19) {
                case 0: break
                case 1, 2: try await deposit(member, .wajib, 2 * settings.wajibAmount, .cash, on: day(random.int(1...10)))
                default:
                    try await deposit(
                        member, .wajib, settings.wajibAmount, random.pick([.cash, .cash, .qris]), on: day(random.int(1...10)))
                }
                if random.int(0...9) < 3 {
                    try await deposit(
                        member, .sukarela, Int64(random.int(1...20)) * 25_000, random.pick([.cash, .bank, .qris]),
                        on: day(random.int(5...28)))
                }
                let amount = Int64(random.int(1...8)) * 50_000
                if random.int(0...9) == 0, try await sukarela(member) - amount >= settings.sukarelaMinimum {
                    _ = try await savings.withdraw(
                        .init(
                            memberID: member.id!, kind: .sukarela, amount: amount, channel: .cash,
                            date: day(random.int(12...28)),
                            description: books.withdrawalDescription(
                                .sukarela, member: member.name,
                                number: member.memberNumber,
                                channel: .cash)), by: teller)
                }
            }
            if month.month % 4 == 0,
                let saver = active.values.sorted(by: { $0.memberNumber < $1.memberNumber }).dropFirst(month.month).first
            {
                try await deposit(saver, .berjangka, 5_000_000, .bank, on: day(15), term: 6)
            }
            if let payer = active.values.min(by: { $0.memberNumber < $1.memberNumber }),
                let payee = active.values.max(by: { $0.memberNumber < $1.memberNumber }),
                try await sukarela(payer) - 25_000 >= settings.sukarelaMinimum
            {
                _ = try await savings.transfer(
                    from: payer.id!, to: payee.id!, amount: 25_000, date: day(18),
                    description: books.transferDescription(
                        from: payer.name, fromNumber: payer.memberNumber,
                        to: payee.name, toNumber: payee.memberNumber),
                    by: teller)
            }
            if lastDay.day >= 25 || month < today.yearMonth {
                try await expense(
                    .operatingExpense, Int64(random.int(32...45)) * 10_000, from: .bank, on: day(20),
                    "Bayar listrik dan air kantor \(books.monthName(month))")
                try await expense(
                    .operatingExpense, 1_500_000, from: .cash, on: day(25), "Honor pengelola \(books.monthName(month))")
                try await ledger.post(
                    JournalDraft(
                        date: day(25), description: "Pendapatan administrasi \(books.monthName(month))",
                        sourceType: .manual,
                        lines: [
                            .debit(.role(.cash), 150_000),
                            .credit(.role(.adminFees), 150_000),
                        ]), by: treasurer)
            }
            try await DemoPartnerships.bankLoanMonth(tenant, month: month, last: lastDay, today: today, chair: chair)
            try await shop.month(
                first: month.first, last: lastDay, members: active.values.sorted { $0.memberNumber < $1.memberNumber },
                random: &random)
            if month >= today.yearMonth.previous {
                try await DemoConsumers(tenant: tenant, shop: shop, chair: chair).month(
                    month, last: lastDay, today: today, members: active.values.sorted { $0.memberNumber < $1.memberNumber })
            }
            for (index, (status, date, reason)) in exits where date.yearMonth == month {
                if let member = active.values.first(where: { $0.nik == people[index].details.nik.digits }) {
                    _ = try await members.changeStatus(
                        member.id!, to: status, on: date, today: today, reason: reason,
                        settlement: settlement(member, status), by: teller)
                    active[member.id!] = nil
                }
            }
            try await loans.month(
                (month.year - firstMonth.year) * 12 + month.month - firstMonth.month, first: month.first, last: lastDay,
                isCurrent: month == today.yearMonth)
            if month < today.yearMonth {
                try await settleCash(on: month.last)
                let monthEnd = MonthEnd(tenant)
                try await monthEnd.close(try await monthEnd.plan(month, today: today), texts: .init(month), by: treasurer)
            }
            step += 1
            progress(step, steps)
            month = month.next
        }

        // Applicants of the last days, waiting for the board.
        for (offset, index) in applicantIndexes.sorted().enumerated() {
            _ = try await members.register(people[index].details, on: today.adding(days: -offset - 1)!, by: chair)
        }
        try await loans.finish(today: today)
        try await DemoSupply.seed(
            tenant, today: today, chair: chair, treasurer: treasurer, driver: staff[users[4].email]!,
            members: active.values.sorted { $0.memberNumber < $1.memberNumber })
        try await DemoConsultations.seed(
            tenant, today: today, chair: chair, shop: shop,
            members: active.values.sorted { $0.memberNumber < $1.memberNumber })
        try await DemoPartnerships.seed(tenant, today: today, chair: chair, passwordHash: passwordHash)
        let first = try await members.find(number: 1)
        for user in users where user.role == .member {
            _ = try await AccountStore.createUser(
                tenant, email: try Email(user.email), name: user.name, passwordHash: passwordHash,
                roles: [user.role], member: first, by: actor)
        }
        try await closeLastYear(tenant, today: today, by: treasurer)
        try await holdRAT(tenant, today: today, by: chair)
        try await postSHU(tenant, today: today, by: treasurer)
        progress(steps, steps)
    }
}
