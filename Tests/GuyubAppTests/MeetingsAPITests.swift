import Fluent
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The RAT through the router: notice, attendance and quorum, one member one vote with no proxy,
/// secret ballots, minutes and the report pack.
@Suite("Meetings") struct MeetingsAPITests {
    /// A cooperative with three members (Siti and Budi with sign-ins of their own), a supervisor, and a
    /// RAT for 2025 whose notice has gone out.
    struct Setup {
        let coop: UUID
        let board: Client
        let siti: String
        let budi: String
        let joko: String
        let sitiClient: Client
        let budiClient: Client
        let meeting: String
    }

    func setup(_ t: TestApp, start: Bool = true, year: Int = 2025) async throws -> Setup {
        let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
        let board = try await t.apiClient("ketua@sukamaju.coop")
        let siti = try await t.member(People.siti, through: board)
        let budi = try await t.member(People.budi, through: board)
        let joko = try await t.member(People.joko, through: board)
        try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
        try await t.user("budi@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: budi))
        let created = try await board.post(
            "/api/v1/meetings",
            json: [
                "heldOn": "2026-03-14", "startsAt": "09:00",
                "place": "Balai Desa Sukamaju", "financialYear": year,
            ])
        #expect(created.status == .created, "\(created.body.string)")
        let meeting = try created.json()["id"] as! String
        let notice = try await board.post(
            "/api/v1/meetings/\(meeting)/notice",
            json: [
                "channel": "whatsapp", "text": "Dengan hormat, kami mengundang Bapak/Ibu anggota ke RAT tahun buku 2025.",
            ])
        #expect(notice.status == .ok, "\(notice.body.string)")
        if start { #expect(try await board.post("/api/v1/meetings/\(meeting)/start", json: [:]).status == .ok) }
        return Setup(
            coop: coop, board: board, siti: siti, budi: budi, joko: joko,
            sitiClient: try await t.apiClient("siti@sukamaju.coop"), budiClient: try await t.apiClient("budi@sukamaju.coop"),
            meeting: meeting)
    }

    func checkIn(_ s: Setup, _ member: String, mode: String = "in-person") async throws -> TestingHTTPResponse {
        try await s.board.post("/api/v1/meetings/\(s.meeting)/attendance", json: ["memberId": member, "mode": mode])
    }

    /// A motion on the meeting, opened for voting; its id.
    func openMotion(_ s: Setup, kind: String = "statements", secret: Bool = false, shuYear: Int? = nil) async throws -> String {
        var body: [String: Any] = ["kind": kind, "motion": "Mengesahkan laporan keuangan tahun buku 2025.", "secret": secret]
        if let shuYear { body["shuYear"] = shuYear }
        let created = try await s.board.post("/api/v1/meetings/\(s.meeting)/resolutions", json: body)
        #expect(created.status == .created, "\(created.body.string)")
        let id = try created.json()["id"] as! String
        let opened = try await s.board.post("/api/v1/meetings/resolutions/\(id)/open", json: [:])
        #expect(opened.status == .ok, "\(opened.body.string)")
        return id
    }

    @Test func aRATIsCalledWithTheStandardAgendaAndNoticeReachesEveryMember() async throws {
        try await withTestApp { t in
            let s = try await setup(t, start: false)
            let meeting = try await s.board.get("/api/v1/meetings/\(s.meeting)").json()
            let attendance =
                try JSONSerialization.jsonObject(
                    with: Data(
                        buffer: try await s.board.get(
                            "/api/v1/meetings/\(s.meeting)/attendance"
                        ).body)) as! [[String: Any]]

            let agenda = meeting["agenda"] as! [[String: Any]]
            #expect(agenda.map { $0["kind"] as! String } == ["statements", "reports", "reports", "shu", "plan", "election"])
            #expect(meeting["status"] as? String == "noticed")
            #expect((meeting["quorum"] as? [String: Any])?["denominator"] as? Int == 5)
            #expect(attendance.count == 3 && attendance.allSatisfy { $0["noticed"] as? Bool == true })
            let audit = try await s.board.get("/api/v1/audit").body.string
            #expect(audit.contains("meeting.create") && audit.contains("meeting.notice"))
        }
    }

    @Test func aMemberWhoVotedTwiceIsRefusedAndNothingIsWritten() async throws {
        try await withTestApp { t in
            // given: Siti in the hall, a motion open.
            let s = try await setup(t)
            #expect(try await checkIn(s, s.siti).status == .created)
            let motion = try await openMotion(s)

            // when: the clerk records her vote, then she tries again herself, then the clerk again.
            let first = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes", json: ["memberId": s.siti, "choice": "yes"])
            let again = try await s.sitiClient.post("/api/v1/meetings/resolutions/\(motion)/votes", json: ["choice": "no"])
            let clerkAgain = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes",
                json: ["memberId": s.siti, "choice": "no"])
            let closed = try await s.board.post("/api/v1/meetings/resolutions/\(motion)/close", json: [:])

            // then
            #expect(first.status == .created, "\(first.body.string)")
            #expect(again.status == .conflict && again.errorCode == "already_voted")
            #expect(clerkAgain.status == .conflict && clerkAgain.errorCode == "already_voted")
            let totals = try closed.json()["totals"] as? [String: Any]
            #expect(totals?["yes"] as? Int == 1 && totals?["no"] as? Int == 0)
            #expect(try closed.json()["status"] as? String == "passed")
            #expect(try closed.json()["ballotsCast"] as? Int == 1)
        }
    }

    @Test func votingWithoutQuorumIsRefused() async throws {
        try await withTestApp { t in
            // given: quorum 1/1 of three members (the bylaws say so), only Siti present.
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            _ = coop
            let board = try await t.apiClient("ketua@sukamaju.coop")
            let rules = try await board.send(
                .PUT, "/api/v1/meetings/settings",
                body: ByteBuffer(
                    data: try JSONSerialization.data(
                        withJSONObject: ["quorumNumerator": 1, "quorumDenominator": 1])), contentType: .json)
            #expect(rules.status == .ok, "\(rules.body.string)")
            let siti = try await t.member(People.siti, through: board)
            _ = try await t.member(People.budi, through: board)
            let meeting =
                try await board.post("/api/v1/meetings", json: ["heldOn": "2026-03-14", "place": "Balai Desa"])
                .json()["id"] as! String
            _ = try await board.post("/api/v1/meetings/\(meeting)/notice", json: ["channel": "letter", "text": "Undangan RAT"])
            _ = try await board.post("/api/v1/meetings/\(meeting)/start", json: [:])
            _ = try await board.post("/api/v1/meetings/\(meeting)/attendance", json: ["memberId": siti, "mode": "in-person"])
            let motion =
                try await board.post("/api/v1/meetings/\(meeting)/resolutions", json: ["motion": "Mengesahkan laporan"])
                .json()["id"] as! String

            // when
            let open = try await board.post("/api/v1/meetings/resolutions/\(motion)/open", json: [:])
            let vote = try await board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes", json: ["memberId": siti, "choice": "yes"])
            let shown = try await board.get("/api/v1/meetings/\(meeting)").json()

            // then: refused with its own code, and the motion still waits.
            #expect(open.status == .unprocessableEntity && open.errorCode == "no_quorum", "\(open.body.string)")
            #expect(vote.status == .unprocessableEntity && vote.errorCode == "resolution_not_open")
            let attendance = shown["attendance"] as! [String: Any]
            #expect(
                attendance["present"] as? Int == 1 && attendance["required"] as? Int == 2
                    && attendance["quorumMet"] as? Bool == false)
            #expect((shown["resolutions"] as! [[String: Any]])[0]["status"] as? String == "draft")
        }
    }

