-- Gives cooperative :'coop' :loans active loans on product :'product' (12 monthly instalments each,
-- disbursed 200 days before :'day'), its members borrowing in turn. Each loan has paid 0 to 7 of its
-- instalments, so about a quarter are on time and the rest late by one to six instalments.
DELETE FROM loan_transactions WHERE cooperative_id = :'coop';
DELETE FROM loan_installments WHERE cooperative_id = :'coop';
DELETE FROM loans WHERE cooperative_id = :'coop';
CREATE TEMP TABLE borrowers AS
  SELECT id, name, (row_number() OVER (ORDER BY member_number)) - 1 AS k FROM members
  WHERE cooperative_id = :'coop' AND status = 'member';
INSERT INTO loans (id, cooperative_id, number, product_id, member_id, borrower_name, status, principal, annual_rate, periods,
                   terms, penalty_rule, allocation, schedule_version, fees, purpose, collateral, applied_on, applied_by_name, disbursed_on,
                   principal_paid, interest_paid, penalty_accrued, penalty_paid, penalty_through, days_late, collectibility,
                   allowance, written_off, recovered, revision, auto_debit)
  SELECT gen_random_uuid(), :'coop', g, :'product', b.id, b.name, 'active', 1200000, 150000, 12,
         '{"annualRate":150000,"dayCount":"30/360","every":1,"grace":0,"graceKind":"interest-only","method":"flat",'
           || '"periods":12,"principal":1200000,"rounding":"half-up","seasonalMonths":[],"start":"'
           || to_char(DATE :'day' - 200, 'YYYY-MM-DD') || '","unit":"month"}',
         '{"basis":"installment","cap":100000,"graceDays":3,"per":"day","rate":1000}', 'penalty,interest,principal',
         1, 0, 'Bench', '', to_char(DATE :'day' - 200, 'YYYY-MM-DD'), 'bench', to_char(DATE :'day' - 200, 'YYYY-MM-DD'),
         100000 * (g % 8), 15000 * (g % 8), 0, 0, to_char(DATE :'day' - 200, 'YYYY-MM-DD'), 0, 'lancar', 0, 0, 0, 0, false
  FROM generate_series(1, :loans) g JOIN borrowers b ON b.k = g % (SELECT count(*) FROM borrowers);
INSERT INTO loan_installments (id, cooperative_id, loan_id, version, number, due_on, principal, interest, principal_paid,
                               interest_paid, paid_on)
  SELECT gen_random_uuid(), :'coop', l.id, 1, k, to_char(DATE :'day' - 200 + make_interval(months => k), 'YYYY-MM-DD'),
         100000, 15000, CASE WHEN k <= l.number % 8 THEN 100000 ELSE 0 END, CASE WHEN k <= l.number % 8 THEN 15000 ELSE 0 END,
         CASE WHEN k <= l.number % 8 THEN to_char(DATE :'day' - 200 + make_interval(months => k), 'YYYY-MM-DD') END
  FROM loans l CROSS JOIN generate_series(1, 12) k WHERE l.cooperative_id = :'coop';
UPDATE cooperatives SET next_loan_number = :loans + 1 WHERE id = :'coop';
ANALYZE loans;
ANALYZE loan_installments;
