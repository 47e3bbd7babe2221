import GuyubCore

/// The words of the supply pages: buying, members' harvest, deliveries.
extension Catalogue {
    package var supplyTitle: String { pick("Pasokan", "Supply") }
    package var supplyLead: String {
        pick(
            "Belanja ulang, pesanan ke pemasok, utang usaha, hasil panen anggota, dan pengiriman.",
            "Reordering, orders to suppliers, what is owed them, members' harvest and deliveries.")
    }
    package var newOrder: String { pick("Pesanan baru", "New order") }
    package var newOrderLead: String {
        pick(
            "Pilih pemasok dan unit tujuan, lalu isi barangnya. Harga kosong diambil dari daftar harga pemasok.",
            "Choose the supplier and the unit the goods go to, then the goods. A cost left blank comes from the supplier's price list."
        )
    }
    package var produceTitle: String { pick("Hasil panen anggota", "Members' harvest") }
    package var produceLead: String {
        pick(
            "Timbang, tentukan kualitas, bayar dengan harga hari ini — tunai atau ke simpanan sukarela. Tercatat untuk SHU anggota.",
            "Weigh, grade and pay at today's price, in cash or to voluntary savings. It counts for the member's SHU.")
    }
    package var deliveriesTitle: String { pick("Pengiriman", "Deliveries") }
    package var deliveriesLead: String {
        pick(
            "Rencanakan pengiriman, ikuti perjalanannya, dan konfirmasi dengan nama penerima dan foto.",
            "Plan deliveries, follow them, and confirm them with who took the goods and a photo.")
    }
    package var reorderTitle: String { pick("Saran belanja ulang", "What to reorder") }
    package var nothingToReorder: String {
        pick("Semua stok masih di atas titik pesan ulang.", "All stock is above its reorder point.")
    }
    package var productColumn: String { pick("Barang", "Product") }
    package var reorderPointColumn: String { pick("Titik pesan ulang", "Reorder point") }
    package var suggestedColumn: String { pick("Saran pesan", "Suggested") }
    package var amountColumn: String { pick("Jumlah", "Amount") }
    package func reorderCovered(_ total: String, _ held: String) -> String {
        pick("Belanja \(total) tertutup kas dan bank (\(held)).", "Buying \(total) is covered by cash and bank (\(held)).")
    }
    package func reorderShort(_ total: String, _ held: String) -> String {
        pick(
            "Belanja \(total) melebihi kas dan bank (\(held)): pilih yang paling perlu atau pesan dengan tempo.",
            "Buying \(total) is more than cash and bank (\(held)): choose what is most needed, or buy on credit.")
    }
    package var ordersTitle: String { pick("Pesanan pembelian", "Purchase orders") }
    package var noOrdersYet: String { pick("Belum ada pesanan pembelian.", "No purchase orders yet.") }
    package var orderNumberColumn: String { pick("No.", "No.") }
    package var supplierColumn: String { pick("Pemasok", "Supplier") }
    package var dateColumn: String { pick("Tanggal", "Date") }
    package var totalColumn: String { pick("Total", "Total") }
    package var statusColumn: String { pick("Status", "Status") }
    package func orderNumber(_ number: Int) -> String { pick("Pesanan no. \(number)", "Order no. \(number)") }
    package var suppliersTitle: String { pick("Pemasok dan utang usaha", "Suppliers and what is owed") }
    package var noSuppliersYet: String { pick("Belum ada pemasok.", "No suppliers yet.") }
    package var termsColumn: String { pick("Cara bayar", "Terms") }
    package var owedColumn: String { pick("Utang", "Owed") }
    package var internalSupplier: String { pick("Unit koperasi sendiri", "A unit of the cooperative") }
    package var addSupplier: String { pick("Tambah pemasok", "Add a supplier") }
    package var creditDaysHint: String {
        pick("Hanya untuk pembayaran tempo, mis. 30.", "Only for credit terms, e.g. 30.")
    }
    package var raisedByLabel: String { pick("Dibuat oleh", "Raised by") }
    package var approvedByLabel: String { pick("Disetujui oleh", "Approved by") }
    package var awaitingApprovalHint: String {
        pick(
            "Pesanan di atas batas pengurus menunggu persetujuan pengurus lain.",
            "An order above the board's amount waits for another board member's approval.")
    }
    package var approveOrder: String { pick("Setujui pesanan", "Approve the order") }
    package var orderedColumn: String { pick("Dipesan", "Ordered") }
    package var unitCostColumn: String { pick("Harga beli", "Unit cost") }
    package var receivedColumn: String { pick("Diterima", "Received") }
    package var deliveriesReceivedTitle: String { pick("Barang yang sudah datang", "Deliveries received") }
    package var dueColumn: String { pick("Jatuh tempo", "Due") }
    package var paidOnReceipt: String { pick("Dibayar saat terima", "Paid on receipt") }
    package var closeOrder: String { pick("Tutup pesanan (sisanya tidak datang)", "Close the order (the rest will not come)") }
    package var cancelOrder: String { pick("Batalkan pesanan", "Cancel the order") }
    package var receiveDelivery: String { pick("Terima barang", "Receive the goods") }
    package var receiveOrderHint: String {
        pick(
            "Isi yang diterima baik; yang rusak dicatat dan tidak dibayar. Sisanya tetap menunggu.",
            "Enter what came in good order; damaged goods are noted and not paid. The rest stays outstanding.")
    }
    package func outstandingOf(_ quantity: String, _ unit: String) -> String {
        pick("sisa \(quantity) \(unit)", "\(quantity) \(unit) outstanding")
    }
    package func receivedNowLabel(_ unit: String) -> String { pick("Diterima sekarang (\(unit))", "Received now (\(unit))") }
    package var damagedLabel: String { optionalField(pick("Rusak, dikembalikan", "Damaged, sent back")) }
    package var chooseOne: String { pick("— pilih —", "— choose —") }
    package var goodsToUnitLabel: String { pick("Masuk ke unit", "Into unit") }
    package var myUnit: String { pick("Unit saya", "My unit") }
    package func lineNumber(_ n: Int) -> String { pick("Barang \(n)", "Line \(n)") }
    package var costFromPriceList: String {
        pick("Kosongkan untuk memakai daftar harga pemasok.", "Leave blank to use the supplier's price list.")
    }
    package var placeOrder: String { pick("Buat pesanan", "Place the order") }
    package var billsTitle: String { pick("Utang menurut jatuh tempo", "What is owed, by due date") }
    package var nothingOwed: String { pick("Tidak ada utang ke pemasok ini.", "Nothing is owed to this supplier.") }
    package var ageColumn: String { pick("Umur", "Age") }
    package func payableAge(_ age: Payables.Age) -> String {
        switch age {
        case .notDue: pick("Belum jatuh tempo", "Not yet due")
        case .upTo30: pick("Lewat 1–30 hari", "1–30 days late")
        case .upTo60: pick("Lewat 31–60 hari", "31–60 days late")
        case .upTo90: pick("Lewat 61–90 hari", "61–90 days late")
        case .over90: pick("Lewat lebih dari 90 hari", "Over 90 days late")
        }
    }
    package var paySupplier: String { pick("Bayar pemasok", "Pay the supplier") }
    package var paymentsTitle: String { pick("Pembayaran", "Payments") }
    package var weightLabel: String { pick("Berat (kg)", "Weight (kg)") }
    package var noGrade: String { pick("Tanpa kualitas", "No grade") }
    package func gradeName(_ grade: ProduceGrade) -> String { pick("Kualitas \(grade.rawValue)", "Grade \(grade.rawValue)") }
    package func producePayment(_ payment: ProducePayment) -> String {
        switch payment {
        case .cash: pick("Tunai", "Cash")
        case .savings: pick("Ke simpanan sukarela", "To voluntary savings")
        }
    }
    package var takeProduce: String { pick("Terima hasil panen", "Take the harvest in") }
    package var recentIntakes: String { pick("Hasil panen yang diterima", "Harvest taken in") }
    package var noIntakesYet: String { pick("Belum ada hasil panen yang diterima.", "No harvest taken in yet.") }
    package var memberColumn: String { pick("Anggota", "Member") }
    package var produceByMember: String { pick("Nilai hasil panen per anggota", "Harvest value by member") }
    package var myDeliveries: String { pick("Pengiriman saya", "My deliveries") }
    package var allDeliveries: String { pick("Semua pengiriman", "All deliveries") }
    package var noDeliveriesYet: String { pick("Belum ada pengiriman.", "No deliveries yet.") }
    package var deliveryColumn: String { pick("Pengiriman", "Delivery") }
    package var destinationLabel: String { pick("Tujuan", "Destination") }
    package var plannedLabel: String { pick("Tanggal kirim", "Delivery date") }
    package var driverLabel: String { pick("Sopir", "Driver") }
    package func deliveryNumber(_ n: Int) -> String { pick("Kirim no. \(n)", "Delivery no. \(n)") }
    package var goodsLabel: String { pick("Barang", "Goods") }
    package var recipientLabel: String { pick("Penerima", "Recipient") }
    package var deliveryFeeLabel: String { pick("Ongkos kirim", "Delivery fee") }
    package var noFee: String { pick("Tanpa ongkos", "No fee") }
    package func feePaidBy(_ fee: DeliveryFee) -> String {
        switch fee {
        case .customer: pick("dibayar penerima, tunai", "paid by the customer in cash")
        case .cooperative: pick("ditanggung koperasi", "borne by the cooperative")
        }
    }
    package var feePaidByLabel: String { pick("Ongkos dibayar oleh", "Fee paid by") }
    package var departButton: String { pick("Berangkat", "Set off") }
    package var receivedByLabel: String { pick("Diterima oleh", "Received by") }
    package var photoLabel: String { optionalField(pick("Foto bukti", "Photo of proof")) }
    package var deliveredButton: String { pick("Sudah diterima", "Delivered") }
    package var failReasonLabel: String { pick("Alasan gagal", "Why it failed") }
    package var failedButton: String { pick("Gagal dikirim", "Could not deliver") }
    package var planDelivery: String { pick("Rencanakan pengiriman", "Plan a delivery") }
    package var deliverThis: String { pick("Antar ke pembeli", "Deliver to the buyer") }
    package var deliverToCustomer: String { pick("Kirim barang", "Deliver goods") }
    package var deliverOrder: String { pick("Rencanakan pengiriman", "Plan its delivery") }
    package func deliveryOfSale(_ number: Int) -> String { pick("Untuk penjualan no. \(number)", "For sale no. \(number)") }
    package func deliveryToCustomer(_ name: String) -> String { pick("Untuk pelanggan \(name)", "For the customer \(name)") }
    package func deliveryOfOrder(_ number: Int) -> String { pick("Untuk pesanan no. \(number)", "For order no. \(number)") }
    package var vehicleLabel: String { pick("Kendaraan", "Vehicle") }
    package var supplyReportTitle: String { pick("Laporan pasokan", "Supply report") }
    package var purchasesBySupplier: String { pick("Pembelian per pemasok", "Purchases by supplier") }
    package var noPurchasesInPeriod: String { pick("Tidak ada pembelian dalam periode ini.", "No purchases in this period.") }
    package var deliveriesCountColumn: String { pick("Kali datang", "Deliveries") }
    package var onCreditColumn: String { pick("Dengan tempo", "On credit") }
    package var produceByMemberAndGrade: String {
        pick("Hasil panen per anggota dan kualitas", "Harvest by member and grade")
    }
    package var deliveredOnTime: String { pick("Terkirim tepat waktu", "Delivered on time") }
    package var deliveredLate: String { pick("Terkirim terlambat", "Delivered late") }
    package var notYetDelivered: String { pick("Belum terkirim", "Not yet delivered") }
    package func payablesByAge(on date: CivilDate) -> String {
        pick("Utang usaha per \(format.date(date)) menurut umur", "Owed to suppliers on \(format.date(date)), by age")
    }
    package var consignmentPosition: String { pick("Barang titipan saat ini", "Goods on consignment now") }
    package var noConsignment: String { pick("Tidak ada barang titipan.", "No goods on consignment.") }
    package var heldColumn: String { pick("Stok di koperasi", "Held") }
    package var soldUnsettledColumn: String { pick("Terjual, belum dibayar", "Sold, not yet settled") }
    package var owingColumn: String { pick("Harus dibayar", "To settle") }
    package var nothingOwedToAnyone: String { pick("Tidak ada utang ke pemasok.", "Nothing is owed to suppliers.") }
    package var supplyReportLink: String { pick("Laporan pasokan", "Supply report") }
    package var claimsTitle: String { pick("Klaim biaya", "Expense claims") }
    package var claimsLead: String {
        pick(
            "Ganti biaya yang ditalangi pengurus atau pengelola dengan foto nota; disetujui pengurus lain, lalu dibayar bendahara.",
            "Costs board members or staff advanced, claimed with a photo of the receipt; approved by another board member, then paid by the treasurer."
        )
    }
    package var newClaim: String { pick("Ajukan klaim", "Claim a cost") }
    package var purposeLabel: String { pick("Keperluan", "Purpose") }
    package var spentOnLabel: String { pick("Tanggal dibayar", "Paid on") }
    package var receiptPhotoLabel: String { pick("Foto nota", "Photo of the receipt") }
    package var receiptPhotoHint: String {
        pick("Foto (JPEG, PNG, WebP) atau PDF, paling besar 3 MB.", "A photo (JPEG, PNG, WebP) or a PDF, at most 3 MB.")
    }
    package var submitClaim: String { pick("Ajukan", "Submit") }
    package var claimsListTitle: String { pick("Daftar klaim", "Claims") }
    package var noClaimsYet: String { pick("Belum ada klaim.", "No claims yet.") }
    package func claimNumber(_ n: Int) -> String { pick("Klaim no. \(n)", "Claim no. \(n)") }
    package var decidedByLabel: String { pick("Diputuskan oleh", "Decided by") }
    package func claimAction(_ action: ClaimAction) -> String {
        switch action {
        case .approve: pick("Setujui", "Approve")
        case .reject: pick("Tolak", "Reject")
        case .pay: pick("Bayar", "Pay")
        }
    }
    package var consignmentTitle: String { pick("Barang titipan", "Goods on consignment") }
    package var consignmentLead: String {
        pick(
            "Milik pemasok sampai terjual: tidak masuk nilai persediaan. Yang terjual diselesaikan dengan harga sepakat.",
            "The supplier's until sold, so not in the stock's value. What sold is settled at the agreed price.")
    }
    package var agreedPriceLabel: String { pick("Harga sepakat", "Agreed price") }
    package var heldLabel: String { pick("Dititipkan", "Held") }
    package var unsettledLabel: String { pick("Terjual, belum diselesaikan", "Sold, not yet settled") }
    package var consignmentDirection: String { pick("Arah", "Direction") }
    package var consignmentIn: String { pick("Titipan masuk", "Goods in") }
    package var consignmentBack: String { pick("Dikembalikan (tidak laku)", "Given back (unsold)") }
    package var saveLabel: String { pick("Simpan", "Save") }
    package var settleConsignment: String { pick("Selesaikan yang terjual", "Settle what sold") }
    package var consignProduct: String { pick("Jadikan barang titipan", "Sell on consignment") }
    package var storageTitle: String { pick("Penyimpanan dan cold storage", "Storage and cold storage") }
    package var storageLead: String {
        pick(
            "Barang anggota dan warga disimpan dengan sewa per kg per hari; sewa dibayar tunai saat barang keluar.",
            "Goods of members and others kept for a fee a kilogram a day, paid in cash as they go out.")
    }
    package var storeGoods: String { pick("Simpan barang", "Store goods") }
    package var memberNumberOrOwner: String { pick("Nomor anggota atau nama pemilik", "Member number or owner's name") }
    package var ratePerKgDay: String { pick("Sewa per kg per hari", "Fee a kg a day") }
    package var storedLots: String { pick("Barang yang disimpan", "Goods stored") }
    package var nothingStored: String { pick("Belum ada barang yang disimpan.", "Nothing stored yet.") }
    package func lotNumber(_ n: Int) -> String { pick("Titipan no. \(n)", "Lot no. \(n)") }
    package var storedOnLabel: String { pick("Masuk", "Stored on") }
    package var feesPaidLabel: String { pick("Sewa dibayar", "Fees paid") }
    package var takeOutLabel: String { pick("Keluarkan (kg)", "Take out (kg)") }
    package var takeOutButton: String { pick("Keluarkan dan tagih sewa", "Take out and bill the fee") }
    package var storageLink: String { pick("Penyimpanan", "Storage") }
    package var processTitle: String { pick("Olah hasil panen", "Process the harvest") }
    package var processLead: String {
        pick(
            "Misalnya gabah digiling menjadi beras: biaya bahan dan ongkos olah menjadi harga pokok hasilnya.",
            "Paddy milled into rice, say: the input's cost and the processing's cost become the output's cost.")
    }
    package var processedInput: String { pick("Bahan", "Input") }
    package var processedOutput: String { pick("Hasil", "Output") }
    package var processingCost: String { optionalField(pick("Ongkos olah (tunai)", "Processing cost (cash)")) }
    package var processButton: String { pick("Catat pengolahan", "Record the processing") }
    package var processingRuns: String { pick("Pengolahan", "Processing") }
    package var yieldLabel: String { pick("Rendemen", "Yield") }
    package func percentOneDecimal(_ thousandths: Int64) -> String {
        let (whole, tenth) = (format.number(thousandths / 10), String(thousandths % 10))
        return pick("\(whole),\(tenth) %", "\(whole).\(tenth)%")
    }
    package var invoicesTitle: String { pick("Faktur pemasok", "Supplier's invoices") }
    package var invoiceNumberColumn: String { pick("No. faktur", "Invoice no.") }
    package var invoiceMatch: String { pick("Cocok dengan barang datang?", "Matches what came?") }
    package var invoiceMatches: String { pick("Cocok", "Matches") }
    package func invoiceDiffers(_ difference: String) -> String { pick("Selisih \(difference)", "Differs by \(difference)") }
    package var recordInvoice: String { pick("Catat faktur", "Record the invoice") }
    package var priceListTitle: String { pick("Daftar harga pemasok", "The supplier's price list") }
    package var savePrice: String { pick("Simpan harga", "Save the price") }
    package var claimsLink: String { pick("Klaim biaya", "Expense claims") }
}
