import Foundation
import GuyubCore
import Plot

/// The parts of an agreement's page that follow its money and what it brought: a partner bank's loan with
/// its schedule, equity participation, the benefits measured against their targets, and its documents.
extension PartnershipPage.View {
    private static func errors(_ model: PartnershipPage.Model, _ form: String) -> [String: String] {
        model.failed == form ? model.errors : [:]
    }
    private static func values(_ model: PartnershipPage.Model, _ form: String) -> [String: String] {
        model.failed == form ? model.values : [:]
    }

    private static func channels(_ text: Catalogue) -> [(String, String)] {
        [("bank", text.grantChannel("bank")), ("cash", text.grantChannel("cash"))]
    }

    /// The loan: what is owed and repaid, the next instalment with the form to pay it, and the schedule from the
    /// loan engine, each paid instalment with its day; before it is received, the form to record it.
    static func loanSection(_ model: PartnershipPage.Model, context: PageContext, open: Bool) -> Component {
        let text = context.text
        let format = text.format
        let e = errors(model, "loan")
        let v = values(model, "loan")
        return Element(name: "section") {
            H2(text.bankLoanTitle)
            if let loan = model.loan {
                let terms = loan.schedule.terms
                let paid = loan.paidOn.count
                let next = BankLoan.next(loan.schedule, paid: paid)
                DefinitionList(items: [
                    .init(text.partnershipField("principal"), format.money(minorUnits: terms.principal)),
                    .init(
                        text.loanTermsLabel,
                        text.bankLoanTerms(
                            rate: InterestRate.percent(terms.annualRate), periods: terms.periods, grace: terms.grace,
                            method: text.methodName(terms.method))),
                    .init(text.loanOwedLabel, format.money(minorUnits: BankLoan.owed(loan.schedule, paid: paid))),
                    .init(
                        text.nextInstalmentLabel,
                        next.map {
                            text.instalmentDue($0.number, format.money(minorUnits: $0.payment), $0.due.map(format.date) ?? "")
                        }
                            ?? text.loanRepaidNote),
                ])
                if let next, model.canManage && open {
                    Form(url: SiteURL.partnershipStep(model.agreement.id, "loan/instalments").path, method: .post) {
                        CSRFField(context: context)
                        ErrorNotice(messages: errors(model, "instalment")["form"].map { [$0] } ?? [])
                        ChoiceField(
                            scope: "instalment", label: text.partnershipField("channel"), name: "channel",
                            options: channels(text), selected: "bank")
                        Button(text.payInstalment(next.number, format.money(minorUnits: next.payment)))
                            .attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("instalment-form no-print")
                }
                Element(name: "details") {
                    Element(name: "summary") { Text(text.loanScheduleTitle(terms.periods)) }
                    MoneyTable(
                        columns: [
                            .init(text.instalmentNumber), .init(text.partnershipField("dueOn")),
                            .init(text.partnershipField("principal"), amount: true), .init(text.interestColumn, amount: true),
                            .init(text.paymentColumn, amount: true), .init(text.balanceColumn, amount: true),
                            .init(text.paidOnColumn),
                        ],
                        rows: loan.schedule.installments.map { i in
                            [
                                Text(String(i.number)), Text(i.due.map(format.date) ?? ""),
                                MoneyText(amount: i.principal, format: format), MoneyText(amount: i.interest, format: format),
                                MoneyText(amount: i.payment, format: format), MoneyText(amount: i.balance, format: format),
                                Text(loan.paidOn[i.number].map(format.date) ?? "—"),
                            ]
                        }, className: "loan-schedule")
                }
                .class("schedule-fold")
            } else if model.canManage && open {
                Paragraph(text.bankLoanLead).class("hint")
                Form(url: SiteURL.partnershipStep(model.agreement.id, "loan").path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                    FormField(
                        scope: "loan", label: text.partnershipField("principal"), name: "principal",
                        value: v["principal"] ?? "", error: e["principal"], isRequired: true, money: true, maxLength: 30)
                    FormField(
                        scope: "loan", label: text.partnershipField("rate") + " (%)", name: "ratePercent",
                        value: v["ratePercent"] ?? "", error: e["rate"], isRequired: true, inputMode: "decimal",
                        maxLength: 10)
                    FormField(
                        scope: "loan", label: text.partnershipField("periods"), name: "periods", value: v["periods"] ?? "",
                        error: e["periods"], isRequired: true, inputMode: "numeric", maxLength: 3)
                    FormField(
                        scope: "loan", label: text.partnershipField("grace"), name: "grace", value: v["grace"] ?? "0",
                        error: e["grace"], inputMode: "numeric", maxLength: 3)
                    DateField(
                        label: text.partnershipField("firstDue"), name: "firstDue", value: v["firstDue"] ?? "",
                        error: e["firstDue"] ?? e["start"], isRequired: true, text: text)
                    ChoiceField(
                        scope: "loan", label: text.partnershipField("method"), name: "method",
                        options: [InterestMethod.anuitas, .efektif, .flat].map { ($0.rawValue, text.methodName($0)) },
                        selected: v["method"] ?? InterestMethod.anuitas.rawValue, error: e["method"])
                    ChoiceField(
                        scope: "loan", label: text.partnershipField("channel"), name: "channel", options: channels(text),
                        selected: v["channel"] ?? "bank")
                    Button(text.receiveLoan).attribute(named: "type", value: "submit").class("primary")
                }
                .class("loan-form no-print")
            } else {
                EmptyState(message: text.noLoanYet)
            }
        }
        .class("card bank-loan")
    }

    /// Equity participation received from the partner or made in its business, and the form to record it.
    static func equitySection(_ model: PartnershipPage.Model, context: PageContext, open: Bool) -> Component {
        let text = context.text
        let format = text.format
        let e = errors(model, "equity")
        let v = values(model, "equity")
        return Element(name: "section") {
            H2(text.financing(.equity))
            if model.equity.isEmpty { EmptyState(message: text.noEquityYet) }
            for movement in model.equity {
                Paragraph(
                    format.date(movement.on) + " · " + text.equityDirection(movement.direction) + " · "
                        + format.money(minorUnits: movement.amount))
            }
            if model.canManage && open {
                Form(url: SiteURL.partnershipStep(model.agreement.id, "equity").path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                    ChoiceField(
                        scope: "equity", label: text.partnershipField("direction"), name: "direction",
                        options: EquityDirection.allCases.map { ($0.rawValue, text.equityDirection($0)) },
                        selected: v["direction"] ?? EquityDirection.received.rawValue, error: e["direction"])
                    FormField(
                        scope: "equity", label: text.partnershipField("amount"), name: "amount", value: v["amount"] ?? "",
                        error: e["amount"], isRequired: true, money: true, maxLength: 30)
                    ChoiceField(
                        scope: "equity", label: text.partnershipField("channel"), name: "channel", options: channels(text),
                        selected: v["channel"] ?? "bank")
                    Button(text.recordEquity).attribute(named: "type", value: "submit").class("primary")
                }
                .class("equity-form no-print")
            }
        }
        .class("card equity")
    }

    /// What the agreement is to bring, each benefit as a bar of its target; the board adds them and types what
    /// no record measures.
    static func benefits(_ model: PartnershipPage.Model, context: PageContext, open: Bool) -> Component {
        let text = context.text
        let e = errors(model, "indicator")
        let v = values(model, "indicator")
        func figure(_ amount: Int64, _ indicator: PartnershipPage.Indicator) -> String {
            indicator.benefit.measure.isMoney
                ? text.format.money(minorUnits: amount)
                : text.format.number(amount) + (indicator.unit.map { " " + $0 } ?? "")
        }
        return Element(name: "section") {
            H2(text.benefitsTitle)
            Paragraph(text.benefitsLead).class("hint")
            if model.indicators.isEmpty { EmptyState(message: text.noIndicatorsYet) }
            for indicator in model.indicators {
                Element(name: "article") {
                    Paragraph {
                        Element(name: "strong") { Text(indicator.name) }
                        Text(" · " + text.indicatorMeasure(indicator.benefit.measure))
                    }
                    // A meter, not a drawn bar: the page's policy allows no inline style.
                    Element(name: "meter") { Text("\(indicator.benefit.percent)%") }
                        .attribute(named: "min", value: "0").attribute(named: "max", value: "100")
                        .attribute(named: "low", value: "50").attribute(named: "high", value: "99")
                        .attribute(named: "optimum", value: "100")
                        .attribute(named: "value", value: String(min(100, indicator.benefit.percent)))
                        .class("benefit-bar")
                    Paragraph(
                        text.benefitReached(
                            figure(indicator.benefit.actual, indicator), figure(indicator.benefit.target, indicator),
                            indicator.benefit.percent)
                    )
                    .class("muted")
                    if indicator.benefit.measure == .entered && model.canManage && open {
                        let scope = "actual-\(indicator.id.uuidString.lowercased())"
                        Form(url: SiteURL.partnershipStep(model.agreement.id, "indicators/actual").path, method: .post) {
                            CSRFField(context: context)
                            HiddenField(name: "indicatorId", value: indicator.id.uuidString.lowercased())
                            FormField(
                                scope: scope, label: text.partnershipField("actual"), name: "actual",
                                value: String(indicator.benefit.actual),
                                error: model.failed == scope ? model.errors.values.first : nil, inputMode: "numeric",
                                maxLength: 15)
                            Button(text.saveActual).attribute(named: "type", value: "submit")
                        }
                        .class("actual-form no-print")
                    }
                }
                .class("benefit")
            }
            if model.canManage && open {
                Form(url: SiteURL.partnershipStep(model.agreement.id, "indicators").path, method: .post) {
                    H3(text.addIndicator)
                    CSRFField(context: context)
                    ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                    FormField(
                        scope: "indicator", label: text.partnershipField("name"), name: "name", value: v["name"] ?? "",
                        error: e["name"], isRequired: true, maxLength: FieldLimit.name)
                    ChoiceField(
                        scope: "indicator", label: text.partnershipField("measure"), name: "measure",
                        options: IndicatorMeasure.allCases.map { ($0.rawValue, text.indicatorMeasure($0)) },
                        selected: v["measure"] ?? IndicatorMeasure.entered.rawValue, error: e["measure"])
                    FormField(
                        scope: "indicator", label: text.partnershipField("target"), name: "target", value: v["target"] ?? "",
                        error: e["target"], hint: text.indicatorTargetHint, isRequired: true, inputMode: "numeric",
                        maxLength: 30)
                    FormField(
                        scope: "indicator", label: text.partnershipField("unit"), name: "unit", value: v["unit"] ?? "",
                        error: e["unit"], hint: text.indicatorUnitHint, maxLength: FieldLimit.productUnit)
                    Button(text.addIndicator).attribute(named: "type", value: "submit").class("primary")
                }
                .class("indicator-form no-print")
            }
        }
        .class("card benefits")
    }

    /// The agreement's documents, and the form to keep one (a photo or a PDF).
    static func documents(_ model: PartnershipPage.Model, context: PageContext) -> Component {
        let text = context.text
        let e = errors(model, "document")
        return Element(name: "section") {
            H2(text.documentsTitle)
            if model.documents.isEmpty { EmptyState(message: text.noDocumentsYet) }
            List(model.documents) { document in
                ListItem { Link(document.title, url: SiteURL.partnerDocument(document.id).path) }
            }
            .class("documents")
            if model.canManage {
                Form(
                    url: SiteURL.partnershipStep(model.agreement.id, "documents").path, method: .post,
                    contentType: .multipartData
                ) {
                    CSRFField(context: context)
                    ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                    FormField(
                        scope: "document", label: text.partnershipField("title"), name: "title",
                        value: values(model, "document")["title"] ?? "", error: e["title"], isRequired: true,
                        maxLength: FieldLimit.name)
                    FileField(
                        id: "document-file", label: text.documentFileLabel, name: "file", isRequired: true,
                        hint: text.documentFileHint, error: e["file"])
                    Button(text.keepDocument).attribute(named: "type", value: "submit").class("primary")
                }
                .class("document-form no-print")
            }
        }
        .class("card documents-card")
    }
}
