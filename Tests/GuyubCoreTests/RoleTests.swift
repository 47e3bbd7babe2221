import GuyubCore
import PropertyBased
import Testing

// Organs of a cooperative (DOMAIN.md, "Who is who"): the board (pengurus), the supervisors (pengawas,
// never also on the board), staff appointed by the board; members, consumers and partners.

@Suite("Roles and permissions")
struct RoleTests {
    @Test(
        "what each role may do",
        arguments: [
            (Role.board, Set(Permission.allCases)),
            (
                .supervisor,
                [.viewMembers, .viewAudit, .viewBooks, .viewSavings, .viewLoans, .viewMeetings, .viewStore, .viewPartnerships]
            ),
            (
                .manager,
                [
                    .viewMembers, .manageMembers, .importMembers, .changeMemberStatus, .viewBooks, .viewSavings, .handleCash,
                    .viewLoans, .enterLoans, .viewMeetings, .viewStore, .sell, .manageStock, .returnSales, .consult,
                    .viewPartnerships, .managePartnerships,
                ]
            ),
            (.staff, [.viewMembers, .manageMembers, .viewSavings, .viewLoans, .enterLoans, .viewStore, .sell, .manageStock]),
            (.teller, [.viewMembers, .viewSavings, .handleCash, .viewLoans, .viewStore, .sell]),
            (.member, []),
            (.consumer, []),
            (.partner, []),
        ] as [(Role, Set<Permission>)])
    func permissions(role: Role, expected: Set<Permission>) {
        #expect(role.permissions == expected)
    }

    @Test("the board has every permission, including managing users")
    func board() {
        for permission in Permission.allCases {
            #expect(Set([Role.board]).allows(permission), "\(permission)")
        }
    }

    @Test("a supervisor reads the trail and the books but changes nothing")
    func supervisor() {
        let roles: Set<Role> = [.supervisor]
        #expect(roles.allows(.viewAudit))
        #expect(roles.allows(.viewMembers))
        #expect(roles.allows(.viewBooks))
        #expect(!roles.allows(.manageMembers))
        #expect(!roles.allows(.changeMemberStatus))
        #expect(!roles.allows(.importMembers))
        #expect(!roles.allows(.manageUsers))
        #expect(!roles.allows(.keepBooks))
        #expect(!roles.allows(.handleCash))
        #expect(!roles.allows(.decideLoans))
    }

    @Test("a teller looks members and loans up, handles cash and sells at the counter, nothing more")
    func teller() {
        let roles: Set<Role> = [.teller]
        #expect(
            Permission.allCases.filter { roles.allows($0) } == [
                .viewMembers, .viewSavings, .handleCash, .viewLoans, .viewStore, .sell,
            ])
    }

    @Test("only the board keeps the books and sets the products")
    func treasurer() {
        #expect(Role.allCases.filter { $0.permissions.contains(.keepBooks) } == [.board])
        #expect(Role.allCases.filter { $0.permissions.contains(.manageSettings) } == [.board])
    }

    @Test("members, consumers and partners need no permission and have none", arguments: [Role.member, .consumer, .partner])
    func none(role: Role) {
        #expect(Permission.allCases.allSatisfy { !Set([role]).allows($0) })
    }

    @Test("only the board manages users")
    func manageUsers() {
        #expect(Role.allCases.filter { $0.permissions.contains(.manageUsers) } == [.board])
    }

    @Test("several roles allow what any of them allows; no roles allow nothing")
    func union() async {
        await propertyCheck(count: 500, input: Gen.bool.array(of: Role.allCases.count)) { picks in
            // given
            let roles = Set(zip(Role.allCases, picks).filter(\.1).map(\.0))
            for permission in Permission.allCases {
                // then
                #expect(roles.allows(permission) == roles.contains { $0.permissions.contains(permission) })
            }
        }
        #expect(Permission.allCases.allSatisfy { !Set<Role>().allows($0) })
    }

    @Test("roles sort in their declared order, board first")
    func order() {
        #expect(
            [Role.partner, .teller, .board, .member, .supervisor].sorted() == [.board, .supervisor, .teller, .member, .partner])
        #expect(Role.board < .supervisor)
        #expect(!(Role.member < .member))
    }

    @Test("stored names are stable")
    func rawValues() {
        #expect(
            Role.allCases.map(\.rawValue) == [
                "board", "supervisor", "manager", "teller", "staff", "member", "consumer", "partner",
            ])
        #expect(
            Permission.allCases.map(\.rawValue) == [
                "viewMembers", "manageMembers", "importMembers", "changeMemberStatus",
                "viewAudit", "manageUsers", "viewBooks", "keepBooks", "viewSavings",
                "handleCash", "manageSettings", "viewLoans", "enterLoans",
                "decideLoans", "viewStore", "sell", "manageStock", "returnSales", "approvePurchases", "moderateIdeas",
                "viewMeetings",
                "manageMeetings", "consult", "viewPartnerships", "managePartnerships",
            ])
    }
}

@Suite("Roles: valid combinations")
struct RoleValidationTests {
    @Test("no role at all is refused")
    func empty() {
        // when
        let error = #expect(throws: RoleError.none) { try Set<Role>().validated() }
        // then
        #expect(error?.code == "roles_required")
        #expect(error?.field == "roles")
    }

    @Test(
        "board and supervisor together are refused",
        arguments: [
            [Role.board, .supervisor], [.board, .supervisor, .member], [.board, .supervisor, .manager, .teller],
        ] as [Set<Role>])
    func boardAndSupervisor(roles: Set<Role>) {
        let error = #expect(throws: RoleError.boardAndSupervisor) { try roles.validated() }
        #expect(error?.code == "incompatible_roles")
        #expect(error?.field == "roles")
        #expect(error?.kind == .invalid)
    }

    @Test(
        "other combinations are returned unchanged",
        arguments: [
            [Role.board], [.supervisor], [.board, .member], [.supervisor, .member], [.manager, .teller, .staff, .member],
            [.consumer], [.partner, .consumer],
        ] as [Set<Role>])
    func valid(roles: Set<Role>) throws {
        #expect(try roles.validated() == roles)
    }

    @Test("any set is valid exactly when non-empty and not both board and supervisor")
    func property() async {
        await propertyCheck(count: 500, input: Gen.bool.array(of: Role.allCases.count)) { picks in
            // given
            let roles = Set(zip(Role.allCases, picks).filter(\.1).map(\.0))
            // when
            let result = Result { () throws(RoleError) in try roles.validated() }
            // then
            if roles.isEmpty {
                #expect(throws: RoleError.none) { try result.get() }
            } else if roles.contains(.board) && roles.contains(.supervisor) {
                #expect(throws: RoleError.boardAndSupervisor) { try result.get() }
            } else {
                #expect((try? result.get()) == roles)
            }
        }
    }

    @Test("leaving the board yourself has its own code")
    func cannotLeave() {
        #expect(RoleError.cannotLeaveBoardYourself.code == "cannot_leave_board_yourself")
        #expect(RoleError.cannotLeaveBoardYourself.field == "roles")
    }

    @Test(
        "access refusals map to forbidden and not found",
        arguments: [
            (AccessError.forbidden, "forbidden", ErrorKind.forbidden), (.notFound, "not_found", .notFound),
        ])
    func access(error: AccessError, code: String, kind: ErrorKind) {
        #expect(error.code == code)
        #expect(error.kind == kind)
        #expect(error.field == nil)
    }
}
