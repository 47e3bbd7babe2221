import GuyubCore

extension Catalogue {
    /// The journal's description of goods received.
    package func goodsReceived(from supplier: String?) -> String {
        if let supplier { return pick("Penerimaan barang dari \(supplier)", "Goods received from \(supplier)") }
        return pick("Penerimaan barang", "Goods received")
    }

    /// The journal's description of stock put right.
    package func stockAdjusted(_ product: String, _ reason: AdjustmentReason) -> String {
        pick(
            "Penyesuaian stok \(product): \(adjustmentReason(reason))",
            "Stock adjustment, \(product): \(adjustmentReason(reason))")
    }

    /// Why stock was put right, as a person says it.
    package func adjustmentReason(_ reason: AdjustmentReason) -> String {
        switch reason {
        case .damaged: pick("rusak", "damaged")
        case .expired: pick("kedaluwarsa", "expired")
        case .lost: pick("hilang", "lost")
        case .found: pick("ditemukan", "found")
        case .count: pick("selisih stok opname", "stock-take difference")
        }
    }

    /// The journal's description of goods moved between units.
    package func stockMoved(_ product: String, to unit: String) -> String {
        pick("Pemindahan \(product) ke \(unit)", "\(product) moved to \(unit)")
    }

    /// The journal's description of a sale.
    package func saleDescription(_ number: Int) -> String {
        pick("Penjualan toko no. \(number)", "Shop sale no. \(number)")
    }

    package func customerPaid(_ name: String) -> String {
        pick("Pembayaran utang toko \(name)", "\(name) paid the shop what they owed")
    }

    package func shiftDifference(_ cashier: String) -> String {
        pick("Selisih kas tutup shift \(cashier)", "Cash difference closing \(cashier)'s shift")
    }

    package func returnDescription(_ number: Int) -> String {
        pick("Retur penjualan toko no. \(number)", "Return on shop sale no. \(number)")
    }