    @Test func noProxy() async throws {
        try await withTestApp { t in
            // given: Siti online, Budi in the hall, Joko online without a sign-in.
            let s = try await setup(t)
            let own = try await s.sitiClient.post("/api/v1/meetings/\(s.meeting)/attendance", json: ["mode": "online"])
            #expect(own.status == .created, "\(own.body.string)")
            #expect(try await checkIn(s, s.budi).status == .created)
            #expect(try await checkIn(s, s.joko, mode: "online").status == .created)
            let motion = try await openMotion(s)

            // when
            let forBudi = try await s.sitiClient.post(
                "/api/v1/meetings/resolutions/\(motion)/votes",
                json: ["memberId": s.budi, "choice": "yes"])
            let forJoko = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes", json: ["memberId": s.joko, "choice": "yes"])
            let checkInBudi = try await s.sitiClient.post(
                "/api/v1/meetings/\(s.meeting)/attendance",
                json: ["memberId": s.budi, "mode": "online"])
            let ownVote = try await s.sitiClient.post("/api/v1/meetings/resolutions/\(motion)/votes", json: ["choice": "yes"])
            let shown = try await s.budiClient.get("/api/v1/meetings/resolutions/\(motion)").json()

            // then: only Siti's own vote counts.
            #expect(forBudi.status == .forbidden && forBudi.errorCode == "no_proxy")
            #expect(forJoko.status == .forbidden && forJoko.errorCode == "no_proxy")
            #expect(checkInBudi.status == .forbidden && checkInBudi.errorCode == "no_proxy")
            #expect(ownVote.status == .created, "\(ownVote.body.string)")
            #expect(shown["ballotsCast"] as? Int == 1 && shown["youVoted"] as? Bool == false)
            #expect(shown["totals"] == nil || shown["totals"] is NSNull)
        }
    }

