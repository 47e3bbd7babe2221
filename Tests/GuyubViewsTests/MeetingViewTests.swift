import Foundation
import GuyubCore
import GuyubViews
import Testing

/// The meeting pages, rendered from their mocks: both languages with no word of the other, a CSRF token
/// in every form that changes something, every class styled, and the vote forms where they belong.
@Suite("Meeting pages")
struct MeetingViewTests {
    /// The pages, with their data in the page's language (the app stores what the secretary typed).
    static func pages(_ context: PageContext) -> [(name: String, html: String)] {
        var show = MeetingShow.Model.mock
        var list = MeetingList.Model.mock
        if context.language == .en {
            show.title = "Annual meeting 2025"
            show.place = "Village hall"
            show.notice?.text = "You are invited to the annual meeting."
            show.noticeDraft = "You are invited."
            show.agenda[0].title = "Approval of the financial statements"
            show.resolutions[0].motion = "Approve the statements for 2025."
            show.resolutions[1].motion = "Approve the SHU distribution for 2025."
            show.minutes = "The chair opened the meeting at nine."
            list.rows[0].title = "Annual meeting 2025"
            list.openVotes = [(show.id, "Approve the statements")]
        }
        var noticed = show
        noticed.status = .noticed
        noticed.ownPresent = false
        noticed.resolutions = []
        noticed.delegates = true
        noticed.delegateNumbers = [3, 17]
        var member = show
        member.canManage = false
        member.canViewAll = false
        func document(_ kind: SiteURL.MeetingDocumentKind) -> MeetingDocument.Model {
            var model = MeetingDocument.Model.mock(kind)
            model.meeting = show
            return model
        }
        return [
            ("meeting list", MeetingList.View.render(list, in: context)),
            ("meeting in session", MeetingShow.View.render(show, in: context)),
            ("meeting noticed", MeetingShow.View.render(noticed, in: context)),
            ("meeting as a member", MeetingShow.View.render(member, in: context)),
            ("invitation", MeetingDocument.View.render(document(.invitation), in: context)),
            ("minutes", MeetingDocument.View.render(document(.minutes), in: context)),
            ("report pack", MeetingDocument.View.render(document(.report), in: context)),
        ]
    }

    @Test(arguments: Language.allCases)
    func everyPostFormCarriesTheCSRFToken(language: Language) {
        var forms = 0
        for page in Self.pages(boardContext(language)) {
            for form in page.html.forms where form.tag.contains(#"method="post""#) {
                forms += 1
                #expect(form.body.contains(csrfInput), "\(page.name): \(form.tag)")
                #expect(form.body.contains(#"name="_once""#), "\(page.name): \(form.tag)")
            }
        }
        // Sign-out on each of the seven pages; the list's new meeting and its rules; in session: close, check-in, the
        // member's vote, the clerk's vote, close vote, new motion, minutes; noticed (by
        // delegates): details, agenda, start, notice, own check-in, delegates, check-in, new motion; as a member: own vote.
        #expect(forms == 7 + 2 + 7 + 8 + 1)
    }

    @Test func theVoteFormsAreWhereTheyBelong() {
        let pages = Dictionary(uniqueKeysWithValues: Self.pages(boardContext()).map { ($0.name, $0.html) })
        let session = pages["meeting in session"]!
        let member = pages["meeting as a member"]!
        // A passed motion shows its totals; an open one only how many voted.
        #expect(session.contains("27") && session.contains("Suara masuk: 12"))
        #expect(session.occurrences(of: "class=\"vote-form\"") == 1)
        #expect(member.occurrences(of: "class=\"vote-form\"") == 1)
        #expect(!member.contains("clerk-vote-form") && !member.contains("resolution-form") && !member.contains("check-in-form"))
        #expect(!member.contains("ministry-report"))
        #expect(pages["meeting noticed"]!.contains("self-check-in-form"))
        #expect(pages["report pack"]!.contains("Rp 1.250.000.000"))
        #expect(pages["report pack"]!.contains("Tabel SHU per anggota muncul di sini"))
    }

    @Test func englishPagesHaveNoIndonesianWords() {
        let context = boardContext(
            .en,
            user: SignedInUser(
                name: "Hartono", cooperativeName: "Sukamaju Cooperative",
                sections: NavSection.allCases))
        for page in Self.pages(context) {
            // The document pages name the cooperative by its registered name.
            let html = page.html.replacingOccurrences(of: "Koperasi Desa Merah Putih Sukamaju", with: "")
            let leaked = html.visibleWords.intersection(LanguageTests.indonesianWords)
            #expect(leaked.isEmpty, "\(page.name): \(leaked.sorted())")
        }
    }

