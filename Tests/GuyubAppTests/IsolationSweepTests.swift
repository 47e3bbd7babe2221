import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

@testable import GuyubApp

/// Walks every registered route: as cooperative A's board with ids of cooperative B (every answer must
/// be 404), and as each role on what its permissions do not open (403, or 404 for another member's own
/// record). An API route is walked as its declaration says (`APIRoute.access`, `APIRoute.record`); a page
/// added without an entry in `Self.pages` fails the sweep, so each new route is classified when it is
/// written.
@Suite("Isolation sweep") struct IsolationSweepTests {
    enum Access {
        case signedIn
        case anyone
        /// Open to those with the permission, and to a member for their own record.
        case permission(Permission, orOwn: Bool = false)
        case eitherOf(Permission, Permission, orOwn: Bool)

        init(_ declared: APIRoute.Access) {
            self =
                switch declared {
                case .open: .anyone
                case .signedIn: .signedIn
                case .permission(let permission, let orOwn): .permission(permission, orOwn: orOwn)
                }
        }
    }

    /// What each page (and each operations route) needs, method and path as the router has them. The
    /// API's routes say it in their declarations (`APIRoute.access`).
    static let pages: [String: Access] = [
        "GET /healthz": .anyone, "GET /metrics": .anyone, "GET /": .anyone, "GET /sign-in": .anyone,
        "POST /sign-in": .anyone, "POST /sign-out": .anyone, "GET /language/:code": .anyone,
        "GET /dashboard": .signedIn, "POST /cooperatives/:id": .signedIn, "GET /members": .permission(.viewMembers),
        "GET /members/new": .permission(.manageMembers), "POST /members/new": .permission(.manageMembers),
        "GET /members/:id": .permission(.viewMembers, orOwn: true), "GET /members/:id/edit": .permission(.manageMembers),
        "GET /members/:id/card": .permission(.viewMembers, orOwn: true),
        "POST /members/:id/edit": .permission(.manageMembers),
        "POST /members/:id/status": .permission(.changeMemberStatus), "GET /members/import": .permission(.importMembers),
        "POST /members/import": .permission(.importMembers), "GET /members/imports/:id": .permission(.importMembers),
        "POST /members/imports/:id/confirm": .permission(.importMembers), "GET /audit": .permission(.viewAudit),
        "GET /users": .permission(.manageUsers), "POST /users": .permission(.manageUsers),
        "GET /teller": .permission(.handleCash), "POST /teller/deposits": .permission(.handleCash),
        "POST /teller/withdrawals": .permission(.handleCash), "POST /teller/transfers": .permission(.handleCash),
        "POST /teller/term-deposits/:id/break": .permission(.handleCash),
        "GET /receipts/:id": .eitherOf(.viewSavings, .viewBooks, orOwn: true),
        "GET /receipts/:id/slip": .eitherOf(.viewSavings, .viewBooks, orOwn: true),
        "GET /savings/accounts/:id": .permission(.viewSavings, orOwn: true),
        "GET /savings/arrears": .permission(.viewSavings), "POST /savings/dues": .permission(.keepBooks),
        "GET /settings/savings": .permission(.viewSavings), "POST /settings/savings": .permission(.manageSettings),
        "GET /books": .permission(.viewBooks), "GET /books/journal": .permission(.viewBooks),
        "GET /books/journal/new": .permission(.keepBooks), "POST /books/journal/new": .permission(.keepBooks),
        "GET /books/journal/:id": .permission(.viewBooks), "POST /books/journal/:id/reverse": .permission(.keepBooks),
        "GET /books/accounts": .permission(.viewBooks), "POST /books/accounts": .permission(.keepBooks),
        "POST /books/accounts/:id": .permission(.keepBooks), "POST /books/units": .permission(.keepBooks),
        "POST /books/units/:id": .permission(.keepBooks), "GET /books/reports/:kind": .permission(.viewBooks),
        "GET /loans/simulation": .anyone, "GET /loans": .permission(.viewLoans),
        "GET /loans/new": .permission(.enterLoans), "POST /loans/new": .permission(.enterLoans),
        "GET /loans/portfolio": .permission(.viewLoans), "GET /loans/arrears": .permission(.viewLoans),
        "POST /loans/close-day": .permission(.keepBooks), "GET /loans/:id": .permission(.viewLoans, orOwn: true),
        "POST /loans/:id/review": .permission(.enterLoans), "POST /loans/:id/approve": .permission(.decideLoans),
        "POST /loans/:id/reject": .permission(.decideLoans), "POST /loans/:id/disburse": .permission(.handleCash),
        "POST /loans/:id/repay": .permission(.handleCash), "POST /loans/:id/write-off": .permission(.decideLoans),
        "POST /loans/:id/recover": .permission(.handleCash), "POST /loans/:id/restructure": .permission(.decideLoans),
        "GET /settings/loans": .permission(.viewLoans), "POST /settings/loans/products": .permission(.manageSettings),
        "POST /settings/loans/rules": .permission(.manageSettings), "GET /books/month-end": .permission(.viewBooks),
        "POST /books/month-end/:month": .permission(.keepBooks), "GET /shu": .permission(.viewBooks),
        "POST /shu/close": .permission(.keepBooks), "GET /shu/:year": .permission(.viewBooks),
        "POST /shu/:year/compute": .permission(.keepBooks), "POST /shu/:year/post": .permission(.keepBooks),
        "POST /shu/:year/shares/:id/payout": .permission(.handleCash), "GET /shu/:year/settings": .permission(.viewBooks),
        "POST /shu/:year/settings": .permission(.manageSettings), "GET /shu/simulation": .anyone,
        // Meetings: members read them and vote for themselves, so those pages are open to anyone signed in
        // and refuse inside (a non-member without the permission: 403; voting for another: no_proxy).
        "GET /meetings": .signedIn, "POST /meetings": .permission(.manageMeetings),
        "POST /meetings/settings": .permission(.manageMeetings), "GET /meetings/:id": .signedIn,
        "POST /meetings/:id/notice": .permission(.manageMeetings),
        "POST /meetings/:id/start": .permission(.manageMeetings),
        "POST /meetings/:id/close": .permission(.manageMeetings), "POST /meetings/:id/check-in": .signedIn,
        "POST /meetings/:id/resolutions": .permission(.manageMeetings),
        "POST /meetings/:id/minutes": .permission(.manageMeetings),
        "POST /meetings/:id/agenda": .permission(.manageMeetings),
        "POST /meetings/:id/delegates": .permission(.manageMeetings),
        "POST /meetings/:id/details": .permission(.manageMeetings), "GET /meetings/:id/invitation": .signedIn,
        "GET /meetings/:id/minutes": .signedIn, "GET /meetings/:id/report": .permission(.viewMeetings),
        "GET /meetings/:id/ministry-report": .permission(.viewMeetings),
        "POST /meetings/resolutions/:id/open": .permission(.manageMeetings),
        "POST /meetings/resolutions/:id/close": .permission(.manageMeetings),
        "POST /meetings/resolutions/:id/vote": .signedIn,
        "GET /store": .permission(.sell), "POST /store/sales": .permission(.sell),
        "GET /store/sales/:id": .permission(.viewStore), "GET /store/products": .permission(.viewStore),
        "POST /store/sales/:id/returns": .permission(.returnSales), "GET /store/shifts": .permission(.viewStore),
        "POST /store/shifts": .permission(.sell), "GET /store/shifts/:id": .permission(.viewStore),
        "POST /store/shifts/:id/close": .permission(.sell), "GET /store/programmes": .permission(.manageStock),
        "GET /store/programmes/:id": .permission(.manageStock), "GET /store/customers": .permission(.viewStore),
        "GET /store/programmes/:id/allocations": .permission(.manageStock), "GET /store/reports": .permission(.manageStock),
        "GET /store/qris": .permission(.viewBooks), "POST /store/qris": .permission(.keepBooks),
        "GET /store/stock-takes": .permission(.manageStock), "POST /store/stock-takes": .permission(.manageStock),
        "GET /store/stock-takes/:id": .permission(.manageStock),
        "POST /store/stock-takes/:id/counts": .permission(.manageStock),
        "POST /store/stock-takes/:id/approve": .permission(.manageStock),
        "POST /store/programmes/:id/allocations": .permission(.manageStock),
        "POST /store/customers/:id/payments": .permission(.sell),
        "POST /store/programmes/ceilings": .permission(.manageStock),
        "GET /store/products/new": .permission(.manageStock), "POST /store/products": .permission(.manageStock),
        "GET /store/products/:id": .permission(.viewStore), "POST /store/products/:id": .permission(.manageStock),
        "POST /store/products/:id/receipts": .permission(.manageStock),
        "POST /store/products/:id/adjustments": .permission(.manageStock),
        "POST /store/products/:id/transfers": .permission(.manageStock), "GET /store/units": .permission(.viewStore),
        "POST /store/units/template": .permission(.keepBooks),
        "POST /store/units/:id/staff": .permission(.manageUsers), "POST /store/units/:id/region": .permission(.keepBooks),
        "GET /supply": .permission(.viewStore), "POST /supply/suppliers": .permission(.manageStock),
        "GET /supply/reports": .permission(.viewStore), "GET /supply/claims": .permission(.viewStore),
        "POST /supply/claims": .permission(.viewStore), "POST /supply/claims/:id/approve": .permission(.approvePurchases),
        "POST /supply/claims/:id/reject": .permission(.approvePurchases), "POST /supply/claims/:id/pay": .permission(.keepBooks),
        "GET /supply/uploads/:id": .permission(.viewStore), "GET /supply/storage": .permission(.viewStore),
        "GET /c/:cooperative/join": .anyone, "POST /c/:cooperative/join": .anyone, "GET /c/:cooperative/sign-in": .anyone,
        "POST /c/:cooperative/sign-in": .anyone, "GET /consumers": .permission(.viewStore),
        "POST /consumers": .permission(.sell), "POST /consumers/rules": .permission(.manageSettings),
        "GET /referral": .signedIn, "GET /account": .signedIn, "POST /account/membership": .signedIn,
        "GET /ideas": .signedIn, "POST /ideas": .signedIn, "GET /ideas/:id": .signedIn,
        "GET /ideas/:id/photos/:photo": .signedIn, "POST /ideas/:id/support": .signedIn,
        "POST /ideas/:id/comments": .signedIn, "POST /ideas/:id/answer": .permission(.moderateIdeas),
        "POST /ideas/:id/hide": .permission(.moderateIdeas), "POST /ideas/:id/review": .permission(.moderateIdeas),
        "POST /ideas/:id/accept": .permission(.moderateIdeas), "POST /ideas/:id/start": .permission(.moderateIdeas),
        "POST /ideas/:id/finish": .permission(.moderateIdeas), "POST /ideas/:id/decline": .permission(.moderateIdeas),
        "GET /c/:cooperative/ideas": .anyone, "GET /engagement": .permission(.viewStore),
        "GET /consultations": .permission(.consult), "POST /consultations": .permission(.consult),
        "GET /consultations/:id": .permission(.consult), "POST /consultations/:id/guests": .permission(.consult),
        "POST /consultations/:id/attendance": .permission(.consult), "POST /consultations/:id/ideas": .permission(.consult),
        "POST /consultations/:id/finish": .permission(.consult), "POST /consultations/:id/cancel": .permission(.consult),
        "GET /partnerships": .signedIn, "POST /partnerships": .permission(.managePartnerships),
        "POST /partners": .permission(.managePartnerships), "POST /partnerships/risks": .permission(.managePartnerships),
        "GET /partnerships/:id": .signedIn, "POST /partnerships/:id/activate": .permission(.managePartnerships),
        "POST /partnerships/:id/end": .permission(.managePartnerships),
        "POST /partnerships/:id/responsibilities": .permission(.managePartnerships),
        "POST /partnerships/:id/commitments": .permission(.managePartnerships),
        "POST /partnerships/:id/reviews": .permission(.managePartnerships), "POST /commitments/:id/deliver": .signedIn,
        "GET /commitments/:id/evidence": .signedIn,
        "POST /partnerships/:id/grants": .permission(.managePartnerships),
        "POST /partnerships/:id/grants/spending": .permission(.managePartnerships),
        "POST /partnerships/:id/loan": .permission(.managePartnerships),
        "POST /partnerships/:id/loan/instalments": .permission(.managePartnerships),
        "POST /partnerships/:id/equity": .permission(.managePartnerships),
        "POST /partnerships/:id/indicators": .permission(.managePartnerships),
        "POST /partnerships/:id/indicators/actual": .permission(.managePartnerships),
        "POST /partnerships/:id/documents": .permission(.managePartnerships), "GET /partnerships/documents/:id": .signedIn,
        "POST /supply/storage": .permission(.manageStock), "POST /supply/storage/:id/releases": .permission(.manageStock),
        "POST /supply/suppliers/:id/consignment/consign": .permission(.manageStock),
        "POST /supply/suppliers/:id/prices": .permission(.manageStock),
        "POST /supply/suppliers/:id/consignment/move": .permission(.manageStock),
        "POST /supply/suppliers/:id/consignment/settle": .permission(.manageStock),
        "GET /supply/suppliers/:id": .permission(.viewStore), "POST /supply/suppliers/:id/payments": .permission(.keepBooks),
        "GET /supply/orders/new": .permission(.manageStock), "POST /supply/orders": .permission(.manageStock),
        "GET /supply/orders/:id": .permission(.viewStore), "POST /supply/orders/:id/approve": .permission(.approvePurchases),
        "POST /supply/orders/:id/receive": .permission(.manageStock), "POST /supply/orders/:id/close": .permission(.manageStock),
        "POST /supply/orders/:id/cancel": .permission(.manageStock),
        "POST /supply/orders/:id/invoices": .permission(.manageStock), "GET /supply/produce": .permission(.viewStore),
        "POST /supply/produce": .permission(.manageStock), "POST /supply/processing": .permission(.manageStock),
        "GET /supply/deliveries": .permission(.viewStore),
        "POST /supply/deliveries": .permission(.manageStock), "POST /supply/deliveries/:id/depart": .permission(.viewStore),
        "POST /supply/deliveries/:id/deliver": .permission(.viewStore),
        "POST /supply/deliveries/:id/fail": .permission(.viewStore),
    ]

