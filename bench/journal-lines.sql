-- Fills cooperative :'coop' with :entries two-line entries (dated across five years, on every
-- account but members' savings), replacing any this file made before, and brings the accounts'
-- kept balances and the entry counter in line with them.
DELETE FROM journal_lines WHERE cooperative_id = :'coop'
  AND entry_id IN (SELECT id FROM journal_entries WHERE created_by_name = 'bench');
DELETE FROM journal_entries WHERE cooperative_id = :'coop' AND created_by_name = 'bench';
CREATE TEMP TABLE acc AS
  SELECT id, (row_number() OVER (ORDER BY code)) - 1 AS k FROM accounts
  WHERE cooperative_id = :'coop' AND (role IS NULL OR role NOT LIKE 'savings%');
CREATE TEMP TABLE base AS SELECT COALESCE(MAX(number), 0) AS n FROM journal_entries WHERE cooperative_id = :'coop';
INSERT INTO journal_entries (id, cooperative_id, number, entry_date, description, source_type, total, created_by_name)
  SELECT gen_random_uuid(), :'coop', (SELECT n FROM base) + g, to_char(DATE '2021-01-01' + (g % 1800), 'YYYY-MM-DD'),
         'Bench ' || g, 'manual', 1000 + g % 997, 'bench'
  FROM generate_series(1, :entries) g;
INSERT INTO journal_lines (id, cooperative_id, entry_id, line_number, entry_date, account_id, debit, credit)
  SELECT gen_random_uuid(), e.cooperative_id, e.id, 1, e.entry_date, a.id, e.total, 0
  FROM journal_entries e JOIN acc a ON a.k = e.number % (SELECT count(*) FROM acc)
  WHERE e.cooperative_id = :'coop' AND e.created_by_name = 'bench'
  UNION ALL
  SELECT gen_random_uuid(), e.cooperative_id, e.id, 2, e.entry_date, a.id, 0, e.total
  FROM journal_entries e JOIN acc a ON a.k = (e.number * 7 + 3) % (SELECT count(*) FROM acc)
  WHERE e.cooperative_id = :'coop' AND e.created_by_name = 'bench';
UPDATE accounts SET balance = COALESCE((SELECT SUM(debit - credit) FROM journal_lines l WHERE l.account_id = accounts.id), 0)
  WHERE cooperative_id = :'coop';
UPDATE cooperatives SET next_entry_number = (SELECT MAX(number) + 1 FROM journal_entries WHERE cooperative_id = :'coop')
  WHERE id = :'coop';
ANALYZE;
