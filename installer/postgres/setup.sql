-- The regional wzsw database on PostgreSQL 15: run once by a database administrator, as a
-- superuser, before the schema is made (see README.md beside this file):
--
--   psql -U postgres -d postgres -v owner_password='...' -f setup.sql
--
-- Variables: owner_password (required), database (default wzsw). Safe to run again: what
-- exists is kept; the owner's password is set to the one given.
--
-- Made here:
--   wzsw_owner        LOGIN, owns the database and (after `wzsw-cli init`) the tables. Used only
--                     for making and upgrading the schema (`maintenance=1`); the program refuses
--                     it otherwise, since its policy passes every row.
--   wzsw_leader       group: a local project leader reads and writes their own municipality's
--                     records only (which municipality: the table wzsw_access, see add-user.sql).
--   wzsw_coordinator  group: reads every municipality, reports on the region, writes what is not
--                     personal (places, service types, partners, agreements, targets, budget,
--                     project settings, reports); personal records are the leaders'.
--   wzsw_steering     group: reads figures only (issued reports, targets, budget, project
--                     settings, municipalities); never clients, providers, deliveries, notes or
--                     the audit log.
-- The row-level security itself is part of the schema: `wzsw-cli init` and every upgrade make
-- it, so a schema is never without its policies.
\set ON_ERROR_STOP on
\if :{?owner_password}
\else
\echo 'Give the owner''s password: psql -v owner_password=... -f setup.sql'
\quit
\endif
\if :{?database}
\else
\set database wzsw
\endif

SET password_encryption = 'scram-sha-256';

SELECT format('CREATE ROLE %I NOLOGIN', name)
FROM unnest(ARRAY['wzsw_leader', 'wzsw_coordinator', 'wzsw_steering']) AS name
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name)
\gexec

SELECT 'CREATE ROLE wzsw_owner LOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wzsw_owner')
\gexec
-- No superuser, no BYPASSRLS: the owner too is bound by the policies it made (FORCE).
ALTER ROLE wzsw_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
    PASSWORD :'owner_password';

SELECT format('CREATE DATABASE %I OWNER wzsw_owner ENCODING ''UTF8'' TEMPLATE template0',
              :'database')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database')
\gexec

-- Only wzsw's roles connect.
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO wzsw_leader, wzsw_coordinator, wzsw_steering;

\connect :"database"
-- Nobody but the owner makes objects in the schema that holds the data.
ALTER SCHEMA public OWNER TO wzsw_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO wzsw_leader, wzsw_coordinator, wzsw_steering;