    func store(_ e: StoreError) -> String {
        let q = { (thousandths: Int64) in self.format.quantity(thousandths) }
        return switch e {
        case .field(let e): field(e, named: storeField)
        case .quantityRequired: pick("Jumlah barang wajib diisi.", "The quantity is required.")
        case .quantityInvalid:
            pick(
                "Jumlah barang tidak dapat dibaca. Tulis seperti 2 atau 2,5 (paling banyak 3 angka desimal).",
                "The quantity cannot be read. Write it like 2 or 2.5 (at most 3 decimals).")
        case .quantityNotPositive: pick("Jumlah barang harus lebih dari nol.", "The quantity must be more than zero.")
        case .priceInvalid(let field):
            pick(
                "\(storeField(field)) harus berupa jumlah lebih dari nol, misalnya 15.000.",
                "\(storeField(field)) must be an amount above zero, such as 15,000.")
        case .insufficientStock(let available):
            pick("Stok tidak cukup: tersisa \(q(available)).", "Not enough in stock: \(q(available)) left.")
        case .aboveCeiling(let price, let ceiling):
            pick(
                "Harga \(format.money(minorUnits: price)) melebihi HET \(format.money(minorUnits: ceiling)).",
                "The price \(format.money(minorUnits: price)) is above the ceiling (HET) of \(format.money(minorUnits: ceiling))."
            )
        case .buyerIDRequired:
            pick(
                "Barang bersubsidi hanya dijual kepada pembeli yang menunjukkan NIK.",
                "Subsidised goods are sold only to a buyer who shows their NIK.")
        case .overBuyerLimit(let remaining):
            remaining == 0
                ? pick(
                    "Pembeli ini sudah mencapai batas pembelian untuk periode ini.",
                    "This buyer has reached the limit for this period.")
                : pick(
                    "Melebihi batas pembelian: pembeli ini masih boleh membeli \(q(remaining)).",
                    "Over the buyer's limit: they may still buy \(q(remaining)).")
        case .noLines: pick("Belum ada barang yang dipilih.", "No goods have been chosen.")
        case .tooManyLines:
            pick(
                "Paling banyak \(format.number(200)) barang dalam satu transaksi.", "At most 200 lines in one transaction.")
        case .duplicateLine:
            pick(
                "Barang yang sama tercantum dua kali; gabungkan jumlahnya.",
                "The same product is listed twice; add the quantities up.")
        case .barcodeTaken: pick("Kode batang ini sudah dipakai produk lain.", "Another product already has this barcode.")
        case .nameTaken: pick("Nama ini sudah dipakai.", "This name is already in use.")
        case .programmeNameTaken: pick("Program dengan nama ini sudah ada.", "A programme with this name already exists.")
        case .memberRequired:
            pick("Pembayaran dengan simpanan hanya untuk anggota.", "Paying from savings is for members only.")
        case .customerRequired:
            pick(
                "Penjualan kredit hanya untuk pelanggan terdaftar.", "Selling on credit is for registered customers only.")
        case .overCreditLimit(let available):
            pick(
                "Melebihi batas kredit pelanggan: sisa \(format.money(minorUnits: available)).",
                "Over the customer's credit limit: \(format.money(minorUnits: available)) remains.")
        case .productInactive: pick("Produk ini tidak dijual lagi.", "This product is no longer sold.")
        case .unitInactive: pick("Unit usaha ini tidak aktif.", "This business unit is turned off.")
        case .unitCostRequired:
            pick(
                "Stok barang ini kosong: tulis harga belinya agar nilainya dapat dicatat.",
                "None of these goods is on hand: give what they cost so their value can be recorded.")
        case .sameUnit: pick("Unit tujuan sama dengan unit asal.", "The goods are already in that unit.")
        case .amountTooLarge: pick("Jumlahnya terlalu besar untuk dibukukan.", "The amount is too large to be booked.")
        case .returnExceedsSale(let available):
            pick(
                "Jumlah retur melebihi yang terjual: paling banyak \(q(available)) lagi.",
                "More than was sold: at most \(q(available)) more can come back.")
        case .alreadyReturned:
            pick("Semua barang pada penjualan ini sudah diretur.", "Everything on this sale has come back already.")
        case .shiftAlreadyOpen:
            pick("Laci kas unit ini sudah dibuka dalam shift lain.", "This unit's till already has a shift open.")
        case .shiftClosed: pick("Shift ini sudah ditutup.", "This shift is closed already.")
        case .overpayment(let owed):
            pick(
                "Pembayaran melebihi utang pelanggan: utangnya \(format.money(minorUnits: owed)).",
                "The payment is more than the customer owes: they owe \(format.money(minorUnits: owed)).")
        case .notAllocated:
            pick(
                "NIK pembeli tidak tercantum dalam daftar alokasi (e-RDKK) untuk musim ini.",
                "The buyer's NIK is not on the allocation list (e-RDKK) for this season.")
        case .overAllocation(let remaining):
            remaining == 0
                ? pick(
                    "Alokasi pembeli ini untuk musim ini sudah habis.",
                    "This buyer's allocation for the season is used up.")
                : pick(
                    "Melebihi alokasi: pembeli ini masih boleh membeli \(q(remaining)) pada musim ini.",
                    "Over the allocation: they may still buy \(q(remaining)) this season.")
        case .seasonBackwards:
            pick("Tanggal akhir musim harus sesudah tanggal mulainya.", "The season must end after it starts.")
        case .seasonOverlaps(let other):
            pick(
                "Tanggal musim ini bertumpang tindih dengan musim \(other).", "This season's dates overlap the season \(other).")
        case .totalChanged(let total):
            pick(
                "Harga sudah berubah: penjualan ini sekarang berjumlah \(format.money(minorUnits: total)), bukan yang diterima kasir.",
                "Prices have changed: this sale now comes to \(format.money(minorUnits: total)), not what the cashier took.")
        case .alreadyExpired:
            pick(
                "Tanggal kedaluwarsa sudah lewat: barang ini tidak dapat diterima.",
                "The expiry date has passed: these goods cannot be received.")
        case .stockTakeClosed:
            pick("Stok opname ini sudah disetujui.", "This stock take is already approved.")
        case .supervisorRequired:
            pick("Stok opname disetujui oleh manajer atau pengurus.", "A stock take is approved by a manager or the board.")
        case .nothingCounted: pick("Belum ada barang yang dihitung.", "No goods have been counted yet.")
        case .stockTakeOpen:
            pick(
                "Unit ini sudah punya stok opname yang sedang dihitung.", "This unit already has a stock take being counted.")
        case .overQRISInTransit(let available):
            pick(
                "Melebihi dana QRIS dalam penyelesaian: \(format.money(minorUnits: available)).",
                "More than the QRIS money in transit: \(format.money(minorUnits: available)).")
        case .madeInFuture:
            pick(
                "Waktu penjualan lebih maju dari jam server. Periksa jam di perangkat kasir.",
                "The sale's time is ahead of the server's clock. Check the clock on the till's device.")
        case .madeTooLongAgo(let days):
            pick(
                "Penjualan ini dibuat lebih dari \(days) hari yang lalu dan tidak dapat dibukukan lagi.",
                "This sale was made more than \(days) days ago and can no longer be booked.")
        case .ceilingExists:
            pick(
                "HET untuk wilayah dan tanggal berlaku ini sudah ada.",
                "A ceiling for this region and effective date is already there.")
        case .notAssigned:
            pick(
                "Anda tidak ditugaskan di unit usaha ini. Minta pengurus menambahkan Anda ke unit ini.",
                "You are not assigned to this business unit. Ask the board to add you to it.")
        case .splitInvalid:
            pick(
                "Pembayaran gabungan tidak valid: tiap cara bayar sekali, dan paling banyak satu bagian tanpa jumlah.",
                "The split payment is not valid: each way once, and at most one part without an amount.")
        case .splitMismatch(let total):
            pick(
                "Jumlah bagian pembayaran tidak sama dengan total \(format.money(minorUnits: total)).",
                "The parts of the payment do not add up to the total of \(format.money(minorUnits: total)).")
        case .packUnknown:
            pick("Produk ini tidak dijual dalam kemasan itu.", "This product does not come in that pack.")
        case .packNotWhole:
            pick(
                "Kemasan dihitung utuh: tulis 1, 2, 3 dan seterusnya.", "Packs are counted whole: write 1, 2, 3 and so on.")
        case .packInvalid:
            pick(
                "Kemasan tidak valid: tiap nama hanya sekali dan berbeda dari satuan dasar, isinya lebih dari 1 satuan dasar, paling banyak \(Pack.maxPerProduct) kemasan.",
                "The packs are not valid: each name once and not the base unit's, each holding more than one base unit, at most \(Pack.maxPerProduct) packs."
            )
        case .notByAllocation:
            pick(
                "Program ini tidak memakai daftar alokasi.", "This programme is not sold by an allocation list.")
        case .shiftNotYours:
            pick(
                "Shift hanya dapat ditutup oleh kasir yang membukanya atau oleh manajer.",
                "A shift is closed only by the cashier who opened it or by a manager.")
        }
    }

