import Foundation
import GuyubCore

/// What the command line says.
extension Catalogue {
    package var migrated: String { pick("Basis data sudah mutakhir.", "The database is up to date.") }
    package var cooperativeNameRequired: String {
        pick(
            "Sebutkan nama koperasi dengan --cooperative \"Nama Koperasi\".",
            "Give the cooperative's name with --cooperative \"Name\".")
    }
    package func cooperativeCreated(name: String, id: UUID, email: String) -> String {
        pick(
            "Koperasi \"\(name)\" dibuat (id \(id.uuidString.lowercased())). Pengurus pertama dapat masuk sebagai \(email).",
            "Cooperative \"\(name)\" created (id \(id.uuidString.lowercased())). Its first board member signs in as \(email).")
    }
    package func fileNotReadable(_ path: String) -> String {
        pick("Berkas \(path) tidak dapat dibaca.", "Cannot read the file \(path).")
    }
    package var noCooperativeYet: String {
        pick(
            "Belum ada koperasi. Buat dulu dengan `guyub bootstrap`.",
            "There is no cooperative yet. Create one with `guyub bootstrap`.")
    }
    package func cooperativeAmbiguous(_ names: [String]) -> String {
        pick(
            "Ada beberapa koperasi; pilih satu dengan --cooperative: \(names.joined(separator: ", ")).",
            "There are several cooperatives; choose one with --cooperative: \(names.joined(separator: ", ")).")
    }
    package func cooperativeUnknown(_ choice: String, known: [String]) -> String {
        pick(
            "Koperasi \"\(choice)\" tidak ada. Yang ada: \(known.joined(separator: ", ")).",
            "No cooperative \"\(choice)\". There are: \(known.joined(separator: ", ")).")
    }
    package func lineReport(_ line: Int, _ reason: String) -> String {
        pick("Baris \(line): \(reason)", "Line \(line): \(reason)")
    }
    package var importing: String { pick("Mengimpor anggota", "Importing members") }
    package func importDryRun(accepted: Int, skipped: Int, rejected: Int) -> String {
        pick(
            "Uji coba, tidak ada yang disimpan: \(accepted) akan diimpor, \(skipped) sudah terdaftar, \(rejected) ditolak.",
            "Dry run, nothing saved: \(accepted) would be imported, \(skipped) already registered, \(rejected) refused.")
    }
    package func importDone(imported: Int, skipped: Int, rejected: Int) -> String {
        pick(
            "\(imported) anggota diimpor, \(skipped) sudah terdaftar, \(rejected) ditolak.",
            "\(english(imported, "member")) imported, \(skipped) already registered, \(rejected) refused.")
    }
    package func importHadRejections(_ count: Int) -> String {
        pick(
            "\(count) baris ditolak; perbaiki lalu impor lagi (baris yang sudah masuk akan dilewati).",
            "\(english(count, "row")) refused; fix and import again (rows already in are skipped).")
    }
    package var verifying: String { pick("Memeriksa jejak audit dan pembukuan", "Checking the audit trail and the books") }
    package func auditBrokenSummary(_ count: Int) -> String {
        pick(
            "Jejak audit atau catatan yang dijaminnya tidak utuh di \(count) koperasi.",
            count == 1
                ? "The audit trail or the records it vouches for do not hold in 1 cooperative."
                : "The audit trail or the records it vouches for do not hold in \(english(count, "cooperative")).")
    }
    package func booksProblemSummary(_ count: Int) -> String {
        pick(
            "Pembukuan tidak cocok di \(count) tempat.",
            count == 1 ? "The books differ in 1 place." : "The books differ in \(count) places.")
    }
    package func verifiedCooperative(_ name: String, links: Int, entries: Int, members: Int) -> String {
        pick(
            "\(name): \(format.number(links)) tautan audit, \(format.number(entries)) jurnal, \(format.number(members)) anggota diperiksa.",
            "\(name): \(english(links, "audit link")), \(english(entries, "entry", plural: "entries")), \(english(members, "member")) checked."
        )
    }
    /// The head to compare with the one printed on a month's closing or a RAT report pack.
    package func auditHead(sequence: Int64, hash: String) -> String {
        pick(
            "Kepala rantai: #\(sequence) \(hash.prefix(16)) (bandingkan dengan yang tercetak pada tutup bulan dan laporan RAT)",
            "Chain head: #\(sequence) \(hash.prefix(16)) (compare with the one printed on month closings and RAT reports)")
    }
    package func auditSeal(sequence: Int64, hash: String) -> String { "#\(sequence) · \(hash.prefix(16))" }
    package var anchorUnreadable: String {
        pick(
            "Tulis --anchor seperti tercetak: nomor tautan, titik dua, awal hash (mis. 1234:ab12cd34ef56ab78).",
            "Write --anchor as printed: the link number, a colon, the start of the hash (e.g. 1234:ab12cd34ef56ab78).")
    }
    package func auditFinding(_ finding: AuditFinding) -> String {
        switch finding {
        case .linkMissing(let n): pick("Tautan audit #\(n) hilang.", "Audit link #\(n) is missing.")
        case .linkOutOfOrder(let n):
            pick(
                "Tautan audit #\(n) tidak menyambung ke tautan sebelumnya.",
                "Audit link #\(n) does not follow the link before it.")
        case .linkAltered(let n):
            pick(
                "Tautan audit #\(n) diubah setelah ditulis (atau rantai di-hash ulang tanpa kunci).",
                "Audit link #\(n) was changed after it was written (or the chain was hashed again without the key).")
        case .chainEndsEarly(let found, let recorded):
            pick(
                "Rantai berakhir di #\(found), padahal kepalanya tercatat #\(recorded): tautan terakhir hilang.",
                "The chain ends at #\(found) while its head is recorded as #\(recorded): its last links are missing.")
        case .entryMissing(let n):
            pick(
                "Jurnal No. \(n) tercatat diposting di jejak audit tetapi tidak ada di buku.",
                "Entry no. \(n) was posted according to the audit trail but is not in the books.")
        case .entryUnrecorded(let n):
            pick(
                "Jurnal No. \(n) ada di buku tetapi tidak pernah tercatat di jejak audit.",
                "Entry no. \(n) is in the books but was never recorded in the audit trail.")
        case .entryAltered(let n):
            pick("Jurnal No. \(n) berbeda dari yang diposting.", "Entry no. \(n) differs from what was posted.")
        case .memberUnrecorded(let n):
            pick(
                "Anggota No. \(n) tidak pernah tercatat di jejak audit.",
                "Member no. \(n) was never recorded in the audit trail.")
        case .memberAltered(let n):
            pick(
                "Data anggota No. \(n) berbeda dari perubahan terakhir di jejak audit.",
                "Member no. \(n) differs from the last change in the audit trail.")
        case .anchorMismatch(let n):
            pick(
                "Tautan #\(n) tidak sama dengan kepala rantai yang tercetak.",
                "Link #\(n) is not the chain head that was printed.")
        case .unreadable(let detail):
            pick("Catatan koperasi ini tidak dapat dibaca: \(detail)", "This cooperative's records cannot be read: \(detail)")
        }
    }
    package func booksFinding(_ finding: BooksFinding) -> String {
        let m = { (amount: Int64) in self.format.money(minorUnits: amount) }
        return switch finding {
        case .entryUnbalanced(let n, let debits, let credits):
            pick(
                "Jurnal No. \(n) tidak seimbang (debit \(m(debits)), kredit \(m(credits))).",
                "Entry no. \(n) does not balance (debits \(m(debits)), credits \(m(credits))).")
        case .accountDiffers(let code, let kept, let computed):
            pick(
                "Akun \(code) bersaldo \(m(kept)), tetapi baris jurnalnya berjumlah \(m(computed)).",
                "Account \(code) holds \(m(kept)) but its journal lines sum to \(m(computed)).")
        case .savingsDiffers(let account, let kept, let computed):
            pick(
                "Rekening simpanan \(account) bersaldo \(m(kept)), tetapi baris jurnalnya berjumlah \(m(computed)).",
                "Savings account \(account) holds \(m(kept)) but its journal lines sum to \(m(computed)).")
        case .savingsNegative(let account, let balance):
            pick(
                "Rekening simpanan \(account) di bawah nol (\(m(balance))).",
                "Savings account \(account) is below zero (\(m(balance))).")
        case .subledgerDiffers(let subledger, let records, let books):
            switch subledger {
            case .savings(let kind):
                pick(
                    "Simpanan \(savingsKind(kind).lowercased()) anggota berjumlah \(m(records)), tetapi buku besar mencatat \(m(books)).",
                    "Members' \(savingsKind(kind).lowercased()) savings sum to \(m(records)) but the books hold \(m(books)).")
            case .loans:
                pick(
                    "Sisa pokok pinjaman yang berjalan berjumlah \(m(records)), tetapi akun piutang pinjaman mencatat \(m(books)).",
                    "The principal still owed on loans sums to \(m(records)) but the loans receivable account holds \(m(books)).")
            case .allowance:
                pick(
                    "Cadangan kerugian (PPAP) per pinjaman berjumlah \(m(records)), tetapi akun PPAP mencatat \(m(books)).",
                    "The allowance (PPAP) held per loan sums to \(m(records)) but the allowance account holds \(m(books)).")
            case .shuPayable:
                pick(
                    "SHU anggota yang belum diambil berjumlah \(m(records)), tetapi akun utang SHU mencatat \(m(books)).",
                    "Members' SHU not yet collected sums to \(m(records)) but the SHU payable account holds \(m(books)).")
            case .inventory:
                pick(
                    "Nilai stok di semua unit berjumlah \(m(records)), tetapi akun persediaan mencatat \(m(books)).",
                    "The stock in every unit is worth \(m(records)) but the inventory account holds \(m(books)).")
            case .tradeReceivables:
                pick(
                    "Utang pelanggan toko berjumlah \(m(records)), tetapi akun piutang usaha mencatat \(m(books)).",
                    "What the shop's customers owe sums to \(m(records)) but the trade receivables account holds \(m(books)).")
            case .tradePayables:
                pick(
                    "Utang ke pemasok berjumlah \(m(records)), tetapi akun utang usaha mencatat \(m(books)).",
                    "What is owed to suppliers sums to \(m(records)) but the trade payables account holds \(m(books)).")
            case .interUnit:
                pick(
                    "Rekening antarunit semua unit harus berjumlah nol, tetapi akunnya mencatat \(m(books)).",
                    "The inter-unit accounts of all units must sum to nothing, but the account holds \(m(books)).")
            case .vouchers:
                pick(
                    "Voucher yang masih berlaku bernilai \(m(records)), tetapi akun utang voucher mencatat \(m(books)).",
                    "Vouchers still good are worth \(m(records)) but the vouchers account holds \(m(books)).")
            case .grants:
                pick(
                    "Hibah yang belum dibelanjakan berjumlah \(m(records)), tetapi akun hibah belum digunakan mencatat \(m(books)).",
                    "Grants not yet spent sum to \(m(records)) but the unspent grants account holds \(m(books)).")
            case .borrowings:
                pick(
                    "Pokok pinjaman dari bank mitra yang belum dibayar berjumlah \(m(records)), tetapi akun utang bank mencatat \(m(books)).",
                    "Principal still owed to partner banks sums to \(m(records)) but the bank loans account holds \(m(books)).")
            case .equityReceived:
                pick(
                    "Penyertaan yang diterima dari mitra berjumlah \(m(records)), tetapi akun modal penyertaan mencatat \(m(books)).",
                    "Equity received from partners sums to \(m(records)) but the equity participation account holds \(m(books)).")
            case .equityMade:
                pick(
                    "Penyertaan pada usaha mitra berjumlah \(m(records)), tetapi akun penyertaan mencatat \(m(books)).",
                    "Equity put into partners' businesses sums to \(m(records)) but the investments account holds \(m(books)).")
            }
        case .stockDiffers(let product, let quantity, let moved, let value, let movedValue):
            pick(
                "Stok \(product) tercatat \(Quantity.string(quantity)) senilai \(m(value)), tetapi pergerakannya berjumlah \(Quantity.string(moved)) senilai \(m(movedValue)).",
                "\(product) is stocked at \(Quantity.string(quantity)) worth \(m(value)) but its movements sum to \(Quantity.string(moved)) worth \(m(movedValue))."
            )
        case .stockNegative(let product, let quantity):
            pick(
                "Stok \(product) di bawah nol (\(Quantity.string(quantity))).",
                "\(product) is stocked below zero (\(Quantity.string(quantity))).")
        case .batchesDiffer(let product, let quantity, let batches):
            pick(
                "Stok \(product) tercatat \(Quantity.string(quantity)), tetapi menurut tanggal kedaluwarsanya berjumlah \(Quantity.string(batches)).",
                "\(product) is stocked at \(Quantity.string(quantity)) but its batches by expiry date sum to \(Quantity.string(batches))."
            )
        case .batchNegative(let product, let expiresOn, let quantity):
            pick(
                "Stok \(product) yang kedaluwarsa \(expiresOn.slashed) di bawah nol (\(Quantity.string(quantity))).",
                "\(product) expiring on \(expiresOn.slashed) is stocked below zero (\(Quantity.string(quantity))).")
        case .postedTwice(let source, let entries):
            pick(
                "Jurnal No. \(entries.map(String.init).joined(separator: ", ")) membukukan \(entrySource(source).lowercased()) yang sama lebih dari sekali.",
                "Entries no. \(entries.map(String.init).joined(separator: ", ")) post the same \(entrySource(source).lowercased()) more than once."
            )
        case .loanStepUnmatched(let entry, let steps):
            steps == 0
                ? pick(
                    "Jurnal No. \(entry) membukukan transaksi pinjaman, tetapi tidak ada transaksi pinjaman yang mencatatnya.",
                    "Entry no. \(entry) posts a loan's money, but no loan transaction records it.")
                : pick(
                    "Jurnal No. \(entry) dicatat oleh \(steps) transaksi pinjaman, padahal satu jurnal untuk satu transaksi.",
                    "Entry no. \(entry) is recorded by \(english(steps, "loan transaction")); each entry belongs to one.")
        case .unreadable(let detail):
            pick("Pembukuan koperasi ini tidak dapat dibaca: \(detail)", "This cooperative's books cannot be read: \(detail)")
        }
    }
    package func verifiedAll(links: Int, entries: Int, accounts: Int) -> String {
        pick(
            "Semua cocok: \(format.number(links)) tautan audit, \(format.number(entries)) jurnal, \(format.number(accounts)) akun.",
            "All hold: \(english(links, "audit link")), \(english(entries, "entry", plural: "entries")), \(english(accounts, "account"))."
        )
    }
    package var whatVerifyProves: String {
        pick(
            """
            Terbukti: tidak ada tautan audit yang diubah, disisipkan, diurutkan ulang, dihapus dari tengah, atau di-hash ulang \
            tanpa kunci; setiap jurnal dan data anggota sama dengan yang tercatat di jejak audit; setiap saldo sama dengan \
            jurnalnya. Tidak dapat dibuktikan dari basis data saja: tautan terakhir yang dihapus bersama kepalanya — bandingkan \
            kepala rantai di atas dengan yang tercetak pada tutup bulan dan laporan RAT (guyub verify --anchor N:HASH).
            """,
            """
            Proved: no audit link was changed, inserted, reordered, removed from the middle, or hashed again without the key; \
            every entry and member record is as the audit trail recorded it; every balance equals its journal. Not provable \
            from the database alone: last links removed together with the head — compare the chain head above with the one \
            printed on month closings and RAT reports (guyub verify --anchor N:HASH).
            """)
    }
    package var exportFormatRequired: String {
        pick(
            "Pilih format dengan --format hledger, beancount, atau csv.",
            "Choose a format with --format hledger, beancount or csv.")
    }
    package var exporting: String { pick("Mengekspor jurnal", "Exporting the journal") }
    package func exported(_ count: Int, path: String) -> String {
        pick("\(count) jurnal ditulis ke \(path).", "\(count == 1 ? "1 entry" : "\(count) entries") written to \(path).")
    }
    package func fileNotWritable(_ path: String) -> String {
        pick("Berkas \(path) tidak dapat ditulis.", "Cannot write the file \(path).")
    }
    /// What each of the demo's accounts is for.
    package enum DemoPost: Sendable { case chair, treasurer, supervisor, teller, driver, member }
    package func demoPost(_ post: DemoPost) -> String {
        switch post {
        case .chair: pick("Ketua", "Chair")
        case .treasurer: pick("Bendahara", "Treasurer")
        case .supervisor: pick("Pengawas", "Supervisor")
        case .teller: pick("Kasir", "Teller")
        case .driver: pick("Sopir", "Driver")
        case .member: pick("Anggota", "Member")
        }
    }
    package var demoSeeding: String { pick("Menyiapkan koperasi demo", "Seeding the demo cooperative") }
    package func demoReady(_ name: String) -> String { pick("\(name) siap.", "\(name) is ready.") }
    package func demoOpen(_ url: String) -> String {
        pick("Buka \(url) lalu masuk dengan salah satu akun berikut:", "Open \(url) and sign in with one of these:")
    }
    package var demoServeHint: String {
        pick(
            "Jalankan `guyub serve`, lalu masuk dengan salah satu akun berikut:",
            "Run `guyub serve`, then sign in with one of these:")
    }
}

