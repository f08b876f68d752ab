#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// The first schema: every entity of spec/domain.md. Conventions: money in integer cents
// (`*_cents`), hours in integer quarters (`quarter_hours`), dates as ISO text, enumerations
// as their exchange codes, `version` counts updates (for "changed meanwhile" checks),
// deleting a person with deliveries is refused by the foreign keys (RESTRICT).
Status createSchemaVersion1(Database &db)
{
    const QStringList statements{
        uR"(CREATE TABLE municipalities (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL))"_s,

        uR"(CREATE TABLE neighbourhoods (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            municipality_id INTEGER NOT NULL REFERENCES municipalities(id)))"_s,
        u"CREATE INDEX neighbourhoods_by_municipality ON neighbourhoods(municipality_id)"_s,

        uR"(CREATE TABLE service_types (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            code TEXT NOT NULL UNIQUE,
            name_nl TEXT NOT NULL,
            name_en TEXT,
            fee_per_hour_cents INTEGER NOT NULL CHECK (fee_per_hour_cents >= 0),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))"_s,

        uR"(CREATE TABLE partners (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            municipality_id INTEGER REFERENCES municipalities(id),
            contact_person TEXT,
            phone TEXT,
            email TEXT))"_s,
        u"CREATE INDEX partners_by_municipality ON partners(municipality_id)"_s,

        uR"(CREATE TABLE agreements (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            partner_id INTEGER NOT NULL REFERENCES partners(id),
            title TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT,
            signed_date TEXT,
            status TEXT NOT NULL,
            commitments TEXT,
            review_date TEXT,
            document TEXT,
            CHECK (end_date IS NULL OR end_date >= start_date)))"_s,
        u"CREATE INDEX agreements_by_partner ON agreements(partner_id, title)"_s,
        uR"(CREATE TABLE agreement_scopes (
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            scope TEXT NOT NULL,
            PRIMARY KEY (agreement_id, scope)))"_s,

        uR"(CREATE TABLE clients (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            code TEXT NOT NULL UNIQUE,
            given_name TEXT NOT NULL,
            family_name_prefix TEXT,
            family_name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            gender TEXT,
            street TEXT,
            house_number TEXT,
            postcode TEXT,
            place TEXT,
            neighbourhood_id INTEGER NOT NULL REFERENCES neighbourhoods(id),
            phone TEXT,
            email TEXT,
            bsn TEXT,
            lives_alone INTEGER NOT NULL DEFAULT 0 CHECK (lives_alone IN (0, 1)),
            referred_by_partner_id INTEGER REFERENCES partners(id),
            intake_date TEXT NOT NULL,
            end_date TEXT,
            end_reason TEXT,
            consent_date TEXT,
            CHECK (end_date IS NULL OR end_date >= intake_date)))"_s,
        u"CREATE UNIQUE INDEX clients_by_bsn ON clients(bsn) WHERE bsn IS NOT NULL"_s,
        u"CREATE INDEX clients_by_neighbourhood ON clients(neighbourhood_id)"_s,
        u"CREATE INDEX clients_by_family_name ON clients(family_name, given_name)"_s,
        u"CREATE INDEX clients_by_address ON clients(postcode, house_number)"_s,
        u"CREATE INDEX clients_by_birth_date ON clients(birth_date, family_name)"_s,
        u"CREATE INDEX clients_by_intake ON clients(intake_date)"_s,
        uR"(CREATE TABLE client_target_groups (
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            target_group TEXT NOT NULL,
            PRIMARY KEY (client_id, target_group)))"_s,

        uR"(CREATE TABLE providers (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            code TEXT NOT NULL UNIQUE,
            given_name TEXT NOT NULL,
            family_name_prefix TEXT,
            family_name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            gender TEXT,
            street TEXT,
            house_number TEXT,
            postcode TEXT,
            place TEXT,
            neighbourhood_id INTEGER NOT NULL REFERENCES neighbourhoods(id),
            phone TEXT,
            email TEXT,
            bsn TEXT,
            background TEXT NOT NULL,
            hours_per_week %REAL% NOT NULL DEFAULT 0,
            start_date TEXT NOT NULL,
            exit_date TEXT,
            exit_reason TEXT,
            course_enrolled_date TEXT,
            course_level INTEGER CHECK (course_level BETWEEN 1 AND 4),
            course_certified_date TEXT,
            course_dropped_date TEXT,
            referred_by_partner_id INTEGER REFERENCES partners(id),
            CHECK (exit_date IS NULL OR exit_date >= start_date)))"_s,
        u"CREATE UNIQUE INDEX providers_by_bsn ON providers(bsn) WHERE bsn IS NOT NULL"_s,
        u"CREATE INDEX providers_by_neighbourhood ON providers(neighbourhood_id)"_s,
        u"CREATE INDEX providers_by_family_name ON providers(family_name, given_name)"_s,
        u"CREATE INDEX providers_by_address ON providers(postcode, house_number)"_s,
        u"CREATE INDEX providers_by_birth_date ON providers(birth_date, family_name)"_s,
        u"CREATE INDEX providers_by_start ON providers(start_date)"_s,
        u"CREATE INDEX providers_by_exit ON providers(exit_date)"_s,
        uR"(CREATE TABLE provider_service_types (
            provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            service_type_id INTEGER NOT NULL REFERENCES service_types(id),
            PRIMARY KEY (provider_id, service_type_id)))"_s,

        uR"(CREATE TABLE trajectories (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            framework TEXT NOT NULL,
            partner_id INTEGER REFERENCES partners(id),
            start_date TEXT NOT NULL,
            planned_end_date TEXT,
            actual_end_date TEXT,
            status TEXT NOT NULL,
            goals TEXT,
            result TEXT,
            CHECK (actual_end_date IS NOT NULL OR status NOT IN ('completed', 'broken_off'))))"_s,
        u"CREATE INDEX trajectories_by_provider ON trajectories(provider_id, start_date)"_s,
        u"CREATE INDEX trajectories_by_start ON trajectories(start_date)"_s,
        // At most one running trajectory per provider, guarded by the database as well.
        uR"(CREATE UNIQUE INDEX trajectories_one_running ON trajectories(provider_id)
            WHERE status = 'running')"_s,

        uR"(CREATE TABLE ladder_assessments (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6)))"_s,
        u"CREATE INDEX ladder_by_provider ON ladder_assessments(provider_id, date)"_s,

        uR"(CREATE TABLE service_requests (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            service_type_id INTEGER NOT NULL REFERENCES service_types(id),
            request_date TEXT NOT NULL,
            description TEXT,
            frequency TEXT NOT NULL,
            status TEXT NOT NULL,
            provider_id INTEGER REFERENCES providers(id) ON DELETE SET NULL))"_s,
        u"CREATE INDEX requests_by_client ON service_requests(client_id, request_date)"_s,
        u"CREATE INDEX requests_by_status ON service_requests(status, request_date)"_s,
        u"CREATE INDEX requests_by_provider ON service_requests(provider_id)"_s,

        uR"(CREATE TABLE deliveries (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            provider_id INTEGER NOT NULL REFERENCES providers(id),
            service_type_id INTEGER NOT NULL REFERENCES service_types(id),
            date TEXT NOT NULL,
            quarter_hours INTEGER NOT NULL CHECK (quarter_hours BETWEEN 1 AND 48),
            request_id INTEGER REFERENCES service_requests(id) ON DELETE SET NULL,
            fee_cents INTEGER NOT NULL,
            note TEXT))"_s,
        u"CREATE INDEX deliveries_by_date ON deliveries(date)"_s,
        u"CREATE INDEX deliveries_by_client ON deliveries(client_id, date)"_s,
        u"CREATE INDEX deliveries_by_provider ON deliveries(provider_id, date)"_s,
        u"CREATE INDEX deliveries_by_request ON deliveries(request_id)"_s,
        u"CREATE INDEX deliveries_by_type ON deliveries(service_type_id)"_s,

        uR"(CREATE TABLE targets (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            municipality_id INTEGER REFERENCES municipalities(id),
            from_date TEXT NOT NULL,
            to_date TEXT NOT NULL,
            measure TEXT NOT NULL,
            value %REAL% NOT NULL))"_s,

        uR"(CREATE TABLE budget_lines (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            municipality_id INTEGER REFERENCES municipalities(id),
            from_date TEXT NOT NULL,
            to_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            category TEXT NOT NULL,
            planned_cents INTEGER NOT NULL DEFAULT 0,
            realised_cents INTEGER NOT NULL DEFAULT 0))"_s,

        uR"(CREATE TABLE project_settings (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            municipality_id INTEGER REFERENCES municipalities(id),
            project_start TEXT NOT NULL,
            interim_1 TEXT,
            interim_2 TEXT,
            project_end TEXT,
            project_leader TEXT))"_s,
        // One row per municipality and one for the region (NULL), which a plain UNIQUE would
        // not enforce because NULLs never collide.
        uR"(CREATE UNIQUE INDEX project_settings_one_per_scope
            ON project_settings((COALESCE(municipality_id, 0))))"_s,

        uR"(CREATE TABLE contact_notes (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            provider_id INTEGER REFERENCES providers(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            author TEXT,
            text TEXT NOT NULL,
            CHECK ((client_id IS NULL) <> (provider_id IS NULL))))"_s,
        u"CREATE INDEX notes_by_client ON contact_notes(client_id, date)"_s,
        u"CREATE INDEX notes_by_provider ON contact_notes(provider_id, date)"_s,

        // Settings of the file itself (pseudonym key, whether BSNs are processed, ...).
        uR"(CREATE TABLE file_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,

        // Append-only and chained: each entry's hash covers its content and the previous hash.
        uR"(CREATE TABLE audit_log (
            id %ID%,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            record_id INTEGER,
            record_code TEXT,
            summary TEXT,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"_s,
        u"CREATE INDEX audit_by_time ON audit_log(at)"_s,
    };
    for (const QString &statement : statements)
        if (Status status = execSql(db, db.dialect().ddl(statement)); !status)
            return status;
    return {};
}

} // namespace wzsw