    package func limitPeriod(_ period: LimitPeriod) -> String {
        switch period {
        case .day: pick("per hari", "a day")
        case .month: pick("per bulan", "a month")
        }
    }

    package func customerClass(_ customerClass: CustomerClass) -> String {
        switch customerClass {
        case .member: pick("Anggota", "Member")
        case .general: pick("Umum", "General")
        case .warung: pick("Warung", "Warung")
        case .wholesale: pick("Grosir", "Wholesale")
        }
    }

    func storeField(_ field: String) -> String {
        switch field {
        case "name": pick("Nama", "Name")
        case "category": pick("Kategori", "Category")
        case "unit": pick("Satuan", "Unit")
        case "barcode": pick("Kode batang", "Barcode")
        case "memberPrice": pick("Harga anggota", "Member price")
        case "nonMemberPrice": pick("Harga non-anggota", "Non-member price")
        case "tiers": pick("Harga bertingkat", "Price tiers")
        case "packs": pick("Kemasan", "Packs")
        case "payments": pick("Bagian pembayaran", "Payment parts")
        case "region": pick("Wilayah", "Region")
        case "userIds": pick("Petugas", "Staff")
        case "price": pick("Harga", "Price")
        case "paidSavings": pick("Bagian simpanan", "The part from savings")
        case "paidQris": pick("Bagian QRIS", "The part by QRIS")
        case "paidCredit": pick("Bagian kredit", "The part on credit")
        case "pack": pick("Kemasan", "Pack")
        case "unitCost": pick("Harga beli", "Unit cost")
        case "priceCeiling": pick("HET", "Price ceiling")
        case "effectiveFrom": pick("Tanggal berlaku", "Effective date")
        case "period": pick("Periode batas", "Limit period")
        case "payment": pick("Cara bayar", "Payment")
        case "productId": pick("Produk", "Product")
        case "customerClass": pick("Golongan pelanggan", "Customer class")
        case "creditLimit": pick("Batas kredit", "Credit limit")
        case "supplier": pick("Pemasok", "Supplier")
        case "reason": pick("Alasan", "Reason")
        case "toUnitId": pick("Unit tujuan", "Destination unit")
        case "fromUnitId": pick("Unit asal", "Source unit")
        case "total": pick("Total", "Total")
        case "q": pick("Kata pencarian", "The search")
        case "float": pick("Modal awal laci", "The float")
        case "counted": pick("Uang yang dihitung", "The cash counted")
        case "note": pick("Catatan", "The note")
        case "amount": pick("Jumlah dibayar", "The amount paid")
        case "channel": pick("Cara bayar", "How it is paid")
        case "month": pick("Bulan", "The month")
        case "format": pick("Format", "The format")
        case "merchantName": pick("Nama merchant (--merchant-name)", "Merchant name (--merchant-name)")
        case "city": pick("Kota (--city)", "City (--city)")
        case "merchantId": pick("NMID merchant (--merchant-id)", "Merchant id (--merchant-id)")
        default: fieldName(field)
        }
    }
}