    /// One cooperative's records, to aim routes at.
    struct Records {
        var member = "", savings = "", deposit = "", entry = "", account = "", unit = "", user = "", product = "", loan = ""
        var meeting = "", resolution = "", memberImport = "", cooperative = "", shopProduct = "", sale = "", shift = ""
        var programme = "", customer = "", stockTake = "", supplier = "", order = "", delivery = "", upload = ""
        var claim = "", lot = "", consumer = "", voucher = "", idea = "", consultation = ""
        var partner = "", partnership = "", commitment = "", document = ""

        /// The id of this cooperative's record of a kind. A kind of record added without one here does not build.
        func id(_ record: TenantRecord) -> String {
            switch record {
            case .member: member
            case .memberImport: memberImport
            case .user: user
            case .account: account
            case .entry: entry
            case .businessUnit: unit
            case .savingsAccount: savings
            case .termDeposit: deposit
            case .loanProduct: product
            case .loan: loan
            case .meeting: meeting
            case .resolution: resolution
            case .product: shopProduct
            case .sale: sale
            case .shift: shift
            case .programme: programme
            case .customer: customer
            case .stockTake: stockTake
            case .supplier: supplier
            case .purchaseOrder: order
            case .delivery: delivery
            case .upload: upload
            case .claim: claim
            case .storageLot: lot
            case .consumer: consumer
            case .voucher: voucher
            case .idea: idea
            case .consultation: consultation
            case .partner: partner
            case .partnership: partnership
            case .commitment: commitment
            }
        }

