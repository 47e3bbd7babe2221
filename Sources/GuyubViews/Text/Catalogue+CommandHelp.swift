/// `guyub --help` and `guyub <command> --help`: what each command does and takes, in the command line's
/// language. Asking for help touches nothing (no data folder, no database).
extension Catalogue {
    package struct CommandHelp: Sendable {
        package let usage: String
        package let summary: String
        package let options: [(String, String)]
    }

    /// The commands, in the order the overview lists them.
    package static let commandPaths: [[String]] = [
        ["serve"], ["demo"], ["migrate"], ["bootstrap"], ["import", "members"], ["verify"], ["close-month"], ["close-day"],
        ["close-year"], ["export", "ledger"], ["backup"], ["restore"], ["simulate", "loan"], ["simulate", "shu"],
        ["qris", "generate"], ["qris", "verify"],
    ]

    private var cooperativeOption: (String, String) {
        (
            "--cooperative ID",
            pick(
                "id atau nama persis koperasi (perlu bila ada beberapa)",
                "the cooperative's id or exact name (needed when there are several)")
        )
    }

    package func commandHelp(_ path: [String]) -> CommandHelp? {
        switch path {
        case ["serve"]:
            return .init(
                usage: "guyub serve [--hostname H] [--port P] [--env production]",
                summary: pick(
                    "Memperbarui basis data bila perlu, lalu melayani aplikasi web dan API.",
                    "Applies pending migrations, then serves the web app and the API."),
                options: [
                    ("--hostname H", pick("alamat yang dilayani (bawaan 127.0.0.1)", "address to serve on (default 127.0.0.1)")),
                    ("--port P", pick("port yang dilayani (bawaan 8080)", "port to serve on (default 8080)")),
                    ("--env production", pick("untuk server sungguhan", "for a real server")),
                ])
        case ["demo"]:
            return .init(
                usage: "guyub demo [--serve] [--hostname H] [--port P]",
                summary: pick(
                    "Menyiapkan koperasi demo (sekali saja) dan mencetak akun masuknya.",
                    "Seeds the demo cooperative (once) and prints its sign-ins."),
                options: [
                    ("--serve", pick("langsung melayani koperasi demo", "serve the demo cooperative right away")),
                    ("--hostname H", pick("alamat yang dilayani (bawaan 127.0.0.1)", "address to serve on (default 127.0.0.1)")),
                    ("--port P", pick("port yang dilayani (bawaan 8080)", "port to serve on (default 8080)")),
                ])
        case ["migrate"]:
            return .init(
                usage: "guyub migrate",
                summary: pick(
                    "Memperbarui susunan basis data (serve melakukannya sendiri).",
                    "Applies pending database migrations (serve does this by itself)."),
                options: [])
        case ["bootstrap"]:
            return .init(
                usage: "guyub bootstrap --cooperative NAMA --admin-email E --admin-password P [--admin-name N]",
                summary: pick("Membuat koperasi dan pengurus pertamanya.", "Creates a cooperative and its first board member."),
                options: [
                    ("--cooperative NAMA", pick("nama koperasi", "the cooperative's name")),
                    ("--admin-email E", pick("e-mail masuk pengurus pertama", "the first board member's sign-in e-mail")),
                    (
                        "--admin-password P",
                        pick(
                            "kata sandinya (paling sedikit 10 karakter, bukan yang umum)",
                            "their password (at least 10 characters, not a common one)")
                    ),
                    (
                        "--admin-name N",
                        pick(
                            "namanya (bawaan: bagian e-mail sebelum @)",
                            "their name (default: the part of the e-mail before @)")
                    ),
                ])
        case ["import", "members"]:
            return .init(
                usage: "guyub import members BERKAS.csv [--dry-run] [--cooperative ID]",
                summary: pick(
                    "Mengimpor daftar anggota dari lembar kerja (CSV); setiap baris yang ditolak dilaporkan dengan nomornya.",
                    "Imports members from a spreadsheet (CSV); every refused row is reported with its line."),
                options: [
                    ("--dry-run", pick("periksa dan laporkan saja, tanpa menyimpan", "check and report only, save nothing")),
                    cooperativeOption,
                ])
        case ["verify"]:
            return .init(
                usage: "guyub verify [--cooperative ID] [--anchor N:HASH]",
                summary: pick(
                    "Memeriksa jejak audit (segel setiap tautan), jurnal dan data anggota terhadapnya, serta pembukuan setiap koperasi; keluar 0 bila semuanya cocok.",
                    "Checks every cooperative's audit trail (each link's seal), its journal and members against it, and its books; exits 0 when all hold."
                ),
                options: [
                    (
                        "--anchor N:HASH",
                        pick(
                            "kepala rantai yang tercetak pada tutup bulan atau laporan RAT, untuk dibandingkan",
                            "a chain head printed on a month's closing or a RAT report, to compare")
                    ),
                    cooperativeOption,
                ])
        case ["close-month"]:
            return .init(
                usage: "guyub close-month [--cooperative ID] [--month 2026-11]",
                summary: pick(
                    "Menutup satu bulan pembukuan: jasa simpanan, bunga berjangka, pajak, tagihan wajib.",
                    "Closes a month of the books: interest, accruals, maturities, tax, wajib bills."),
                options: [
                    cooperativeOption,
                    (
                        "--month 2026-11",
                        pick(
                            "bulan yang ditutup (bawaan: bulan berikut yang belum ditutup)",
                            "the month to close (default: the next one to close)")
                    ),
                ])
        case ["close-day"]:
            return .init(
                usage: "guyub close-day [--cooperative ID] [--date 05/08/2026]",
                summary: pick(
                    "Menutup hari pinjaman: denda, hari tunggakan, kolektibilitas dan PPAP.",
                    "Closes the loans' day: penalties, days in arrears, collectibility and the allowance (PPAP)."),
                options: [
                    (
                        "--cooperative ID",
                        pick(
                            "id atau nama persis koperasi (bawaan: semua koperasi)",
                            "the cooperative's id or exact name (default: every cooperative)")
                    ),
                    (
                        "--date D",
                        pick(
                            "hari yang ditutup (bawaan: hari ini di zona waktu koperasi)",
                            "the day to close (default: today in the cooperative's time zone)")
                    ),
                ])
        case ["close-year"]:
            return .init(
                usage: "guyub close-year [--cooperative ID] [--year 2026]",
                summary: pick(
                    "Menutup tahun buku yang sudah lewat dan menghitung rancangan pembagian SHU untuk RAT.",
                    "Closes a financial year that is over and drafts its SHU distribution for the RAT."),
                options: [
                    cooperativeOption,
                    (
                        "--year 2026",
                        pick("tahun buku yang ditutup (bawaan: tahun lalu)", "the financial year to close (default: last year)")
                    ),
                ])
        case ["export", "ledger"]:
            return .init(
                usage:
                    "guyub export ledger --format hledger|beancount|csv [--from D] [--to D] [--output BERKAS] [--cooperative ID]",
                summary: pick(
                    "Menulis jurnal untuk hledger, Beancount atau lembar kerja.",
                    "Writes the journal for hledger, Beancount or a spreadsheet."),
                options: [
                    ("--format F", pick("hledger, beancount atau csv", "hledger, beancount or csv")),
                    ("--from D", pick("hari pertama (bawaan: jurnal pertama)", "first day (default: the first entry)")),
                    ("--to D", pick("hari terakhir (bawaan: jurnal terakhir)", "last day (default: the last entry)")),
                    ("--output BERKAS", pick("berkas tujuan (bawaan: layar)", "file to write (default: standard output)")),
                    cooperativeOption,
                ])
        case ["backup"]:
            return .init(
                usage: "guyub backup BERKAS",
                summary: pick(
                    "Mencadangkan seluruh basis data selagi melayani; BERKAS belum boleh ada.",
                    "Backs up the whole database while it serves; FILE must not exist."),
                options: [])
        case ["restore"]:
            return .init(
                usage: "guyub restore BERKAS",
                summary: pick(
                    "Memulihkan cadangan, hanya ke basis data yang masih kosong.",
                    "Restores a backup, only into an empty database."),
                options: [])
        case ["simulate", "loan"]:
            return .init(
                usage: "guyub simulate loan --principal P --rate R --periods N --method flat|efektif|anuitas [pilihan]",
                summary: pick(
                    "Mencetak jadwal angsuran pinjaman: pokok, jasa, angsuran dan sisa.",
                    "Prints a loan's repayment schedule: principal, interest, instalment and balance."),
                options: [
                    ("--principal P", pick("jumlah pinjaman, mis. 30.000.000", "the amount lent, e.g. 30000000")),
                    ("--rate R", pick("suku jasa dalam persen, mis. 12 atau 1,25", "interest rate in percent, e.g. 12 or 1.25")),
                    ("--rate-per year|month", pick("per tahun (bawaan) atau per bulan", "per year (default) or per month")),
                    ("--periods N", pick("banyaknya angsuran", "number of instalments")),
                    ("--method M", pick("flat, efektif atau anuitas", "flat, efektif or anuitas")),
                    (
                        "--every M",
                        pick(
                            "jarak antarangsuran dalam bulan atau minggu (bawaan 1)",
                            "months (or weeks) between instalments (default 1)")
                    ),
                    ("--unit month|week", pick("bulan (bawaan) atau minggu", "month (default) or week")),
                    ("--decimals 0|2", pick("desimal mata uang (bawaan 0)", "the currency's decimals (default 0)")),
                    ("--rounding R", pick("half-up (bawaan), half-even atau down", "half-up (default), half-even or down")),
                    (
                        "--grace G",
                        pick(
                            "angsuran awal tanpa pokok (bawaan 0)", "instalments at the start that repay no principal (default 0)"
                        )
                    ),
                    ("--grace-kind K", pick("interest-only (bawaan) atau none", "interest-only (default) or none")),
                    (
                        "--day-count C",
                        pick("30/360 (bawaan) atau actual/365 (perlu --start)", "30/360 (default) or actual/365 (needs --start)")
                    ),
                    (
                        "--start D",
                        pick("tanggal pencairan, untuk memberi tanggal angsuran", "disbursement date, to date the instalments")
                    ),
                    ("--json", pick("cetak JSON, bukan tabel", "print JSON instead of a table")),
                ])
        case ["simulate", "shu"]:
            return .init(
                usage: "guyub simulate shu --input BERKAS.json [--json]",
                summary: pick(
                    "Membagi SHU menurut persentase AD/ART: dana-dana, jasa modal dan jasa usaha tiap anggota.",
                    "Shares a surplus (SHU) by the bylaws' percentages: the funds, and each member's capital and patronage share."
                ),
                options: [
                    (
                        "--input BERKAS",
                        pick(
                            "berkas JSON: surplus, decimals, rounding, allocation, totals?, members",
                            "a JSON file: surplus, decimals, rounding, allocation, totals?, members")
                    ),
                    ("--json", pick("cetak JSON, bukan tabel", "print JSON instead of a table")),
                ])
        case ["qris", "generate"]:
            return .init(
                usage: "guyub qris generate --merchant-name N --city C --merchant-id ID [--amount A] [--postal-code Z]",
                summary: pick(
                    "Mencetak data QRIS untuk merchant: dinamis bila ada nominal, statis bila tidak.",
                    "Prints a QRIS payload for a merchant: dynamic with an amount, static without."),
                options: [
                    (
                        "--merchant-name N",
                        pick("nama merchant, paling panjang 25 karakter", "merchant name, at most 25 characters")
                    ),
                    ("--city C", pick("kota, paling panjang 15 karakter", "city, at most 15 characters")),
                    ("--merchant-id ID", pick("NMID merchant QRIS", "the merchant's QRIS id (NMID)")),
                    ("--amount A", pick("nominal dalam rupiah, mis. 50.000", "the amount in rupiah, e.g. 50000")),
                    ("--postal-code Z", pick("kode pos", "postal code")),
                    (
                        "--category K",
                        pick("kategori merchant (bawaan 5411, toko kelontong)", "merchant category (default 5411, grocery)")
                    ),
                ])
        case ["qris", "verify"]:
            return .init(
                usage: "guyub qris verify DATA",
                summary: pick(
                    "Memeriksa data QRIS: susunan, bagian wajib dan CRC; keluar bukan nol dengan alasannya bila salah.",
                    "Checks a QRIS payload: its fields, the required ones and its CRC; exits non-zero with the reason when wrong."
                ),
                options: [])
        default:
            return nil
        }
    }

    /// The whole help of one command, or the overview of them all when `path` names none.
    package func commandHelpText(_ path: [String]) -> String {
        guard let help = commandHelp(path) else {
            let lines = Self.commandPaths.compactMap { path in
                commandHelp(path).map {
                    "  " + path.joined(separator: " ").padding(toLength: 16, withPad: " ", startingAt: 0) + $0.summary
                }
            }
            return pick("Guyub: aplikasi koperasi.\n\nPerintah:\n", "Guyub: software for cooperatives.\n\nCommands:\n")
                + lines.joined(separator: "\n")
                + pick(
                    "\n\nTanpa perintah, guyub menjalankan serve. Bantuan satu perintah: guyub <perintah> --help",
                    "\n\nWith no command, guyub runs serve. Help on one command: guyub <command> --help")
        }
        var text = pick("Pemakaian: ", "Usage: ") + help.usage + "\n\n" + help.summary
        if !help.options.isEmpty {
            let width = (help.options.map(\.0.count).max() ?? 0) + 2
            text +=
                pick("\n\nPilihan:\n", "\n\nOptions:\n")
                + help.options.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + $0.1 }.joined(
                    separator: "\n")
        }
        return text
    }
}
