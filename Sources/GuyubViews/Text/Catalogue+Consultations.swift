import GuyubCore

/// The words of consultation sessions: the invitation a guest's phone is sent, and the staff's pages.
extension Catalogue {
    /// The invitation to a session, sent through the outbox.
    package func consultationInvitation(
        guest: String, cooperative: String, topic: String, kind: ConsultationKind, on date: CivilDate, at time: String,
        place: String
    ) -> String {
        let when = "\(format.date(date)) \(pick("pukul", "at")) \(format.time(time))"
        return pick(
            "Yth. \(guest), \(cooperative) mengundang Anda ke \(consultationKind(kind).lowercased()) tentang \"\(topic)\" "
                + "pada \(when) di \(place). Pendapat Anda kami tunggu.",
            "Dear \(guest), \(cooperative) invites you to a \(consultationKind(kind).lowercased()) on \"\(topic)\" "
                + "on \(when) at \(place). We look forward to your views.")
    }

    package var consultationsTitle: String { pick("Konsultasi", "Consultations") }
    package var consultationsLead: String {
        pick(
            "Undang wakil anggota, konsumen, pemasok dan tetangga untuk berkunjung atau bertemu membahas satu topik. "
                + "Catat siapa yang hadir dan apa pendapat mereka: setiap masukan menjadi ide yang dijawab pengurus.",
            "Invite representatives of members, consumers, suppliers and neighbours to a visit or a meeting on one "
                + "topic. Record who came and what they said: each view becomes an idea the board answers.")
    }
    package var planConsultation: String { pick("Jadwalkan pertemuan", "Plan a session") }
    package var noConsultationsYet: String { pick("Belum ada pertemuan konsultasi.", "No consultation sessions yet.") }
    package var guestsTitle: String { pick("Tamu undangan", "Guests") }
    package var noGuestsYet: String { pick("Belum ada tamu yang diundang.", "No guests invited yet.") }
    package var inviteGuest: String { pick("Undang", "Invite") }
    package var inviteHint: String {
        pick(
            "Pilih anggota, konsumen atau pemasok; untuk tetangga tulis nama dan nomor HP-nya. Undangan dikirim ke kotak "
                + "pesan keluar bila nomornya ada.",
            "Pick a member, consumer or supplier; for a neighbour write their name and phone. The invitation goes to "
                + "the outbox when the number is known.")
    }
    package var saveAttendance: String { pick("Simpan kehadiran", "Save attendance") }
    package var guestColumn: String { pick("Tamu", "Guest") }
    package var attendedColumn: String { pick("Hadir", "Came") }
    package var inputsTitle: String { pick("Masukan yang dicatat", "Views recorded") }
    package var noInputsYet: String { pick("Belum ada masukan yang dicatat.", "No views recorded yet.") }
    package var recordInput: String { pick("Catat masukan", "Record a view") }
    package var fromConsultation: String { pick("Dari pertemuan konsultasi", "From a consultation session") }
    package var guestsCount: String { pick("Diundang / hadir", "Invited / came") }
    package var attendanceOnTheDay: String {
        pick(
            "Kehadiran dan masukan dicatat mulai hari pertemuan.", "Attendance and views are recorded from the day itself.")
    }

    package func consultationKind(_ kind: ConsultationKind) -> String {
        switch kind {
        case .visit: pick("Kunjungan", "Visit")
        case .meeting: pick("Pertemuan", "Meeting")
        }
    }

    package func consultationGroup(_ group: ConsultationGroup) -> String {
        switch group {
        case .member: pick("Anggota", "Members")
        case .consumer: pick("Konsumen", "Consumers")
        case .supplier: pick("Pemasok", "Suppliers")
        case .neighbour: pick("Tetangga", "Neighbours")
        }
    }

    package func consultationStatus(_ status: ConsultationStatus) -> String {
        switch status {
        case .planned: pick("Dijadwalkan", "Planned")
        case .held: pick("Terlaksana", "Held")
        case .cancelled: pick("Dibatalkan", "Cancelled")
        }
    }

    package func consultationAction(_ action: ConsultationAction) -> String {
        switch action {
        case .invite: inviteGuest
        case .attend: saveAttendance
        case .record: recordInput
        case .finish: pick("Tutup sebagai terlaksana", "Close as held")
        case .cancel: pick("Batalkan pertemuan", "Cancel the session")
        }
    }
}

/// The words of the engagement page.
extension Catalogue {
    package var engagementTitle: String { pick("Keterlibatan", "Engagement") }
    package var engagementLead: String {
        pick(
            "Bagaimana anggota, konsumen dan warga ikut serta: ide yang masuk dan nasibnya, konsumen baru dan siapa yang "
                + "mengajak, belanja mereka dibanding biaya hadiahnya, dan siapa yang datang ke pertemuan konsultasi.",
            "How members, consumers and neighbours take part: the ideas that came in and what became of them, new "
                + "consumers and who brought them, what they buy against what their rewards cost, and who came to the "
                + "consultations.")
    }
    package var ideasByMonth: String {
        pick("Ide yang masuk per bulan, menurut statusnya kini", "Ideas proposed each month, by where they stand now")
    }
    package var consumersByMonth: String { pick("Konsumen baru per bulan", "New consumers each month") }
    package var broughtByMember: String { pick("Diajak anggota", "Brought by a member") }
    package var cameOnTheirOwn: String { pick("Datang sendiri", "Came on their own") }
    package var whoBrought: String { pick("Siapa yang mengajak", "Who brought them") }
    package var publicIdeasLink: String { pick("Halaman ide untuk umum (tanpa masuk)", "The public ideas page (no sign-in)") }
    package var seeEngagement: String { pick("Lihat keterlibatan", "See engagement") }

    package func ideasCount(_ n: Int) -> String { pick("\(n) ide", n == 1 ? "1 idea" : "\(n) ideas") }
    package func peopleCount(_ n: Int) -> String { pick("\(n) orang", n == 1 ? "1 person" : "\(n) people") }
    package func programmeSoFar(sales: String, cost: String) -> String {
        pick(
            "Sejak awal program: belanja konsumen yang diajak \(sales), biaya hadiah dan voucher \(cost).",
            "Since the programme began: purchases of those brought \(sales), rewards and vouchers \(cost).")
    }

    package func ideaTone(_ tone: String) -> String {
        switch tone {
        case "waiting": pick("Menunggu", "Waiting")
        case "taken": pick("Diterima / dikerjakan", "Taken up")
        case "done": pick("Selesai", "Done")
        default: pick("Tidak dilanjutkan", "Declined")
        }
    }
}

/// What an idea became.
extension Catalogue {
    package var ideaOutcomeLabel: String { pick("Menjadi apa", "What it became") }
    package var productOutcomeHint: String {
        pick("Bila ide ini menjadi produk di toko, pilih produknya.", "When the idea became a product in the shop, pick it.")
    }

    package func ideaOutcome(_ outcome: IdeaOutcome) -> String {
        switch outcome {
        case .campaign: pick("Kampanye", "A campaign")
        case .planItem: pick("Butir rencana kerja", "A plan item")
        case .product: pick("Produk", "A product")
        }
    }

    package func ideaBecame(_ outcome: IdeaOutcome, _ note: String?) -> String {
        pick("Menjadi: ", "Became: ") + ideaOutcome(outcome) + (note.map { " — " + $0 } ?? "")
    }
}
