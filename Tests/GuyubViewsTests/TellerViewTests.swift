import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Teller page")
struct TellerViewTests {
    let member = MemberRow.mocks[0]
    var memberID: String { member.id.uuidString.lowercased() }

    func form(_ html: String, _ url: SiteURL) throws -> (tag: String, body: String) {
        try #require(html.forms.first { $0.tag.contains(#"action="\#(url.path)""#) })
    }

    /// The transfer's first step: a GET back to the counter that names the recipient before anything runs.
    func transferForm(_ html: String) throws -> (tag: String, body: String) {
        try #require(html.forms.first { $0.tag.contains("transfer-form") })
    }

    @Test func searchIsAGetFormWithQ() throws {
        // when
        let html = Teller.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        let search = try form(html, .teller())
        #expect(search.tag == #"<form action="/teller" method="get" class="search" role="search">"#)
        #expect(search.body.contains(#"name="q" value="siti""#))
        #expect(!search.body.contains("_csrf"))
    }

    @Test func resultsLeadToTheCounterForThatMember() {
        // given
        let model = Teller.Model(query: "a", results: MemberRow.mocks)
        // when
        let html = Teller.View.render(model, in: boardContext(.id)).mainPart
        // then
        for row in MemberRow.mocks {
            #expect(html.contains(#"<a href="\#(SiteURL.teller(member: row.id).path)">"#))
            #expect(html.contains(row.name))
        }
        #expect(html.contains(#"href="/teller?member=\#(memberID)""#))
        #expect(!html.contains("method=\"post\" class=\"deposit-form\""))
    }

    @Test func saysWhenNobodyMatchesAndWhatToDoFirst() {
        // when
        let none = Teller.View.render(Teller.Model(query: "zzz"), in: boardContext(.id)).mainPart
        let fresh = Teller.View.render(Teller.Model(), in: boardContext(.en)).mainPart
        // then
        #expect(none.contains("Tidak ada anggota yang cocok dengan “zzz”."))
        #expect(fresh.contains("Find the member at the counter"))
    }

