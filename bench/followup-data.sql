-- bench/followup's data, on top of bench/generate's million third parties (psql -v ws=<workspace> -v today=<date>):
-- a workspace's follow-up on an ordinary morning, in steady state — what earlier days did is done, and today
-- brings its share of deadlines, time-outs and check-ins. Deterministic (ids and dates from md5 of the third party's
-- id): run twice, it writes the same rows, so a floor can replay the app's statements on the same data.
--
--  * open negotiations with 60 % of the prospects that may be contacted (not customers, not DO_NOT_CONTACT), started
--    0 to 91 days ago, evenly: those of age 77 to 90 were warned on their day 76 already; age 76 is warned today,
--    age 91 is past the limit today and times out (time limit 90 days, warning 14 days before: the defaults);
--  * the last contact of every customer, 0 to 184 days ago, evenly: those past six months (age 184) get a check-in today;
--  * 2,000 open tasks for each of the ten reps (rep01…rep10@bench.test) on third parties he owns: a sixth overdue,
--    about 17 due today, the rest within four months.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM followup_tasks WHERE workspace_id = :'ws';
DELETE FROM followup_negotiations WHERE workspace_id = :'ws';
DELETE FROM followup_losses WHERE workspace_id = :'ws';
DELETE FROM followup_contacts WHERE workspace_id = :'ws';
DELETE FROM followup_daily_runs WHERE workspace_id = :'ws';
DELETE FROM followup_reminders WHERE workspace_id = :'ws';

CREATE TEMP TABLE bench_parties ON COMMIT DROP AS
SELECT id, owner_id, customer, status, ('x' || substr(md5(id::text), 1, 8))::bit(32)::bigint AS h
FROM third_parties
WHERE workspace_id = :'ws' AND deleted_at IS NULL AND merged_into IS NULL;

INSERT INTO followup_negotiations (workspace_id, id, version, third_party_id, status, open_third_party_id, started_by,
                                   started_at, started_on, warned_on)
SELECT :'ws', md5('negotiation' || id::text)::uuid, 0, id, 'OPEN', id, 'CONTACT',
       (DATE :'today' - (h % 92)::int)::timestamp AT TIME ZONE 'UTC' + INTERVAL '10 hours',
       DATE :'today' - (h % 92)::int,
       CASE WHEN h % 92 > 76 THEN DATE :'today' - (h % 92)::int + 76 END
FROM bench_parties
WHERE NOT customer AND status <> 'DO_NOT_CONTACT' AND (h / 92) % 10 < 6;

INSERT INTO followup_contacts (workspace_id, third_party_id, last_contact_at, check_in_on)
SELECT :'ws', id, (DATE :'today' - (h % 185)::int)::timestamp AT TIME ZONE 'UTC' + INTERVAL '15 hours', NULL
FROM bench_parties
WHERE customer;

INSERT INTO followup_tasks (workspace_id, id, version, type, status, due_date, assignee_id, third_party_id, origin,
                            title, created_by, created_at)
SELECT :'ws', md5('task' || p.id::text)::uuid, 0, 'CALL', 'OPEN', DATE :'today' - 20 + (p.n % 120)::int, p.owner_id,
       p.id, 'MANUAL', 'Call back about the offer', p.owner_id, now()
FROM (SELECT b.id, b.owner_id, row_number() OVER (PARTITION BY b.owner_id ORDER BY b.h) AS n
      FROM bench_parties b JOIN user_accounts u ON u.id = b.owner_id
      WHERE u.email LIKE 'rep__@bench.test') p
WHERE p.n <= 2000;
COMMIT;
VACUUM (ANALYZE) followup_tasks, followup_negotiations, followup_contacts;
\pset format unaligned
\pset tuples_only on
SELECT 'open negotiations ' || (SELECT count(*) FROM followup_negotiations WHERE workspace_id = :'ws')
       || ', customers with a last contact ' || (SELECT count(*) FROM followup_contacts WHERE workspace_id = :'ws')
       || ', open tasks ' || (SELECT count(*) FROM followup_tasks WHERE workspace_id = :'ws');
