/// Which tables hold one cooperative's rows. Every table does — keyed by `(cooperative_id, id)`, its
/// unique constraints and its references to other such tables leading with `cooperative_id` — except
/// the global ones named here, so that a distributed PostgreSQL can shard the rest by cooperative.
package enum TableScope {
    /// Shared by every cooperative: the cooperatives themselves, people's accounts (one person may work
    /// in several cooperatives), failed sign-ins (counted before anyone is known) and the migration log.
    /// On Citus these are reference tables, copied to every node.
    package static let global: Set<String> = ["cooperatives", "users", "sign_in_failures", "_fluent_migrations"]

    /// Columns of tenant tables that name another cooperative: plain columns the application checks
    /// inside the transaction, never foreign keys, since the two rows may live on different nodes.
    package static let crossTenant: Set<String> = ["loans.borrower_cooperative_id"]

    package static func isTenant(_ table: String) -> Bool { !global.contains(table) }
}
