import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("A member's savings on their page and dashboard")
struct MemberSavingsViewTests {
    var model: MemberShow.Model {
        var model = MemberShow.Model.mock
        model.savings = SavingsRow.mocks
        model.owed = Owed(wajib: 30_000, months: 3, since: YearMonth(year: 2026, month: 9), pokok: 50_000)
        model.canHandleCash = true
        return model
    }

    @Test func theSavingsCardListsEveryAccountWithItsStatement() {
        // when
        let html = MemberShow.View.render(model, in: boardContext(.id)).mainPart
        // then
        let card = html.section(from: #"<section class="card savings">"#, to: "</section>")
        #expect(card.contains("<h2>Simpanan</h2>"))
        #expect(card.contains(#"<span class="savings-name">Simpanan pokok</span><span class="money">Rp 50.000</span>"#))
        #expect(card.contains(#"<span class="savings-name">Simpanan wajib</span><span class="money">Rp 340.000</span>"#))
        for account in SavingsRow.mocks {
            #expect(card.contains(#"<a href="\#(SiteURL.statement(account.id).path)">Rekening koran</a>"#))
        }
        #expect(card.contains("Simpanan wajib belum dibayar 3 bulan sejak Sep 2026: Rp 30.000."))
        #expect(card.contains("Simpanan pokok belum dibayar: Rp 50.000."))
        #expect(
            card.contains(#"<a href="\#(SiteURL.teller(member: model.row.id).path)" class="button primary">Layani di kasir</a>"#))
        // After the particulars, before the history.
        let particulars = html.range(of: "Data diri")!.lowerBound
        let savings = html.range(of: "<h2>Simpanan</h2>")!.lowerBound
        let history = html.range(of: "Riwayat status")!.lowerBound
        #expect(particulars < savings && savings < history)
    }

    @Test func closedAccountsAreGreyed() {
        // given
        var closed = model
        closed.savings[2].isOpen = false
        // when
        let html = MemberShow.View.render(closed, in: boardContext(.en)).mainPart
        // then
        #expect(
            html.contains(
                #"<li class="closed"><span class="savings-name">Voluntary savings</span><span class="money">Rp 1.250.000</span><span class="savings-note">Closed</span>"#
            ))
        #expect(html.occurrences(of: #"<li class="closed">"#) == 1)
    }

    @Test func theCounterButtonOnlyForATellerAndNotOnOnesOwnRecord() {
        // given
        var member = model
        member.canHandleCash = false
        var own = model
        own.isOwnRecord = true
        // when and check
        for page in [member, own] {
            let html = MemberShow.View.render(page, in: boardContext(.id))
            #expect(!html.contains("/teller?member="))
            #expect(html.contains("Rekening koran"))
        }
    }

    @Test func hiddenWhenThereIsNothingToShow() {
        // given: an applicant with no accounts who owes nothing recorded.
        var applicant = MemberShow.Model.mock
        applicant.canHandleCash = true
        // when
        let html = MemberShow.View.render(applicant, in: boardContext(.id)).mainPart
        // then
        #expect(!html.contains("<h2>Simpanan</h2>"))
        #expect(!html.contains("/teller"))
    }

    @Test func owedAloneStillShows() {
        // given: an applicant who owes the pokok.
        var applicant = MemberShow.Model.mock
        applicant.owed = Owed(wajib: 0, months: 0, since: nil, pokok: 50_000)
        // when
        let html = MemberShow.View.render(applicant, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("<h2>Simpanan</h2>"))
        #expect(html.contains("Simpanan pokok belum dibayar: Rp 50.000."))
        #expect(!html.contains("savings-list"))
    }

    @Test func aMemberSeesTheirBalancesOnTheDashboard() {
        // given
        var model = Dashboard.Model(
            cooperativeName: "Koperasi Sukamaju", userName: "Siti Aminah", counts: nil,
            recentMembers: [], ownRecord: MemberRow.mocks[0])
        model.ownSavings = SavingsRow.mocks
        model.ownOwed = Owed(wajib: 10_000, months: 1, since: YearMonth(year: 2026, month: 11), pokok: 0)
        // when
        let id = Dashboard.View.render(model, in: boardContext(.id)).mainPart
        let en = Dashboard.View.render(model, in: boardContext(.en)).mainPart
        // then
        let card = id.section(from: #"<div class="card own-record">"#, to: #"class="button primary">"#)
        #expect(card.contains("<h3>Simpanan Anda</h3>"))
        #expect(card.contains(#"<span class="savings-name">Simpanan sukarela</span><span class="money">Rp 1.250.000</span>"#))
        #expect(card.contains(#"href="\#(SiteURL.statement(SavingsRow.mocks[2].id).path)""#))
        #expect(card.contains("Simpanan wajib belum dibayar 1 bulan sejak Nov 2026: Rp 10.000."))
        #expect(en.contains("Mandatory savings unpaid for 1 month since Nov 2026: Rp 10.000."))
        #expect(en.contains("<h3>Your savings</h3>"))
    }

    @Test func noSavingsHeadingWithoutSavings() {
        let model = Dashboard.Model(
            cooperativeName: "Koperasi Sukamaju", userName: "Budi", counts: nil, recentMembers: [],
            ownRecord: MemberRow.mocks[1])
        #expect(!Dashboard.View.render(model, in: boardContext(.id)).contains("Simpanan Anda"))
    }
}
