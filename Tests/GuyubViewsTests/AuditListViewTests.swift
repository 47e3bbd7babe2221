import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Audit trail page")
struct AuditListViewTests {
    @Test func showsTimesInTheCooperativesZone() throws {
        // given: the same trail seen from Jakarta (default), Jayapura and without a user.
        let papua = SignedInUser(
            name: "Yohana", cooperativeName: "Koperasi Jayapura", sections: [.audit],
            timeZone: try #require(TimeZone(identifier: "Asia/Jayapura")))
        // when
        let jakarta = AuditList.View.render(.mock, in: boardContext(.id)).mainPart
        let jayapura = AuditList.View.render(.mock, in: boardContext(.en, user: papua)).mainPart
        let anonymous = AuditList.View.render(.mock, in: PageContext(language: .id)).mainPart
        // then
        #expect(jakarta.contains(#"<td data-label="Waktu"><span class="nowrap">23 Nov 2026 09.13</span></td>"#))
        #expect(jakarta.contains("22 Nov 2026 05.26"))
        #expect(jayapura.contains("23 Nov 2026 11:13"))
        #expect(anonymous.contains("23 Nov 2026 09.13"))
    }

    @Test func namesActionsAndLinksTheRecord() {
        // when
        let id = AuditList.View.render(.mock, in: boardContext(.id)).mainPart
        let en = AuditList.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains(##"<td data-label="#">2</td>"##))
        #expect(id.contains(#"<td data-label="Oleh">Hartono</td>"#))
        #expect(id.contains(#"<td data-label="Tindakan">Perubahan data anggota</td>"#))
        #expect(
            id.contains(
                #"<td data-label="Tentang"><a href="\#(SiteURL.member(MemberRow.mocks[0].id).path)">Siti Aminah (No. 1)</a></td>"#
            ))
        #expect(id.contains(#"<td data-label="Tindakan">Koperasi dibuat</td>"#))
        #expect(en.contains("Member details changed"))
        #expect(en.contains("Cooperative created"))
    }

    @Test(
        "every known action has a label",
        arguments: [
            ("member.register", "Pendaftaran anggota"), ("member.update", "Perubahan data anggota"),
            ("member.status", "Perubahan status anggota"), ("member.import", "Impor anggota"),
            ("user.create", "Pengguna baru"), ("user.roles", "Perubahan peran"), ("cooperative.create", "Koperasi dibuat"),
            ("loan.disburse", "Pinjaman dicairkan"), ("meeting.vote", "Suara dicatat"),
        ])
    func actionLabel(code: String, label: String) throws {
        #expect(Catalogue(.id).auditAction(try #require(AuditAction(rawValue: code))) == label)
    }

    @Test("no action shows its code", arguments: AuditAction.allCases)
    func everyActionHasAName(_ action: AuditAction) {
        for language in Language.allCases {
            let name = Catalogue(language).auditAction(action)
            #expect(!name.contains(".") && !name.isEmpty)
        }
    }

    @Test func aVoteReadsAsWhoChoseWhat() {
        // given
        let row = AuditList.Model.Row(
            sequence: 9, at: Date(timeIntervalSince1970: 1_795_400_000), actor: "Sri Wahyuni", action: .meetingVote,
            subject: "Siti Aminah (No. 1) — Mengesahkan laporan keuangan", link: nil,
            changes: [
                .init(field: "byClerk", before: nil, after: "true"), .init(field: "choice", before: nil, after: "yes"),
                .init(field: "memberId", before: nil, after: "Siti Aminah (No. 1)"),
                .init(field: "somethingUnnamed", before: nil, after: "x"),
            ])
        // when
        let html = AuditList.View.render(.init(rows: [row], page: 1, pageCount: 1, total: 1), in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<span class="field-name">Dicatat oleh petugas</span>: <ins>Ya</ins>"#))
        #expect(html.contains(#"<span class="field-name">Pilihan</span>: <ins>Setuju</ins>"#))
        #expect(html.contains(#"<li class="muted">1 rincian lain berubah</li>"#))
        #expect(!html.contains("byClerk") && !html.contains("somethingUnnamed"))
    }

    @Test func changesReadAsFieldBeforeAfter() {
        // given
        let row = AuditList.Model.Row(
            sequence: 9, at: Date(timeIntervalSince1970: 1_795_400_000), actor: "Hartono", action: .memberStatus,
            link: nil,
            changes: [
                .init(field: "status", before: "applicant", after: "member"),
                .init(field: "statusSince", before: "2026-11-20", after: "2026-11-23"),
                .init(field: "memberNumber", before: nil, after: "12"),
                .init(field: "birthPlace", before: "Malang", after: nil),
            ])
        let model = AuditList.Model(rows: [row], page: 1, pageCount: 1, total: 1)
        // when
        let html = AuditList.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<span class="field-name">Status</span>: <del>Calon anggota</del> → <ins>Anggota</ins>"#))
        #expect(html.contains(#"<span class="field-name">Status sejak</span>: <del>20 Nov 2026</del> → <ins>23 Nov 2026</ins>"#))
        #expect(html.contains(#"<span class="field-name">No. anggota</span>: <ins>12</ins>"#))
        #expect(html.contains(#"<span class="field-name">Tempat lahir</span>: <del>Malang</del> → <ins>—</ins>"#))
        #expect(html.contains(#"<td data-label="Tindakan">Perubahan status anggota</td>"#))
    }

    @Test func explainsTheHashChain() {
        // when
        let html = AuditList.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(html.contains("hash-chained"))
        #expect(html.contains("guyub verify"))
        #expect(html.contains(#"<p class="count">2 entries</p>"#))
    }

    @Test func pagerLinksToNeighbouringPages() {
        // given
        var model = AuditList.Model.mock
        model.page = 2
        model.pageCount = 3
        // when
        let html = AuditList.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<a href="/audit" rel="prev">‹ Sebelumnya</a>"#))
        #expect(html.contains(#"<a href="/audit?page=3" rel="next">Berikutnya ›</a>"#))
        #expect(html.contains("Halaman 2 dari 3"))
    }

    @Test func anEmptyTrailSaysSo() {
        // given
        let model = AuditList.Model(rows: [], page: 1, pageCount: 1, total: 0)
        // when
        let html = AuditList.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("Belum ada catatan."))
        #expect(!html.contains("<table"))
    }
}