        /// The path to send for a registered route: an API route's `:id` is the record its declaration
        /// names; a page's is told by its path.
        func path(_ route: Route) -> String? {
            let pattern = "/" + route.path.map(\.description).joined(separator: "/")
            guard let declared = IsolationSweepTests.declared[IsolationSweepTests.key(route)] else { return path(pattern) }
            guard pattern.contains(":id") else { return path(pattern) }
            guard let record = declared.record, !id(record).isEmpty else { return nil }
            return path(pattern.replacingOccurrences(of: ":id", with: id(record).lowercased()))
        }

        /// A page's path with its `:id` replaced by the record it names.
        func path(_ pattern: String) -> String? {
            let pattern = pattern.replacingOccurrences(of: ":year", with: "2001")
                .replacingOccurrences(of: ":cooperative", with: cooperative.lowercased())
                .replacingOccurrences(of: ":photo", with: upload.lowercased())
            guard pattern.contains(":id") else {
                return pattern.replacingOccurrences(of: ":kind", with: "trial-balance")
                    .replacingOccurrences(of: ":month", with: "2001-01").replacingOccurrences(of: ":code", with: "en")
            }
            let id: String =
                switch true {
                case pattern.contains("/meetings/resolutions/"): resolution
                case pattern.contains("/meetings/"): meeting
                case pattern.contains("/imports/"): memberImport
                case pattern.contains("/members/"), pattern.contains("/shares/"): member
                case pattern.contains("/loans/"): loan
                case pattern.contains("/store/sales/"): sale
                case pattern.contains("/store/products/"): shopProduct
                case pattern.contains("/store/shifts/"): shift
                case pattern.contains("/store/programmes/"): programme
                case pattern.contains("/store/customers/"): customer
                case pattern.contains("/store/stock-takes/"): stockTake
                case pattern.contains("/supply/suppliers/"): supplier
                case pattern.contains("/supply/orders/"): order
                case pattern.contains("/supply/deliveries/"): delivery
                case pattern.contains("/supply/claims/"): claim
                case pattern.contains("/supply/storage/"): lot
                case pattern.contains("/supply/uploads/"): upload
                case pattern.hasPrefix("/ideas/"): idea
                case pattern.hasPrefix("/consultations/"): consultation
                case pattern.hasPrefix("/partners/"): partner
                case pattern.hasPrefix("/partnerships/documents/"): document
                case pattern.hasPrefix("/partnerships/"): partnership
                case pattern.hasPrefix("/commitments/"): commitment
                case pattern.contains("/term-deposits/"): deposit
                case pattern.contains("/savings/accounts/"): savings
                case pattern.contains("/journal/"), pattern.contains("/receipts/"): entry
                case pattern.contains("/units/"): unit
                case pattern.hasPrefix("/cooperatives/"): cooperative
                case pattern.contains("/accounts/"): account
                default: ""
                }
            return id.isEmpty ? nil : pattern.replacingOccurrences(of: ":id", with: id.lowercased())
        }
    }

