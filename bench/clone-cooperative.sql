-- bench_clone(source, n): copies cooperative `source` — its chart, members, savings, books, audit
-- trail, users and roles — as a new cooperative whose every id is md5(old id || n), so that the
-- copies hold the same data and reference only their own rows. Columns are read from the schema,
-- so tables added later are copied without changing this file (list them below in foreign-key order).
CREATE OR REPLACE FUNCTION bench_clone(source uuid, n int) RETURNS void AS $$
DECLARE
  t text;
  cols text;
  exprs text;
BEGIN
  FOREACH t IN ARRAY ARRAY['users', 'cooperatives', 'accounts', 'business_units', 'cooperative_settings', 'members',
                           'savings_accounts', 'journal_entries', 'journal_lines', 'member_status_changes',
                           'month_closings', 'user_roles', 'wajib_dues', 'audit_events'] LOOP
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE WHEN data_type = 'uuid' THEN format('md5(%I::text || %s)::uuid', column_name, n)
                           WHEN t = 'cooperatives' AND column_name = 'name' THEN format('name || %L', ' ' || n)
                           WHEN t = 'users' AND column_name = 'email' THEN format('%L || email', n || '.')
                           ELSE quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
      INTO cols, exprs
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = t;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I WHERE %s', t, cols, exprs, t,
      CASE t WHEN 'users' THEN 'id IN (SELECT user_id FROM user_roles WHERE cooperative_id = $1
                                       UNION SELECT user_id FROM members WHERE cooperative_id = $1)'
             WHEN 'cooperatives' THEN 'id = $1'
             ELSE 'cooperative_id = $1' END) USING source;
  END LOOP;
END $$ LANGUAGE plpgsql;
