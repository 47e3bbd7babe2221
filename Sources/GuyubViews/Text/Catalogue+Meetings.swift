import GuyubCore

/// The words of members' meetings: refusals, the standard agenda, and the names of states and choices.
extension Catalogue {
    func meeting(_ e: MeetingError) -> String {
        switch e {
        case .field(let e): field(e, named: meetingField)
        case .invalidQuorum:
            pick(
                "Kuorum ditulis sebagai pecahan anggota, misalnya 1/5 (paling banyak 1/1).",
                "Write the quorum as a fraction of members, such as 1/5 (at most 1/1).")
        case .wrongStatus(let status):
            pick(
                "Rapat berstatus \(meetingStatus(status)); tindakan ini tidak dapat dilakukan.",
                "The meeting is \(meetingStatus(status)); this cannot be done now.")
        case .resolutionNotOpen:
            pick(
                "Pemungutan suara untuk keputusan ini tidak sedang dibuka.",
                "Voting on this resolution is not open.")
        case .resolutionNotDraft:
            pick(
                "Keputusan ini sudah pernah dibuka untuk pemungutan suara.",
                "This resolution has already been put to the vote.")
        case .noQuorum(let present, let required):
            pick(
                "Kuorum belum tercapai: hadir \(present), diperlukan \(required). Pemungutan suara tidak dapat dilakukan.",
                "No quorum: \(present) present, \(required) needed. No vote can be taken.")
        case .alreadyVoted:
            pick(
                "Anggota ini sudah memberikan suara untuk keputusan ini. Satu anggota, satu suara.",
                "This member has already voted on this resolution. One member, one vote.")
        case .alreadyCheckedIn: pick("Anggota ini sudah tercatat hadir.", "This member is already checked in.")
        case .notEligible:
            pick(
                "Hanya anggota aktif (atau delegasi, pada rapat delegasi) yang dapat hadir dan memberi suara.",
                "Only active members (or the delegates, at a delegates' meeting) attend and vote.")
        case .notPresent:
            pick(
                "Anggota ini belum tercatat hadir, jadi belum dapat memberi suara.",
                "This member is not checked in, so cannot vote yet.")
        case .noProxy:
            pick(
                "Tidak ada kuasa: anggota memberi suara sendiri, atau petugas mencatat suara anggota yang hadir di tempat.",
                "No proxy: members vote for themselves, or a clerk records the vote of a member present in the hall.")
        case .delegatesNeedLargeCooperative:
            pick(
                "Rapat delegasi hanya untuk koperasi dengan lebih dari 500 anggota.",
                "Delegates' meetings are for cooperatives of more than 500 members.")
        case .votesStillOpen:
            pick("Masih ada pemungutan suara yang dibuka; tutup dahulu.", "A vote is still open; close it first.")
        case .shuYearRequired:
            pick(
                "Keputusan SHU harus menyebut tahun buku yang dibagi.",
                "An SHU resolution names the financial year it distributes.")
        case .unknownResolution: pick("Keputusan tidak ditemukan.", "Resolution not found.")
        case .unknownMeeting: pick("Rapat tidak ditemukan.", "Meeting not found.")
        case .notAnnual:
            pick(
                "Laporan RAT untuk kementerian hanya dibuat dari Rapat Anggota Tahunan.",
                "The ministry's RAT report comes only from an annual members' meeting.")
        }
    }

