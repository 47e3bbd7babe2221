-- Gives cooperative :'coop' a year 2025 to close: :members members (joined 1 January 2025) with pokok and
-- wajib savings, :records store purchases spread over the year, and the year's sales and costs. The
-- months of 2025 are marked closed, so `guyub close-year` measures the close and the SHU computation.
INSERT INTO members (id, cooperative_id, member_number, name, name_folded, nik, phone, address, gender, status,
                     status_since, joined_on)
  SELECT gen_random_uuid(), :'coop', 100000 + g, 'Anggota ' || g, 'anggota ' || g, lpad((9000000000000000 + g)::text, 16, '0'),
         '+62812' || lpad(g::text, 8, '0'), 'Desa Bench', CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END, 'member',
         '2025-01-01', '2025-01-01'
  FROM generate_series(1, :members) g;
CREATE TEMP TABLE shu_members AS
  SELECT id, member_number - 100000 AS k FROM members WHERE cooperative_id = :'coop' AND member_number > 100000;
INSERT INTO savings_accounts (id, cooperative_id, member_id, kind, balance, status, opened_on)
  SELECT gen_random_uuid(), :'coop', m.id, kind, 0, 'open', '2025-01-01'
  FROM shu_members m CROSS JOIN (VALUES ('pokok'), ('wajib'), ('sukarela')) kinds(kind);

-- One entry holds every member's pokok (50.000) and a year of wajib (10.000 to 120.000).
INSERT INTO journal_entries (id, cooperative_id, number, entry_date, description, source_type, total, created_by_name)
  VALUES ('00000000-0000-4000-8000-00000000b001', :'coop', 900001, '2025-01-31', 'Simpanan anggota (bench)', 'bench',
          0, 'bench');
INSERT INTO journal_lines (id, cooperative_id, entry_id, line_number, entry_date, account_id, savings_account_id, debit, credit)
  SELECT gen_random_uuid(), :'coop', '00000000-0000-4000-8000-00000000b001', row_number() OVER () + 1, '2025-01-31',
         (SELECT id FROM accounts WHERE cooperative_id = :'coop' AND role = 'savings' || initcap(s.kind)), s.id, 0,
         CASE s.kind WHEN 'pokok' THEN 50000 ELSE 10000 * (1 + m.k % 12) END
  FROM savings_accounts s JOIN shu_members m ON m.id = s.member_id WHERE s.kind IN ('pokok', 'wajib');
INSERT INTO journal_lines (id, cooperative_id, entry_id, line_number, entry_date, account_id, debit, credit)
  SELECT gen_random_uuid(), :'coop', '00000000-0000-4000-8000-00000000b001', 1, '2025-01-31',
         (SELECT id FROM accounts WHERE cooperative_id = :'coop' AND role = 'cash'), SUM(credit), 0
  FROM journal_lines WHERE entry_id = '00000000-0000-4000-8000-00000000b001';
UPDATE journal_entries SET total = (SELECT SUM(debit) FROM journal_lines WHERE entry_id = '00000000-0000-4000-8000-00000000b001')
  WHERE id = '00000000-0000-4000-8000-00000000b001';

-- The year's trade: sales to members and to others, their cost, the running costs.
INSERT INTO journal_entries (id, cooperative_id, number, entry_date, description, source_type, total, created_by_name)
  VALUES ('00000000-0000-4000-8000-00000000b002', :'coop', 900002, '2025-12-30', 'Usaha setahun (bench)', 'bench',
          63000000000, 'bench');
INSERT INTO journal_lines (id, cooperative_id, entry_id, line_number, entry_date, account_id, debit, credit)
  SELECT gen_random_uuid(), :'coop', '00000000-0000-4000-8000-00000000b002', n, '2025-12-30',
         (SELECT id FROM accounts WHERE cooperative_id = :'coop' AND role = r), d, c
  FROM (VALUES (1, 'cash', 9000000000, 0), (2, 'costOfSales', 51000000000, 0), (3, 'salesMember', 0, 50000000000),
               (4, 'salesNonMember', 0, 10000000000), (5, 'operatingExpense', 3000000000, 0),
               (6, 'cash', 0, 3000000000)) v(n, r, d, c);

-- Store purchases: :records of them, spread over the members and the year.
INSERT INTO business_records (id, cooperative_id, member_id, source, happened_on, amount)
  SELECT gen_random_uuid(), :'coop', m.id, 'store', to_char(DATE '2025-01-01' + (g % 365), 'YYYY-MM-DD'), 5000 + (g % 200) * 1000
  FROM generate_series(1, :records) g JOIN shu_members m ON m.k = 1 + g % :members;

UPDATE cooperatives SET books_closed_through = '2025-12-31', next_entry_number = 900003,
  next_member_number = 100001 + :members WHERE id = :'coop';
ANALYZE members;
ANALYZE savings_accounts;
ANALYZE journal_lines;
ANALYZE business_records;