extension Catalogue {
    func qris(_ e: QRISError) -> String {
        switch e {
        case .empty: pick("Data QRIS kosong.", "The QRIS payload is empty.")
        case .notPrintable:
            pick("Data QRIS memuat karakter yang tidak diizinkan.", "The QRIS payload holds characters it may not.")
        case .malformed(let position):
            pick(
                "Data QRIS rusak pada posisi \(position): setiap bagian harus berupa 2 angka kode, 2 angka panjang, lalu isinya.",
                "The QRIS payload is malformed at position \(position): each field is a 2-digit id, a 2-digit length, then its value."
            )
        case .crcNotLast: pick("Data QRIS tidak diakhiri kode CRC (6304).", "The QRIS payload does not end with its CRC (6304).")
        case .crcMismatch(let found, let expected):
            pick(
                "Kode CRC data QRIS salah: tertulis \(found), seharusnya \(expected).",
                "The QRIS payload's CRC is wrong: it says \(found), it should be \(expected).")
        case .duplicateField(let id): pick("Bagian \(id) muncul dua kali.", "Field \(id) appears twice.")
        case .missingField(let id):
            pick("Bagian \(id) (\(qrisField(id))) tidak ada.", "Field \(id) (\(qrisField(id))) is missing.")
        case .fieldInvalid(let id):
            pick("Isi bagian \(id) (\(qrisField(id))) tidak valid.", "Field \(id) (\(qrisField(id))) is not valid.")
        }
    }

    private func qrisField(_ id: String) -> String {
        switch id {
        case "00": pick("versi format", "payload format")
        case "01": pick("jenis QR statis/dinamis", "static or dynamic")
        case "51": pick("data merchant QRIS", "QRIS merchant account")
        case "52": pick("kategori merchant", "merchant category")
        case "53": pick("mata uang", "currency")
        case "54": pick("nominal", "amount")
        case "58": pick("kode negara", "country code")
        case "59": pick("nama merchant, paling panjang 25 karakter", "merchant name, at most 25 characters")
        case "60": pick("kota, paling panjang 15 karakter", "city, at most 15 characters")
        case "61": pick("kode pos", "postal code")
        case "62": pick("data tambahan", "additional data")
        case "63": pick("CRC", "CRC")
        default: id
        }
    }
}

extension Catalogue {
    /// What `guyub qris verify` prints for a sound payload.
    package func qrisVerified(_ payload: QRIS.Payload) -> String {
        var lines = [pick("Data QRIS valid; CRC cocok.", "The QRIS payload is valid; its CRC matches.")]
        lines.append(
            pick("Jenis: ", "Kind: ")
                + (payload.isDynamic ? pick("dinamis", "dynamic") : pick("statis", "static")))
        if let name = payload.merchantName { lines.append(pick("Merchant: ", "Merchant: ") + name) }
        if let city = payload.city { lines.append(pick("Kota: ", "City: ") + city) }
        if let id = payload.merchantID { lines.append("NMID: " + id) }
        if let amount = payload.amount { lines.append(pick("Nominal: ", "Amount: ") + amount) }
        return lines.joined(separator: "\n")
    }
}

