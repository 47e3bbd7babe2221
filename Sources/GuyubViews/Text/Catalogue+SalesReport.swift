import GuyubCore

/// Words of the shop's sales report.
extension Catalogue {
    package var salesReportTitle: String { pick("Laporan penjualan toko", "Shop sales report") }
    package var salesReportLead: String {
        pick(
            "Penjualan bersih setelah retur, per hari, barang, unit, kasir, dan cara bayar; bagian anggota; margin; dan "
                + "nilai stok dibandingkan dengan buku.",
            "Sales net of returns by day, product, unit, cashier and payment; the members' share; margins; and the "
                + "stock's value against the books.")
    }
    package var allUnits: String { pick("Semua unit", "All units") }
    package var salesCountLabel: String { pick("Transaksi", "Sales") }
    package var revenueLabel: String { pick("Penjualan bersih", "Net sales") }
    package var costLabel: String { pick("Harga pokok", "Cost of goods") }
    package var marginLabel: String { pick("Margin", "Margin") }
    package var marginPercentLabel: String { pick("Margin (%)", "Margin (%)") }
    package var allSales: String { pick("Semua penjualan", "All sales") }
    package var membersSales: String { pick("Penjualan kepada anggota", "Sales to members") }
    package var membersShareLabel: String { pick("Bagian anggota (%)", "Members' share (%)") }
    package var booksInventoryLabel: String { pick("Persediaan menurut buku", "Inventory in the books") }
    package var stockTiesToBooks: String { pick("Nilai stok sama dengan buku.", "The stock's value equals the books.") }
    package func stockDiffersFromBooks(_ difference: String) -> String {
        pick(
            "Nilai stok berbeda dengan buku sebesar \(difference). Periksa dengan bendahara.",
            "The stock's value differs from the books by \(difference). Check with the treasurer.")
    }
    package var unitColumn: String { pick("Unit", "Unit") }
    package var cashierColumn: String { pick("Kasir", "Cashier") }
    package var salesByDayTitle: String { pick("Penjualan per hari", "Sales by day") }
    package var salesByProductTitle: String { pick("Penjualan per barang", "Sales by product") }
    package var salesByUnitTitle: String { pick("Per unit usaha", "By business unit") }
    package var salesByCashierTitle: String { pick("Per kasir", "By cashier") }
    package var salesByPaymentTitle: String { pick("Per cara bayar", "By payment") }
    package var slowMoversTitle: String { pick("Barang yang tidak laku", "Goods that did not sell") }
    package var slowMoversLead: String {
        pick(
            "Barang yang ada stoknya tetapi tidak terjual dalam periode ini, nilai terbesar dahulu.",
            "Goods in stock that did not sell in this period, the most value first.")
    }
    package func moreProductsInCSV(shown: Int, others: Int) -> String {
        pick(
            "Hanya \(format.number(shown)) barang terlaris yang ditampilkan; \(format.number(others)) barang lainnya ada di berkas CSV.",
            "Only the \(format.number(shown)) best sellers are shown; the other \(format.number(others)) are in the CSV file.")
    }
    package var lastSoldLabel: String { pick("Terakhir terjual", "Last sold") }
    package var neverSold: String { pick("Belum pernah", "Never") }
    package var noSalesInPeriod: String { pick("Tidak ada penjualan dalam periode ini.", "No sales in this period.") }
    package var salesReportLink: String { pick("Laporan penjualan", "Sales report") }

    package func expiringTitle(days: Int) -> String {
        pick("Kedaluwarsa dalam \(days) hari", "Expiring within \(days) days")
    }
    package var expiresLabel: String { pick("Kedaluwarsa", "Expires") }
    /// How far off an expiry date is: passed, today, or in so many days.
    package func expiryDistance(_ day: CivilDate, today: CivilDate) -> String {
        let days = today.days(until: day)
        if days < 0 { return pick("sudah kedaluwarsa", "expired") }
        if days == 0 { return pick("hari ini", "today") }
        return pick("\(days) hari lagi", "in \(days) days")
    }

}

