import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The demo cooperative's partners, one of every kind, and its agreements with them: the state bank's
/// working-capital loan running on schedule, Pertamina's LPG outlet and Pupuk Indonesia's fertiliser point
/// (whose goods are a large share of the shop's sales), the university's board training drifting (the
/// cooperative's own commitment late, the goals found apart at review), an NGO's grant, the district office's
/// mentoring overdue for review, joint rice sales with a neighbouring cooperative, and the wholesaler's fixed
/// prices (its share of purchases measured from its supplier record). The university's
/// lecturer signs in as `mitra@sukamaju.coop`.
enum DemoPartnerships {
    static let bankName = "Bank BRI Unit Sukamaju"
    static let loanTitle = "Kredit modal kerja toko dan gudang"

    /// The day the state bank's loan came in: the 5th, five months before today's month.
    static func loanReceived(today: CivilDate) -> CivilDate {
        let month = today.yearMonth.first.adding(months: -5)
        return CivilDate(year: month.year, month: month.month, day: 5)!
    }

    /// The state bank's loan as the books run month by month: Rp 3 miliar at 6 % over 72 months, six of them
    /// interest only, received five months ago, each instalment paid on its day, the 12th (this month's only once
    /// the 12th has come).
    static func bankLoanMonth(_ tenant: Tenant, month: YearMonth, last: CivilDate, today: CivilDate, chair: Actor)
        async throws
    {
        let received = loanReceived(today: today)
        let store = PartnershipStore(tenant)
        let books = Catalogue(.id)
        if month == received.yearMonth {
            let bank = try await PartnerStore(tenant).add(
                .init(
                    name: bankName, kind: PartnerKind.financial.rawValue, contactName: "Andi Saputra", phone: "0811-2600-101",
                    supplierID: nil, programmeID: nil), by: chair)
            let loan = try await store.create(
                .init(
                    partnerID: bank.id, kind: PartnershipKind.financial.rawValue, title: loanTitle, start: received,
                    end: received.adding(months: 72),
                    ourGoals: "Modal kerja untuk stok sembako dan gabah tanpa menguras simpanan anggota.",
                    theirGoals: "Menyalurkan kredit usaha rakyat ke koperasi desa yang sehat.", value: 3_000_000_000,
                    financing: Financing.loan.rawValue), by: chair)
            _ = try await store.act(.activate, on: loan, by: chair)
            let first = received.adding(months: 1)
            _ = try await BorrowingStore(tenant).receive(
                .init(
                    principal: 3_000_000_000, annualRate: 60_000, method: InterestMethod.anuitas.rawValue, periods: 72,
                    grace: 6, firstDue: CivilDate(year: first.year, month: first.month, day: 12)!),
                under: loan, through: "bank", on: received, description: books.loanReceivedEntry(loan.title), by: chair)
            _ = try await PartnerDocumentStore(tenant).keep(
                DemoDocument.pdf([
                    "PERJANJIAN KREDIT MODAL KERJA", "", "Bank BRI Unit Sukamaju dan Koperasi Desa Merah Putih Sukamaju",
                    "Plafon Rp 3.000.000.000, bunga 6% per tahun, jangka waktu 72 bulan,",
                    "masa tenggang 6 bulan, angsuran setiap tanggal 12.",
                ]), title: "Perjanjian kredit", partner: bank.id!, agreement: loan.id, by: chair)
        }
        guard month >= received.yearMonth,
            let loan = try await tenant.query(PartnershipRecord.self).filter(\.$title == loanTitle).first()
        else { return }
        let loans = BorrowingStore(tenant)
        while let next = try await loans.loan(of: loan.id!)?.next, let due = next.due, due <= last {
            _ = try await loans.payNext(
                under: loan, through: "bank", on: due,
                description: { books.instalmentEntry($0.number, title: loan.title) }, by: chair)
        }
    }