extension Catalogue {
    package var shopCounterTitle: String { pick("Kasir toko", "Shop counter") }
    package var shopCounterLead: String {
        pick(
            "Cari barang dengan nama atau pindai kode batangnya, lalu terima pembayaran.",
            "Find goods by name or scan their barcode, then take payment.")
    }
    package var shopProductsTitle: String { pick("Barang dan stok", "Goods and stock") }
    package var findProductLabel: String { pick("Cari barang", "Find goods") }
    package var findProductHint: String { pick("Nama barang atau kode batang", "A name or a barcode") }
    package func noProductFound(_ query: String) -> String {
        pick("Tidak ada barang dengan nama atau kode “\(query)”.", "No goods named or coded “\(query)”.")
    }
    package func inStock(_ quantity: String) -> String { pick("stok \(quantity)", "\(quantity) in stock") }
    package var saleTitle: String { pick("Penjualan", "Sale") }
    package var saleEmpty: String {
        pick("Belum ada barang. Cari atau pindai barang di atas.", "No goods yet. Find or scan them above.")
    }
    package func quantityIn(_ unit: String) -> String { pick("Jumlah (\(unit))", "Quantity (\(unit))") }
    package var removeLine: String { pick("Hapus", "Remove") }
    package var packLabel: String { pick("Satuan", "Sold in") }
    /// A button adding one pack of a product found: `+1 karung (50 kg)`.
    package func addPack(_ pack: String, holding: String) -> String { "+1 \(pack) (\(holding))" }
    package var saleTotalLabel: String { pick("Total", "Total") }
    package var buyerLabel: String { pick("Anggota (nomor atau HP)", "Member (number or phone)") }
    package var buyerHint: String { pick("Kosongkan untuk pembeli umum.", "Leave empty for a non-member.") }
    package func buyerFound(_ name: String, number: Int) -> String {
        pick("\(name), anggota no. \(number): harga anggota.", "\(name), member no. \(number): member prices.")
    }
    package var buyerNotFound: String {
        pick(
            "Anggota tidak ditemukan. Periksa nomor anggota atau nomor HP.", "No member found. Check the member number or phone.")
    }
    package var buyerNikLabel: String { pick("NIK pembeli", "Buyer's NIK") }
    package var buyerNikHint: String {
        pick("Barang bersubsidi dicatat dengan NIK pembeli.", "Subsidised goods are recorded with the buyer's NIK.")
    }
    package var paymentLabel: String { pick("Cara bayar", "Payment") }
    package func paymentMethod(_ method: PaymentMethod) -> String {
        switch method {
        case .cash: pick("Tunai", "Cash")
        case .savings: pick("Simpanan sukarela", "Voluntary savings")
        case .qris: "QRIS"
        case .credit: pick("Kredit (bon)", "On credit")
        case .split: pick("Gabungan", "Split")
        }
    }
    package var splitHint: String {
        pick(
            "Isi bagian yang dibayar dengan simpanan, QRIS, atau kredit. Sisanya dibayar tunai.",
            "Fill in what is paid from savings, by QRIS or on credit. The rest is paid in cash.")
    }
    package var creditCustomerLabel: String { pick("Pelanggan kredit", "Credit customer") }
    package var noCreditCustomer: String { pick("— bukan kredit —", "— not on credit —") }
    package var cashGivenLabel: String { pick("Uang diterima", "Cash received") }
    package var cashGivenHint: String { pick("Untuk menghitung kembalian.", "To work out the change.") }
    package var recalculate: String { pick("Hitung ulang", "Recalculate") }
    package var paySale: String { pick("Bayar", "Pay") }
    package func saleReceiptTitle(_ number: Int) -> String { pick("Struk penjualan no. \(number)", "Sale receipt no. \(number)") }
    package func saleNumber(_ number: Int) -> String { pick("No. \(number)", "No. \(number)") }
    package var cashierLabel: String { pick("Kasir", "Cashier") }
    package var buyerShort: String { pick("Pembeli", "Buyer") }
    package var changeLabel: String { pick("Kembali", "Change") }
    package var thankYou: String { pick("Terima kasih", "Thank you") }
    package var sendByWhatsApp: String { pick("Kirim lewat WhatsApp", "Send by WhatsApp") }
    package var newSale: String { pick("Penjualan baru", "New sale") }
    package var cashGivenTooLittle: String {
        pick("Uang diterima kurang dari total.", "The cash received is less than the total.")
    }