extension Catalogue {
    package var backingUp: String { pick("Mencadangkan basis data", "Backing up the database") }
    package func backedUp(_ file: String) -> String { pick("Cadangan ditulis ke \(file).", "Backup written to \(file).") }
    package var restoring: String { pick("Memulihkan cadangan", "Restoring the backup") }
    package func restored(_ file: String) -> String { pick("Cadangan \(file) dipulihkan.", "Backup \(file) restored.") }
    package func backupExists(_ file: String) -> String {
        pick(
            "Berkas \(file) sudah ada; pilih nama lain agar tidak tertimpa.",
            "The file \(file) exists; choose another name so it is not overwritten.")
    }
    package var restoreNeedsEmpty: String {
        pick(
            "Basis data tujuan sudah berisi data; pulihkan ke basis data yang kosong.",
            "The target database already holds data; restore into an empty one.")
    }
    package func toolMissing(_ tool: String) -> String {
        pick(
            "Program \(tool) tidak ditemukan (paket postgresql-client).",
            "The program \(tool) was not found (package postgresql-client).")
    }
    package func toolFailed(_ tool: String, _ message: String) -> String {
        pick("\(tool) gagal: \(message)", "\(tool) failed: \(message)")
    }
}

/// What the command line says when it cannot start a command.
extension Catalogue {
    package func commandUnknown(_ command: String) -> String {
        command.isEmpty
            ? pick("Sebutkan perintahnya. Daftar perintah: guyub --help", "Name a command. The commands: guyub --help")
            : pick(
                "Perintah \"\(command)\" tidak dikenal. Daftar perintah: guyub --help",
                "Unknown command \"\(command)\". The commands: guyub --help")
    }
    package func commandMissingArgument(_ name: String) -> String {
        pick("Perintah ini memerlukan \(name). Lihat --help.", "This command needs \(name). See --help.")
    }
    package func commandInvalidValue(_ name: String) -> String {
        pick("Nilai \(name) tidak dapat dibaca. Lihat --help.", "The value of \(name) cannot be read. See --help.")
    }
    package func commandUnknownInput(_ input: String) -> String {
        pick(
            "\"\(input)\" tidak dikenal oleh perintah ini. Lihat --help.",
            "\"\(input)\" is not something this command takes. See --help.")
    }
    package func settingOutOfRange(_ variable: String, _ low: Int, _ high: Int) -> String {
        pick(
            "\(variable) harus bilangan bulat dari \(low) sampai \(high).",
            "\(variable) must be a whole number from \(low) to \(high).")
    }
    package func databaseURLUnsupported(_ start: String) -> String {
        pick(
            "DATABASE_URL harus diawali sqlite:// atau postgres:// (tertulis \"\(start)…\").",
            "DATABASE_URL must start with sqlite:// or postgres:// (got \"\(start)…\").")
    }
    package var auditKeyUnreadable: String {
        pick(
            "GUYUB_AUDIT_KEY harus paling sedikit 64 angka heksadesimal (mis. keluaran `openssl rand -hex 32`).",
            "GUYUB_AUDIT_KEY must be at least 64 hexadecimal digits (e.g. the output of `openssl rand -hex 32`).")
    }
    package func auditKeyFileUnreadable(_ path: String) -> String {
        pick(
            "Kunci segel jejak audit di \(path) tidak dapat dibaca; kembalikan berkas aslinya.",
            "The audit trail's sealing key at \(path) cannot be read; put the original file back.")
    }
    package func commandFailed(_ detail: String) -> String {
        pick(
            "Perintah gagal karena kesalahan yang tidak terduga: \(detail)",
            "The command failed on something unforeseen: \(detail)")
    }
}