    static func seed(_ tenant: Tenant, today: CivilDate, chair: Actor, passwordHash: String) async throws {
        let partners = PartnerStore(tenant)
        let store = PartnershipStore(tenant)
        func programme(_ name: String) async throws -> UUID? {
            try await tenant.query(ProgrammeRecord.self).filter(\.$name == name).first()?.id
        }
        func partner(
            _ name: String, _ kind: PartnerKind, contact: String, phone: String, programme: UUID? = nil, supplier: UUID? = nil
        ) async throws -> PartnerRecord {
            try await partners.add(
                .init(
                    name: name, kind: kind.rawValue, contactName: contact, phone: phone, supplierID: supplier,
                    programmeID: programme), by: chair)
        }
        guard let bank = try await tenant.query(PartnerRecord.self).filter(\.$name == bankName).first(),
            let loan = try await tenant.query(PartnershipRecord.self).filter(\.$title == loanTitle).first()
        else { return }
        let pertamina = try await partner(
            "Pertamina Patra Niaga", .stateCompany, contact: "Sales Area Klaten", phone: "0811-2600-102",
            programme: try await programme("LPG 3 kg"))
        let pupuk = try await partner(
            "Pupuk Indonesia", .stateCompany, contact: "Distributor Klaten", phone: "0811-2600-103",
            programme: try await programme("Pupuk Urea bersubsidi"))
        let campus = try await partner(
            "Universitas Gadjah Mada", .university, contact: "Dr. Rina Hapsari", phone: "0811-2600-104")
        let ngo = try await partner("Yayasan Bina Swadaya", .ngo, contact: "Maria Ulfa", phone: "0811-2600-105")
        let district = try await partner(
            "Dinas Koperasi dan UKM Klaten", .government, contact: "Bidang Kelembagaan", phone: "0811-2600-106")
        let neighbour = try await partner("Koperasi Tani Makmur", .cooperative, contact: "Pak Slamet", phone: "0811-2600-107")
        let wholesaler = try await partner(
            "UD Sumber Rejeki", .privateCompany, contact: "Koh Hendra", phone: "0813-2900-1122",
            supplier: try await tenant.query(SupplierRecord.self).filter(\.$name == "UD Sumber Rejeki").first()?.id)

        func agreement(
            _ partner: PartnerRecord, _ kind: PartnershipKind, _ title: String, from start: CivilDate, to end: CivilDate?,
            ours: String, theirs: String, value: Int64 = 0, tasks: [(String, [String: Responsibility])]
        ) async throws -> PartnershipRecord {
            let a = try await store.create(
                .init(
                    partnerID: partner.id, kind: kind.rawValue, title: title, start: start, end: end, ourGoals: ours,
                    theirGoals: theirs, value: value), by: chair)
            _ = try await store.act(.activate, on: a, by: chair)
            try await store.setTasks(tasks.map { ResponsibilityTask(task: $0.0, parties: $0.1) }, of: a, by: chair)
            return a
        }
        func owe(
            _ a: PartnershipRecord, _ party: PartnershipParty, _ what: String, due: CivilDate, delivered: CivilDate? = nil,
            evidence: String? = nil
        ) async throws {
            let c = try await store.commit(party.rawValue, owes: what, by: due, under: a, actor: chair)
            if let delivered {
                _ = try await store.deliver(
                    c, under: a, evidence: evidence ?? "Sudah", upload: nil, entry: nil, on: delivered, asPartner: false,
                    by: chair)
            }
        }
        // The matrix names the cooperative as its pages do.
        let coop = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db)?.name ?? ""
        let them = { (p: PartnerRecord) in p.name }
        let ago = { (months: Int) in today.adding(months: -months) }

        // The bank's loan (received and paid month by month with the books): on schedule, reviewed last month.
        let received = loanReceived(today: today)
        try await store.setTasks(
            [
                ("Pencairan kredit", [coop: .informed, them(bank): .accountable]),
                ("Laporan keuangan triwulanan", [coop: .accountable, them(bank): .informed, "Pengawas": .consulted]),
                ("Angsuran tanggal 12", [coop: .accountable, them(bank): .informed]),
            ].map { ResponsibilityTask(task: $0.0, parties: $0.1) }, of: loan, by: chair)
        try await owe(
            loan, .partner, "Mencairkan kredit Rp 3.000.000.000", due: received.adding(days: 7)!, delivered: received,
            evidence: "Dana masuk rekening koperasi")
        try await owe(
            loan, .cooperative, "Laporan keuangan triwulan pertama", due: ago(2), delivered: ago(2).adding(days: -3)!,
            evidence: "Diserahkan ke kantor unit")
        try await owe(loan, .cooperative, "Laporan keuangan triwulan kedua", due: today.adding(months: 1))
        _ = try await store.review(
            loan, decision: ReviewDecision.continue.rawValue, diverging: false,
            note: "Pencairan dan laporan tepat waktu; angsuran lancar.", on: ago(1), by: chair)

        // The goods the state regulates, through its companies.
        let lpg = try await agreement(
            pertamina, .marketing, "Pangkalan resmi LPG 3 kg", from: ago(10), to: ago(10).adding(months: 36),
            ours: "Warga membeli LPG 3 kg sesuai harga eceran tertinggi.", theirs: "Penyaluran tepat sasaran, tercatat per NIK.",
            tasks: [
                ("Pasokan tabung mingguan", [coop: .informed, them(pertamina): .accountable]),
                ("Pencatatan pembeli per NIK", [coop: .accountable, them(pertamina): .consulted]),
            ])
        _ = try await agreement(
            pupuk, .marketing, "Titik serah pupuk bersubsidi", from: ago(4), to: nil,
            ours: "Petani anggota mendapat pupuk sesuai alokasi.", theirs: "Pupuk bersubsidi sampai ke petani yang berhak.",
            tasks: [("Penyaluran sesuai RDKK", [coop: .accountable, them(pupuk): .consulted, "Dinas Pertanian": .informed])])

