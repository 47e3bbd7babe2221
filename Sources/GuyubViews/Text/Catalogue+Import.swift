extension Catalogue {
    package var importTitle: String { pick("Impor anggota dari spreadsheet", "Import members from a spreadsheet") }
    package var importLead: String {
        pick(
            "Simpan daftar anggota dari Excel atau Google Sheets sebagai CSV (UTF-8), lalu unggah di sini. "
                + "Anda akan melihat pratinjaunya dulu; belum ada yang disimpan sebelum Anda mengonfirmasi.",
            "Save the member list from Excel or Google Sheets as CSV (UTF-8), then upload it here. "
                + "You will see a preview first; nothing is saved until you confirm.")
    }
    package var importColumnsIntro: String {
        pick("Baris pertama berisi judul kolom. Kolom yang dibaca:", "The first row holds the column titles. Columns read:")
    }
    /// The accepted columns, each as it is titled in the sheet and what it needs.
    package var importColumns: [(title: String, note: String)] {
        let required = pick("wajib", "required")
        return [
            (pick("Nama", "Nama or Name"), required),
            (
                "NIK",
                pick(
                    "wajib, 16 digit; format kolomnya sebagai teks agar digit tidak hilang",
                    "required, 16 digits; format the column as text so no digits are lost")
            ),
            (pick("No. HP atau No. WA", "No. HP, No. WA or Phone"), required),
            (pick("Alamat", "Alamat or Address"), required),
            (
                pick(
                    "Tempat/Tgl Lahir, atau Tempat Lahir dan Tgl Lahir",
                    "Tempat/Tgl Lahir, or Tempat Lahir and Tgl Lahir (place and date of birth)"), optional
            ),
            ("L/P", pick("\(optional); L untuk laki-laki, P untuk perempuan", "\(optional); L for male, P for female")),
            (pick("Tgl Masuk", "Tgl Masuk or Joined (date joined)"), optional),
        ]
    }
    package var importSeparators: String {
        pick(
            "Pemisah kolom boleh koma (,) atau titik koma (;). Orang yang NIK-nya sudah terdaftar dilewati, "
                + "jadi berkas yang sama aman diimpor ulang.",
            "Columns may be separated by commas (,) or semicolons (;). People whose NIK is already registered "
                + "are skipped, so importing the same file twice is safe.")
    }
    package var importSizeLimit: String {
        pick(
            "Berkas paling besar 8 MB (sekitar 80.000 anggota). Anggota diimpor bertahap; halaman ini menunjukkan kemajuannya.",
            "A file of at most 8 MB (about 80,000 members). Members are imported in batches; this page shows the progress.")
    }
    package func importRunning(_ fileName: String) -> String {
        fileName.isEmpty ? pick("Mengimpor anggota", "Importing members") : pick("Mengimpor \(fileName)", "Importing \(fileName)")
    }
    package func importProgress(imported: Int, of total: Int) -> String {
        pick(
            "\(format.number(imported)) dari \(format.number(total)) anggota sudah masuk.",
            "\(format.number(imported)) of \(english(total, "member")) in.")
    }
    package var importRunningNote: String {
        pick(
            "Halaman ini memperbarui dirinya. Boleh ditinggal: impor berjalan terus, dan bila terputus akan dilanjutkan.",
            "This page refreshes itself. You may leave it: the import goes on, and carries on if it is interrupted.")
    }
    package func moreRows(_ count: Int) -> String {
        pick("… dan \(format.number(count)) baris lainnya.", "… and \(english(count, "more row")).")
    }
    package var csvFile: String { pick("Berkas CSV", "CSV file") }
    package var preview: String { pick("Pratinjau", "Preview") }
    package func previewOf(_ fileName: String) -> String {
        fileName.isEmpty ? pick("Pratinjau impor", "Import preview") : pick("Pratinjau: \(fileName)", "Preview: \(fileName)")
    }
    package var toBeImported: String { pick("akan diimpor", "to be imported") }
    package var alreadyRegisteredSkipped: String { pick("sudah terdaftar (dilewati)", "already registered (skipped)") }
    package var rejectedLabel: String { pick("ditolak", "rejected") }
    package var importedLabel: String { pick("diimpor", "imported") }
    package var skippedLabel: String { pick("dilewati", "skipped") }
    package var rejectedHeading: String {
        pick("Ditolak — perbaiki di spreadsheet lalu unggah ulang", "Rejected — fix these in the spreadsheet and upload again")
    }
    package var rejectedLeftOut: String {
        pick("Baris yang ditolak tidak ikut diimpor.", "Rejected lines are left out of the import.")
    }
    package var acceptedHeading: String { pick("Akan diimpor", "To be imported") }
    package var skippedHeading: String { pick("Sudah terdaftar, dilewati", "Already registered, skipped") }
    package var columnLine: String { pick("Baris", "Line") }
    package var columnReason: String { pick("Alasan", "Reason") }
    package var nothingToImport: String {
        pick("Tidak ada baris yang dapat diimpor dari berkas ini.", "There are no lines in this file that can be imported.")
    }
    package func importCount(_ count: Int) -> String {
        pick("Impor \(format.number(count)) anggota", "Import \(format.number(count)) \(count == 1 ? "member" : "members")")
    }
    package var chooseAnotherFile: String { pick("Pilih berkas lain", "Choose another file") }
    package var importDone: String { pick("Impor selesai", "Import finished") }
    package func importSummary(imported: Int, skipped: Int, rejected: Int) -> String {
        pick(
            "\(format.number(imported)) anggota diimpor, \(format.number(skipped)) dilewati, \(format.number(rejected)) ditolak.",
            "\(format.number(imported)) \(imported == 1 ? "member" : "members") imported, "
                + "\(format.number(skipped)) skipped, \(format.number(rejected)) rejected.")
    }
    package var notImportedHeading: String { pick("Tidak diimpor", "Not imported") }
    package var rejectedNotImported: String {
        pick(
            "Baris berikut tidak diimpor. Perbaiki di spreadsheet lalu impor ulang berkasnya; yang sudah masuk akan dilewati.",
            "These lines were not imported. Fix them in the spreadsheet and import the file again; those already in are skipped.")
    }
    package var toMemberList: String { pick("Lihat daftar anggota", "See the member list") }
}
