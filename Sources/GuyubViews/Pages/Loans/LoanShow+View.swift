import GuyubCore
import Plot

extension LoanShow {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let row = model.row
            return Layout.render(title: "\(text.loanNumber(row.number)) · \(row.borrower)", context: context) {
                Div {
                    if model.linksLoans {
                        Paragraph { Link(text.loansTitle, url: SiteURL.loans().path) }.class("crumb")
                    } else if let member = row.memberID {
                        Paragraph { Link(text.toMemberRecord, url: SiteURL.member(member).path) }.class("crumb")
                    }
                    H1 {
                        Text(text.loanNumber(row.number) + " · ")
                        if let member = row.memberID {
                            Link(row.borrower, url: SiteURL.member(member).path)
                        } else {
                            Text(row.borrower)
                        }
                    }
                    Paragraph {
                        LoanStatusBadge(status: row.status, text: text)
                        if row.status == .active {
                            Text(" ")
                            CollectibilityBadge(collectibility: row.collectibility, text: text)
                            if row.daysLate > 0 {
                                Text(" ")
                                Span(text.daysLate(row.daysLate)).class("late")
                            }
                        }
                    }
                }
                .class("page-head")

                if row.status == .active, let payoff = model.payoff {
                    Div {
                        figure(format.money(minorUnits: row.outstanding), text.columnOutstanding)
                        figure(
                            format.money(minorUnits: model.due ?? 0), text.dueNow, bad: (model.due ?? 0) > 0 && row.daysLate > 0)
                        figure(format.money(minorUnits: payoff), text.payoffToday)
                    }
                    .class("figures money-figures")
                }

                if let borrower = model.borrower { standing(borrower, text: text) }
                forms(model, context: context)

                Element(name: "section") {
                    H2(text.loanTermsHeading)
                    DefinitionList(items: details(model, text: text))
                }
                .class("card")

                if !model.installments.isEmpty {
                    Element(name: "section") {
                        H2(
                            row.status == .applied || row.status == .reviewed || row.status == .approved
                                ? text.simulatedSchedule : text.scheduleCaption)
                        installments(model, text: text)
                    }
                }
                if !model.steps.isEmpty {
                    Element(name: "section") {
                        H2(text.loanStepsHeading)
                        steps(model, text: text)
                    }
                }
                PrintButton(label: text.printPage)
            }
        }

        static func figure(_ value: String, _ label: String, bad: Bool = false) -> Component {
            Div {
                Span(value).class("figure-value")
                Span(label).class("figure-label")
            }
            .class(bad ? "figure bad" : "figure neutral")
        }

        static func details(_ model: Model, text: Catalogue) -> [DefinitionList.Item] {
            let format = text.format
            var items: [DefinitionList.Item] = [
                .init(text.loanProduct, model.productName),
                .init(text.loanField("principal"), format.money(minorUnits: model.row.principal)),
                .init(
                    text.loanRateAndMethod, text.rateAndMethod(InterestRate.percent(model.terms.annualRate), model.terms.method)),
                .init(text.loanTerm, text.term(model.terms.periods, every: model.terms.every, unit: model.terms.unit)),
                .init(text.loanFees, format.money(minorUnits: model.fees)),
                .init(text.loanNet, format.money(minorUnits: model.row.principal - model.fees)),
            ]
            if !model.purpose.isEmpty { items.append(.init(text.loanPurpose, model.purpose)) }
            if !model.collateral.isEmpty { items.append(.init(text.loanCollateral, model.collateral)) }
            if model.autoDebit { items.append(.init(text.autoDebitShort, text.autoDebitOn)) }
            items.append(.init(text.loanAppliedBy, "\(model.appliedBy), \(format.date(model.row.appliedOn))"))
            if let note = model.reviewNote { items.append(.init(text.loanReview, "\(note) — \(model.reviewedBy ?? "")")) }
            if let by = model.decidedBy {
                let when = model.decidedOn.map { ", " + format.date($0) } ?? ""
                items.append(.init(text.loanDecision, by + when + (model.decisionNote.map { " — " + $0 } ?? "")))
            }
            if let day = model.disbursedOn { items.append(.init(text.loanDisbursedOn, format.date(day))) }
            if model.interestPaid > 0 { items.append(.init(text.interestPaid, format.money(minorUnits: model.interestPaid))) }
            if model.penaltyOwed > 0 { items.append(.init(text.penaltyOwed, format.money(minorUnits: model.penaltyOwed))) }
            if model.allowance > 0 { items.append(.init(text.allowanceHeld, format.money(minorUnits: model.allowance))) }
            if model.writtenOff > 0 {
                items.append(.init(text.writtenOffAmount, format.money(minorUnits: model.writtenOff)))
                items.append(.init(text.recoveredAmount, format.money(minorUnits: model.recovered)))
            }
            return items
        }

        static func installments(_ model: Model, text: Catalogue) -> Component {
            let format = text.format
            return MoneyTable(
                columns: [
                    .init(text.columnNumber), .init(text.columnDue), .init(text.columnPrincipal, amount: true),
                    .init(text.columnInterest, amount: true), .init(text.columnInstallment, amount: true),
                    .init(text.columnPaid, amount: true), .init(text.columnStatus),
                ],
                rows: model.installments.map { row in
                    [
                        Text(String(row.number)), Text(row.due.map(format.date) ?? "—"),
                        MoneyText(amount: row.principal, format: format), MoneyText(amount: row.interest, format: format),
                        MoneyText(amount: row.principal + row.interest, format: format),
                        MoneyText(amount: row.paid, format: format),
                        Span(text.installmentState(row.state) + (row.paidOn.map { " " + format.date($0) } ?? ""))
                            .class("badge state-\(row.state.rawValue)"),
                    ]
                },
                footer: [
                    [
                        Text(text.columnTotal), Text(""),
                        MoneyText(amount: model.installments.reduce(0) { $0 + $1.principal }, format: format),
                        MoneyText(amount: model.installments.reduce(0) { $0 + $1.interest }, format: format),
                        MoneyText(amount: model.installments.reduce(0) { $0 + $1.principal + $1.interest }, format: format),
                        MoneyText(amount: model.installments.reduce(0) { $0 + $1.paid }, format: format), Text(""),
                    ]
                ],
                className: "schedule")
        }

        static func steps(_ model: Model, text: Catalogue) -> Component {
            let format = text.format
            return MoneyTable(
                columns: [
                    .init(text.columnDate), .init(text.columnStep), .init(text.columnAmount, amount: true),
                    .init(text.columnSplit), .init(text.columnBy),
                ],
                rows: model.steps.map { step in
                    [
                        Text(format.date(step.date)),
                        Span {
                            Text(text.loanStep(step.kind) + (step.channel.map { " (\(text.loanChannel($0)))" } ?? ""))
                            if let note = step.note { Span(note).class("owed-months") }
                        },
                        step.entryID != nil && model.linksReceipts
                            ? Link(url: SiteURL.receipt(step.entryID!).path) { MoneyText(amount: step.amount, format: format) }
                            : MoneyText(amount: step.amount, format: format),
                        Text(
                            step.kind == .repayment
                                ? text.split(
                                    principal: step.principal, interest: step.interest,
                                    penalty: step.penalty) : ""),
                        Text(step.by),
                    ]
                },
                className: "steps")
        }

        /// What the board weighs before deciding: the borrower's savings, other loans, repayment record and limit.
        static func standing(_ b: Model.Borrower, text: Catalogue) -> Component {
            let format = text.format
            var items: [DefinitionList.Item] = [
                .init(text.borrowerSavings, format.money(minorUnits: b.savings)),
                .init(
                    text.borrowerOtherLoans,
                    b.otherLoans == 0
                        ? text.noneSet
                        : text.otherLoansOwing(b.otherLoans, format.money(minorUnits: b.otherOwed))),
                .init(text.borrowerRepayments, b.lateInstalments == 0 ? text.neverLate : text.lateInstalments(b.lateInstalments)),
                .init(text.borrowerSavingsArrears, b.wajibOwed == 0 ? text.noneSet : format.money(minorUnits: b.wajibOwed)),
            ]
            if b.daysLate > 0 { items.insert(.init(text.borrowerLateNow, text.daysLate(b.daysLate)), at: 2) }
            if let limit = b.limit { items.append(.init(text.borrowerLimitLeft, format.money(minorUnits: limit))) }
            return Element(name: "section") {
                H2(text.borrowerHeading)
                DefinitionList(items: items)
            }
            .class("card borrower-standing")
        }

        static func forms(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let id = model.row.id
            func form(_ action: SiteURL.LoanAction, @ComponentBuilder _ content: () -> Component) -> Component {
                let fields = content()
                return Form(url: SiteURL.loanAction(id, action).path, method: .post) {
                    CSRFField(context: context)
                    fields
                }
                .class("loan-form")
            }
            func note(_ action: SiteURL.LoanAction, _ label: String, required: Bool = false) -> Component {
                FormField(scope: action.rawValue, label: label, name: "note", isRequired: required, maxLength: 300, lines: 2)
            }
            func submit(_ label: String, danger: Bool = false) -> Component {
                Button(label).attribute(named: "type", value: "submit").class(danger ? "danger" : "primary")
            }
            func folded(_ title: String, _ content: Component) -> Component {
                Element(name: "details") {
                    Element(name: "summary") { Text(title) }
                    content
                }
                .class("loan-form folded")
            }
            let channels: (Bool) -> [(value: String, label: String)] = { withQRIS in
                LoanChannel.allCases.filter { withQRIS || $0 != .qris }.filter { model.row.memberID != nil || $0 != .savings }
                    .map { ($0.rawValue, text.loanChannel($0).capitalizedFirst) }
            }
            let actions = model.actions
            guard !actions.isEmpty || !model.withheld.isEmpty else { return EmptyComponent() }
            return Element(name: "section") {
                H2(text.loanActionsHeading)
                for reason in model.withheld {
                    Paragraph {
                        Element(name: "strong") { Text(text.decidedByAnother) }
                        Text(" " + reason)
                    }
                    .class("notice notice-warning")
                }
                Div {
                    if actions.contains(.repay) {
                        form(.repay) {
                            H2(text.takeRepayment)
                            FormField(
                                scope: "repay", label: text.columnAmount,
                                name: "amount", value: (model.due ?? 0) > 0 ? String(model.due!) : "",
                                hint: text.payoffHint(model.payoff ?? 0), isRequired: true, money: true)
                            ChoiceField(
                                scope: "repay", label: text.loanField("channel"), name: "channel", options: channels(true),
                                selected: "cash")
                            submit(text.takeRepayment)
                        }
                    }
                    if actions.contains(.review) {
                        form(.review) {
                            H2(text.reviewApplication)
                            note(.review, text.reviewNoteLabel, required: true)
                            submit(text.reviewApplication)
                        }
                    }
                    if actions.contains(.approve) {
                        form(.approve) {
                            H2(text.approveApplication)
                            note(.approve, text.decisionNoteLabel)
                            submit(text.approveApplication)
                        }
                    }
                    if actions.contains(.reject) {
                        form(.reject) {
                            H2(text.rejectApplication)
                            note(.reject, text.rejectReasonLabel, required: true)
                            submit(text.rejectApplication, danger: true)
                        }
                    }
                    if actions.contains(.disburse) {
                        form(.disburse) {
                            H2(text.disburseLoan)
                            Paragraph(text.disburseHint(net: model.row.principal - model.fees, fees: model.fees)).class("hint")
                            ChoiceField(
                                scope: "disburse", label: text.loanField("channel"), name: "channel",
                                options: channels(false), selected: "cash")
                            submit(text.disburseLoan)
                        }
                    }
                    if actions.contains(.recover) {
                        form(.recover) {
                            H2(text.recoverLoan)
                            FormField(scope: "recover", label: text.columnAmount, name: "amount", isRequired: true, money: true)
                            ChoiceField(
                                scope: "recover", label: text.loanField("channel"), name: "channel",
                                options: channels(true).filter { $0.value != "savings" }, selected: "cash")
                            submit(text.recoverLoan)
                        }
                    }
                    // The rare decisions stay folded until wanted, so the counter's form leads on a phone.
                    if actions.contains(.restructure) {
                        folded(
                            text.restructureLoan,
                            form(.restructure) {
                                FormField(
                                    scope: "restructure", label: text.simulationPeriods, name: "periods", isRequired: true,
                                    inputMode: "numeric")
                                FormField(scope: "restructure", label: text.simulationGrace, name: "grace", inputMode: "numeric")
                                note(.restructure, text.restructureReasonLabel, required: true)
                                submit(text.restructureLoan)
                            })
                    }
                    if actions.contains(.writeOff) {
                        folded(
                            text.writeOffLoan,
                            form(.writeOff) {
                                Paragraph(text.writeOffHint).class("hint")
                                note(.writeOff, text.writeOffReasonLabel, required: true)
                                submit(text.writeOffLoan, danger: true)
                            })
                    }
                }
                .class("loan-forms")
            }
            .class("card loan-actions")
        }
    }
}
