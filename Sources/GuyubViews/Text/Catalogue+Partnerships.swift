import GuyubCore

/// The words of partnerships: their refusals, kinds and statuses, and each risk's evidence.
extension Catalogue {
    func partnership(_ e: PartnershipError) -> String {
        switch e {
        case .field(let e): field(e, named: partnershipField)
        case .state(let status):
            pick(
                "Kerja sama yang \(partnershipStatus(status).lowercased()) tidak dapat diubah begitu.",
                "An agreement that is \(partnershipStatus(status).lowercased()) cannot take that step.")
        case .accountableRequired(let task):
            pick(
                "Tugas \"\(task)\" harus punya tepat satu pihak yang bertanggung gugat (A).",
                "Task \"\(task)\" needs exactly one accountable party (A).")
        case .taskRepeated(let task): pick("Tugas \"\(task)\" tertulis dua kali.", "Task \"\(task)\" is written twice.")
        case .dueBeforeStart:
            pick("Tenggat tidak boleh sebelum kerja sama dimulai.", "The due day cannot come before the agreement starts.")
        case .dueAfterEnd:
            pick("Tenggat tidak boleh sesudah kerja sama berakhir.", "The due day cannot come after the agreement ends.")
        case .endBeforeStart: pick("Tanggal berakhir tidak boleh sebelum tanggal mulai.", "The end cannot come before the start.")
        case .commitmentClosed:
            pick("Komitmen ini sudah dipenuhi atau dibebaskan.", "This commitment is delivered or waived already.")
        case .notTheirs:
            pick(
                "Mitra hanya mencatat apa yang dipenuhi pihaknya sendiri.", "A partner records only what their own side delivers."
            )
        case .partnerExists: pick("Mitra dengan nama ini sudah ada.", "A partner by this name exists already.")
        case .riskTaken: pick("Risiko ini baru saja ditangani orang lain.", "Someone else has just taken this risk on.")
        case .notFinancial:
            pick(
                "Hibah, pinjaman dan penyertaan hanya dicatat pada kerja sama keuangan.",
                "Grants, loans and equity are recorded under financial agreements only.")
        case .otherFinancing(let financing):
            pick(
                "Kerja sama ini berupa \(self.financing(financing).lowercased()); catat uang jenis lain pada kerja sama lain.",
                "This agreement brings \(self.financing(financing).lowercased()); record other money under another agreement.")
        case .loanExists:
            pick("Pinjaman kerja sama ini sudah diterima.", "This agreement's loan is received already.")
        case .noLoan: pick("Belum ada pinjaman yang diterima pada kerja sama ini.", "No loan was received under this agreement.")
        case .loanRepaid: pick("Semua angsuran pinjaman ini sudah dibayar.", "Every instalment of this loan is paid.")
        case .firstDueTooEarly:
            pick(
                "Angsuran pertama harus jatuh tempo sesudah pinjaman diterima.",
                "The first instalment must fall due after the loan is received.")
        case .loanTerms(let error): loan(error)
        case .measured:
            pick(
                "Angka indikator ini diukur dari catatan koperasi, tidak diketik.",
                "This indicator is measured from the cooperative's records, not typed.")
        case .grantOverspent(let left):
            pick(
                "Melebihi sisa hibah (\(format.money(minorUnits: left))).",
                "More than the grant has left (\(format.money(minorUnits: left))).")
        }
    }

    package func financing(_ financing: Financing) -> String {
        switch financing {
        case .grant: pick("Hibah", "Grant")
        case .loan: pick("Pinjaman", "Loan")
        case .equity: pick("Penyertaan modal", "Equity participation")
        }
    }

    package func equityDirection(_ direction: EquityDirection) -> String {
        switch direction {
        case .received: pick("Diterima dari mitra (modal penyertaan)", "Received from the partner")
        case .made: pick("Ditanam pada usaha mitra", "Invested in the partner's business")
        }
    }

