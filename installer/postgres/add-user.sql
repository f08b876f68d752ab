-- Adds a person (or changes one): a LOGIN role in exactly one of wzsw's groups and, for a local
-- project leader, the municipalities they work for. Run as a superuser (or a role with
-- CREATEROLE that may also write wzsw_access), connected to the wzsw database, after
-- `wzsw-cli init` made the schema:
--
--   psql -U postgres -d wzsw -v user=anna -v password='...' -v group=leader \
--        -v municipalities=GM0855 -f add-user.sql
--
-- group: leader, coordinator or steering. municipalities: municipality codes separated by
-- commas (leaders only; a code not yet in the data simply grants nothing until it is).
-- Running it again for the same user replaces their group and municipalities and sets the
-- password. To remove a person:
--   DELETE FROM wzsw_access WHERE role_name = 'anna'; DROP ROLE anna;
\set ON_ERROR_STOP on
\if :{?user}
\else
\echo 'Give user, password and group (and municipalities for a leader), see the top of this file.'
\quit
\endif
\if :{?municipalities}
\else
\set municipalities ''
\endif

SELECT :'group' IN ('leader', 'coordinator', 'steering') AS known_group,
       :'group' = 'leader' AS is_leader,
       'wzsw_' || :'group' AS group_role
\gset
\if :known_group
\else
\echo 'group must be leader, coordinator or steering'
\quit
\endif

SET password_encryption = 'scram-sha-256';
SELECT format('CREATE ROLE %I LOGIN', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user')
\gexec
ALTER ROLE :"user" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
    PASSWORD :'password';

-- Exactly one group: the policies of two groups would add up.
SELECT format('REVOKE %I FROM %I', g, :'user')
FROM unnest(ARRAY['wzsw_leader', 'wzsw_coordinator', 'wzsw_steering']) AS g
WHERE pg_has_role(:'user', g, 'MEMBER')
\gexec
GRANT :"group_role" TO :"user";

BEGIN;
DELETE FROM wzsw_access WHERE role_name = :'user';
\if :is_leader
INSERT INTO wzsw_access (role_name, municipality_code)
SELECT :'user', trim(code)
FROM unnest(string_to_array(:'municipalities', ',')) AS code
WHERE trim(code) <> '';
\endif
COMMIT;

SELECT r.rolname AS "user", :'group_role' AS "group",
       (SELECT string_agg(municipality_code, ', ') FROM wzsw_access
        WHERE role_name = r.rolname) AS municipalities
FROM pg_roles r WHERE r.rolname = :'user';
