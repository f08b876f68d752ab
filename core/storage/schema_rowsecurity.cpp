#include "storage/database.h"
#include "storage/rowsecurity.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// Who sees what on the regional server, enforced by PostgreSQL itself (docs in rowsecurity.h;
// installer/postgres/ makes the roles). Every table with personal or municipal data gets row-level
// security, enabled and forced, with one policy per group and command:
// - wzsw_leader reads and writes the rows of the municipalities wzsw_access gives the role; it
//   also reads the neighbourhoods, municipalities and service types of the whole region, the
//   regional partners (no municipality) with their agreements, and the region's targets,
//   budget lines and project settings, since the spec counts those in every municipality's scope,
//   and the providers of other municipalities who serve its clients (read only). A row written
//   (inserted, or updated to) outside its municipalities raises SQLSTATE WZ001, which storage
//   turns into "... belongs to another municipality" (rowsecurity.cpp).
// - wzsw_coordinator reads everything and writes what is not personal: the places, service
//   types, partners and agreements, targets, budget, project settings, reports and file settings.
//   Personal records are written by the leader of their municipality only.
// - wzsw_steering reads figures only: issued reports, targets, budget, project settings,
//   municipalities, neighbourhoods and service types; nothing personal, no audit log.
// - The owner (the maintenance connection that migrates) keeps one explicit policy for all: with
//   FORCE, nothing passes by the policies without a policy saying so.
// A later step that adds a table must add its grants and policies too (rowsecurity tests check
// that every table has them).
namespace {

// The ids of the municipalities the connected role works for.
const QString mine =
    u"(SELECT m.id FROM municipalities m JOIN wzsw_access a ON a.municipality_code = m.code "
    u"WHERE a.role_name = current_user)"_s;
const QString myNeighbourhoods =
    u"(SELECT n.id FROM neighbourhoods n WHERE n.municipality_id IN "_s + mine + u")"_s;
// The clients' own policy keeps this to the leader's municipalities: inside a policy, a table's
// policies apply as well, and spelling the condition out again doubled the cost of reading
// deliveries (measured: 31 instead of 50 ms for 44,000 of 100,000 deliveries).
const QString myClients = u"(SELECT c.id FROM clients c)"_s;
// Spelled out: the providers' policy also lets through providers of other municipalities
// who serve the leader's clients, whose trajectories and notes stay out of sight.
const QString myProviders =
    u"(SELECT p.id FROM providers p WHERE p.neighbourhood_id IN "_s + myNeighbourhoods + u")"_s;
const QString visiblePartners = u"(SELECT p.id FROM partners p WHERE p.municipality_id IS NULL OR "
                                u"p.municipality_id IN "_s +
                                mine + u")"_s;
const QString myPartners =
    u"(SELECT p.id FROM partners p WHERE p.municipality_id IN "_s + mine + u")"_s;
// A row's municipality through its client or provider; NULL when that person is out of sight.
const QString clientMunicipality =
    u"(SELECT n.municipality_id FROM clients c JOIN neighbourhoods n ON n.id = c.neighbourhood_id "
    u"WHERE c.id = client_id)"_s;
const QString providerMunicipality =
    u"(SELECT n.municipality_id FROM providers p JOIN neighbourhoods n "
    u"ON n.id = p.neighbourhood_id WHERE p.id = provider_id)"_s;

// One table as a local project leader sees it.
struct LeaderView
{
    QString table;
    QString reads;        ///< condition on a row the leader may read
    QString changes;      ///< condition on a row the leader may update or delete
    QString municipality; ///< the municipality of a row being written (NULL: the region)
};

QList<LeaderView> leaderViews()
{
    const QString inMine = u"municipality_id IN "_s + mine;
    const QString ownOrRegion =
        u"(municipality_id IS NULL OR municipality_id IN "_s + mine + u")"_s;
    const QString byNeighbourhood = u"neighbourhood_id IN "_s + myNeighbourhoods;
    const QString personMunicipality =
        u"(SELECT municipality_id FROM neighbourhoods WHERE id = neighbourhood_id)"_s;
    const QString byClient = u"client_id IN "_s + myClients;
    const QString byProvider = u"provider_id IN "_s + myProviders;
    return {
        {u"neighbourhoods"_s, u"TRUE"_s, inMine, u"municipality_id"_s},
        {u"partners"_s, ownOrRegion, inMine, u"municipality_id"_s},
        {u"agreements"_s, u"partner_id IN "_s + visiblePartners, u"partner_id IN "_s + myPartners,
         u"(SELECT municipality_id FROM partners WHERE id = partner_id)"_s},
        {u"agreement_scopes"_s,
         u"agreement_id IN (SELECT a.id FROM agreements a WHERE a.partner_id IN "_s +
             visiblePartners + u")"_s,
         u"agreement_id IN (SELECT a.id FROM agreements a WHERE a.partner_id IN "_s + myPartners +
             u")"_s,
         u"(SELECT p.municipality_id FROM agreements a JOIN partners p ON p.id = a.partner_id "
         u"WHERE a.id = agreement_id)"_s},
        {u"clients"_s, byNeighbourhood, byNeighbourhood, personMunicipality},
        // A provider of another municipality who delivers to (or is asked for) the leader's
        // clients is read too, never changed: the leader's deliveries name them, and the
        // figures count them (providers_active: the client's municipality decides). The
        // deliveries' and requests' own policies keep the subqueries to the leader's clients.
        // Costs a pass over those deliveries per statement that reads providers (45 ms for
        // 44,000 deliveries); a table of who serves where, kept by triggers, would avoid it.
        {u"providers"_s,
         u"("_s + byNeighbourhood +
             u" OR id IN (SELECT d.provider_id FROM deliveries d) "
             u"OR id IN (SELECT r.provider_id FROM service_requests r))"_s,
         byNeighbourhood, personMunicipality},
        {u"client_target_groups"_s, byClient, byClient, clientMunicipality},
        {u"provider_service_types"_s, byProvider, byProvider, providerMunicipality},
        {u"trajectories"_s, byProvider, byProvider, providerMunicipality},
        {u"ladder_assessments"_s, byProvider, byProvider, providerMunicipality},
        {u"service_requests"_s, byClient, byClient, clientMunicipality},
        {u"deliveries"_s, byClient, byClient, clientMunicipality},
        {u"contact_notes"_s, u"("_s + byClient + u" OR "_s + byProvider + u")"_s,
         u"("_s + byClient + u" OR "_s + byProvider + u")"_s,
         u"COALESCE("_s + clientMunicipality + u", "_s + providerMunicipality + u")"_s},
        // The region's own targets and financing plan are read too (not personal, and the
        // steering group reads them all): moving a file over finds them there unchanged
        // instead of refusing to write them.
        {u"targets"_s, ownOrRegion, inMine, u"municipality_id"_s},
        {u"budget_lines"_s, ownOrRegion, inMine, u"municipality_id"_s},
        {u"project_settings"_s, ownOrRegion, inMine, u"municipality_id"_s},
        {u"reports"_s,
         u"scope IN (SELECT m.code FROM municipalities m WHERE m.id IN "_s + mine + u")"_s,
         u"scope IN (SELECT m.code FROM municipalities m WHERE m.id IN "_s + mine + u")"_s,
         u"(SELECT id FROM municipalities WHERE code = scope)"_s},
    };
}

// Tables whose every row the coordinator may also write (personal records are not among them).
const QStringList coordinatorWrites{
    u"municipalities"_s,   u"neighbourhoods"_s,   u"service_types"_s, u"partners"_s,
    u"agreements"_s,       u"agreement_scopes"_s, u"targets"_s,       u"budget_lines"_s,
    u"project_settings"_s, u"reports"_s,          u"file_settings"_s,
};
// Tables the steering group reads, every row (reports: issued ones only, see below).
const QStringList steeringReads{
    u"municipalities"_s, u"neighbourhoods"_s, u"service_types"_s,
    u"targets"_s,        u"budget_lines"_s,   u"project_settings"_s,
};

QString quoted(const QString &identifier)
{
    return u"\""_s + QString(identifier).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

// Codes are unique in the region: the next one counts the codes a leader cannot see. The
// transaction-long lock per kind makes a second leader creating a client at the same moment
// wait for the first one's commit, and then count its code (VOLATILE: each statement reads
// what has been committed by then), instead of taking the same code and failing on it.
QString highestCodeNumberFunction(const QString &create, const QString &schema)
{
    return create +
           u" FUNCTION wzsw_highest_code_number(entity TEXT, pattern TEXT) RETURNS BIGINT "
           u"LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = "_s +
           schema +
           u", pg_temp AS $$ BEGIN "
           u"PERFORM pg_advisory_xact_lock(hashtext('wzsw next code ' || entity)); "
           u"IF entity = 'clients' THEN RETURN (SELECT MAX(CAST(SUBSTR(code, 3) AS BIGINT)) "
           u"FROM clients WHERE code LIKE pattern); END IF; "
           u"IF entity = 'providers' THEN RETURN (SELECT MAX(CAST(SUBSTR(code, 3) AS BIGINT)) "
           u"FROM providers WHERE code LIKE pattern); END IF; "
           u"RETURN NULL; END $$"_s;
}

// The functions the policies and storage call. The SECURITY DEFINER ones run as the owner, so
// they pin their search path to this schema (a caller's own schema could shadow a table).
QStringList functions(const QString &schema)
{
    const QString pinned = u" SET search_path = "_s + schema + u", pg_temp "_s;
    return {
        // A row written outside the role's municipalities stops the statement with WZ001.
        u"CREATE FUNCTION wzsw_own_municipality(municipality BIGINT, entity TEXT) "
        u"RETURNS BOOLEAN LANGUAGE plpgsql STABLE AS $$ BEGIN "
        u"IF municipality IS NOT NULL AND municipality IN "_s +
            mine +
            u" THEN RETURN TRUE; END IF; "
            u"RAISE EXCEPTION USING ERRCODE = 'WZ001', MESSAGE = 'wzsw: ' || entity || "
            u"' belongs to another municipality'; END $$"_s,
        // The audit chain: the last hash of the whole log, which a leader cannot read, taken
        // under a lock that holds until the transaction ends, so two writers never chain onto
        // the same entry.
        u"CREATE FUNCTION wzsw_audit_previous_hash() RETURNS TEXT LANGUAGE plpgsql "
        u"SECURITY DEFINER"_s +
            pinned +
            u"AS $$ BEGIN LOCK TABLE audit_log IN EXCLUSIVE MODE; "
            u"RETURN (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1); END $$"_s,
        highestCodeNumberFunction(u"CREATE"_s, schema),
        // The roles that share a municipality with `who`: leaders of one municipality read
        // each other's audit entries.
        u"CREATE FUNCTION wzsw_colleagues(who TEXT) RETURNS SETOF TEXT LANGUAGE sql STABLE "
        u"SECURITY DEFINER"_s +
            pinned +
            u"AS $$ SELECT DISTINCT b.role_name FROM wzsw_access a JOIN wzsw_access b "
            u"ON b.municipality_code = a.municipality_code WHERE a.role_name = who $$"_s,
        u"REVOKE ALL ON FUNCTION wzsw_audit_previous_hash(), "
        u"wzsw_highest_code_number(TEXT, TEXT), wzsw_colleagues(TEXT) FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION wzsw_audit_previous_hash(), "
        u"wzsw_highest_code_number(TEXT, TEXT), wzsw_colleagues(TEXT) "
        u"TO wzsw_leader, wzsw_coordinator"_s,
    };
}

QStringList leaderPolicies()
{
    QStringList statements;
    for (const LeaderView &view : leaderViews()) {
        const QString on = u" ON "_s + view.table + u" FOR "_s;
        const QString check =
            u"wzsw_own_municipality("_s + view.municipality + u", '"_s + view.table + u"')"_s;
        statements << u"GRANT SELECT, INSERT, UPDATE, DELETE ON "_s + view.table +
                          u" TO wzsw_leader"_s
                   << u"CREATE POLICY leader_reads"_s + on + u"SELECT TO wzsw_leader USING ("_s +
                          view.reads + u")"_s
                   << u"CREATE POLICY leader_inserts"_s + on +
                          u"INSERT TO wzsw_leader WITH CHECK ("_s + check + u")"_s
                   << u"CREATE POLICY leader_updates"_s + on + u"UPDATE TO wzsw_leader USING ("_s +
                          view.changes + u") WITH CHECK ("_s + check + u")"_s
                   << u"CREATE POLICY leader_deletes"_s + on + u"DELETE TO wzsw_leader USING ("_s +
                          view.changes + u")"_s;
    }
    for (const QString &table : {u"municipalities"_s, u"service_types"_s})
        statements << u"GRANT SELECT ON "_s + table + u" TO wzsw_leader"_s
                   << u"CREATE POLICY leader_reads ON "_s + table +
                          u" FOR SELECT TO wzsw_leader USING (TRUE)"_s;
    // File settings: read all; the one row a leader may add is the pseudonym key, made by the
    // first export (FileSettings::pseudonymKey). The other settings are the coordinator's.
    statements << u"GRANT SELECT, INSERT, DELETE ON file_settings TO wzsw_leader"_s
               << u"CREATE POLICY leader_reads ON file_settings FOR SELECT TO wzsw_leader "
                  u"USING (TRUE)"_s
               << u"CREATE POLICY leader_inserts ON file_settings FOR INSERT TO wzsw_leader "
                  u"WITH CHECK (key = 'pseudonym_key')"_s;
    return statements;
}

QStringList coordinatorPolicies(const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        if (table == u"audit_log"_s || table == u"wzsw_access"_s)
            continue;
        statements << u"GRANT SELECT ON "_s + table + u" TO wzsw_coordinator"_s
                   << u"CREATE POLICY coordinator_reads ON "_s + table +
                          u" FOR SELECT TO wzsw_coordinator USING (TRUE)"_s;
    }
    for (const QString &table : coordinatorWrites)
        statements << u"GRANT INSERT, UPDATE, DELETE ON "_s + table + u" TO wzsw_coordinator"_s
                   << u"CREATE POLICY coordinator_writes ON "_s + table +
                          u" FOR ALL TO wzsw_coordinator USING (TRUE) WITH CHECK (TRUE)"_s;
    return statements;
}

QStringList steeringPolicies()
{
    QStringList statements;
    for (const QString &table : steeringReads)
        statements << u"GRANT SELECT ON "_s + table + u" TO wzsw_steering"_s
                   << u"CREATE POLICY steering_reads ON "_s + table +
                          u" FOR SELECT TO wzsw_steering USING (TRUE)"_s;
    statements << u"GRANT SELECT ON reports TO wzsw_steering"_s
               << u"CREATE POLICY steering_reads ON reports FOR SELECT TO wzsw_steering "
                  u"USING (issued_at IS NOT NULL)"_s;
    return statements;
}

// The audit log is appended by leaders and coordinators as themselves (db_role, set by the
// server); a leader reads the entries of the roles sharing a municipality, the coordinator all.
// Nobody changes or deletes an entry.
QStringList auditPolicies()
{
    return {
        u"ALTER TABLE audit_log ADD COLUMN db_role TEXT NOT NULL DEFAULT current_user"_s,
        u"GRANT SELECT, INSERT ON audit_log TO wzsw_leader, wzsw_coordinator"_s,
        u"CREATE POLICY writers_append ON audit_log FOR INSERT TO wzsw_leader, wzsw_coordinator "
        u"WITH CHECK (db_role = current_user)"_s,
        u"CREATE POLICY coordinator_reads ON audit_log FOR SELECT TO wzsw_coordinator "
        u"USING (TRUE)"_s,
        u"CREATE POLICY leader_reads ON audit_log FOR SELECT TO wzsw_leader USING (db_role = "
        u"current_user OR db_role IN (SELECT wzsw_colleagues(current_user)))"_s,
    };
}

Result<QString> missingGroupRoles(Database &db)
{
    const Result<QVariant> missing =
        scalar(db, u"SELECT string_agg(r, ', ') FROM unnest(ARRAY['wzsw_leader', "
                   u"'wzsw_coordinator', 'wzsw_steering']) AS r "
                   u"WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r)"_s);
    if (!missing)
        return missing.error();
    return textOf(*missing);
}

} // namespace