        // The university's training: drifting.
        let training = try await agreement(
            campus, .technical, "Pelatihan pengurus: laporan keuangan dan tata kelola", from: ago(3), to: today.adding(days: 40)!,
            ours: "Pengurus mampu menyusun laporan keuangan sendiri.",
            theirs: "Bahan penelitian dan pengabdian mahasiswa.",
            tasks: [
                ("Modul dan pelatih", [coop: .informed, them(campus): .accountable]),
                ("Peserta lima pengurus", [coop: .accountable, them(campus): .informed]),
            ])
        try await owe(training, .partner, "Modul pelatihan laporan keuangan", due: ago(2), delivered: ago(2).adding(days: 2)!)
        try await owe(training, .cooperative, "Mengirim lima pengurus ke kelas kedua", due: today.adding(days: -12)!)
        _ = try await store.review(
            training, decision: ReviewDecision.amend.rawValue, diverging: true,
            note: "Kampus ingin kelas di kota; pengurus hanya bisa di desa pada malam hari.", on: today.adding(days: -10)!,
            by: chair)

        // An NGO's grant, the district's mentoring (its review overdue), a neighbour's rice.
        let grant = try await agreement(
            ngo, .financial, "Hibah penataan toko koperasi", from: ago(2), to: today.adding(months: 10),
            ours: "Toko yang rapi dan terang.", theirs: "Usaha desa yang dikelola perempuan.", value: 75_000_000,
            tasks: [("Belanja rak dan lampu", [coop: .accountable, them(ngo): .consulted])])
        try await owe(
            grant, .partner, "Mencairkan hibah tahap pertama", due: ago(2).adding(days: 14)!, delivered: ago(2).adding(days: 10)!)
        try await owe(grant, .cooperative, "Laporan pemakaian hibah", due: today.adding(days: 20)!)
        // Its first tranche in the bank today, part of it already spent on shelves.
        let books = Catalogue(.id)
        let grants = GrantStore(tenant)
        _ = try await grants.receive(
            40_000_000, under: grant, through: "bank", on: today, description: books.grantReceivedEntry(grant.title),
            by: chair)
        let expenses = try await tenant.query(AccountRecord.self).filter(\.$role == .operatingExpense).first()
        _ = try await grants.spend(
            17_500_000, under: grant, purpose: "Rak besi dan lampu LED untuk toko", account: expenses?.id, through: "bank",
            on: today, description: { books.grantSpentEntry($0, title: grant.title) }, by: chair)
        _ = try await agreement(
            district, .advocacy, "Pendampingan dan usulan perda koperasi desa", from: ago(8), to: nil,
            ours: "Izin usaha unit klinik dan gudang lebih mudah.", theirs: "Koperasi desa yang tertib administrasi.",
            tasks: [("Audit tahunan", [coop: .consulted, them(district): .accountable])])
        _ = try await agreement(
            neighbour, .marketing, "Jual beras bersama ke pasar kota", from: ago(1), to: ago(1).adding(months: 12),
            ours: "Harga gabah petani lebih baik.", theirs: "Pasokan beras yang tetap.",
            tasks: [("Pengiriman mingguan", [coop: .responsible, them(neighbour): .accountable])])

        _ = try await agreement(
            wholesaler, .marketing, "Harga grosir tetap untuk toko koperasi", from: ago(6), to: ago(6).adding(months: 24),
            ours: "Harga beli sembako yang stabil.", theirs: "Pembeli tetap dengan pembayaran 30 hari.",
            tasks: [("Pengiriman dua mingguan", [coop: .consulted, them(wholesaler): .accountable])])

        // What each is to bring, most of it measured from the records.
        let benefits = BenefitStore(tenant)
        for (a, name, measure, target, unit) in [
            (loan, "Kredit cair", IndicatorMeasure.loanReceived, Int64(3_000_000_000), nil),
            (loan, "Pokok kredit terbayar", .loanRepaid, 3_000_000_000, nil),
            (lpg, "Penjualan LPG 3 kg", .programmeSales, 60_000_000, nil),
            (grant, "Hibah diterima", .grantReceived, 75_000_000, nil),
            (training, "Modul dan kelas terlaksana", .commitmentsDelivered, 4, nil),
            (training, "Jam pelatihan pengurus", .entered, 40, "jam"),
        ] as [(PartnershipRecord, String, IndicatorMeasure, Int64, String?)] {
            let indicator = try await benefits.add(
                name: name, measure: measure.rawValue, target: target, unit: unit, to: a, by: chair)
            if measure == .entered { try await benefits.enter(16, on: indicator.id, of: a, by: chair) }
        }

        // The lecturer's sign-in.
        let lecturer = try await AccountStore.createUser(
            tenant, email: try Email("mitra@sukamaju.coop"), name: "Dr. Rina Hapsari", passwordHash: passwordHash,
            roles: [.partner], by: chair)
        try await partners.link(lecturer, to: campus, by: chair)
    }
}
