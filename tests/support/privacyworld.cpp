#include "privacyworld.h"

#include "services/clientservice.h"
#include "services/deliveryservice.h"
#include "services/noteservice.h"
#include "services/providerservice.h"
#include "services/requestservice.h"
#include "services/trajectoryservice.h"
#include "servicetesthelpers.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace wzsw::test {

namespace {

template <typename Service, typename T> void store(Database &db, T &value)
{
    const Status status = Service(db).save(value);
    if (!status)
        FAIL(status.error().fullText().toStdString());
}

void deliver(Database &db, const Client &client, const Provider &provider, Id type,
             const QDate &date, int quarters, const QString &note)
{
    Delivery d;
    d.clientId = client.id;
    d.providerId = provider.id;
    d.serviceTypeId = type;
    d.date = date;
    d.quarterHours = quarters;
    d.note = note;
    store<DeliveryService>(db, d);
}

void addNote(Database &db, Id clientId, Id providerId, const QDate &date, const QString &text)
{
    ContactNote note;
    note.clientId = clientId;
    note.providerId = providerId;
    note.date = date;
    note.text = text;
    store<NoteService>(db, note);
}

} // namespace

QList<QByteArray> PrivacyWorld::truusTraces()
{
    return {"Truus",
            "Heijden",
            "Verstappen",
            "111222333",
            "Heuvelring",
            "5038 CL",
            "013-5551234",
            "truus@example.nl",
            "eenzaamheid",
            "1941-03-14",
            "wekelijks boodschappen",
            "Truus was blij"};
}

QList<QByteArray> PrivacyWorld::mehmetTraces()
{
    return {"Mehmet", QString(u"Yılmaz"_s).toUtf8(), "klusjesman", "06-12345678"};
}

PrivacyWorld makePrivacyWorld(Database &db)
{
    PrivacyWorld w;
    w.basics = seedBasics(db);

    Client truus = validClient(w.basics.centrum);
    truus.person.familyNamePrefix.clear();
    truus.person.familyName = u"Verstappen"_s;
    truus.person.bsn = u"111222333"_s;
    truus.person.phone = u"013-5551234"_s;
    truus.person.email = u"truus@example.nl"_s;
    truus = storeClient(db, truus);
    // Married name: the old one lingers in the file's free space until it is compacted.
    truus.person.familyNamePrefix = u"van der"_s;
    truus.person.familyName = u"Heijden"_s;
    store<ClientService>(db, truus);
    w.truus = truus;

    Client kees = validClient(w.basics.noord);
    kees.person.givenName = u"Kees"_s;
    kees.person.familyNamePrefix.clear();
    kees.person.familyName = u"Brouwer"_s;
    kees.person.birthDate = QDate(1950, 5, 5);
    kees.person.street = u"Ringbaan-Oost"_s;
    kees.person.postcode = u"5041 AB"_s;
    kees.person.houseNumber = u"7"_s;
    kees.person.bsn = u"123456782"_s;
    kees.targetGroups = {TargetGroup::PhysicalDisability};
    w.kees = storeClient(db, kees);

    Provider mehmet = validProvider(w.basics.noord);
    mehmet.person.phone = u"06-12345678"_s;
    mehmet.serviceTypeIds = {w.basics.boodschappen, w.basics.klusjes};
    w.mehmet = storeProvider(db, mehmet);

    Trajectory orientation;
    orientation.providerId = w.mehmet.id;
    orientation.type = TrajectoryType::Orientation;
    orientation.startDate = QDate(2025, 2, 1);
    orientation.status = TrajectoryStatus::Running;
    orientation.goals = u"Mehmet wil werken als klusjesman"_s;
    store<TrajectoryService>(db, orientation);
    for (const auto &[date, level] : {std::pair{QDate(2025, 2, 1), 2}, {QDate(2025, 6, 1), 3}}) {
        LadderAssessment assessment;
        assessment.providerId = w.mehmet.id;
        assessment.date = date;
        assessment.level = level;
        store<ProviderService>(db, assessment);
    }

    ServiceRequest request;
    request.clientId = w.truus.id;
    request.serviceTypeId = w.basics.boodschappen;
    request.requestDate = QDate(2025, 1, 5);
    request.description = u"Mevrouw Verstappen wil wekelijks boodschappen"_s;
    request.frequency = RequestFrequency::Weekly;
    request.status = RequestStatus::Matched;
    request.providerId = w.mehmet.id;
    store<RequestService>(db, request);

    deliver(db, w.truus, w.mehmet, w.basics.boodschappen, QDate(2025, 1, 10), 6,
            u"Truus was blij"_s);
    deliver(db, w.truus, w.mehmet, w.basics.boodschappen, QDate(2025, 2, 14), 8,
            u"Bij Heijden thuis, Heuvelring"_s);
    deliver(db, w.kees, w.mehmet, w.basics.klusjes, QDate(2025, 2, 20), 4, u"Kees gaf koffie"_s);

    addNote(db, w.truus.id, 0, QDate(2025, 1, 3), u"Gesprek met Truus over eenzaamheid"_s);
    addNote(db, 0, w.mehmet.id, QDate(2025, 2, 2), u"Mehmet start oriëntatie"_s);
    return w;
}