Status addRowSecurity(Database &db)
{
    if (!db.isServer())
        return {};
    const Result<QString> missing = missingGroupRoles(db);
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return RowSecurity::missingRolesError(*missing);
    const Result<QVariant> schema = scalar(db, u"SELECT current_schema()"_s);
    const Result<QVariant> owner = scalar(db, u"SELECT pg_get_userbyid(relowner) FROM pg_class "
                                              u"WHERE oid = 'wzsw_schema'::regclass"_s);
    const Result<QVariant> ownsSchema =
        scalar(db, u"SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace "
                   u"WHERE nspname = current_schema()"_s);
    for (const auto *result : {&schema, &owner, &ownsSchema})
        if (!*result)
            return result->error();

    QStringList statements{
        uR"(CREATE TABLE wzsw_access (
            role_name TEXT NOT NULL,
            municipality_code TEXT NOT NULL,
            PRIMARY KEY (role_name, municipality_code)))"_s,
        u"GRANT SELECT ON wzsw_schema, wzsw_access TO wzsw_leader, wzsw_coordinator, "
        u"wzsw_steering"_s,
        u"CREATE POLICY own_rows ON wzsw_access FOR SELECT TO wzsw_leader, wzsw_coordinator, "
        u"wzsw_steering USING (role_name = current_user)"_s,
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "_s + quoted(schema->toString()) +
            u" TO wzsw_leader, wzsw_coordinator"_s,
    };
    // The public schema of a database made by setup.sql is usable by everyone already.
    if (ownsSchema->toBool())
        statements << u"GRANT USAGE ON SCHEMA "_s + quoted(schema->toString()) +
                          u" TO wzsw_leader, wzsw_coordinator, wzsw_steering"_s;
    statements << functions(quoted(schema->toString())) << leaderPolicies()
               << coordinatorPolicies(RowSecurity::guardedTables()) << steeringPolicies()
               << auditPolicies();
    for (const QString &table : RowSecurity::guardedTables())
        statements << u"ALTER TABLE "_s + table + u" ENABLE ROW LEVEL SECURITY"_s
                   << u"ALTER TABLE "_s + table + u" FORCE ROW LEVEL SECURITY"_s
                   << u"CREATE POLICY owner_maintains ON "_s + table + u" FOR ALL TO "_s +
                          quoted(owner->toString()) + u" USING (TRUE) WITH CHECK (TRUE)"_s;
    for (const QString &statement : statements)
        if (Status status = execSql(db, statement); !status)
            return status;
    return {};
}

Status lockCodeNumbering(Database &db)
{
    if (!db.isServer())
        return {};
    const Result<QVariant> schema = scalar(db, u"SELECT current_schema()"_s);
    if (!schema)
        return schema.error();
    return execSql(db,
                   highestCodeNumberFunction(u"CREATE OR REPLACE"_s, quoted(schema->toString())));
}

} // namespace wzsw
