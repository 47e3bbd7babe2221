import GuyubCore

/// The words of a product's page: its form, its stock, goods received and stock put right.
extension Catalogue {
    package var newProductTitle: String { pick("Barang baru", "New product") }
    package var editProductTitle: String { pick("Ubah barang", "Change the product") }
    package var stockTitle: String { pick("Stok", "Stock") }
    package var noStockYet: String { pick("Belum ada stok.", "None in stock yet.") }
    package var stockValueColumn: String { pick("Nilai", "Value") }
    package var averageCostColumn: String { pick("Harga pokok rata-rata", "Average cost") }
    package var noExpiry: String { pick("Tidak kedaluwarsa", "Does not expire") }
    package var defaultUnit: String { pick("Unit saya (atau gerai sembako)", "My unit (or the grocery outlet)") }
    package var receiveTitle: String { pick("Terima barang", "Goods received") }
    package var receiveHint: String {
        pick(
            "Barang masuk stok dengan harga belinya, dibayar tunai dari kas.",
            "The goods go into stock at what they cost, paid in cash from the till.")
    }
    package var quantityLabel: String { pick("Jumlah", "Quantity") }
    package var unitCostLabel: String { pick("Harga beli", "Unit cost") }
    package var unitCostHint: String {
        pick("Per satuan atau per kemasan yang dipilih, misalnya 105.000.", "A unit's or the chosen pack's, such as 105,000.")
    }
    package var expiresHint: String {
        pick("Untuk makanan dan obat. Kosongkan bila tidak kedaluwarsa.", "For food and medicine. Blank when it keeps.")
    }
    package var supplierLabel: String { pick("Pemasok", "Supplier") }
    package var receiveButton: String { pick("Terima barang", "Receive the goods") }
    package var adjustTitle: String { pick("Koreksi stok", "Put stock right") }
    package var adjustHint: String {
        pick(
            "Barang rusak, kedaluwarsa, hilang, atau ditemukan. Selisih hitung fisik dicatat lewat stok opname.",
            "Goods damaged, expired, lost or found. A count's differences go through a stock take.")
    }
    package var adjustButton: String { pick("Catat koreksi", "Record it") }
    package var categoryLabel: String { pick("Kategori", "Category") }
    package var baseUnitLabel: String { pick("Satuan dasar", "Base unit") }
    package var baseUnitHint: String {
        pick("Satuan terkecil yang dijual: kg, pcs, tabung.", "The smallest unit sold: kg, pcs, cylinder.")
    }
    package var barcodeLabel: String { pick("Kode batang", "Barcode") }
    package var reorderPointLabel: String { pick("Batas stok menipis", "Running low at") }
    package var reorderPointHint: String {
        pick(
            "Dalam satuan dasar. Barang masuk daftar menipis pada jumlah ini.", "In the base unit: listed as running low at this."
        )
    }
    package var noProgramme: String { pick("Bukan barang bersubsidi", "Not a regulated good") }
    package var sellingUnitLabel: String { pick("Unit yang menjual", "Unit that sells it") }
    package var packsLegend: String { pick("Kemasan", "Packs") }
    package var packsHint: String {
        pick(
            "Kemasan lain selain satuan dasar, misalnya karung berisi 50 kg atau dus berisi 40 pcs. Dijual dan dibeli utuh.",
            "Packs beside the base unit, such as a sack of 50 kg or a carton of 40 pcs. Sold and bought whole.")
    }
    package var packNameLabel: String { pick("Nama kemasan", "Pack name") }
    package var packSizeLabel: String { pick("Isi (satuan dasar)", "Holds (base units)") }
    package var tiersLegend: String { pick("Harga grosir", "Trade prices") }
    package var tiersHint: String {
        pick(
            "Harga untuk warung atau grosir mulai jumlah tertentu. Kosongkan bila tidak ada.",
            "A price for a warung or wholesale buyer from a quantity. Leave blank for none.")
    }
    package var customerClassLabel: String { pick("Golongan pelanggan", "Customer class") }
    package var tierFromLabel: String { pick("Mulai jumlah", "From quantity") }
    package var tierPriceLabel: String { pick("Harga", "Price") }
    package var productActiveLabel: String { pick("Masih dijual", "Still sold") }
    package var saveProduct: String { pick("Simpan barang", "Save the product") }
    package var newProductLink: String { pick("+ Barang baru", "+ New product") }

    package var scanWithCamera: String { pick("Pindai dengan kamera", "Scan with the camera") }
    package var scanMemberCard: String { pick("Pindai kartu anggota", "Scan the member card") }
    package var closeCamera: String { pick("Tutup kamera", "Close the camera") }

    package var moveStockTitle: String { pick("Pindahkan ke unit lain", "Move to another unit") }
    package var toUnitLabel: String { pick("Ke unit", "To unit") }
    package var transferButton: String { pick("Pindahkan", "Move") }
}
