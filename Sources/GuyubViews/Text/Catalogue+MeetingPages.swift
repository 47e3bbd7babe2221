import GuyubCore

/// The words of the meeting pages and the report pack.
extension Catalogue {
    package var yourVote: String { pick("Pilihan Anda", "Your choice") }
    package var voteIsFinal: String {
        pick(
            "Pilih salah satu lalu kirim. Suara yang sudah dikirim tidak dapat diubah.",
            "Choose one, then send it. A vote sent cannot be changed.")
    }
    package var attendOnlineToVote: String {
        pick(
            "Untuk memberi suara dari jauh, catat dulu kehadiran Anda secara daring (tombol di bagian Kehadiran).",
            "To vote from afar, first record that you attend online (the button under Attendance).")
    }
    package var attendOnlineExplained: String {
        pick(
            "Mengikuti rapat dari jauh? Catat kehadiran Anda di sini: Anda ikut dihitung untuk kuorum, lalu dapat memberi suara.",
            "Following the meeting from afar? Record your attendance here: you count towards the quorum, then you can vote.")
    }
    package func ratTitle(year: Int) -> String {
        pick("Rapat Anggota Tahunan tahun buku \(year)", "Annual members' meeting for the year \(year)")
    }
    package func extraordinaryTitle(on date: CivilDate) -> String {
        pick("Rapat Anggota Luar Biasa \(format.date(date))", "Extraordinary members' meeting, \(format.date(date))")
    }
    package var meetingsTitle: String { pick("Rapat anggota", "Members' meetings") }
    package var meetingsLead: String {
        pick(
            "Rapat Anggota Tahunan dan rapat luar biasa: undangan, kehadiran, kuorum, keputusan, notulen.",
            "Annual and extraordinary meetings: notice, attendance, quorum, resolutions, minutes.")
    }
    package var noMeetings: String { pick("Belum ada rapat.", "No meetings yet.") }
    package var newMeetingTitle: String { pick("Rapat baru", "New meeting") }
    package var createMeeting: String { pick("Buat rapat", "Create meeting") }
    package var kindLabel: String { pick("Jenis rapat", "Kind of meeting") }
    package var financialYearLabel: String { pick("Tahun buku", "Financial year") }
    package var meetingDateLabel: String { pick("Tanggal dan jam", "Date and time") }
    package var dateLabel: String { pick("Tanggal", "Date") }
    package var startsAtLabel: String { pick("Jam mulai", "Start time") }
    package var placeLabel: String { pick("Tempat", "Place") }
    package var onlineLinkLabel: String { pick("Tautan daring", "Online link") }
    package var titleLabel: String { pick("Judul", "Title") }
    package var statusLabel: String { pick("Status", "State") }
    package var agendaTitle: String { pick("Acara rapat", "Agenda") }
    package var agendaKindLabel: String { pick("Pokok bahasan", "Item") }
    package var noticeTitle: String { pick("Undangan", "Notice") }
    package var noticeLead: String {
        pick(
            "Catat bahwa undangan telah dikirim kepada anggota yang berhak hadir.",
            "Record that the notice went to the members entitled to attend.")
    }
    package var noticeTextLabel: String { pick("Isi undangan", "Notice text") }
    package var noticeChannelLabel: String { pick("Dikirim lewat", "Sent by") }
    package var sendNotice: String { pick("Catat undangan terkirim", "Record the notice as sent") }
    package func noticeSent(_ date: String, _ channel: String, recipients: Int) -> String {
        pick(
            "Undangan dikirim \(date) lewat \(channel) kepada \(recipients) anggota.",
            "Notice sent on \(date) by \(channel) to \(english(recipients, "member")).")
    }
    package var printNotice: String { pick("Cetak undangan", "Print the notice") }
    package var invitationTitle: String { pick("Undangan Rapat Anggota", "Notice of the members' meeting") }
    package var invitationTo: String { pick("Kepada Yth. seluruh anggota", "To all members") }
    package var townHint: String {
        pick("Mis. Sukamaju — tertulis sebelum tanggal surat undangan.", "E.g. Sukamaju — written before the date of a notice.")
    }
    /// `days`: from the day the invitation goes out to the meeting (0: the meeting's own day).
    package func noticeWouldBeLate(_ days: Int) -> String {
        let when =
            days < 0
            ? pick("Tanggal rapat sudah lewat", "The meeting's date has passed")
            : days == 0
                ? pick("Rapat diadakan hari ini", "The meeting is today")
                : pick("Rapat tinggal \(days) hari lagi", "The meeting is \(english(days, "day")) away")
        return when
            + pick(
                ". AD/ART umumnya meminta undangan dikirim paling lambat \(MeetingNotice.days) hari sebelum rapat; bila tetap dikirim, ubah dulu tanggal rapat atau catat alasannya di notulen.",
                ". Bylaws commonly ask for the notice at least \(MeetingNotice.days) days before; move the meeting's date, or record the reason in the minutes."
            )
    }
    package func noticeWasLate(_ days: Int) -> String {
        pick(
            "Undangan dikirim \(max(days, 0)) hari sebelum rapat, kurang dari \(MeetingNotice.days) hari yang umum diminta AD/ART.",
            "The notice went out \(english(max(days, 0), "day")) before the meeting, fewer than the \(MeetingNotice.days) bylaws commonly ask for."
        )
    }
    package var letterNumberLabel: String { pick("Nomor", "Number") }
    package var letterSubjectLabel: String { pick("Perihal", "Subject") }
    package var letterNotSentYet: String { pick("(diberikan saat undangan dikirim)", "(given when the notice is sent)") }
    package func invitationSubject(_ title: String) -> String { pick("Undangan \(title)", "Notice: \(title)") }
    package var letterClosing: String { pick("Hormat kami,", "Yours faithfully,") }
    package func boardOf(_ cooperative: String) -> String { pick("Pengurus \(cooperative)", "The board of \(cooperative)") }
    package var chairTitle: String { pick("Ketua", "Chair") }
    /// `28 Februari 2026`, as a letter dates itself.
    package func longDate(_ date: CivilDate) -> String { "\(date.day) \(monthNames[date.month - 1]) \(date.year)" }
    package var startMeeting: String { pick("Buka rapat", "Open the meeting") }
    package var closeMeeting: String { pick("Tutup rapat", "Close the meeting") }
    package var attendanceTitle: String { pick("Kehadiran dan kuorum", "Attendance and quorum") }
    package var eligibleLabel: String { pick("Berhak hadir", "Entitled to vote") }
    package var presentLabel: String { pick("Hadir", "Present") }
    package var quorumLabel: String { pick("Kuorum (paling sedikit)", "Quorum (at least)") }
    package var quorumMetLabel: String { pick("Kuorum tercapai", "Quorum met") }
    package var quorumMet: String { pick("Kuorum tercapai", "Quorum met") }
    package func quorumMissing(_ more: Int) -> String {
        pick("Kuorum belum tercapai: kurang \(more) orang.", "No quorum yet: \(more) more needed.")
    }
    package func quorumRule(_ numerator: Int, _ denominator: Int) -> String {
        pick(
            "Aturan kuorum AD/ART: \(numerator)/\(denominator) dari yang berhak hadir.",
            "Quorum by the bylaws: \(numerator)/\(denominator) of those entitled.")
    }
    package var yesWord: String { pick("ya", "yes") }
    package var noWord: String { pick("tidak", "no") }
    package var checkIn: String { pick("Catat hadir", "Check in") }
    package var memberNumberLabel: String { pick("Nomor anggota", "Member number") }
    package var modeLabel: String { pick("Cara hadir", "Attendance") }
    package var attendOnline: String { pick("Saya hadir secara daring", "I attend online") }
    package var resolutionsTitle: String { pick("Keputusan", "Resolutions") }
    package var noResolutions: String { pick("Belum ada usul keputusan.", "No motions yet.") }
    package var motionLabel: String { pick("Usul keputusan", "Motion") }
    package var secretLabel: String { pick("Pemungutan suara rahasia", "Secret ballot") }
    package var addResolution: String { pick("Tambah usul keputusan", "Add a motion") }
    package var openVote: String { pick("Buka pemungutan suara", "Open the vote") }
    package var closeVote: String { pick("Tutup pemungutan suara", "Close the vote") }
    package var castVote: String { pick("Berikan suara", "Cast the vote") }
    package var recordVote: String { pick("Catat suara anggota yang hadir di tempat", "Record the vote of a member in the hall") }
    package var youVoted: String { pick("Anda sudah memberikan suara.", "You have voted.") }
    package var ballotsLabel: String { pick("Suara masuk", "Votes cast") }
    package var decidedOnLabel: String { pick("Diputuskan", "Decided on") }
    package var shuYearLabel: String { pick("Tahun SHU", "SHU year") }
    package var totalsHidden: String {
        pick("Hasil diumumkan setelah pemungutan suara ditutup.", "The totals are announced when the vote closes.")
    }
    package var majorityRule: String {
        pick(
            "Diterima bila suara setuju lebih banyak dari tidak setuju; abstain dicatat tetapi tidak menentukan; seri berarti ditolak.",
            "Passed when more vote yes than no; abstentions are counted but decide nothing; a tie is rejected.")
    }
    package var minutesTitle: String { pick("Notulen rapat", "Minutes") }
    package var chairLabel: String { pick("Pimpinan rapat", "Chair") }
    package var secretaryLabel: String { pick("Sekretaris rapat", "Secretary") }
    package var saveMinutes: String { pick("Simpan notulen", "Save the minutes") }
    package var printMinutes: String { pick("Cetak notulen", "Print the minutes") }
    package var decisionsTitle: String { pick("Keputusan rapat", "Decisions") }
    package var signatures: String { pick("Tanda tangan", "Signatures") }
    package var reportPackTitle: String { pick("Laporan RAT", "RAT report pack") }
    package var ministryExport: String { pick("Ekspor laporan RAT untuk ODS", "Export for the ministry's RAT report (ODS)") }
    package func statementsTitle(year: Int) -> String {
        pick("Laporan keuangan tahun buku \(year)", "Financial statements for \(year)")
    }
    package var totalAssetsLabel: String { pick("Jumlah aset", "Total assets") }
    package var totalLiabilitiesLabel: String { pick("Jumlah kewajiban", "Total liabilities") }
    package var totalEquityLabel: String { pick("Jumlah ekuitas", "Total equity") }
    package var businessVolumeLabel: String { pick("Volume usaha (pendapatan)", "Volume of business (income)") }
    package var expensesLabel: String { pick("Jumlah beban", "Total expenses") }
    package var surplusLabel: String { pick("SHU tahun berjalan", "Surplus (SHU) of the year") }
    package var shuTableTitle: String { pick("Tabel SHU per anggota", "SHU per member") }
    package var shuTablePending: String {
        pick(
            "Tabel SHU per anggota muncul di sini setelah pembagian SHU tahun buku ini dihitung.",
            "The SHU table per member appears here once the financial year's distribution is computed.")
    }
    package var meetingRulesTitle: String { pick("Aturan rapat (AD/ART)", "Meeting rules (bylaws)") }
    package var openVotesForYou: String { pick("Pemungutan suara yang menunggu Anda", "Votes waiting for you") }
    package var delegatesMode: String { pick("Rapat delegasi", "Delegates' meeting") }
    package var participantsTitle: String { pick("Daftar hadir", "Attendance list") }
    package var nameLabel: String { pick("Nama", "Name") }
    package var noOneYet: String { pick("Belum ada yang tercatat hadir.", "No one checked in yet.") }
    /// The notice's text as first offered; the secretary edits it before recording it as sent.
    package func noticeDraft(title: String, date: String, time: String, place: String, link: String) -> String {
        let whereText = [place, link].filter { !$0.isEmpty }.joined(separator: pick(" atau daring: ", " or online: "))
        return pick(
            "Dengan hormat, kami mengundang Bapak/Ibu anggota untuk menghadiri \(title) pada \(date) pukul \(time) di \(whereText). Mohon hadir tepat waktu.",
            "We invite you, as a member, to the \(title) on \(date) at \(time), \(whereText). Please be on time.")
    }
    /// The quorum as bylaws put it: "sekurang-kurangnya 1 dari setiap 5 anggota" (one fifth).
    package var quorumNumeratorLabel: String { pick("Kuorum: sekurang-kurangnya … anggota", "Quorum: at least … members") }
    package var quorumDenominatorLabel: String { pick("… dari setiap berapa anggota", "… out of every how many members") }
    package var saveMeetingRules: String { pick("Simpan aturan rapat", "Save the meeting rules") }
    package var editAgenda: String { pick("Ubah acara rapat", "Edit the agenda") }
    package var saveAgenda: String { pick("Simpan acara rapat", "Save the agenda") }
    package var agendaHint: String {
        pick(
            "Kosongkan judul untuk menghapus acara; isi baris terakhir untuk menambah.",
            "Clear a title to drop the item; fill the last row to add one.")
    }
    package func recipientsTitle(_ count: Int) -> String {
        pick("Undangan dikirim kepada \(count) anggota", "The notice went to \(english(count, "member"))")
    }
    package var delegatesHint: String {
        pick(
            "Untuk koperasi dengan lebih dari 500 anggota: delegasi yang dipilih sebelumnya hadir dan memberi suara.",
            "For cooperatives of more than 500 members: delegates chosen beforehand attend and vote.")
    }
    package var delegatesLabel: String { pick("Nomor anggota para delegasi", "Member numbers of the delegates") }
    package var delegatesFormHint: String {
        pick("Pisahkan dengan koma, misalnya 3, 17, 42.", "Separate them by commas, such as 3, 17, 42.")
    }
    package var saveDelegates: String { pick("Simpan delegasi", "Save the delegates") }
    package var editMeetingDetails: String { pick("Ubah waktu dan tempat", "Change the time and place") }
    package var saveMeetingDetails: String { pick("Simpan waktu dan tempat", "Save the time and place") }
    package var backToMeeting: String { pick("Kembali ke rapat", "Back to the meeting") }
}