    @Test func showsTheMembersAccountsAndWhatTheyOwe() {
        // when
        let id = Teller.View.render(.mock, in: boardContext(.id)).mainPart
        let en = Teller.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        let card = id.section(from: #"<section class="card teller-member">"#, to: "</section>")
        #expect(card.contains(#"<h2>Siti Aminah <span class="member-number">No. 1</span></h2>"#))
        #expect(card.contains(#"<span class="badge status-member">Anggota</span>"#))
        #expect(card.contains(#"<span class="savings-name">Simpanan sukarela</span><span class="money">Rp 1.250.000</span>"#))
        #expect(card.contains("6 bulan · 5% setahun · jatuh tempo 1 Des 2026"))
        #expect(card.contains("Simpanan wajib belum dibayar 2 bulan sejak Okt 2026: Rp 20.000."))
        for account in SavingsRow.mocks {
            #expect(card.contains(#"href="\#(SiteURL.statement(account.id).path)""#))
        }
        #expect(en.contains("6 months · 5% a year · matures 1 Dec 2026"))
        #expect(en.contains("Mandatory savings unpaid for 2 months since Oct 2026: Rp 20.000."))
    }

    @Test func depositFormFollowsTheContract() throws {
        // when
        let html = Teller.View.render(.mock, in: boardContext(.id))
        let en = Teller.View.render(.mock, in: boardContext(.en))
        // then
        let deposit = try form(html, .tellerDeposit)
        #expect(deposit.tag.contains(#"method="post""#))
        #expect(deposit.body.contains(csrfInput))
        #expect(deposit.body.contains(#"<input type="hidden" name="memberId" value="\#(memberID)"/>"#))
        #expect(deposit.body.contains(#"<select id="deposit-kind" name="kind" required>"#))
        #expect(deposit.body.contains(#"<option value="sukarela" selected="selected">Simpanan sukarela</option>"#))
        #expect(deposit.body.contains(#"<option value="wajib">Simpanan wajib</option>"#))
        #expect(deposit.body.contains(#"<option value="berjangka">Simpanan berjangka</option>"#))
        #expect(!deposit.body.contains(#"value="pokok""#), "pokok is paid already")
        #expect(deposit.body.contains(#"name="amount" value required inputmode="numeric""#))
        #expect(deposit.body.contains(#"<option value="cash" selected="selected">Tunai</option>"#))
        #expect(deposit.body.contains(#"<option value="bank">Transfer bank</option>"#))
        #expect(deposit.body.contains(#"<option value="qris">QRIS</option>"#))
        #expect(deposit.body.contains(#"<option value="3">3 bulan — 4,5%</option>"#))
        #expect(deposit.body.contains(#"<option value="12">12 bulan — 5,5%</option>"#))
        #expect(deposit.body.contains("Hanya untuk simpanan berjangka."))
        #expect(deposit.body.contains(#"name="note""#))
        #expect(deposit.body.contains(#"<button type="submit" class="primary">Simpan setoran</button>"#))
        #expect(try form(en, .tellerDeposit).body.contains(#"<option value="6">6 months — 5%</option>"#))
    }

    @Test func pokokIsOfferedWhileAMemberStillOwesIt() throws {
        // given
        var model = Teller.Model.mock
        model.owed = Owed(wajib: 0, months: 0, since: nil, pokok: 50_000)
        // when
        let deposit = try form(Teller.View.render(model, in: boardContext(.id)), .tellerDeposit)
        // then
        #expect(deposit.body.contains(#"<option value="pokok">Simpanan pokok</option>"#))
    }

    @Test func anApplicantPaysThePokokOnly() throws {
        // given
        var model = Teller.Model.mock
        model.member = MemberRow.mocks[1]
        model.accounts = []
        model.owed = nil
        model.pokokDue = 50_000
        // when
        let html = Teller.View.render(model, in: boardContext(.id))
        // then: one choice, the amount filled in, and why it matters.
        let deposit = try form(html, .tellerDeposit)
        #expect(deposit.body.contains(#"<option value="pokok" selected="selected">Simpanan pokok</option>"#))
        #expect(deposit.body.occurrences(of: "<option") == 1 + PaymentChannel.allCases.count)
        #expect(deposit.body.contains(#"name="amount" value="50000""#))
        #expect(!deposit.body.contains("termMonths"))
        #expect(html.contains("Calon anggota ini menjadi anggota setelah membayar simpanan pokok Rp 50.000."))
        #expect(!html.contains(SiteURL.tellerWithdrawal.path))
        #expect(!html.contains("transfer-form"))
        #expect(html.contains("Belum ada rekening simpanan."))
    }

    @Test func withdrawalAndTransferComeFromAnOpenSukarela() throws {
        // when
        let html = Teller.View.render(.mock, in: boardContext(.id))
        // then
        let withdrawal = try form(html, .tellerWithdrawal)
        #expect(withdrawal.body.contains(csrfInput))
        #expect(withdrawal.body.contains(#"<input type="hidden" name="memberId" value="\#(memberID)"/>"#))
        #expect(withdrawal.body.contains(#"<input type="hidden" name="kind" value="sukarela"/>"#))
        #expect(withdrawal.body.contains(#"name="amount""#) && withdrawal.body.contains(#"name="channel""#))
        #expect(withdrawal.body.contains(#"name="note""#))
        #expect(html.contains("Saldo sukarela Rp 1.250.000"))
        let transfer = try transferForm(html)
        #expect(transfer.tag == #"<form action="/teller" method="get" class="transfer-form">"#)
        #expect(!transfer.body.contains("_csrf"))
        #expect(transfer.body.contains(#"<input type="hidden" name="member" value="\#(memberID)"/>"#))
        #expect(transfer.body.contains(#"name="toMember" value required inputmode="numeric""#))
        #expect(transfer.body.contains(#"name="amount""#) && transfer.body.contains(#"name="note""#))
        #expect(!transfer.body.contains(#"name="channel""#))

        // given: the sukarela account closed.
        var closed = Teller.Model.mock
        closed.accounts = SavingsRow.mocks.map {
            var row = $0
            row.isOpen = row.kind != .sukarela
            return row
        }
        // when
        let without = Teller.View.render(closed, in: boardContext(.id))
        // then
        #expect(!without.contains(SiteURL.tellerWithdrawal.path))
        #expect(!without.contains("transfer-form"))
    }

    /// The recipient, looked up, is named before the transfer runs; only the confirmation posts.
    @Test func aTransferIsConfirmedWithTheRecipientsName() throws {
        var model = Teller.Model.mock
        model.transfer = .init(recipient: MemberRow.mocks[1], amount: 25_000, amountText: "25.000", note: "titipan")
        let html = Teller.View.render(model, in: boardContext(.id))
        let confirm = try form(html, .tellerTransfer)
        #expect(
            html.contains(
                "Pindahkan Rp 25.000 dari simpanan sukarela Siti Aminah (No. 1) ke \(MemberRow.mocks[1].name) (No. \(MemberRow.mocks[1].memberNumber))?"
            ))
        #expect(confirm.body.contains(csrfInput))
        #expect(confirm.body.contains(#"name="toMember" value="\#(MemberRow.mocks[1].memberNumber)""#))
        #expect(confirm.body.contains(#"name="amount" value="25.000""#))
    }