    package func partnershipField(_ field: String) -> String {
        switch field {
        case "partnerId": pick("Mitra", "Partner")
        case "kind": pick("Jenis", "Kind")
        case "title": pick("Judul", "Title")
        case "start": pick("Tanggal mulai", "Start")
        case "end": pick("Tanggal berakhir", "End")
        case "ourGoals": pick("Tujuan koperasi", "The cooperative's goals")
        case "theirGoals": pick("Tujuan mitra", "The partner's goals")
        case "value": pick("Nilai", "Value")
        case "tasks", "task": pick("Tugas", "Task")
        case "parties": pick("Pihak", "Party")
        case "party": pick("Pihak yang berjanji", "Owed by")
        case "what": pick("Komitmen", "Commitment")
        case "dueOn": pick("Tenggat", "Due")
        case "evidence": pick("Bukti", "Evidence")
        case "decision": pick("Keputusan", "Decision")
        case "note": pick("Catatan", "Note")
        case "owner": pick("Penanggung jawab", "Owner")
        case "amount": pick("Jumlah", "Amount")
        case "purpose": pick("Keperluan", "Purpose")
        case "accountId": pick("Akun beban atau aset", "Expense or asset account")
        case "name": pick("Nama", "Name")
        case "measure": pick("Diukur dari", "Measured by")
        case "target": pick("Target", "Target")
        case "actual": pick("Capaian", "Actual")
        case "unit": pick("Satuan", "Unit")
        case "firstDue": pick("Angsuran pertama (tanggal 1–28)", "First instalment (day 1–28)")
        case "principal": pick("Pokok pinjaman", "Principal")
        case "rate": pick("Bunga per tahun", "Yearly rate")
        case "periods": pick("Jangka waktu (bulan)", "Term (months)")
        case "grace": pick("Masa tenggang (bulan)", "Grace (months)")
        case "method": pick("Cara menghitung bunga", "Interest method")
        case "direction": pick("Arah penyertaan", "Direction")
        case "financing": pick("Bentuk pendanaan", "Financing")
        case "channel": pick("Lewat", "Through")
        case "contactName": pick("Nama kontak", "Contact")
        case "dependencePercent": pick("Batas ketergantungan", "Dependence threshold")
        case "reviewMonths": pick("Jarak tinjauan", "Review interval")
        case "endingDays": pick("Peringatan akhir", "Ending warning")
        default: consumerField(field)
        }
    }

    package func partnerKind(_ kind: PartnerKind) -> String {
        switch kind {
        case .government: pick("Pemerintah", "Government")
        case .ngo: pick("LSM", "NGO")
        case .privateCompany: pick("Perusahaan swasta", "Private company")
        case .stateCompany: pick("BUMN", "State company")
        case .university: pick("Perguruan tinggi", "University")
        case .financial: pick("Bank atau lembaga keuangan", "Bank or financial institution")
        case .cooperative: pick("Koperasi lain", "Another cooperative")
        }
    }

    package func partnershipKind(_ kind: PartnershipKind) -> String {
        switch kind {
        case .technical: pick("Teknis", "Technical")
        case .financial: pick("Keuangan", "Financial")
        case .marketing: pick("Pemasaran", "Marketing")
        case .research: pick("Riset dan pengembangan", "Research and development")
        case .advocacy: pick("Advokasi", "Advocacy")
        }
    }

    package func partnershipStatus(_ status: PartnershipStatus) -> String {
        switch status {
        case .draft: pick("Draf", "Draft")
        case .active: pick("Berjalan", "Active")
        case .underReview: pick("Ditinjau", "Under review")
        case .ended: pick("Berakhir", "Ended")
        }
    }

    package func partnershipParty(_ party: PartnershipParty) -> String {
        switch party {
        case .cooperative: pick("Koperasi", "The cooperative")
        case .partner: pick("Mitra", "The partner")
        }
    }

    package func dependenceMeasure(_ measure: DependenceMeasure) -> String {
        switch measure {
        case .funding: pick("pendanaan", "funding")
        case .sales: pick("penjualan", "sales")
        case .supply: pick("pembelian", "supply")
        }
    }