    package func shiftTitle(_ unit: String) -> String { pick("Shift kasir · \(unit)", "Cashier's shift · \(unit)") }
    package func shiftOpenedBy(_ name: String, _ when: String) -> String {
        pick("Dibuka oleh \(name), \(when).", "Opened by \(name), \(when).")
    }
    package var shiftsTitle: String { pick("Shift kasir", "Cashiers' shifts") }
    package var shiftsLead: String {
        pick(
            "Buka laci dengan modal awal, tutup dengan menghitung uang. Selisihnya dibukukan.",
            "Open the till with a float, close it with a cash count. Any difference is booked.")
    }
    package var openShiftTitle: String { pick("Buka shift", "Open a shift") }
    package var openShift: String { pick("Buka shift", "Open shift") }
    package var floatLabel: String { pick("Modal awal laci", "Float") }
    package var floatHint: String {
        pick("Uang kecil di laci saat shift dibuka.", "The change in the drawer as the shift opens.")
    }
    package var noShiftsYet: String { pick("Belum ada shift.", "No shifts yet.") }
    package var differenceColumn: String { pick("Selisih", "Difference") }
    package var shiftStillOpen: String { pick("Masih dibuka", "Still open") }
    package var shiftOpened: String { pick("Dibuka", "Opened") }
    package var shiftClosed: String { pick("Ditutup", "Closed") }
    package var noSalesYet: String { pick("Belum ada penjualan.", "No sales yet.") }
    package var cashSalesLabel: String { pick("Uang masuk tunai", "Cash taken") }
    package var cashRefundsLabel: String { pick("Retur tunai", "Cash refunds") }
    package var expectedInDrawer: String { pick("Seharusnya di laci", "Expected in drawer") }
    package var countedLabel: String { pick("Uang dihitung", "Cash counted") }
    package func differenceLabel(_ difference: Int64) -> String {
        difference == 0 ? pick("Selisih", "Difference") : difference > 0 ? pick("Lebih", "Over") : pick("Kurang", "Short")
    }
    package var closedByLabel: String { pick("Ditutup oleh", "Closed by") }
    package var printShift: String { pick("Cetak laporan shift", "Print the shift report") }
    package var closeShiftTitle: String { pick("Tutup shift", "Close the shift") }
    package var closeShiftHint: String {
        pick(
            "Hitung semua uang di laci, termasuk modal awal, lalu tulis jumlahnya.",
            "Count all the cash in the drawer, the float included, and write the total.")
    }
    package var closeShift: String { pick("Tutup shift", "Close shift") }
    package func tillOpen(_ name: String, since: String) -> String {
        pick("Shift \(name) sejak \(since).", "\(name)'s shift since \(since).")
    }
    package var tillNotOpen: String { pick("Laci kas belum dibuka.", "The till is not open.") }