    @Test func aSecretVoteCannotBeLinkedToTheMember() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            #expect(try await checkIn(s, s.siti).status == .created)
            #expect(try await checkIn(s, s.budi).status == .created)
            let motion = try await openMotion(s, kind: "election", secret: true)

            _ = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes", json: ["memberId": s.siti, "choice": "yes"])
            _ = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes", json: ["memberId": s.budi, "choice": "no"])
            let closed = try await s.board.post("/api/v1/meetings/resolutions/\(motion)/close", json: [:]).json()

            // Nothing stored per member says how they voted: not the ballots, not the trail.
            let rows = try await t.app.db.sql.raw("/* test */ SELECT member_id, choice FROM meeting_ballots").all()
            #expect(rows.count == 2)
            #expect(try rows.allSatisfy { try $0.decode(column: "choice", as: String?.self) == nil })
            let events = try await t.tenant().query(AuditEventRecord.self).filter(\.$action == .meetingVote).all()
            #expect(events.count == 2)
            #expect(events.allSatisfy { !($0.after ?? "").contains("\"yes\"") && !($0.after ?? "").contains("\"no\"") })
            // The totals are public once closed; a tie is rejected.
            let totals = closed["totals"] as? [String: Any]
            #expect(totals?["yes"] as? Int == 1 && totals?["no"] as? Int == 1)
            #expect(closed["status"] as? String == "rejected")
        }
    }

    @Test func aVoteRetriedWithItsKeyIsCountedOnce() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            #expect(try await checkIn(s, s.siti).status == .created)
            let motion = try await openMotion(s)
            let key: HTTPHeaders = ["Idempotency-Key": "vote-siti-1"]

            let first = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes",
                json: ["memberId": s.siti, "choice": "yes"], headers: key)
            let retry = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes",
                json: ["memberId": s.siti, "choice": "yes"], headers: key)

            #expect(first.status == .created && retry.status == .created)
            #expect(retry.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(first.body.string == retry.body.string)
            #expect(try await s.board.get("/api/v1/meetings/resolutions/\(motion)").json()["ballotsCast"] as? Int == 1)
        }
    }

    @Test func votesSentAtOnceByOneMemberCountOnce() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            #expect(
                try await s.sitiClient.post("/api/v1/meetings/\(s.meeting)/attendance", json: ["mode": "online"]).status
                    == .created)
            #expect(try await checkIn(s, s.budi).status == .created)
            let motion = try await openMotion(s)
            // Siti taps twelve times from her phone while the clerk records Budi's vote.
            let answers = try await withThrowingTaskGroup(of: TestingHTTPResponse.self) { group in
                for i in 0..<12 {
                    group.addTask {
                        try await s.sitiClient.post(
                            "/api/v1/meetings/resolutions/\(motion)/votes",
                            json: ["choice": i % 2 == 0 ? "yes" : "no"])
                    }
                }
                group.addTask {
                    try await s.board.post(
                        "/api/v1/meetings/resolutions/\(motion)/votes",
                        json: ["memberId": s.budi, "choice": "yes"])
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let closed = try await s.board.post("/api/v1/meetings/resolutions/\(motion)/close", json: [:]).json()

            #expect(
                answers.allSatisfy { [.created, .conflict, .serviceUnavailable].contains($0.status) }, "\(answers.map(\.status))")
            #expect(answers.filter { $0.status == .created }.count == 2)
            let totals = closed["totals"] as? [String: Any]
            #expect((totals?["yes"] as? Int ?? 0) + (totals?["no"] as? Int ?? 0) == 2 && closed["ballotsCast"] as? Int == 2)
        }
    }

    @Test func attendanceIsOnceAndOnlyForActiveMembers() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let applicant =
                try await s.board.post(
                    "/api/v1/members",
                    json: [
                        "name": "Rina Wati", "nik": "3507244503950004", "phone": "081234567890", "address": "Dusun Krajan",
                    ]
                ).json()["id"] as! String

            let first = try await checkIn(s, s.siti)
            let twice = try await checkIn(s, s.siti, mode: "online")
            let notMember = try await checkIn(s, applicant)
            let unknown = try await checkIn(s, UUID().uuidString)
            let badMode = try await checkIn(s, s.budi, mode: "telepon")

            #expect(first.status == .created)
            #expect(twice.status == .conflict && twice.errorCode == "already_checked_in")
            #expect(notMember.status == .unprocessableEntity && notMember.errorCode == "not_eligible")
            #expect(unknown.status == .notFound)
            #expect(badMode.status == .unprocessableEntity && badMode.errorCode == "invalid_choice")
            let attendance = try await s.board.get("/api/v1/meetings/\(s.meeting)").json()["attendance"] as! [String: Any]
            #expect(attendance["present"] as? Int == 1 && attendance["eligible"] as? Int == 3)
        }
    }

    @Test func rolesDecideWhoRunsAndWhoReads() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let draft =
                try await s.board.post(
                    "/api/v1/meetings",
                    json: [
                        "heldOn": "2026-09-01", "kind": "extraordinary",
                        "title": "Rapat Anggota Luar Biasa", "place": "Balai",
                    ]
                )
                .json()["id"] as! String
            try await t.user("pengawas@sukamaju.coop", roles: [.supervisor], in: s.coop)
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: s.coop)
            let supervisor = try await t.apiClient("pengawas@sukamaju.coop")
            let teller = try await t.apiClient("kasir@sukamaju.coop")

            #expect(try await supervisor.get("/api/v1/meetings/\(s.meeting)/report").status == .ok)
            #expect(
                try await supervisor.post("/api/v1/meetings", json: ["heldOn": "2026-04-01", "place": "Balai"]).status
                    == .forbidden)
            #expect(
                try await supervisor.post(
                    "/api/v1/meetings/\(s.meeting)/attendance",
                    json: ["memberId": s.siti, "mode": "in-person"]
                ).errorCode == "no_proxy")
            #expect(try await s.sitiClient.get("/api/v1/meetings/\(s.meeting)").status == .ok)
            // A draft is the board's until its notice goes out.
            let listed =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.sitiClient.get("/api/v1/meetings").body))
                as? [[String: Any]]
            #expect(
                listed?.map { $0["id"] as? String } == [s.meeting.lowercased()]
                    || listed?.map { $0["id"] as? String } == [s.meeting])
            #expect(try await s.sitiClient.get("/api/v1/meetings/\(draft)").status == .notFound)
            #expect(try await supervisor.get("/api/v1/meetings/\(draft)").status == .ok)
            #expect(try await s.sitiClient.get("/api/v1/meetings/\(s.meeting)/report").status == .forbidden)
            #expect(try await s.sitiClient.post("/api/v1/meetings/\(s.meeting)/close", json: [:]).status == .forbidden)
            #expect(try await teller.get("/api/v1/meetings/\(s.meeting)").status == .forbidden)
        }
    }

    @Test func anotherCooperativesMeetingIsNotFoundAndItsMembersCannotAttend() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            _ = try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let other = try await t.apiClient("ketua@makmur.coop")
            let stranger = try await t.member(People.joko, through: other)

            let read = try await other.get("/api/v1/meetings/\(s.meeting)")
            let attend = try await other.post(
                "/api/v1/meetings/\(s.meeting)/attendance", json: ["memberId": stranger, "mode": "online"])
            let theirs = try await checkIn(s, stranger)

            #expect(read.status == .notFound && attend.status == .notFound && theirs.status == .notFound)
            #expect(
                (try JSONSerialization.jsonObject(with: Data(buffer: try await other.get("/api/v1/meetings").body)) as? [Any])?
                    .isEmpty == true)
        }
    }

    @Test func closingMinutesAndTheReportPack() async throws {
        try await withTestApp { t in
            // given: the meeting reports on this year, whose books hold the members' pokok.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
            let s = try await setup(t, year: calendar.component(.year, from: Date()))
            #expect(try await checkIn(s, s.siti).status == .created)
            #expect(try await checkIn(s, s.budi, mode: "online").status == .created)
            let motion = try await openMotion(s, kind: "shu")
            _ = try await s.board.post(
                "/api/v1/meetings/resolutions/\(motion)/votes", json: ["memberId": s.siti, "choice": "yes"])

            let early = try await s.board.post("/api/v1/meetings/\(s.meeting)/close", json: [:])
            _ = try await s.board.post("/api/v1/meetings/resolutions/\(motion)/close", json: [:])
            let minutes = try await s.board.send(
                .PUT, "/api/v1/meetings/\(s.meeting)/minutes",
                body: ByteBuffer(
                    data:
                        try JSONSerialization
                        .data(withJSONObject: [
                            "minutes": "Rapat dibuka pukul 09.00 oleh ketua.", "chairName": "Hartono",
                            "secretaryName": "Dewi Lestari",
                        ])), contentType: .json)
            let closed = try await s.board.post("/api/v1/meetings/\(s.meeting)/close", json: [:])
            let report = try await s.board.get("/api/v1/meetings/\(s.meeting)/report").json()
            let csv = try await s.board.get("/api/v1/meetings/\(s.meeting)/report?format=csv")
            _ = try await s.board.send(
                .PUT, "/api/v1/meetings/settings",
                body: ByteBuffer(
                    data: try JSONSerialization.data(
                        withJSONObject: ["registrationNumber": "3507240010001"])), contentType: .json)
            let ministry = try await s.board.get("/api/v1/meetings/\(s.meeting)/ministry-report").json()
            let ministryCSV = try await s.board.get("/api/v1/meetings/\(s.meeting)/ministry-report?format=csv")

            #expect(early.status == .unprocessableEntity && early.errorCode == "votes_still_open")
            #expect(minutes.status == .ok, "\(minutes.body.string)")
            #expect(try closed.json()["status"] as? String == "closed")
            #expect((report["attendance"] as? [String: Any])?["present"] as? Int == 2)
            #expect(((report["resolutions"] as? [[String: Any]])?.first?["totals"] as? [String: Any])?["yes"] as? Int == 1)
            // Three members paid pokok of 50.000: the cooperative holds 150.000 in assets and equity.
            #expect((report["statements"] as? [String: Any])?["totalAssets"] as? String == "150000")
            #expect(report["shuShares"] == nil || report["shuShares"] is NSNull)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.body.string.hasPrefix("\u{FEFF}"))
            #expect(csv.body.string.contains("Mengesahkan laporan keuangan"))
            #expect(ministry["registrationNumber"] as? String == "3507240010001")
            #expect(ministry["membersTotal"] as? Int == 3 && ministry["membersPresent"] as? Int == 2)
            #expect(ministry["quorumMet"] as? Bool == true && ministry["assets"] as? String == "150000")
            #expect(ministryCSV.body.string.hasPrefix("\u{FEFF}nama_koperasi,nomor_induk_koperasi"))
            #expect(
                try await s.board.post("/api/v1/meetings/\(s.meeting)/notice", json: ["channel": "sms", "text": "x"])
                    .errorCode == "wrong_meeting_status")
        }
    }

    @Test func passedSHUResolutionFindsOnlyAPassedSHUResolutionOfTheYear() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            #expect(try await checkIn(s, s.siti).status == .created)
            // A passed SHU motion for 2025, a rejected one for 2024, a passed statements motion.
            let shu2025 = try await openMotion(s, kind: "shu", shuYear: 2025)
            _ = try await s.board.post(
                "/api/v1/meetings/resolutions/\(shu2025)/votes", json: ["memberId": s.siti, "choice": "yes"])
            _ = try await s.board.post("/api/v1/meetings/resolutions/\(shu2025)/close", json: [:])
            let shu2024 = try await openMotion(s, kind: "shu", shuYear: 2024)
            _ = try await s.board.post(
                "/api/v1/meetings/resolutions/\(shu2024)/votes", json: ["memberId": s.siti, "choice": "no"])
            _ = try await s.board.post("/api/v1/meetings/resolutions/\(shu2024)/close", json: [:])
            let statements = try await openMotion(s)
            _ = try await s.board.post(
                "/api/v1/meetings/resolutions/\(statements)/votes", json: ["memberId": s.siti, "choice": "yes"])
            _ = try await s.board.post("/api/v1/meetings/resolutions/\(statements)/close", json: [:])
            let open2023 = try await openMotion(s, kind: "shu", shuYear: 2023)
            _ = open2023

            let store = MeetingStore(Tenant(cooperativeID: s.coop, db: t.app.db))
            let found = try await store.passedSHUResolution(year: 2025)
            let rejected = try await store.passedSHUResolution(year: 2024)
            let stillOpen = try await store.passedSHUResolution(year: 2023)
            let otherTenant = try await MeetingStore(Tenant(cooperativeID: UUID(), db: t.app.db)).passedSHUResolution(year: 2025)

            #expect(found?.resolutionID.uuidString.lowercased() == shu2025.lowercased())
            #expect(found?.meetingID.uuidString.lowercased() == s.meeting.lowercased())
            #expect(found?.decidedOn != nil)
            #expect(rejected == nil && stillOpen == nil && otherTenant == nil)
        }
    }

    /// Over 500 members meet by delegates: only the delegates are noticed, count for the quorum, attend and vote.
    @Test func aLargeCooperativeMeetsByDelegates() async throws {
        try await withTestApp { t in
            // given: 501 members registered straight into the store (with valid NIKs).
            let coop = try await t.cooperative("Koperasi Besar", admin: "ketua@besar.coop")
            let ids = try await t.app.db.write { db in
                let members = MemberStore(Tenant(cooperativeID: coop, db: db))
                var ids: [UUID] = []
                for i in 1...501 {
                    let serial = String(repeating: "0", count: 4 - String(i).count) + String(i)
                    let details = try MemberDetails(
                        name: "Anggota \(i)", nik: "350724010190" + serial, phone: "081234567890",
                        address: "Desa Besar")
                    ids.append(
                        try await members.register(
                            details, status: .member, on: CivilDate(year: 2025, month: 1, day: 2)!,
                            by: .commandLine("test")
                        ).id!)
                }
                return ids
            }
            let board = try await t.apiClient("ketua@besar.coop")
            let created = try await board.post(
                "/api/v1/meetings",
                json: [
                    "heldOn": "2026-03-14", "place": "Gedung Serbaguna",
                    "delegates": true,
                ])
            #expect(created.status == .created, "\(created.body.string)")
            let meeting = try created.json()["id"] as! String
            let delegates = ids.prefix(20).map { $0.uuidString }

            // when
            let chosen = try await board.post("/api/v1/meetings/\(meeting)/delegates", json: ["memberIds": delegates])
            let notice = try await board.post(
                "/api/v1/meetings/\(meeting)/notice", json: ["channel": "letter", "text": "Undangan RAT"])
            _ = try await board.post("/api/v1/meetings/\(meeting)/start", json: [:])
            let outsider = try await board.post(
                "/api/v1/meetings/\(meeting)/attendance",
                json: ["memberId": ids[400].uuidString, "mode": "in-person"])
            for id in delegates.prefix(4) {
                _ = try await board.post("/api/v1/meetings/\(meeting)/attendance", json: ["memberId": id, "mode": "in-person"])
            }
            let shown = try await board.get("/api/v1/meetings/\(meeting)").json()

            // then: 20 delegates entitled, a quorum of 4 (1/5), the notice to the delegates only.
            let chosenList = try JSONSerialization.jsonObject(with: Data(buffer: chosen.body)) as? [Any]
            #expect(chosen.status == .ok && chosenList?.count == 20)
            #expect(try notice.json()["recipients"] as? Int == 20)
            #expect(outsider.status == .unprocessableEntity && outsider.errorCode == "not_eligible")
            let attendance = shown["attendance"] as! [String: Any]
            #expect(
                attendance["eligible"] as? Int == 20 && attendance["required"] as? Int == 4
                    && attendance["quorumMet"] as? Bool == true)
        }
    }

    @Test func badInputIsRefusedWithAClearCode() async throws {
        try await withTestApp { t in
            _ = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let board = try await t.apiClient("ketua@sukamaju.coop")

            let noDate = try await board.post("/api/v1/meetings", json: ["place": "Balai"])
            let badTime = try await board.post(
                "/api/v1/meetings", json: ["heldOn": "2026-03-14", "startsAt": "25:00", "place": "Balai"])
            let nowhere = try await board.post("/api/v1/meetings", json: ["heldOn": "2026-03-14"])
            let badLink = try await board.post(
                "/api/v1/meetings", json: ["heldOn": "2026-03-14", "onlineLink": "javascript:alert(1)"])
            let delegates = try await board.post(
                "/api/v1/meetings", json: ["heldOn": "2026-03-14", "place": "Balai", "delegates": true])
            let quorum = try await board.send(
                .PUT, "/api/v1/meetings/settings",
                body: ByteBuffer(
                    data: try JSONSerialization.data(
                        withJSONObject: ["quorumNumerator": 3, "quorumDenominator": 2])), contentType: .json)

            #expect(noDate.errorCode == "required" && noDate.errorField == "heldOn")
            #expect(badTime.errorCode == "invalid_date" && badTime.errorField == "startsAt")
            // The messages name fields in the meeting's words, and a time that cannot be read says how to write one.
            #expect(noDate.errorMessage == "Tanggal rapat wajib diisi.")
            #expect(badTime.errorMessage == "Jam tidak dapat dibaca. Tulis seperti 13.30.")
            #expect(nowhere.errorCode == "required" && nowhere.errorField == "place")
            #expect(badLink.errorCode == "invalid_choice")
            #expect(delegates.errorCode == "delegates_need_large_cooperative")
            #expect(quorum.errorCode == "invalid_quorum")
            let huge = try await board.send(
                .PUT, "/api/v1/meetings/settings",
                body: ByteBuffer(
                    data: try JSONSerialization.data(
                        withJSONObject: ["quorumNumerator": Int.max, "quorumDenominator": Int.max])), contentType: .json)
            #expect(huge.status == .unprocessableEntity && huge.errorCode == "invalid_quorum")
            let farYear = try await board.post("/api/v1/meetings", json: ["heldOn": "9999-12-31", "place": "Balai"])
            #expect(farYear.status == .unprocessableEntity && farYear.errorCode == "invalid_choice")
            #expect(
                (try JSONSerialization.jsonObject(with: Data(buffer: try await board.get("/api/v1/meetings").body)) as? [Any])?
                    .isEmpty == true)
        }
    }
}