    /// A risk in words, from its facts.
    package func riskEvidence(_ risk: PartnershipRisk, partner: String?, partnership: String?) -> String {
        let f = risk.facts
        let about = partnership ?? partner ?? ""
        func date(_ key: String) -> String { CivilDate(iso: f[key] ?? "").map(format.date) ?? "" }
        switch risk.kind {
        case .dependence:
            let measure = DependenceMeasure(rawValue: f["measure"] ?? "").map(dependenceMeasure) ?? ""
            if f["measure"] == DependenceMeasure.funding.rawValue {
                return pick(
                    "\(partner ?? "") memegang \(f["percent"] ?? "")% pendanaan koperasi: hibah 12 bulan terakhir, pinjaman "
                        + "dan penyertaan yang masih ada (batas \(f["threshold"] ?? "")%).",
                    "\(partner ?? "") holds \(f["percent"] ?? "")% of the cooperative's funding: grants over 12 months, loans "
                        + "and equity outstanding (threshold \(f["threshold"] ?? "")%).")
            }
            return pick(
                "\(partner ?? "") memegang \(f["percent"] ?? "")% \(measure) koperasi 12 bulan terakhir (batas \(f["threshold"] ?? "")%).",
                "\(partner ?? "") holds \(f["percent"] ?? "")% of the cooperative's \(measure) over 12 months (threshold \(f["threshold"] ?? "")%)."
            )
        case .overdueCommitment:
            let party = PartnershipParty(rawValue: f["party"] ?? "").map(partnershipParty) ?? ""
            return pick(
                "\(about): komitmen \(party.lowercased()) jatuh tempo \(date("dueOn")), terlambat \(f["daysLate"] ?? "") hari.",
                "\(about): \(party.lowercased())'s commitment was due \(date("dueOn")), \(f["daysLate"] ?? "") days late.")
        case .reviewDue:
            return pick(
                "\(about): belum ditinjau sejak \(date("since")); tinjauan jatuh tempo \(date("dueOn")).",
                "\(about): not reviewed since \(date("since")); a review was due \(date("dueOn")).")
        case .goalDivergence:
            return pick(
                "\(about): tinjauan \(date("reviewedOn")) mendapati tujuan kedua pihak tidak lagi sejalan.",
                "\(about): the review of \(date("reviewedOn")) found the two sides' goals apart.")
        case .ending:
            return pick(
                "\(about): berakhir \(date("endsOn")), \(f["daysLeft"] ?? "") hari lagi.",
                "\(about): ends \(date("endsOn")), in \(f["daysLeft"] ?? "") days.")
        case .instalmentDue:
            let amount = Int64(f["amount"] ?? "").map { format.money(minorUnits: $0) } ?? ""
            let days = Int(f["daysLeft"] ?? "") ?? 0
            return days < 0
                ? pick(
                    "\(about): angsuran ke-\(f["number"] ?? "") sebesar \(amount) jatuh tempo \(date("dueOn")), terlambat \(-days) hari.",
                    "\(about): instalment \(f["number"] ?? "") of \(amount) was due \(date("dueOn")), \(-days) days late.")
                : pick(
                    "\(about): angsuran ke-\(f["number"] ?? "") sebesar \(amount) jatuh tempo \(date("dueOn")), \(days) hari lagi.",
                    "\(about): instalment \(f["number"] ?? "") of \(amount) falls due \(date("dueOn")), in \(days) days.")
        }
    }
}

extension Catalogue {
    package func partnersReminded(_ n: Int) -> String {
        pick(
            "Kemitraan: \(n) pengingat komitmen terlambat dikirim.",
            "Partnerships: \(english(n, "reminder")) of overdue commitments sent.")
    }

    /// The outbox's reminder to a partner of a commitment overdue.
    package func commitmentReminder(partner: String, cooperative: String, what: String, due: CivilDate) -> String {
        pick(
            "Yth. \(partner), \(cooperative) mengingatkan komitmen \"\(what)\" yang jatuh tempo \(format.date(due)) belum "
                + "tercatat dipenuhi. Mohon dicatat di Guyub bila sudah.",
            "Dear \(partner), \(cooperative) reminds you that \"\(what)\", due \(format.date(due)), is not recorded as "
                + "delivered. Please record it in Guyub once it is.")
    }
}

extension Catalogue {
    /// The journal's descriptions of a grant's money.
    package func grantReceivedEntry(_ title: String) -> String { pick("Hibah diterima: \(title)", "Grant received: \(title)") }
    package func loanReceivedEntry(_ title: String) -> String {
        pick("Pinjaman bank diterima: \(title)", "Bank loan received: \(title)")
    }
    package func instalmentEntry(_ number: Int, title: String) -> String {
        pick("Angsuran ke-\(number) pinjaman: \(title)", "Loan instalment \(number): \(title)")
    }
    package func equityEntry(_ direction: EquityDirection, title: String) -> String {
        switch direction {
        case .received: pick("Modal penyertaan diterima: \(title)", "Equity participation received: \(title)")
        case .made: pick("Penyertaan pada mitra: \(title)", "Equity put into a partner: \(title)")
        }
    }
    package func grantSpentEntry(_ purpose: String, title: String) -> String {
        pick("Hibah dibelanjakan: \(purpose) (\(title))", "Grant spent: \(purpose) (\(title))")
    }
}