QStringList figureSnapshot(Database &db)
{
    const QStringList queries{
        // deliveries, delivery_hours (quarters), fees_cents
        u"SELECT COUNT(*), SUM(quarter_hours), SUM(fee_cents) FROM deliveries"_s,
        // by_neighbourhood: clients served, providers active, deliveries, hours
        uR"(SELECT n.code, COUNT(DISTINCT d.client_id), COUNT(DISTINCT d.provider_id), COUNT(*),
                   SUM(d.quarter_hours)
            FROM deliveries d JOIN clients c ON c.id = d.client_id
            JOIN neighbourhoods n ON n.id = c.neighbourhood_id GROUP BY n.code ORDER BY n.code)"_s,
        // by_month: deliveries, hours, clients served
        uR"(SELECT substr(date, 1, 7), COUNT(*), SUM(quarter_hours), COUNT(DISTINCT client_id)
            FROM deliveries GROUP BY 1 ORDER BY 1)"_s,
        // deliveries_by_type
        uR"(SELECT t.code, COUNT(*), SUM(d.quarter_hours) FROM deliveries d
            JOIN service_types t ON t.id = d.service_type_id GROUP BY t.code ORDER BY t.code)"_s,
        // clients_new and clients_active_at_end for 2025; target groups; birth years
        u"SELECT COUNT(*) FROM clients WHERE intake_date BETWEEN '2025-01-01' AND '2025-12-31'"_s,
        uR"(SELECT COUNT(*) FROM clients WHERE intake_date <= '2025-12-31'
            AND (end_date IS NULL OR end_date > '2025-12-31'))"_s,
        uR"(SELECT target_group, COUNT(*) FROM client_target_groups GROUP BY target_group
            ORDER BY target_group)"_s,
        u"SELECT substr(birth_date, 1, 4), COUNT(*) FROM clients GROUP BY 1 ORDER BY 1"_s,
        // providers, trajectories, ladder
        uR"(SELECT COUNT(*), SUM(CASE WHEN start_date BETWEEN '2025-01-01' AND '2025-12-31' THEN 1 ELSE 0 END)
            FROM providers)"_s,
        uR"(SELECT type, status, start_date, actual_end_date FROM trajectories
            ORDER BY provider_id, start_date)"_s,
        u"SELECT provider_id, date, level FROM ladder_assessments ORDER BY provider_id, date"_s,
        u"SELECT status, COUNT(*) FROM service_requests GROUP BY status ORDER BY status"_s,
    };
    QStringList lines;
    for (const QString &sql : queries) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(sql));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            lines.append(values.join(u" | "_s));
        }
    }
    return lines;
}

} // namespace wzsw::test