    package var csvSaleNumber: String { pick("No. penjualan", "Sale no.") }
    package var csvBuyerNIK: String { pick("NIK pembeli", "Buyer's NIK") }
    package var csvProduct: String { pick("Barang", "Product") }
    package var csvUnit: String { pick("Satuan", "Unit") }
    package var csvQuantity: String { pick("Jumlah", "Quantity") }
    package var csvPrice: String { pick("Harga", "Price") }
    package var csvValue: String { pick("Nilai", "Amount") }
    package var stockOpening: String { pick("Stok awal", "Opening stock") }
    package var stockReceived: String { pick("Masuk", "Received") }
    package var stockSold: String { pick("Terjual", "Sold") }
    package var stockAdjusted: String { pick("Penyesuaian", "Adjusted") }
    package var stockClosing: String { pick("Stok akhir", "Closing stock") }
    package var programmesTitle: String { pick("Barang bersubsidi", "Regulated goods") }
    package var programmesLead: String {
        pick(
            "Laporan bulanan untuk penyalur: setiap penjualan dengan NIK pembeli, serta stok masuk, terjual, dan sisa.",
            "The monthly report for the supplier: every sale with the buyer's NIK, and stock in, sold and left.")
    }
    package func programmeReportTitle(_ name: String, _ month: String) -> String {
        pick("Laporan \(name) · \(month)", "\(name) report · \(month)")
    }
    package var monthLabel: String { pick("Bulan", "Month") }
    package var showMonth: String { pick("Tampilkan", "Show") }
    package var noProgrammeSales: String { pick("Tidak ada penjualan bulan ini.", "No sales this month.") }
    package var ceilingInForce: String { pick("HET berlaku", "Ceiling in force") }
    package var perBuyerLimitLabel: String { pick("Batas per pembeli", "Limit per buyer") }
    package var noLimit: String { pick("Tanpa batas", "No limit") }
    package var thisMonthReport: String { pick("Laporan bulan ini", "This month's report") }
    package var noProgrammesYet: String { pick("Belum ada program barang bersubsidi.", "No regulated programmes yet.") }

    package var customersTitle: String { pick("Pelanggan kredit", "Credit customers") }
    package var customersLead: String {
        pick(
            "Warung dan pembeli grosir yang boleh berutang sampai batasnya. Pembayaran tunai masuk ke laci shift yang dibuka.",
            "Warungs and wholesale buyers who may owe up to their limit. Cash payments go into the open shift's drawer.")
    }
    package var noCustomersYet: String { pick("Belum ada pelanggan kredit.", "No credit customers yet.") }
    package var owedLabel: String { pick("Utang sekarang", "Owed now") }
    package var amountPaidLabel: String { pick("Jumlah dibayar", "Amount paid") }
    package var receivePayment: String { pick("Terima pembayaran", "Take the payment") }

    package var returnTitle: String { pick("Retur barang", "Goods returned") }
    package func returnHint(_ payment: PaymentMethod) -> String {
        let how =
            switch payment {
            case .cash: pick("tunai", "in cash")
            case .savings: pick("ke simpanan sukarela anggota", "to the member's voluntary savings")
            case .qris: pick("lewat QRIS", "by QRIS")
            case .credit: pick("dengan mengurangi utang pelanggan", "off what the customer owes")
            case .split:
                pick(
                    "lewat cara bayarnya semula: utang dulu, lalu simpanan, QRIS, dan tunai",
                    "the ways it was paid: off what is owed first, then to savings, QRIS and cash")
            }
        return pick(
            "Isi jumlah yang dikembalikan pembeli dan alasannya. Uang dikembalikan \(how); barang masuk lagi ke stok.",
            "Fill in how much the buyer brings back and why. The money goes back \(how); the goods go back into stock.")
    }
    package func returnQuantityLabel(_ name: String, unit: String) -> String {
        pick("\(name) dikembalikan (\(unit))", "\(name) brought back (\(unit))")
    }
    package func returnableHint(_ quantity: String, unit: String) -> String {
        pick("Paling banyak \(quantity) \(unit).", "At most \(quantity) \(unit).")
    }
    package var returnReasonLabel: String { pick("Alasan retur", "Why it came back") }
    package var returnSome: String { pick("Retur jumlah ini", "Return these") }
    package var returnAll: String { pick("Batalkan seluruh penjualan", "Undo the whole sale") }
    package func returnedOn(_ when: String) -> String { pick("Retur \(when)", "Return \(when)") }
    package var afterReturns: String { pick("Setelah retur", "After returns") }
    package var returnNothingChosen: String {
        pick("Isi jumlah barang yang dikembalikan.", "Fill in how much comes back.")
    }

    package var stockColumn: String { pick("Stok", "Stock") }
    package var memberPriceColumn: String { pick("Harga anggota", "Member price") }
    package var nonMemberPriceColumn: String { pick("Harga umum", "Non-member price") }
    package var runningLow: String { pick("Hampir habis", "Running low") }
    package var onlyRunningLow: String { pick("Hanya yang hampir habis", "Only what is running low") }
    package var allGoods: String { pick("Semua barang", "All goods") }
    package var noProductsYet: String { pick("Belum ada barang.", "No goods yet.") }
    package var stockValueLabel: String { pick("Nilai stok", "Stock value") }