    @Test func indonesianPagesHaveNoEnglishWords() {
        for page in Self.pages(boardContext(.id)) {
            let leaked = page.html.visibleWords.intersection(LanguageTests.englishWords)
            #expect(leaked.isEmpty, "\(page.name): \(leaked.sorted())")
        }
    }

    @Test func everyClassIsStyled() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let css = try String(contentsOf: root.appendingPathComponent("Public/css/app.css"), encoding: .utf8)
        let styled = Set(css.replacing(/\/\*[\s\S]*?\*\//, with: "").matches(of: /\.([a-zA-Z][\w-]*)/).map { String($0.1) })
        var used: Set<String> = []
        for language in Language.allCases {
            for page in Self.pages(boardContext(language)) {
                for match in page.html.matches(of: /class="([^"]*)"/) {
                    used.formUnion(match.1.split(separator: " ").map(String.init))
                }
            }
        }
        let unstyled = used.subtracting(styled).subtracting(StylesheetTests.hooks).subtracting(["meeting-document"])
        #expect(unstyled.isEmpty, "\(unstyled.sorted())")
    }

    @Test func theInvitationIsALetter() {
        // given
        var model = MeetingDocument.Model.mock(.invitation)
        model.address = "Jl. Raya Sukamaju No. 1"
        model.town = "Sukamaju"
        model.letterNumber = "003/UND-RAT/II/2026"
        // when
        let html = MeetingDocument.View.render(model, in: boardContext(.id)).mainPart
        // then: letterhead, number and subject, place and date, the chair's title; the recipients stay on screen.
        #expect(
            html.contains(
                #"<header class="letterhead"><p class="letterhead-name">Koperasi Desa Merah Putih Sukamaju</p><p>Jl. Raya Sukamaju No. 1</p>"#
            ))
        #expect(html.contains("<dt>Nomor</dt><dd>003/UND-RAT/II/2026</dd>"))
        #expect(html.contains("<dt>Perihal</dt><dd>Undangan \(model.meeting.title)</dd>"))
        #expect(html.contains(#"<p class="letter-date">Sukamaju, "#))
        #expect(html.contains(#"<p class="signature-title">Ketua</p>"#))
        #expect(html.contains(#"<table class="stack no-print">"#) || html.contains("no-print"))
    }

    @Test func anInvitationOnTheMeetingsOwnDayIsWarnedOf() {
        // given: a draft meeting today, for the board.
        var model = MeetingShow.Model.mock
        model.notice = nil
        model.status = .draft
        model.today = model.heldOn
        // when
        let html = MeetingShow.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(
            html.contains("Rapat diadakan hari ini. AD/ART umumnya meminta undangan dikirim paling lambat 7 hari sebelum rapat"))
    }

    @Test func anExtraordinaryMeetingHasNoYearAndNoMinistryReport() {
        // given
        var model = MeetingShow.Model.mock
        model.kind = .extraordinary
        // when
        let html = MeetingShow.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(!html.contains("ministry-report") && !html.contains("<dt>Tahun buku</dt>"))
    }

    /// A meeting's refusals name fields as the meeting forms do, not as the members' forms would, and a
    /// start time that cannot be read says how to write a time.
    @Test(arguments: [
        (MeetingError.field(.required("title")), "Judul wajib diisi.", "Title is required."),
        (
            .field(.tooLong("address", FieldLimit.letterheadAddress)),
            "Alamat koperasi (kop surat) paling panjang 200 karakter.",
            "Cooperative's address (letterhead) can be at most 200 characters."
        ),
        (.field(.invalidChoice("choice")), "Pilihan suara tidak dikenali.", "That Vote is not one of the choices."),
        (
            .field(.invalidDate("heldOn")),
            "Tanggal rapat tidak dapat dibaca. Tulis tanggal seperti 05/08/2026.",
            "Meeting date cannot be read. Write the date like 05/08/2026 (day first)."
        ),
        (
            .field(.invalidTime("startsAt")), "Jam tidak dapat dibaca. Tulis seperti 13.30.",
            "The time cannot be read. Write it like 13:30."
        ),
    ])
    func refusalsNameFieldsInMeetingWords(error: MeetingError, indonesian: String, english: String) {
        // when, then
        #expect(Catalogue(.id).message(for: error) == indonesian)
        #expect(Catalogue(.en).message(for: error) == english)
    }

    @Test func theSameRefusalOutsideAMeetingUsesTheGeneralNames() {
        // given: fields the meeting names in its own words, refused outside any area.
        let title = FieldError.required("title")
        let address = FieldError.tooLong("address", FieldLimit.letterheadAddress)
        // when, then
        #expect(Catalogue(.id).message(for: title) == "Isian ini wajib diisi.")
        #expect(Catalogue(.id).message(for: MeetingError.field(title)) == "Judul wajib diisi.")
        #expect(Catalogue(.id).message(for: address) == "Alamat paling panjang 200 karakter.")
    }
}