    /// A cooperative with a member holding savings (a term deposit too), an entry, an account of its
    /// own, a business unit and a teller.
    func records(_ t: TestApp, _ name: String, _ email: String) async throws -> Records {
        let coop = try await t.cooperative(name, admin: email)
        let api = try await t.apiClient(email)
        var r = Records()
        r.cooperative = coop.uuidString
        r.member = try await t.member(People.siti, through: api)
        let deposit = try await api.deposit(r.member, "sukarela", "100000").json()
        r.savings = deposit["accountId"] as! String
        r.entry = deposit["entryId"] as! String
        let term = try await api.post(
            "/api/v1/savings/deposits",
            json: [
                "memberId": r.member, "kind": "berjangka",
                "amount": "1000000", "channel": "bank", "termMonths": 3,
            ])
        r.deposit = try term.json()["accountId"] as! String
        r.account =
            try await api.post(
                "/api/v1/ledger/accounts",
                json: [
                    "code": "5-3200", "nameId": "Listrik",
                    "type": "expense",
                ]
            ).json()["id"] as! String
        r.unit = try await api.post("/api/v1/ledger/units", json: ["code": "TOKO", "name": "Toko"]).json()["id"] as! String
        (r.product, r.loan) = try await Self.loan(r.member, through: api)
        (r.meeting, r.resolution) = try await Self.meeting(through: api)
        (r.shopProduct, r.sale) = try await Self.sale(through: api)
        r.shift = try await api.post("/api/v1/store/shifts", json: ["float": "200.000"]).json()["id"] as! String
        r.stockTake = try await api.post("/api/v1/store/stock-takes", json: [:]).json()["id"] as! String
        r.programme =
            try await api.post(
                "/api/v1/store/programmes", json: ["name": "Pupuk Urea", "priceCeiling": "1.800", "byAllocation": true]
            ).json()["id"] as! String
        r.customer =
            try await api.post(
                "/api/v1/store/customers", json: ["name": "Warung Bu Darmi", "customerClass": "warung", "creditLimit": "50.000"]
            ).json()["id"] as! String
        r.supplier =
            try await api.post("/api/v1/suppliers", json: ["name": "UD Sumber Rejeki", "terms": "credit", "creditDays": 30])
            .json()["id"] as! String
        r.order =
            try await api.post(
                "/api/v1/purchase-orders",
                json: ["supplierId": r.supplier, "lines": [["productId": r.shopProduct, "quantity": "5", "unitCost": "65000"]]]
            ).json()["id"] as! String
        r.delivery =
            try await api.post(
                "/api/v1/deliveries", json: ["goods": "Beras 5 kg", "destination": "Dusun Krajan", "recipient": "Bu Darmi"]
            ).json()["id"] as! String
        r.upload =
            try await api.send(
                .POST, "/api/v1/uploads", body: ByteBuffer(bytes: SupplyAPITests.png), contentType: .png
            ).json()["id"] as! String
        r.claim =
            try await api.post(
                "/api/v1/claims", json: ["amount": "25.000", "purpose": "Ongkos ke dinas koperasi", "receiptId": r.upload]
            ).json()["id"] as! String
        try await api.post("/api/v1/store/units/template", json: [:])
        r.lot =
            try await api.post(
                "/api/v1/storage", json: ["goods": "Cabai merah", "owner": "Pak Joko", "quantity": "100", "rate": "50"]
            ).json()["id"] as! String
        // A consumer Siti brought, welcomed with a voucher.
        try await api.put("/api/v1/settings/referrals", json: ["welcomeValue": "5.000"])
        let code = try await api.get("/api/v1/members/\(r.member)/referral").json()["code"] as! String
        r.consumer =
            try await api.post("/api/v1/consumers", json: ["phone": "0813-1111-2222", "name": "Budi", "referralCode": code])
            .json()["id"] as! String
        r.voucher =
            (try JSONSerialization.jsonObject(
                with: Data(buffer: try await api.get("/api/v1/vouchers?consumerId=\(r.consumer)").body)) as? [[String: Any]])?
            .first?["id"] as! String
        let categories =
            try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/idea-categories").body))
            as? [[String: Any]]
        r.idea =
            try await api.post(
                "/api/v1/ideas",
                json: [
                    "categoryId": categories?.first?["id"] as! String, "title": "Rak lebih rendah", "body": "Agar terjangkau.",
                ]
            ).json()["id"] as! String
        r.consultation =
            try await api.post(
                "/api/v1/consultations",
                json: ["topic": "Tata letak toko", "kind": "visit", "heldOn": "2001-01-01", "startsAt": "9.00", "place": "Toko"]
            ).json()["id"] as! String
        r.partner =
            try await api.post("/api/v1/partners", json: ["name": "Bank BRI Unit Sukamaju", "kind": "financial"])
            .json()["id"] as! String
        r.partnership =
            try await api.post(
                "/api/v1/partnerships",
                json: ["partnerId": r.partner, "kind": "financial", "title": "Kredit modal kerja", "start": "2001-01-01"]
            ).json()["id"] as! String
        r.commitment =
            try await api.post(
                "/api/v1/partnerships/\(r.partnership)/commitments",
                json: ["party": "partner", "what": "Mencairkan pinjaman", "dueOn": "2001-02-01"]
            ).json()["id"] as! String
        r.document =
            try await api.send(
                .POST, "/api/v1/partnerships/\(r.partnership)/documents?title=Perjanjian",
                body: ByteBuffer(bytes: SupplyAPITests.png), contentType: .png
            ).json()["id"] as! String
        r.memberImport = try await MemberImportJobs.open(
            Tenant(cooperativeID: coop, db: t.app.db), csv: "Nama,NIK\n",
            fileName: "anggota.csv", plan: .init(), status: .preview,
            on: CivilDate(year: 2026, month: 1, day: 1)!, by: .commandLine("test")
        )
        .id!.uuidString
        try await t.user("kasir-\(email)", roles: [.teller], in: coop)
        let users =
            try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/users").body)) as? [[String: Any]]
        r.user = users?.first { ($0["email"] as? String)?.hasPrefix("kasir") == true }?["id"] as! String
        return r
    }