    package var unitsTitle: String { pick("Unit usaha", "Business units") }
    package var unitsLead: String {
        pick(
            "Siapa bekerja di unit mana, dan wilayah yang HET-nya berlaku di tiap unit.",
            "Who works in which unit, and the region whose price ceilings hold at each.")
    }
    package var unitsTemplateHint: String {
        pick(
            "Koperasi Desa Merah Putih menjalankan tujuh unit: kantor, gerai sembako, simpan pinjam, klinik, apotek, gudang, dan logistik. Unit yang belum ada dibuat sekaligus.",
            "A village cooperative runs seven units: office, grocery outlet, savings and loans, clinic, pharmacy, warehouse and logistics. Those not there yet are made at once."
        )
    }
    package var unitsTemplateButton: String { pick("Buat tujuh unit Koperasi Desa", "Make the seven village-cooperative units") }
    package var noUnitsYet: String { pick("Belum ada unit usaha.", "No business units yet.") }
    package var unitStatusLabel: String { pick("Status", "Status") }
    package var unitOpen: String { pick("Aktif", "Open") }
    package var unitClosed: String { pick("Tidak aktif", "Closed") }
    package var regionLabel: String { pick("Wilayah (kabupaten/kota)", "Region (regency/city)") }
    package var regionHint: String {
        pick("Misalnya Kab. Klaten. HET wilayah ini berlaku di unit ini.", "Such as Kab. Klaten. Its price ceilings hold here.")
    }
    package var noRegion: String { pick("Belum diisi (HET nasional)", "Not set (the national ceiling)") }
    package var qrisReady: String { pick("Siap: kasir dapat menampilkan kode QRIS", "Ready: the counter can show a QRIS code") }
    package var qrisNotReady: String { pick("Data merchant belum diisi", "Merchant data not set") }
    package var unitStaffLabel: String { pick("Petugas", "Staff") }
    package var noUnitStaff: String {
        pick("Belum ada yang ditugaskan: semua petugas boleh bekerja di sini", "No one assigned: all staff may work here")
    }
    package var unitStaffHint: String {
        pick(
            "Petugas yang ditugaskan hanya dapat berjualan, menerima barang, dan menghitung stok di unitnya.",
            "Assigned staff sell, receive goods and count stock only in their units.")
    }
    package var changeUnit: String { pick("Ubah petugas dan wilayah", "Change staff and region") }
    package var saveStaff: String { pick("Simpan petugas", "Save staff") }
    package var saveRegion: String { pick("Simpan wilayah", "Save region") }
    package var unitsLink: String { pick("Unit usaha", "Business units") }

    /// A ceiling to come: `Mulai 01/01/2027 (Kab. Klaten): `.
    package func ceilingFrom(_ date: String, region: String?) -> String {
        let place = region.map { " (\($0))" } ?? ""
        return pick("Mulai \(date)\(place): ", "From \(date)\(place): ")
    }
    package var newCeilingTitle: String { pick("HET baru", "A new price ceiling") }
    package var newCeilingHint: String {
        pick(
            "HET nasional, atau HET yang ditetapkan pemerintah daerah untuk satu kabupaten/kota. HET wilayah berlaku di unit usaha wilayah itu, menggantikan HET nasional.",
            "The national ceiling, or one a regional government sets for a regency or city. A region's holds at the units in it, over the national one."
        )
    }
    package var programmeLabel: String { pick("Program", "Programme") }
    package var ceilingPriceLabel: String { pick("HET per satuan dasar", "Ceiling a base unit") }
    package var effectiveFromLabel: String { pick("Berlaku mulai", "Effective from") }
    package var effectiveFromHint: String { pick("Kosongkan untuk hari ini.", "Leave blank for today.") }
    package var ceilingRegionHint: String {
        pick("Kosongkan untuk HET nasional. Misalnya Kab. Klaten.", "Leave blank for the national ceiling. Such as Kab. Klaten.")
    }
    package var saveCeiling: String { pick("Simpan HET", "Save the ceiling") }
}
