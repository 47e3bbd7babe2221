import GuyubCore

/// Words of the allocation lists (e-RDKK) and of what a buyer has left at the counter.
extension Catalogue {
    package var byAllocationLabel: String { pick("Menurut alokasi (e-RDKK)", "By allocation (e-RDKK)") }
    package var allocationListLink: String { pick("Daftar alokasi", "Allocation list") }
    package func allocationsTitle(_ programme: String) -> String {
        pick("Alokasi \(programme)", "\(programme) allocations")
    }
    package var allocationsLead: String {
        pick(
            "Hanya petani yang tercantum dalam daftar alokasi (e-RDKK) musim berjalan yang boleh membeli, sampai jatahnya habis.",
            "Only farmers on the current season's allocation list (e-RDKK) may buy, until their allocation is used up.")
    }
    package var noSeasonsYet: String {
        pick(
            "Belum ada daftar alokasi. Impor daftar e-RDKK musim ini di bawah.",
            "No allocation list yet. Import this season's e-RDKK below.")
    }
    package var seasonLabel: String { pick("Musim tanam", "Season") }
    package var seasonStartsLabel: String { pick("Mulai", "Starts") }
    package var seasonEndsLabel: String { pick("Sampai", "Ends") }
    package var farmersLabel: String { pick("Petani", "Farmers") }
    package var allocatedLabel: String { pick("Alokasi", "Allocated") }
    package var takenLabel: String { pick("Sudah diambil", "Taken") }
    package var remainingLabel: String { pick("Sisa", "Left") }
    package var listImportedLabel: String { pick("Diimpor", "Imported") }
    package var farmerLabel: String { pick("Nama petani", "Farmer") }
    package var searchFarmerLabel: String { pick("Cari NIK atau nama petani", "Find a farmer by NIK or name") }
    package var searchButton: String { pick("Cari", "Find") }
    package var noFarmersFound: String { pick("Tidak ada petani yang cocok.", "No farmer matches.") }
    package func farmersListed(_ shown: Int, of total: Int) -> String {
        pick(
            "Menampilkan \(format.number(shown)) dari \(format.number(total)) petani; cari untuk yang lain.",
            "Showing \(format.number(shown)) of \(format.number(total)) farmers; search for the others.")
    }
    package var importListTitle: String { pick("Impor daftar alokasi", "Import an allocation list") }
    package var importListHint: String {
        pick(
            "Berkas CSV dari lembar kerja dengan kolom NIK, Nama Petani dan Alokasi (dalam satuan barang, misalnya 50 atau 12,5). "
                + "Mengimpor lagi musim yang sama mengganti daftarnya; yang sudah diambil tetap terhitung.",
            "A CSV file from the spreadsheet with the columns NIK, Farmer's name and Allocation (in the product's unit, such as "
                + "50 or 12.5). Importing the same season again replaces its list; what was taken still counts.")
    }
    package var importListButton: String { pick("Impor daftar", "Import the list") }
    package func allocationImported(_ count: Int) -> String {
        pick("\(format.number(count)) petani masuk daftar.", "\(format.number(count)) farmers are on the list.")
    }
    package var rowsRefused: String { pick("Baris yang tidak dapat dipakai", "Rows that could not be used") }
    package var lineLabel: String { pick("Baris", "Line") }
    package var reasonLabel: String { pick("Alasan", "Reason") }

    /// What a buyer may still take of a regulated good, under the line at the counter.
    package func allocationLeft(_ left: String, season: String) -> String {
        pick("Sisa alokasi NIK ini: \(left) (\(season)).", "Left on this NIK's allocation: \(left) (\(season)).")
    }
    package var notOnAllocationList: String {
        pick("NIK ini tidak tercantum dalam daftar alokasi musim ini.", "This NIK is not on this season's allocation list.")
    }
    package func limitLeft(_ left: String) -> String {
        pick("Masih boleh dibeli NIK ini: \(left).", "This NIK may still buy \(left).")
    }
}

/// Words of the counter when its connection drops. `{n}`, `{change}` and `{reason}` are filled in by the script.
extension Catalogue {
    package var offlineTitle: String { pick("Kasir tanpa sambungan", "The counter offline") }
    package var offlineLead: String {
        pick(
            "Sambungan terputus. Penjualan tunai tetap dicatat di perangkat ini dan dikirim saat sambungan kembali. "
                + "Pembayaran dengan simpanan, kredit, dan barang bersubsidi perlu sambungan.",
            "The connection has dropped. Cash sales are kept on this device and sent when it is back. Paying from "
                + "savings, credit and regulated goods need the connection.")
    }
    package var offlineSave: String { pick("Simpan penjualan tunai", "Keep the cash sale") }
    package var offlineRegulated: String {
        pick("Barang bersubsidi hanya dapat dijual saat tersambung.", "Regulated goods can be sold only when connected.")
    }
    package var offlineSaved: String {
        pick("Penjualan disimpan di perangkat. Kembalian {change}.", "The sale is kept on this device. Change: {change}.")
    }
    package var offlineWaiting: String {
        pick("{n} penjualan tunai menunggu dikirim.", "{n} cash sales wait to be sent.")
    }
    package var offlineRefused: String {
        pick(
            "{n} penjualan yang dibuat tanpa sambungan ditolak server: {reason} Laporkan kepada manajer.",
            "{n} sales made offline were refused by the server: {reason} Tell the manager.")
    }
    package var offlineNoCatalogue: String {
        pick(
            "Daftar barang belum tersimpan di perangkat ini. Buka halaman kasir saat tersambung terlebih dahulu.",
            "The product list is not on this device yet. Open the counter while connected first.")
    }
}