    /// A loan product and an application by the member; their ids.
    static func loan(_ member: String, through api: Client) async throws -> (String, String) {
        let product = try await api.post("/api/v1/loans/products", json: LoansAPITests.product).json()["id"] as! String
        let loan =
            try await api.post(
                "/api/v1/loans",
                json: [
                    "memberId": member, "productId": product, "principal": "1000000",
                    "periods": 6,
                ]
            ).json()["id"] as! String
        return (product, loan)
    }

    /// A product in stock and a sale of it; their ids.
    static func sale(through api: Client) async throws -> (String, String) {
        let product =
            try await api.post(
                "/api/v1/store/products",
                json: ["name": "Beras Premium 5 kg", "unit": "pcs", "memberPrice": "70000", "nonMemberPrice": "75000"]
            ).json()["id"] as! String
        try await api.post(
            "/api/v1/store/receipts", json: ["lines": [["productId": product, "quantity": "10", "unitCost": "65000"]]])
        let sale =
            try await api.post(
                "/api/v1/store/sales", json: ["lines": [["productId": product, "quantity": "1"]], "payment": "cash"]
            ).json()["id"] as! String
        return (product, sale)
    }

    /// A RAT as a draft and a motion on it; their ids.
    static func meeting(through api: Client) async throws -> (String, String) {
        let meeting =
            try await api.post("/api/v1/meetings", json: ["heldOn": "2026-03-14", "place": "Balai Desa"]).json()["id"] as! String
        let resolution =
            try await api.post("/api/v1/meetings/\(meeting)/resolutions", json: ["motion": "Mengesahkan laporan"])
            .json()["id"] as! String
        return (meeting, resolution)
    }