    package func meetingField(_ field: String) -> String {
        switch field {
        case "title": pick("Judul", "Title")
        case "place": pick("Tempat atau tautan daring", "Place or online link")
        case "onlineLink": pick("Tautan daring", "Online link")
        case "startsAt": pick("Jam mulai", "Start time")
        case "heldOn": pick("Tanggal rapat", "Meeting date")
        case "financialYear": pick("Tahun buku", "Financial year")
        case "chairName": pick("Nama pimpinan rapat", "Chair's name")
        case "secretaryName": pick("Nama sekretaris rapat", "Secretary's name")
        case "minutes": pick("Notulen", "Minutes")
        case "motion": pick("Usul keputusan", "Motion")
        case "text": pick("Isi undangan", "Notice text")
        case "channel": pick("Cara pengiriman", "Channel")
        case "choice": pick("Pilihan suara", "Vote")
        case "mode": pick("Cara hadir", "Attendance")
        case "memberId", "memberNumber": pick("Anggota", "Member")
        case "memberIds": pick("Delegasi", "Delegates")
        case "kind": pick("Jenis", "Kind")
        case "items": pick("Acara rapat", "Agenda")
        case "agendaItemId": pick("Acara rapat", "Agenda item")
        case "shuYear": pick("Tahun SHU", "SHU year")
        case "registrationNumber": pick("Nomor Induk Koperasi", "Cooperative registration number")
        case "address": pick("Alamat koperasi (kop surat)", "Cooperative's address (letterhead)")
        case "town": pick("Tempat surat ditulis", "Town letters are written in")
        case "date": pick("Tanggal", "Date")
        default: fieldName(field)
        }
    }

    package func meetingStatus(_ status: MeetingStatus) -> String {
        switch status {
        case .draft: pick("draf", "draft")
        case .noticed: pick("undangan terkirim", "notice sent")
        case .open: pick("sedang berlangsung", "in session")
        case .closed: pick("selesai", "closed")
        }
    }

    package func meetingKind(_ kind: MeetingKind) -> String {
        kind == .extraordinary
            ? pick("Rapat Anggota Luar Biasa", "Extraordinary members' meeting")
            : pick("Rapat Anggota Tahunan (RAT)", "Annual members' meeting (RAT)")
    }

    package func resolutionStatus(_ status: ResolutionStatus) -> String {
        switch status {
        case .draft: pick("belum dipungut suara", "not yet voted")
        case .open: pick("pemungutan suara dibuka", "voting open")
        case .passed: pick("diterima", "passed")
        case .rejected: pick("ditolak", "rejected")
        }
    }

    package func agendaKind(_ kind: AgendaKind) -> String {
        switch kind {
        case .statements: pick("Laporan keuangan", "Financial statements")
        case .reports: pick("Laporan pertanggungjawaban", "Reports")
        case .shu: pick("Pembagian SHU", "SHU distribution")
        case .plan: pick("Rencana kerja dan RAPB", "Plan and budget")
        case .election: pick("Pemilihan", "Elections")
        case .other: pick("Lain-lain", "Other")
        }
    }

    /// The standard RAT agenda's titles, in the cooperative's language (Indonesian for the record).
    package func agendaTitle(_ item: AgendaTemplate, year: Int) -> String {
        switch item.key {
        case "statements":
            pick("Pengesahan laporan keuangan tahun buku \(year)", "Approval of the financial statements for \(year)")
        case "boardReport": pick("Laporan pertanggungjawaban pengurus tahun buku \(year)", "The board's report for \(year)")
        case "supervisorsReport":
            pick("Laporan hasil pengawasan pengawas tahun buku \(year)", "The supervisors' report for \(year)")
        case "shu": pick("Penetapan pembagian SHU tahun buku \(year)", "The SHU distribution for \(year)")
        case "plan": pick("Rencana kerja dan RAPB tahun buku \(year + 1)", "Plan and budget (RAPB) for \(year + 1)")
        case "election": pick("Pemilihan pengurus dan pengawas", "Election of the board and supervisors")
        default: item.key
        }
    }

    package func voteChoice(_ choice: VoteChoice) -> String {
        switch choice {
        case .yes: pick("Setuju", "Yes")
        case .no: pick("Tidak setuju", "No")
        case .abstain: pick("Abstain", "Abstain")
        }
    }

    package func attendanceMode(_ mode: AttendanceMode) -> String {
        mode == .online ? pick("daring", "online") : pick("hadir di tempat", "in person")
    }

    package func noticeChannel(_ channel: NoticeChannel) -> String {
        switch channel {
        case .letter: pick("Surat", "Letter")
        case .whatsapp: "WhatsApp"
        case .sms: "SMS"
        case .email: pick("Surel", "E-mail")
        case .board: pick("Papan pengumuman", "Notice board")
        }
    }
}
