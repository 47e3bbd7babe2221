import Foundation
import GuyubCore

extension Catalogue {
    package var auditTitle: String { pick("Jejak audit", "Audit trail") }
    package var auditNote: String {
        pick(
            "Setiap perubahan tercatat berurutan dan dirantai dengan hash, sehingga perubahan diam-diam akan ketahuan. "
                + "Keutuhannya diperiksa dengan perintah guyub verify.",
            "Every change is recorded in order and hash-chained, so a silent edit would show. "
                + "Its integrity is checked by the command guyub verify.")
    }
    package func auditEntryCount(_ count: Int) -> String {
        pick("\(format.number(count)) catatan", "\(format.number(count)) \(count == 1 ? "entry" : "entries")")
    }
    package var noAuditEntries: String { pick("Belum ada catatan.", "No entries yet.") }
    package var columnSequence: String { "#" }
    package var columnTime: String { pick("Waktu", "Time") }
    package var columnActor: String { pick("Oleh", "By") }
    package var columnAction: String { pick("Tindakan", "Action") }
    package var columnChanges: String { pick("Perubahan", "Changes") }

    /// The name of an audited action.
    package func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .cooperativeCreate: pick("Koperasi dibuat", "Cooperative created")
        case .userCreate: pick("Pengguna baru", "New user")
        case .userRoles: pick("Perubahan peran", "Roles changed")
        case .memberRegister: pick("Pendaftaran anggota", "Member registered")
        case .memberImport: pick("Impor anggota", "Members imported")
        case .memberUpdate: pick("Perubahan data anggota", "Member details changed")
        case .memberStatus: pick("Perubahan status anggota", "Member status changed")
        case .memberWajibClass: pick("Perubahan golongan simpanan wajib", "Mandatory savings class changed")
        case .accountCreate: pick("Akun baru", "Account added")
        case .accountUpdate: pick("Perubahan akun", "Account changed")
        case .accountDelete: pick("Akun dihapus", "Account removed")
        case .unitCreate: pick("Unit usaha baru", "Business unit added")
        case .unitUpdate: pick("Perubahan unit usaha", "Business unit changed")
        case .productCreate: pick("Produk baru", "Product added")
        case .productUpdate: pick("Perubahan produk", "Product changed")
        case .programmeCreate: pick("Program barang bersubsidi baru", "Regulated goods programme added")
        case .programmeCeiling: pick("HET baru ditetapkan", "New price ceiling set")
        case .allocationImport: pick("Daftar alokasi (e-RDKK) diimpor", "Allocation list (e-RDKK) imported")
        case .stockAdjust: pick("Penyesuaian stok", "Stock adjusted")
        case .stockTransfer: pick("Stok dipindahkan antarunit", "Stock moved between units")
        case .stockTakeStart: pick("Stok opname dimulai", "Stock take started")
        case .stockTakeCount: pick("Hitungan stok opname disimpan", "Stock take counts saved")
        case .stockTakeApprove: pick("Stok opname disetujui", "Stock take approved")
        case .customerCreate: pick("Pelanggan baru", "Customer registered")
        case .saleReturn: pick("Retur penjualan", "Goods returned from a sale")
        case .customerPayment: pick("Pelanggan membayar utang", "Customer paid what they owe")
        case .shiftOpen: pick("Shift kasir dibuka", "Cashier's shift opened")
        case .shiftClose: pick("Shift kasir ditutup", "Cashier's shift closed")
        case .supplierCreate: pick("Pemasok baru", "Supplier added")
        case .supplierPrice: pick("Harga pemasok diubah", "Supplier price set")
        case .supplierPayment: pick("Pembayaran ke pemasok", "Supplier paid")
        case .supplierInvoice: pick("Faktur pemasok dicatat", "Supplier invoice recorded")
        case .purchaseOrder: pick("Pesanan pembelian dibuat", "Purchase order raised")
        case .purchaseApprove: pick("Pesanan pembelian disetujui", "Purchase order approved")
        case .purchaseReceive: pick("Barang pesanan diterima", "Ordered goods received")
        case .purchaseClose: pick("Pesanan pembelian ditutup", "Purchase order closed")
        case .purchaseCancel: pick("Pesanan pembelian dibatalkan", "Purchase order cancelled")
        case .produceIntake: pick("Hasil panen anggota diterima", "Member's produce taken in")
        case .consignmentMove: pick("Barang titipan diterima atau dikembalikan", "Consignment goods in or given back")
        case .consignmentSettle: pick("Penjualan barang titipan diselesaikan", "Consignment sales settled")
        case .deliveryPlan: pick("Pengiriman direncanakan", "Delivery planned")
        case .deliveryUpdate: pick("Status pengiriman berubah", "Delivery status changed")
        case .claimSubmit: pick("Klaim biaya diajukan", "Expense claim submitted")
        case .claimDecide: pick("Klaim biaya diputuskan", "Expense claim decided")
        case .claimPay: pick("Klaim biaya dibayar", "Expense claim paid")
        case .storageIn: pick("Barang masuk penyimpanan", "Goods into storage")
        case .storageOut: pick("Barang keluar penyimpanan", "Goods out of storage")
        case .processingRun: pick("Barang diolah, seperti gabah menjadi beras", "Goods processed, as paddy into rice")
        case .settingsPurchasing: pick("Perubahan batas persetujuan pembelian", "Purchase approval amount changed")
        case .consumerCreate: pick("Konsumen baru", "New consumer")
        case .consumerApply: pick("Konsumen mendaftar menjadi anggota", "Consumer applied to join")
        case .referralDecide: pick("Keputusan hadiah ajak konsumen", "Referral decided")
        case .referralReverse: pick("Hadiah ajak konsumen dibatalkan", "Referral reward taken back")
        case .voucherIssue: pick("Voucher diterbitkan", "Voucher issued")
        case .voucherCollect: pick("Paket voucher diambil", "Voucher package collected")
        case .voucherVoid: pick("Voucher dibatalkan", "Voucher voided")
        case .settingsReferrals: pick("Perubahan aturan ajak konsumen", "Referral rules changed")
        case .ideaPropose: pick("Ide diusulkan", "Idea proposed")
        case .ideaStep: pick("Status ide diubah", "Idea moved on")
        case .ideaAnswer: pick("Ide dijawab pengurus", "Idea answered")
        case .ideaHide: pick("Ide atau komentar disembunyikan", "Idea or comment hidden")
        case .consultationPlan: pick("Pertemuan konsultasi dijadwalkan", "Consultation session planned")
        case .consultationInvite: pick("Tamu konsultasi diundang", "Consultation guest invited")
        case .consultationAttend: pick("Kehadiran konsultasi dicatat", "Consultation attendance recorded")
        case .consultationRecord: pick("Masukan konsultasi dicatat", "Consultation input recorded")
        case .consultationStep: pick("Status pertemuan konsultasi diubah", "Consultation session status changed")
        case .partnerAdd: pick("Mitra ditambahkan", "Partner added")
        case .partnershipCreate: pick("Kerja sama dibuat", "Partnership drafted")
        case .partnershipStep: pick("Status kerja sama diubah", "Partnership status changed")
        case .partnershipTasks: pick("Pembagian peran disimpan", "Responsibility matrix saved")
        case .partnershipReview: pick("Tinjauan kerja sama dicatat", "Partnership reviewed")
        case .commitmentAdd: pick("Komitmen dicatat", "Commitment added")
        case .commitmentDeliver: pick("Komitmen dipenuhi", "Commitment delivered")
        case .commitmentWaive: pick("Komitmen dibebaskan", "Commitment waived")
        case .riskOwner: pick("Penanggung jawab risiko ditetapkan", "Risk owner set")
        case .partnershipGrant: pick("Uang hibah dicatat", "Grant money recorded")
        case .partnershipLoan: pick("Pinjaman mitra dicatat", "Partner loan recorded")
        case .partnershipEquity: pick("Penyertaan modal dicatat", "Equity participation recorded")
        case .partnershipIndicator: pick("Indikator manfaat kerja sama", "Partnership benefit indicator")
        case .partnerDocument: pick("Dokumen mitra disimpan", "Partner document kept")
        case .settingsPartnershipRisks: pick("Batas risiko kerja sama diubah", "Partnership risk thresholds changed")
        case .ledgerPost: pick("Jurnal dibukukan", "Journal entry posted")
        case .booksCloseMonth: pick("Tutup buku bulanan", "Month closed")
        case .booksCloseYear: pick("Tutup tahun buku", "Year closed")
        case .settingsSavings: pick("Perubahan pengaturan simpanan", "Savings settings changed")
        case .settingsLoans: pick("Perubahan pengaturan pinjaman", "Loan settings changed")
        case .loanProductCreate: pick("Produk pinjaman baru", "Loan product added")
        case .loanProductUpdate: pick("Perubahan produk pinjaman", "Loan product changed")
        case .loanApply: pick("Pengajuan pinjaman", "Loan applied for")
        case .loanReview: pick("Pinjaman ditelaah", "Loan reviewed")
        case .loanApprove: pick("Pinjaman disetujui", "Loan approved")
        case .loanReject: pick("Pinjaman ditolak", "Loan rejected")
        case .loanDisburse: pick("Pinjaman dicairkan", "Loan disbursed")
        case .loanRepay: pick("Angsuran diterima", "Repayment received")
        case .loanRestructure: pick("Pinjaman direstrukturisasi", "Loan restructured")
        case .loanWriteOff: pick("Pinjaman dihapusbukukan", "Loan written off")
        case .loanRecover: pick("Pemulihan pinjaman hapus buku", "Written-off loan recovered")
        case .loanCloseDay: pick("Tutup hari pinjaman", "Loan day closed")
        case .shuSettings: pick("Perubahan aturan SHU", "SHU rules changed")
        case .shuCompute: pick("SHU dihitung", "SHU computed")
        case .shuPost: pick("SHU dibukukan", "SHU posted")
        case .meetingSettings: pick("Perubahan aturan rapat", "Meeting rules changed")
        case .meetingCreate: pick("Rapat dijadwalkan", "Meeting scheduled")
        case .meetingUpdate: pick("Perubahan rapat", "Meeting changed")
        case .meetingAgenda: pick("Acara rapat disusun", "Agenda set")
        case .meetingDelegates: pick("Utusan rapat dipilih", "Delegates chosen")
        case .meetingNotice: pick("Undangan rapat dikirim", "Meeting notice sent")
        case .meetingStart: pick("Rapat dibuka", "Meeting opened")
        case .meetingCheckIn: pick("Kehadiran rapat dicatat", "Attendance recorded")
        case .meetingResolutionCreate: pick("Usul keputusan dibuat", "Motion drafted")
        case .meetingResolutionOpen: pick("Pemungutan suara dibuka", "Voting opened")
        case .meetingVote: pick("Suara dicatat", "Vote recorded")
        case .meetingResolutionClose: pick("Pemungutan suara ditutup", "Voting closed")
        case .meetingMinutes: pick("Notulen ditulis", "Minutes written")
        case .meetingClose: pick("Rapat ditutup", "Meeting closed")
        }
    }

    /// How a recorded value reads.
    package enum AuditValue: Sendable {
        case text, money, date, time, month, yesNo, count, basisPoints, partsPerMillion, lines
        case memberStatus, loanStatus, gender, roles, voteChoice, attendance, meetingKind, agendaKind, resolutionStatus
        case noticeChannel, interestMethod, accountType, savingsTerms, agenda, delegates
        case limitPeriod, customerClass, adjustmentReason
    }

    /// The name of a recorded field (a path into the record, `tally.yes`) and how its value reads, for
    /// the action that recorded it (a loan's status is not a member's); nil for what the trail keeps
    /// only for the record (ids), and for fields this page has no words for.
    package func auditField(_ path: String, action: AuditAction? = nil) -> (name: String, value: AuditValue)? {
        switch (path, action?.rawValue ?? "") {
        case ("status", let a) where a.hasPrefix("loan."): return (fieldName("status"), .loanStatus)
        case ("status", let a) where a.hasPrefix("meeting.resolution"): return (fieldName("status"), .resolutionStatus)
        case ("kind", let a) where a.hasPrefix("meeting.resolution"): return (pick("Pokok bahasan", "Agenda item"), .agendaKind)
        case ("number", AuditAction.ledgerPost.rawValue): return (pick("No. jurnal", "Entry no."), .count)
        case ("reason", AuditAction.stockAdjust.rawValue): return (fieldName("reason"), .adjustmentReason)
        default: break
        }
        let parts = path.split(separator: ".").map(String.init)
        if parts.count == 2, parts[0] == "allocation" || parts[0] == "nonMemberAllocation" {
            let fund = fundName(parts[1])
            return (
                parts[0] == "allocation"
                    ? pick("Bagian \(fund)", "Share: \(fund)")
                    : pick("Bagian \(fund) (non-anggota)", "Share: \(fund) (non-members)"), .partsPerMillion
            )
        }
        if parts.count == 2, parts[0] == "wajibClasses" {
            return (pick("Simpanan wajib golongan \(parts[1])", "Mandatory savings, class \(parts[1])"), .money)
        }
        switch path {
        // People
        case "name": return (fieldName("name"), .text)
        case "nik", "phone", "address", "birthPlace", "email": return (fieldName(path), .text)
        case "birthDate": return (fieldName(path), .date)
        case "gender": return (fieldName(path), .gender)
        case "status": return (fieldName(path), .memberStatus)
        case "memberNumber": return (pick("No. anggota", "Member no."), .count)
        case "statusSince": return (pick("Status sejak", "Status since"), .date)
        case "joinedOn": return (pick("Tanggal masuk", "Joined on"), .date)
        case "reason": return (fieldName(path), .text)
        case "roles": return (fieldName(path), .roles)
        case "wajibClass": return (pick("Golongan simpanan wajib", "Mandatory savings class"), .text)
        case "count": return (pick("Jumlah", "Count"), .count)
        case "fileName": return (pick("Nama berkas", "File name"), .text)
        case "cooperative": return (pick("Koperasi", "Cooperative"), .text)
        case "timeZone": return (pick("Zona waktu", "Time zone"), .text)
        case "memberId": return (pick("Anggota", "Member"), .text)
        case "staff": return (pick("Petugas unit", "Unit staff"), .text)
        case "region": return (pick("Wilayah (kabupaten/kota)", "Region (regency/city)"), .text)
        // Books
        case "date": return (fieldName(path), .date)
        case "description": return (pick("Uraian", "Description"), .text)
        case "total": return (pick("Jumlah", "Total"), .money)
        case "lines": return (pick("Baris jurnal", "Journal lines"), .lines)
        case "code": return (pick("Kode", "Code"), .text)
        case "nameID": return (pick("Nama akun", "Account name"), .text)
        case "nameEN": return (pick("Nama akun (Inggris)", "Account name (English)"), .text)
        case "type": return (pick("Jenis akun", "Account type"), .accountType)
        case "active": return (pick("Aktif", "Active"), .yesNo)
        case "month": return (pick("Bulan", "Month"), .month)
        case "accrued": return (pick("Bunga berjangka diakru", "Term interest accrued"), .money)
        case "maturities": return (pick("Berjangka jatuh tempo", "Term deposits matured"), .count)
        case "sukarelaInterest": return (pick("Jasa simpanan sukarela", "Voluntary savings interest"), .money)
        case "tax": return (pick("Pajak bunga", "Interest tax"), .money)
        case "year": return (pick("Tahun buku", "Financial year"), .text)
        case "memberSurplus": return (pick("SHU usaha dengan anggota", "Surplus from members"), .money)
        case "nonMemberSurplus": return (pick("SHU usaha dengan non-anggota", "Surplus from non-members"), .money)
        case "members": return (pick("Anggota", "Members"), .count)
        // Savings settings
        case "counterLimit": return (pick("Batas transaksi di loket", "Counter limit"), .money)
        case "pokokAmount": return (pick("Simpanan pokok", "Principal savings"), .money)
        case "wajibAmount": return (pick("Simpanan wajib", "Mandatory savings"), .money)
        case "wajibEveryMonths": return (pick("Simpanan wajib tiap (bulan)", "Mandatory savings every (months)"), .count)
        case "sukarelaRate": return (pick("Jasa simpanan sukarela", "Voluntary savings rate"), .basisPoints)
        case "sukarelaMinimum": return (pick("Saldo minimum sukarela", "Voluntary savings minimum"), .money)
        case "interestTaxRate": return (pick("Tarif pajak bunga", "Interest tax rate"), .basisPoints)
        case "interestTaxThreshold": return (pick("Batas bebas pajak bunga", "Interest tax threshold"), .money)
        case "earlyBreakPenalty": return (pick("Penalti pencairan dini", "Early break penalty"), .basisPoints)
        case "terms": return (pick("Jangka waktu berjangka", "Term deposit terms"), .savingsTerms)
        // Loans
        case "number": return (pick("No. pinjaman", "Loan no."), .count)
        case "borrower": return (pick("Peminjam", "Borrower"), .text)
        case "principal": return (pick("Pokok pinjaman", "Principal"), .money)
        case "principalPaid": return (pick("Pokok terbayar", "Principal paid"), .money)
        case "interestPaid": return (pick("Jasa terbayar", "Interest paid"), .money)
        case "penaltyPaid": return (pick("Denda terbayar", "Penalty paid"), .money)
        case "periods": return (pick("Jangka waktu (angsuran)", "Term (instalments)"), .count)
        case "annualRate": return (pick("Jasa per tahun", "Annual rate"), .partsPerMillion)
        case "loans": return (pick("Pinjaman", "Loans"), .count)
        case "late": return (pick("Pinjaman terlambat", "Loans late"), .count)
        case "penalties": return (pick("Denda dikenakan", "Penalties charged"), .money)
        case "allowanceChange": return (pick("Perubahan penyisihan", "Allowance change"), .money)
        case "autoDebits": return (pick("Potong simpanan otomatis", "Automatic debits"), .count)
        case "autoDebited": return (pick("Dipotong dari simpanan", "Debited from savings"), .money)
        case "method": return (pick("Metode jasa", "Interest method"), .interestMethod)
        case "principalMin": return (pick("Pokok paling sedikit", "Smallest principal"), .money)
        case "principalMax": return (pick("Pokok paling banyak", "Largest principal"), .money)
        case "periodsMin": return (pick("Jangka waktu paling pendek", "Shortest term"), .count)
        case "periodsMax": return (pick("Jangka waktu paling panjang", "Longest term"), .count)
        case "rateMin": return (pick("Jasa paling rendah", "Lowest rate"), .partsPerMillion)
        case "rateMax": return (pick("Jasa paling tinggi", "Highest rate"), .partsPerMillion)
        case "adminFee.fixed": return (pick("Biaya administrasi", "Administration fee"), .money)
        case "adminFee.rate": return (pick("Biaya administrasi (persen)", "Administration fee (percent)"), .partsPerMillion)
        case "provisionFee.fixed": return (pick("Biaya provisi", "Provision fee"), .money)
        case "provisionFee.rate": return (pick("Biaya provisi (persen)", "Provision fee (percent)"), .partsPerMillion)
        case "penalty.rate": return (pick("Denda keterlambatan", "Late penalty"), .partsPerMillion)
        case "penalty.cap": return (pick("Denda paling banyak", "Penalty cap"), .money)
        case "penalty.graceDays": return (pick("Masa tenggang denda (hari)", "Penalty grace (days)"), .count)
        case "collateralRequired": return (pick("Wajib agunan", "Collateral required"), .yesNo)
        case "savingsMultiple": return (pick("Kelipatan simpanan", "Savings multiple"), .count)
        // Meetings
        case "title": return (pick("Judul", "Title"), .text)
        case "kind": return (pick("Jenis", "Kind"), .meetingKind)
        case "financialYear": return (pick("Tahun buku", "Financial year"), .text)
        case "heldOn": return (pick("Tanggal rapat", "Meeting date"), .date)
        case "startsAt": return (pick("Pukul", "Time"), .time)
        case "place": return (pick("Tempat", "Place"), .text)
        case "onlineLink": return (pick("Tautan rapat daring", "Online meeting link"), .text)
        case "chairName", "chair": return (pick("Pimpinan rapat", "Chair"), .text)
        case "secretaryName", "secretary": return (pick("Sekretaris rapat", "Secretary"), .text)
        case "delegates": return (pick("Rapat utusan", "Delegates' meeting"), .yesNo)
        case "delegateList": return (pick("Utusan", "Delegates"), .delegates)
        case "agenda": return (pick("Acara", "Agenda"), .agenda)
        case "channel": return (pick("Dikirim lewat", "Sent by"), .noticeChannel)
        case "recipients": return (pick("Penerima", "Recipients"), .count)
        case "mode": return (pick("Hadir", "Attended"), .attendance)
        case "motion": return (pick("Usul", "Motion"), .text)
        case "secret": return (pick("Pemungutan suara rahasia", "Secret ballot"), .yesNo)
        case "choice": return (pick("Pilihan", "Choice"), .voteChoice)
        case "byClerk": return (pick("Dicatat oleh petugas", "Recorded by a clerk"), .yesNo)
        case "decidedOn": return (pick("Diputuskan", "Decided on"), .date)
        case "tally.yes": return (voteChoice(.yes), .count)
        case "tally.no": return (voteChoice(.no), .count)
        case "tally.abstain": return (voteChoice(.abstain), .count)
        case "minutes": return (pick("Notulen", "Minutes"), .text)
        case "quorumNumerator", "quorumDenominator":
            return (
                path == "quorumNumerator"
                    ? pick("Kuorum: sekurang-kurangnya … anggota", "Quorum: at least … members")
                    : pick("Kuorum: dari setiap … anggota", "Quorum: out of every … members"), .count
            )
        case "secretByDefault":
            return (pick("Suara rahasia kecuali diputuskan lain", "Secret ballots unless decided otherwise"), .yesNo)
        case "registrationNumber": return (pick("Nomor badan hukum", "Registration number"), .text)
        // The shop
        case "unit": return (storeField("unit"), .text)
        case "barcode": return (storeField("barcode"), .text)
        case "memberPrice": return (storeField("memberPrice"), .money)
        case "nonMemberPrice": return (storeField("nonMemberPrice"), .money)
        case "priceCeiling": return (storeField("priceCeiling"), .money)
        case "effectiveFrom": return (storeField("effectiveFrom"), .date)
        case "perBuyerLimit": return (pick("Batas per pembeli", "Limit per buyer"), .text)
        case "period": return (storeField("period"), .limitPeriod)
        case "requiresBuyerId": return (pick("Wajib NIK pembeli", "Buyer's NIK required"), .yesNo)
        case "customerClass": return (storeField("customerClass"), .customerClass)
        case "creditLimit": return (storeField("creditLimit"), .money)
        case "saleNumber": return (csvSaleNumber, .count)
        case "refund": return (pick("Uang dikembalikan", "Paid back"), .money)
        case "paid": return (pick("Dibayar", "Paid"), .money)
        case "float": return (floatLabel, .money)
        case "counted": return (countedLabel, .money)
        case "note": return (pick("Catatan", "Note"), .text)
        case "difference": return (differenceColumn, .money)
        case "quantity": return (csvQuantity, .text)
        case "value": return (csvValue, .money)
        case "stock": return (pick("Stok sesudahnya", "Stock after"), .text)
        case "season": return (seasonLabel, .text)
        case "startsOn": return (seasonStartsLabel, .date)
        case "endsOn": return (seasonEndsLabel, .date)
        case "farmers": return (farmersLabel, .count)
        case "allocated": return (allocatedLabel, .text)
        case "replaced": return (pick("Mengganti daftar sebelumnya", "Replaced the earlier list"), .yesNo)
        case "byAllocation": return (byAllocationLabel, .yesNo)
        case "sheetLines": return (pick("Barang di lembar hitung", "Goods on the count sheet"), .count)
        case "countedLines": return (pick("Barang dihitung", "Goods counted"), .count)
        case "qrisMerchantName": return (pick("Nama merchant QRIS", "QRIS merchant name"), .text)
        case "qrisMerchantId": return (pick("ID merchant QRIS", "QRIS merchant id"), .text)
        case "qrisCity": return (pick("Kota merchant QRIS", "QRIS merchant city"), .text)
        case "qrisPostalCode": return (pick("Kode pos merchant QRIS", "QRIS merchant postal code"), .text)
        default: return nil
        }
    }

    /// A recorded value as the page shows it.
    package func auditValue(_ value: String, as kind: AuditValue, field: String = "") -> String {
        func int(_ text: String) -> Int64? { Int64(text) ?? Double(text).flatMap { Int64(exactly: $0) } }
        switch kind {
        case .text:
            return value.count > 200 ? String(value.prefix(200)) + "…" : value
        case .money: return int(value).map { format.money(minorUnits: $0) } ?? value
        case .date: return CivilDate(iso: value).map(format.date) ?? value
        case .time: return format.time(value)
        case .month: return YearMonth(value).map(format.month) ?? value
        case .yesNo: return value == "true" ? pick("Ya", "Yes") : pick("Tidak", "No")
        case .count: return int(value).map(format.number) ?? value
        case .basisPoints: return int(value).map { format.percent(basisPoints: Int($0)) } ?? value
        case .partsPerMillion: return int(value).map { format.percent(basisPoints: Int($0 / 100)) } ?? value
        case .lines: return pick("\(value) baris", english(Int(value) ?? 0, "line"))
        case .memberStatus: return MemberStatus(rawValue: value).map(status) ?? value
        case .loanStatus: return LoanStatus(rawValue: value).map(loanStatus) ?? value
        case .gender: return Gender(rawValue: value).map(gender) ?? value
        case .roles:
            return value.split(separator: ",").map { part in
                let code = part.trimmingCharacters(in: .whitespaces)
                return Role(rawValue: code).map(role) ?? code
            }.joined(separator: ", ")
        case .voteChoice: return VoteChoice(rawValue: value).map(voteChoice) ?? value
        case .attendance: return AttendanceMode(rawValue: value).map(attendanceMode) ?? value
        case .meetingKind: return MeetingKind(rawValue: value).map(meetingKind) ?? value
        case .agendaKind: return AgendaKind(rawValue: value).map(agendaKind) ?? value
        case .resolutionStatus: return ResolutionStatus(rawValue: value).map(resolutionStatus) ?? value
        case .noticeChannel: return NoticeChannel(rawValue: value).map(noticeChannel) ?? value
        case .interestMethod: return InterestMethod(rawValue: value).map(methodName) ?? value
        case .accountType: return AccountType(rawValue: value).map(accountType) ?? value
        case .savingsTerms:
            // [{"months":3,"rate":450}, …] → "3 bulan 4,5%; 6 bulan 5%"
            return objects(value).map { term in
                let months = (term["months"] as? NSNumber)?.intValue ?? 0
                let rate = (term["rate"] as? NSNumber)?.intValue ?? 0
                return pick("\(months) bulan", english(months, "month")) + " " + format.percent(basisPoints: rate)
            }.joined(separator: "; ")
        case .agenda:
            return objects(value).compactMap { $0["title"] as? String }.joined(separator: "; ")
        case .limitPeriod: return LimitPeriod(rawValue: value).map(limitPeriod) ?? value
        case .customerClass: return CustomerClass(rawValue: value).map(customerClass) ?? value
        case .adjustmentReason: return AdjustmentReason(rawValue: value).map(adjustmentReason) ?? value
        case .delegates:
            let count = ((try? JSONSerialization.jsonObject(with: Data(value.utf8))) as? [Any])?.count ?? 0
            return pick("\(format.number(count)) orang", english(count, "person"))
        }
    }

    private func objects(_ json: String) -> [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
    }

    /// What the page says of fields it has no words for.
    package func auditOtherDetails(_ count: Int) -> String {
        pick(
            "\(format.number(count)) rincian lain berubah",
            count == 1 ? "1 other detail changed" : "\(format.number(count)) other details changed")
    }
    package var columnSubject: String { pick("Tentang", "About") }
    package func auditLoanSubject(number: Int, borrower: String) -> String {
        pick("Pinjaman No. \(number) · \(borrower)", "Loan no. \(number) · \(borrower)")
    }
    package func auditMemberSubject(name: String, number: Int?) -> String {
        number.map { pick("\(name) (No. \($0))", "\(name) (no. \($0))") } ?? name
    }
    package func auditEntrySubject(number: Int?, description: String) -> String {
        number.map { pick("Jurnal No. \($0) · \(description)", "Entry no. \($0) · \(description)") } ?? description
    }
    package func auditYearSubject(_ year: String) -> String { pick("Tahun buku \(year)", "Financial year \(year)") }
    package func auditVoteSubject(motion: String, member: String) -> String { "\(member) — \(motion)" }
}