    @Test func eachOpenTermDepositCanBeBrokenWithAWarning() throws {
        // given: a second, closed term deposit gets no form.
        var model = Teller.Model.mock
        var closed = SavingsRow.mocks[3]
        closed.id = UUID(uuidString: "11111111-0000-0000-0000-000000000009")!
        closed.isOpen = false
        model.accounts.append(closed)
        // when
        let html = Teller.View.render(model, in: boardContext(.id))
        // then
        let breaking = try form(html, .tellerBreak(SavingsRow.mocks[3].id))
        #expect(breaking.tag.contains(#"method="post""#))
        #expect(breaking.body.contains(csrfInput))
        #expect(breaking.body.contains(#"name="channel""#))
        #expect(breaking.body.contains(#"class="danger">Cairkan sekarang</button>"#))
        #expect(html.contains("Pencairan sebelum jatuh tempo dikenai penalti"))
        #expect(!html.contains(SiteURL.tellerBreak(closed.id).path))
        #expect(html.occurrences(of: "/break\"") == 1)
    }

    @Test func labelsPointAtTheirOwnFields() {
        // when
        let html = Teller.View.render(.mock, in: boardContext(.id))
        // then: three forms have an `amount`; every id is used once.
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "\(ids)")
        for match in html.matches(of: /<label for="([^"]+)"/) {
            #expect(ids.contains(String(match.1)), "\(match.1)")
        }
    }

    @Test func errorsReturnToTheFormTheyCameFrom() throws {
        // given: a refused withdrawal.
        var model = Teller.Model.mock
        model.operation = .withdrawal
        model.values.amount = "9000000"
        model.values.channel = "bank"
        model.errors = ["amount": "Saldo tidak cukup (saldo minimum harus tetap tersisa).", "form": "Coba lagi."]
        // when
        let html = Teller.View.render(model, in: boardContext(.id))
        // then
        let withdrawal = try form(html, .tellerWithdrawal)
        #expect(withdrawal.body.contains(#"<p class="field-error" id="withdrawal-amount-note">Saldo tidak cukup"#))
        #expect(withdrawal.body.contains(#"name="amount" value="9000000""#))
        #expect(withdrawal.body.contains(#"<option value="bank" selected="selected">"#))
        let deposit = try form(html, .tellerDeposit)
        #expect(!deposit.body.contains("field-error"))
        #expect(!deposit.body.contains("9000000"))
        #expect(html.mainPart.contains(#"<div class="notice notice-error" role="alert"><p>Coba lagi.</p></div>"#))
    }

    @Test func depositErrorsSitByTheirFields() throws {
        // given
        var model = Teller.Model.mock
        model.values.kind = "berjangka"
        model.errors = ["kind": "K", "amount": "A", "channel": "C", "termMonths": "T", "note": "N"]
        // when
        let deposit = try form(Teller.View.render(model, in: boardContext(.id)), .tellerDeposit)
        // then
        for (field, message) in model.errors {
            #expect(deposit.body.contains(#"<p class="field-error" id="deposit-\#(field)-note">\#(message)</p>"#))
        }
        #expect(deposit.body.contains(#"<option value="berjangka" selected="selected">"#))
    }

    @Test func transferErrorsNameTheRecipientField() throws {
        // given
        var model = Teller.Model.mock
        model.operation = .transfer
        model.values.toMember = "77"
        model.errors = ["toMember": "Anggota penerima tidak ditemukan."]
        // when
        let transfer = try transferForm(Teller.View.render(model, in: boardContext(.id)))
        // then
        #expect(transfer.body.contains(#"name="toMember" value="77""#))
        #expect(transfer.body.contains(#"id="transfer-toMember-note">Anggota penerima tidak ditemukan.</p>"#))
    }

    @Test func aFormerMemberHasNoCounterForms() {
        // given
        var model = Teller.Model.mock
        model.member?.status = .resigned
        // when
        let html = Teller.View.render(model, in: boardContext(.id))
        // then
        #expect(html.mainPart.forms.allSatisfy { !$0.tag.contains("post") })
        #expect(html.contains("Status keluar: tidak ada setoran atau penarikan"))
    }
}
