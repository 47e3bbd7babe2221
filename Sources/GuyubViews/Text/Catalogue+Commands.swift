import Foundation

/// What the command line says.
extension Catalogue {
    package var migrated: String { pick("Basis data sudah mutakhir.", "The database is up to date.") }
    package var cooperativeNameRequired: String {
        pick("Sebutkan nama koperasi dengan --cooperative \"Nama Koperasi\".", "Give the cooperative's name with --cooperative \"Name\".")
    }
    package func cooperativeCreated(name: String, id: UUID, email: String) -> String {
        pick("Koperasi \"\(name)\" dibuat (id \(id.uuidString.lowercased())). Pengurus pertama dapat masuk sebagai \(email).",
             "Cooperative \"\(name)\" created (id \(id.uuidString.lowercased())). Its first board member signs in as \(email).")
    }
    package func fileNotReadable(_ path: String) -> String {
        pick("Berkas \(path) tidak dapat dibaca.", "Cannot read the file \(path).")
    }
    package var noCooperativeYet: String {
        pick("Belum ada koperasi. Buat dulu dengan `guyub bootstrap`.", "There is no cooperative yet. Create one with `guyub bootstrap`.")
    }
    package func cooperativeAmbiguous(_ names: [String]) -> String {
        pick("Ada beberapa koperasi; pilih satu dengan --cooperative: \(names.joined(separator: ", ")).",
             "There are several cooperatives; choose one with --cooperative: \(names.joined(separator: ", ")).")
    }
    package func cooperativeUnknown(_ choice: String, known: [String]) -> String {
        pick("Koperasi \"\(choice)\" tidak ada. Yang ada: \(known.joined(separator: ", ")).",
             "No cooperative \"\(choice)\". There are: \(known.joined(separator: ", ")).")
    }
    package func lineReport(_ line: Int, _ reason: String) -> String {
        pick("Baris \(line): \(reason)", "Line \(line): \(reason)")
    }
    package var importing: String { pick("Mengimpor anggota", "Importing members") }
    package func importDryRun(accepted: Int, skipped: Int, rejected: Int) -> String {
        pick("Uji coba, tidak ada yang disimpan: \(accepted) akan diimpor, \(skipped) sudah terdaftar, \(rejected) ditolak.",
             "Dry run, nothing saved: \(accepted) would be imported, \(skipped) already registered, \(rejected) refused.")
    }
    package func importDone(imported: Int, skipped: Int, rejected: Int) -> String {
        pick("\(imported) anggota diimpor, \(skipped) sudah terdaftar, \(rejected) ditolak.",
             "\(imported) members imported, \(skipped) already registered, \(rejected) refused.")
    }
    package func importHadRejections(_ count: Int) -> String {
        pick("\(count) baris ditolak; perbaiki lalu impor lagi (baris yang sudah masuk akan dilewati).",
             "\(count) rows refused; fix them and import again (rows already in are skipped).")
    }
    package var verifying: String { pick("Memeriksa jejak audit", "Checking the audit trail") }
    package func auditIntact(links: Int) -> String {
        pick("Jejak audit utuh: \(links) tautan diperiksa.", "The audit trail is intact: \(links) links checked.")
    }
    package func auditBroken(_ detail: String) -> String { pick("Rantai audit rusak: \(detail)", "Audit chain broken: \(detail)") }
    package func auditBrokenSummary(_ count: Int) -> String {
        pick("Jejak audit tidak utuh di \(count) koperasi.", "The audit trail is broken in \(count) cooperative(s).")
    }
    package func booksProved(entries: Int, accounts: Int) -> String {
        pick("Buku besar cocok: \(entries) jurnal, \(accounts) akun dihitung ulang tanpa selisih.",
             "The books prove out: \(entries) entries, \(accounts) accounts recomputed without a difference.")
    }
    package func booksProblem(_ detail: String) -> String { pick("Selisih pembukuan: \(detail)", "Books differ: \(detail)") }
    package func booksProblemSummary(_ count: Int) -> String {
        pick("Pembukuan tidak cocok di \(count) tempat.", "The books differ in \(count) place(s).")
    }
    package var exportFormatRequired: String {
        pick("Pilih format dengan --format hledger, beancount, atau csv.", "Choose a format with --format hledger, beancount or csv.")
    }
    package var exporting: String { pick("Mengekspor jurnal", "Exporting the journal") }
    package func exported(_ count: Int, path: String) -> String {
        pick("\(count) jurnal ditulis ke \(path).", "\(count) entries written to \(path).")
    }
    package func fileNotWritable(_ path: String) -> String {
        pick("Berkas \(path) tidak dapat ditulis.", "Cannot write the file \(path).")
    }
    /// What each of the demo's accounts is for.
    package enum DemoPost: Sendable { case chair, treasurer, supervisor, teller, member }
    package func demoPost(_ post: DemoPost) -> String {
        switch post {
        case .chair: pick("Ketua", "Chair")
        case .treasurer: pick("Bendahara", "Treasurer")
        case .supervisor: pick("Pengawas", "Supervisor")
        case .teller: pick("Kasir", "Teller")
        case .member: pick("Anggota", "Member")
        }
    }
    package var demoSeeding: String { pick("Menyiapkan koperasi demo", "Seeding the demo cooperative") }
    package func demoReady(_ name: String) -> String { pick("\(name) siap.", "\(name) is ready.") }
    package func demoOpen(_ url: String) -> String {
        pick("Buka \(url) lalu masuk dengan salah satu akun berikut:", "Open \(url) and sign in with one of these:")
    }
    package var demoServeHint: String {
        pick("Jalankan `guyub serve`, lalu masuk dengan salah satu akun berikut:", "Run `guyub serve`, then sign in with one of these:")
    }
}

