import GuyubCore

/// The words of buying and taking in goods: suppliers, orders, deliveries, produce, and their refusals.
extension Catalogue {
    /// The journal's description of a payment to a supplier.
    package func supplierPaid(_ name: String) -> String {
        pick("Pembayaran utang ke pemasok \(name)", "Paid supplier \(name)")
    }

    /// The journal's description of a delivery against an order.
    package func orderReceived(_ number: Int, from supplier: String) -> String {
        pick("Penerimaan barang pesanan no. \(number) dari \(supplier)", "Goods of order no. \(number) from \(supplier)")
    }

    /// The journal's description of a delivery fee collected.
    package func deliveryFee(_ number: Int) -> String {
        pick("Ongkos kirim pengiriman no. \(number)", "Fee for delivery no. \(number)")
    }

    /// The journal's description of an expense claim paid.
    package func claimPaid(_ number: Int, to claimant: String) -> String {
        pick("Penggantian biaya klaim no. \(number) kepada \(claimant)", "Claim no. \(number) paid to \(claimant)")
    }

    /// The journal's description of a storage fee.
    package func storageFeePaid(_ number: Int, by owner: String) -> String {
        pick("Sewa penyimpanan no. \(number) dari \(owner)", "Storage fee for lot no. \(number) from \(owner)")
    }

    /// The journal's description of processing.
    package func processed(_ input: String, into output: String) -> String {
        pick("Pengolahan \(input) menjadi \(output)", "\(input) processed into \(output)")
    }

    /// The journal's description of a consignment settlement.
    package func consignmentSettled(_ supplier: String) -> String {
        pick("Penyelesaian barang titipan \(supplier)", "Consignment settled with \(supplier)")
    }

    /// The journal's description of a member's produce taken in.
    package func produceTaken(from member: String) -> String {
        pick("Pembelian hasil panen dari \(member)", "Produce bought from \(member)")
    }

    /// The note under a consolidated income statement: what units sold each other, left out.
    package var interUnitEliminated: String {
        pick("Penjualan antarunit yang dieliminasi", "Sales between units eliminated")
    }

    /// Under the whole cooperative's income statement: the units' sales to each other, left out.
    package var interUnitOwedEliminated: String {
        pick("Tagihan dan utang antarunit yang dieliminasi", "Amounts units owe each other, eliminated")
    }

    /// Beneath the whole cooperative's balance sheet when its units owed each other at the date.
    package func interUnitOwedNote(_ amount: String) -> String {
        pick(
            "Tagihan dan utang antarunit sebesar \(amount) saling hapus dalam posisi seluruh koperasi; posisi per unit menampilkannya.",
            "What units owed each other, \(amount), cancels out in the whole cooperative's position; each unit's shows it.")
    }

    package func interUnitEliminatedNote(_ amount: String) -> String {
        pick(
            "Penjualan antarunit sebesar \(amount) dan harga pokoknya dieliminasi dari laporan seluruh koperasi; laporan per unit menampilkannya.",
            "Sales between units of \(amount) and their cost are eliminated from the whole cooperative's statement; each unit's shows them."
        )
    }