    /// A body each kind of route accepts far enough to look its record up.
    static func body(_ method: HTTPMethod, _ pattern: String) -> [String: Any] {
        switch (method, pattern) {
        case (_, let p) where p.hasSuffix("/status"): ["status": "resigned"]
        case (_, let p) where p.hasSuffix("/roles"): ["roles": ["teller"]]
        case (.PATCH, let p) where p.contains("/members/"): ["name": "Orang Lain"]
        case (.PATCH, _): ["nameId": "Diubah", "name": "Diubah", "active": false]
        case (_, let p) where p.hasSuffix("/break"): ["channel": "cash"]
        default: [:]
        }
    }

    func send(_ client: Client, _ method: HTTPMethod, _ path: String, pattern: String, csrf: String?) async throws
        -> TestingHTTPResponse
    {
        if path.hasPrefix("/api/") {
            return method == .GET
                ? try await client.get(path)
                : try await client.send(
                    method, path,
                    body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: Self.body(method, pattern))),
                    contentType: .json)
        }
        if method == .GET { return try await client.get(path) }
        var form = Self.body(method, pattern).mapValues { "\($0)" }
        form["_csrf"] = csrf
        return try await client.post(path, form: form)
    }

    static func key(_ route: Route) -> String { key(route.method, route.path) }

    static func key(_ method: HTTPMethod, _ path: [PathComponent]) -> String {
        "\(method.rawValue) /" + path.map(\.description).joined(separator: "/")
    }

    /// The API's routes by key, as declared.
    static let declared = Dictionary(
        uniqueKeysWithValues: APIRoute.all.map {
            (key($0.method, APIRoute.prefix + $0.path), $0)
        })

    /// What a registered route needs: an API route's declaration says it, a page's entry in `pages`.
    static func access(_ route: Route) -> Access? {
        if let declared = declared[key(route)] { return Access(declared.access) }
        return pages[key(route)]
    }

    @Test func everyRouteIsClassified() async throws {
        try await withTestApp { t in
            let unclassified = t.app.routes.all.filter { Self.access($0) == nil }.map(Self.key)
            #expect(unclassified.isEmpty, "routes neither declared (APIRoute) nor in IsolationSweepTests.pages: \(unclassified)")
        }
    }

    /// A route whose path names a record says which kind, so that the sweep aims another cooperative's
    /// record of that kind at it; one that does not name a record claims none.
    @Test func everyDeclaredIDNamesItsRecord() {
        // then
        for route in APIRoute.all {
            let namesRecord = route.path.contains(.parameter("id"))
            #expect(
                namesRecord == (route.record != nil),
                "\(route.method) \(route.openAPIPath): record \(String(describing: route.record))")
        }
    }

    @Test func anotherCooperativesRecordsAreNeverReached() async throws {
        try await withTestApp { t in
            // given: two cooperatives with the same kinds of records.
            _ = try await records(t, "Koperasi Sukamaju", "ketua@sukamaju.coop")
            let theirs = try await records(t, "Koperasi Makmur", "ketua@makmur.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let csrf = try await browser.get("/dashboard").csrfToken()
            let owner = try await t.apiClient("ketua@makmur.coop")
            let before = try await owner.get("/api/v1/ledger/entries").json()["total"] as? Int

            // when and then: every route that names a record, aimed at Makmur's, as Sukamaju's board.
            var walked = 0
            for route in t.app.routes.all where route.path.contains(where: { $0.description == ":id" }) {
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                guard let path = theirs.path(route) else {
                    Issue.record("no record for \(pattern)")
                    continue
                }
                let response = try await send(
                    path.hasPrefix("/api/") ? api : browser, route.method, path, pattern: pattern,
                    csrf: csrf)
                #expect(response.status == .notFound, "\(route.method) \(pattern) answered \(response.status)")
                walked += 1
            }

            #expect(walked >= 20)
            #expect(try await owner.get("/api/v1/ledger/entries").json()["total"] as? Int == before)
            #expect(try await owner.get("/api/v1/members/\(theirs.member)").json()["name"] as? String == "Siti Aminah")
        }
    }

    @Test(arguments: [Role.supervisor, .manager, .teller, .staff, .member])
    func eachRoleReachesOnlyWhatItsPermissionsOpen(role: Role) async throws {
        try await withTestApp { t in
            // given: Sukamaju's records, and a user with only `role` (a member sees Budi's record, not Siti's).
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let board = try await t.apiClient("ketua@sukamaju.coop")
            let ours = try await records(t, "Koperasi Lain", "ketua@lain.coop")
            _ = ours
            var records = Records()
            records.member = try await t.member(People.siti, through: board)
            let deposit = try await board.deposit(records.member, "sukarela", "100000").json()
            records.savings = deposit["accountId"] as! String
            records.entry = deposit["entryId"] as! String
            records.deposit =
                try await board.post(
                    "/api/v1/savings/deposits",
                    json: [
                        "memberId": records.member, "kind": "berjangka", "amount": "1000000", "channel": "bank", "termMonths": 3,
                    ]
                ).json()["accountId"] as! String
            records.account =
                try await board.post(
                    "/api/v1/ledger/accounts",
                    json: [
                        "code": "5-3200", "nameId": "Listrik",
                        "type": "expense",
                    ]
                ).json()["id"] as! String
            records.unit =
                try await board.post("/api/v1/ledger/units", json: ["code": "TOKO", "name": "Toko"]).json()["id"] as! String
            (records.product, records.loan) = try await Self.loan(records.member, through: board)
            (records.meeting, records.resolution) = try await Self.meeting(through: board)
            let budi = try await t.member(People.budi, through: board)
            try await t.user(
                "peran@sukamaju.coop", roles: [role], in: coop, member: role == .member ? UUID(uuidString: budi) : nil)
            let users =
                try JSONSerialization.jsonObject(with: Data(buffer: try await board.get("/api/v1/users").body))
                as? [[String: Any]]
            records.user = users?.first { $0["email"] as? String == "peran@sukamaju.coop" }?["id"] as! String
            let api = try await t.apiClient("peran@sukamaju.coop")
            let browser = try await t.browser("peran@sukamaju.coop")
            let csrf = try await browser.get("/dashboard").csrfToken()

            for route in t.app.routes.all {
                let key = Self.key(route)
                guard let access = Self.access(route), key != "DELETE /api/v1/auth/token", key != "POST /sign-out" else {
                    continue
                }
                let (needed, own): ([Permission], Bool) =
                    switch access {
                    case .anyone, .signedIn: ([], false)
                    case .permission(let p, let own): ([p], own)
                    case .eitherOf(let a, let b, let own): ([a, b], own)
                    }
                guard !needed.isEmpty, !needed.contains(where: role.permissions.contains) else { continue }
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                guard let path = records.path(route) else { continue }
                let response = try await send(
                    path.hasPrefix("/api/") ? api : browser, route.method, path, pattern: pattern,
                    csrf: csrf)
                // Siti's record is not this member's own: a record one may not see does not exist for them.
                let expected: [HTTPStatus] = own ? [.notFound, .forbidden] : [.forbidden]
                #expect(expected.contains(response.status), "\(role) \(key) answered \(response.status)")
                if path.hasPrefix("/api/") { #expect(["forbidden", "not_found"].contains(response.errorCode), "\(role) \(key)") }
            }
        }
    }
}