extension Catalogue {
    package var backingUp: String { pick("Mencadangkan basis data", "Backing up the database") }
    package func backedUp(_ file: String) -> String { pick("Cadangan ditulis ke \(file).", "Backup written to \(file).") }
    package var restoring: String { pick("Memulihkan cadangan", "Restoring the backup") }
    package func restored(_ file: String) -> String { pick("Cadangan \(file) dipulihkan.", "Backup \(file) restored.") }
    package func backupExists(_ file: String) -> String {
        pick("Berkas \(file) sudah ada; pilih nama lain agar tidak tertimpa.", "The file \(file) exists; choose another name so it is not overwritten.")
    }
    package var restoreNeedsEmpty: String {
        pick("Basis data tujuan sudah berisi data; pulihkan ke basis data yang kosong.",
             "The target database already holds data; restore into an empty one.")
    }
    package func toolMissing(_ tool: String) -> String {
        pick("Program \(tool) tidak ditemukan (paket postgresql-client).", "The program \(tool) was not found (package postgresql-client).")
    }
    package func toolFailed(_ tool: String, _ message: String) -> String {
        pick("\(tool) gagal: \(message)", "\(tool) failed: \(message)")
    }
}

/// What the command line says when it cannot start a command.
extension Catalogue {
    package func commandUnknown(_ command: String) -> String {
        command.isEmpty ? pick("Sebutkan perintahnya. Daftar perintah: guyub --help", "Name a command. The commands: guyub --help")
            : pick("Perintah \"\(command)\" tidak dikenal. Daftar perintah: guyub --help",
                   "Unknown command \"\(command)\". The commands: guyub --help")
    }
    package func commandMissingArgument(_ name: String) -> String {
        pick("Perintah ini memerlukan \(name). Lihat --help.", "This command needs \(name). See --help.")
    }
    package func commandInvalidValue(_ name: String) -> String {
        pick("Nilai \(name) tidak dapat dibaca. Lihat --help.", "The value of \(name) cannot be read. See --help.")
    }
    package func commandUnknownInput(_ input: String) -> String {
        pick("\"\(input)\" tidak dikenal oleh perintah ini. Lihat --help.", "\"\(input)\" is not something this command takes. See --help.")
    }
    package func settingOutOfRange(_ variable: String, _ low: Int, _ high: Int) -> String {
        pick("\(variable) harus bilangan bulat dari \(low) sampai \(high).", "\(variable) must be a whole number from \(low) to \(high).")
    }
    package func databaseURLUnsupported(_ start: String) -> String {
        pick("DATABASE_URL harus diawali sqlite:// atau postgres:// (tertulis \"\(start)…\").",
             "DATABASE_URL must start with sqlite:// or postgres:// (got \"\(start)…\").")
    }
    package func commandFailed(_ detail: String) -> String {
        pick("Perintah gagal karena kesalahan yang tidak terduga: \(detail)", "The command failed on something unforeseen: \(detail)")
    }
}