/// Words of QRIS at the counter.
extension Catalogue {
    package var qrisScanTitle: String { pick("Bayar dengan QRIS", "Pay by QRIS") }
    package func qrisScanLabel(_ amount: String) -> String {
        pick("Kode QRIS untuk pembayaran \(amount)", "QRIS code for a payment of \(amount)")
    }
    package var qrisScanHint: String {
        pick(
            "Minta pembeli memindai kode ini dengan aplikasi bank atau dompet digitalnya. Tekan tombol di bawah setelah "
                + "pembayaran masuk di aplikasi merchant.",
            "Ask the buyer to scan this code with their bank or wallet app. Press the button below once the payment shows "
                + "in the merchant app.")
    }
    package var qrisReceived: String { pick("Pembayaran QRIS diterima", "QRIS payment received") }
    package var qrisNotSet: String {
        pick(
            "Data merchant QRIS unit ini belum diisi. Minta manajer mengisinya terlebih dahulu.",
            "This unit's QRIS merchant data is not set. Ask a manager to fill it in first.")
    }

    /// The journal's description of QRIS money credited by the bank.
    package var qrisSettled: String { pick("Pencairan dana QRIS ke rekening bank", "QRIS money credited to the bank") }
    package var qrisTitle: String { pick("Dana QRIS", "QRIS money") }
    package var qrisLead: String {
        pick(
            "Pembayaran QRIS di kasir masuk ke dana dalam penyelesaian sampai bank mencairkannya. Catat pencairan sesuai "
                + "rekening koran: jumlah yang diselesaikan dan biaya MDR yang dipotong bank (biaya ini ditanggung koperasi, "
                + "tidak boleh dibebankan kepada pembeli).",
            "QRIS payments at the counter stay in transit until the bank credits them. Record each credit as the bank "
                + "statement shows it: the amount settled and the MDR fee the bank kept (the cooperative bears it; it may "
                + "never be passed on to the buyer).")
    }
    package var inTransitLabel: String { pick("Dalam penyelesaian", "In transit") }
    package var settledAmountLabel: String { pick("Jumlah diselesaikan", "Amount settled") }
    package var feeLabel: String { pick("Biaya MDR", "MDR fee") }
    package var recordSettlement: String { pick("Catat pencairan", "Record the credit") }
    package var qrisLink: String { pick("Dana QRIS", "QRIS money") }

}

/// Words of stock takes.
extension Catalogue {
    package var stockTakesTitle: String { pick("Stok opname", "Stock takes") }
    package var stockTakesLead: String {
        pick(
            "Hitung barang di rak dan gudang, isi hasilnya pada lembar hitung (bisa dicetak), lalu manajer menyetujui: "
                + "setiap selisih dibukukan sebagai penyesuaian stok.",
            "Count the goods on the shelves and in the store room, fill in the count sheet (it prints), then a manager "
                + "approves: each difference is posted as a stock adjustment.")
    }
    package var startStockTake: String { pick("Mulai stok opname", "Start a stock take") }
    package var noStockTakesYet: String { pick("Belum ada stok opname.", "No stock takes yet.") }
    package var startedLabel: String { pick("Dimulai", "Started") }
    package var stillCounting: String { pick("Sedang dihitung", "Being counted") }
    package func approvedOn(_ date: String) -> String { pick("Disetujui \(date)", "Approved \(date)") }
    package func stockTakeTitle(_ unit: String, _ date: String) -> String {
        pick("Stok opname \(unit) · \(date)", "Stock take, \(unit) · \(date)")
    }
    package var stockTakeCountHint: String {
        pick(
            "Isi jumlah yang dihitung; kosongkan barang yang belum dihitung. Penjualan selama penghitungan tetap terhitung.",
            "Fill in what was counted; leave goods not yet counted blank. Sales while counting still count.")
    }
    package var expectedLabel: String { pick("Menurut catatan", "By the records") }
    package var countedColumn: String { pick("Dihitung", "Counted") }
    package var saveCounts: String { pick("Simpan hitungan", "Save the counts") }
    package var approveHint: String {
        pick(
            "Setelah disetujui, selisih dibukukan dan lembar ini tidak dapat diubah lagi.",
            "Once approved, the differences are posted and this sheet can no longer change.")
    }
    package var approveStockTake: String { pick("Setujui dan bukukan selisih", "Approve and post the differences") }
    package func countedOf(_ name: String) -> String { pick("Jumlah \(name) yang dihitung", "\(name) counted") }
    package var stockTakesLink: String { pick("Stok opname", "Stock takes") }
}