    func supply(_ e: SupplyError) -> String {
        let m = { (v: Int64) in self.format.money(minorUnits: v) }
        return switch e {
        case .field(let e): field(e, named: supplyField)
        case .quantityInvalid:
            pick(
                "Jumlah atau berat tidak dapat dibaca atau tidak lebih dari nol. Tulis seperti 2 atau 2,5.",
                "The quantity or weight cannot be read or is not above zero. Write it like 2 or 2.5.")
        case .amountInvalid(let field):
            pick(
                "\(supplyField(field)) tidak dapat dibaca atau tidak lebih dari nol. Tulis seperti 1.250.000.",
                "\(supplyField(field)) cannot be read or is not above zero. Write it like 1,250,000.")
        case .supplierNameTaken: pick("Pemasok dengan nama ini sudah ada.", "A supplier of this name exists already.")
        case .vehicleNameTaken: pick("Kendaraan dengan nama ini sudah ada.", "A vehicle of this name exists already.")
        case .creditDaysRequired:
            pick(
                "Pemasok dengan pembayaran tempo perlu jangka waktu 1 sampai 365 hari.",
                "A supplier on credit needs the days until payment, 1 to 365.")
        case .overOrder(let remaining):
            pick(
                "Barang yang diterima melebihi sisa pesanan: tinggal \(format.quantity(remaining)) lagi.",
                "More received than is still on order: \(format.quantity(remaining)) remains.")
        case .notOrdered: pick("Produk ini tidak ada dalam pesanan.", "This product is not on the order.")
        case .notApproved:
            pick(
                "Pesanan ini menunggu persetujuan pengurus sebelum barangnya diterima.",
                "This order waits for the board's approval before goods are received.")
        case .orderState(let status):
            pick(
                "Pesanan ini sudah \(orderStatus(status).lowercased()); langkah ini tidak bisa lagi.",
                "This order is \(orderStatus(status).lowercased()) already; this step is not possible.")
        case .ownApproval:
            pick(
                "Pesanan harus disetujui pengurus lain, bukan yang membuatnya.",
                "Another board member must approve the order, not the one who raised it.")
        case .invoiceTaken:
            pick("Faktur pemasok dengan nomor ini sudah dicatat.", "This supplier's invoice number is recorded already.")
        case .overpayment(let owed):
            pick(
                "Pembayaran melebihi utang ke pemasok: utangnya \(m(owed)).",
                "The payment is more than the supplier is owed: \(m(owed)).")
        case .unknownGrade: pick("Kualitas harus A, B, atau C.", "The grade must be A, B or C.")
        case .sameUnit: pick("Unit tidak dapat memesan dari dirinya sendiri.", "A unit cannot order from itself.")
        case .consigned:
            pick(
                "Produk ini barang titipan: diterima hanya sebagai titipan dari pemiliknya.",
                "This product is on consignment: it comes in only as consignment from its owner.")
        case .notConsignable:
            pick(
                "Produk ini punya stok milik koperasi atau bukan titipan pemasok ini.",
                "This product has stock of the cooperative's own, or is not on consignment from this supplier.")
        case .deliveryState(let status):
            pick(
                "Pengiriman ini sudah \(deliveryStatus(status).lowercased()); langkah ini tidak bisa.",
                "This delivery is \(deliveryStatus(status).lowercased()); this step is not possible.")
        case .proofRequired(let field):
            field == "receivedBy"
                ? pick("Tulis nama penerima barang.", "Write the name of who took the goods.")
                : pick("Tulis alasan pengiriman gagal.", "Write why the delivery failed.")
        case .notYourDelivery:
            pick(
                "Hanya sopir yang ditugasi atau manajer yang dapat mengubah pengiriman ini.",
                "Only the driver assigned or a manager can move this delivery.")
        case .claimState(let status):
            pick(
                "Klaim ini sudah \(claimStatus(status).lowercased()); langkah ini tidak bisa.",
                "This claim is \(claimStatus(status).lowercased()) already; this step is not possible.")
        case .overRelease(let held):
            pick(
                "Barang yang dikeluarkan melebihi yang disimpan: tinggal \(format.quantity(held)) kg.",
                "More taken out than is stored: \(format.quantity(held)) kg remains.")
        case .nothingToSettle:
            pick(
                "Belum ada barang titipan yang terjual sejak penyelesaian terakhir.",
                "Nothing on consignment has sold since the last settlement.")
        case .insufficientFunds(let available):
            pick(
                "Saldo tidak cukup untuk pembayaran ini: tersedia \(m(available)).",
                "Not enough money for this payment: \(m(available)) is available.")
        }
    }

    package func supplyField(_ field: String) -> String {
        switch field {
        case "terms": pick("Cara bayar pemasok", "Payment terms")
        case "creditDays": pick("Jangka waktu tempo", "Credit days")
        case "phone": pick("Nomor HP", "Phone")
        case "supplierId": pick("Pemasok", "Supplier")
        case "memberId": pick("Anggota", "Member")
        case "quantity": pick("Jumlah", "Quantity")
        case "price": pick("Harga hari ini", "Today's price")
        case "grade": pick("Kualitas", "Grade")
        case "number": pick("Nomor faktur", "Invoice number")
        case "approvalAbove": pick("Batas persetujuan", "Approval amount")
        case "date": pick("Tanggal", "Date")
        default: storeField(field)
        }
    }

    package func orderStatus(_ status: PurchaseOrderStatus) -> String {
        switch status {
        case .awaitingApproval: pick("Menunggu persetujuan", "Awaiting approval")
        case .open: pick("Dipesan", "Ordered")
        case .partlyReceived: pick("Diterima sebagian", "Partly received")
        case .received: pick("Diterima lengkap", "Received")
        case .closed: pick("Ditutup", "Closed")
        case .cancelled: pick("Dibatalkan", "Cancelled")
        }
    }

    package func deliveryStatus(_ status: DeliveryStatus) -> String {
        switch status {
        case .planned: pick("Direncanakan", "Planned")
        case .onTheWay: pick("Dalam perjalanan", "On the way")
        case .delivered: pick("Terkirim", "Delivered")
        case .failed: pick("Gagal", "Failed")
        }
    }

    package func claimStatus(_ status: ClaimStatus) -> String {
        switch status {
        case .submitted: pick("Diajukan", "Submitted")
        case .approved: pick("Disetujui", "Approved")
        case .rejected: pick("Ditolak", "Rejected")
        case .paid: pick("Dibayar", "Paid")
        }
    }

    package func supplierTerms(_ terms: SupplierTerms, days: Int?) -> String {
        switch terms {
        case .cash: pick("Tunai", "Cash")
        case .cod: pick("Bayar di tempat (COD)", "Cash on delivery")
        case .credit: pick("Tempo \(days ?? 0) hari", "Credit, \(days ?? 0) days")
        }
    }
}
