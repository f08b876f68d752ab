// The JSON of spec/reports.md "JSON shape", parsed back and checked key by key.
#include "figures/computereport.h"
#include "figures/reportjson.h"
#include "figureseed.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

QJsonObject jsonOf(Database &db, const QString &municipality,
                   ReportKind kind = ReportKind::Interim1)
{
    ReportRequest request;
    request.kind = kind;
    request.municipalityCode = municipality;
    request.from = test::worldFrom();
    request.to = test::worldTo();
    request.generatedAt = QDateTime(QDate(2025, 7, 2), QTime(9, 14, 0));
    const Result<ReportData> data = computeReport(db, request);
    if (!data)
        FAIL(data.error().message.toStdString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reportJsonText(*data), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> setOf(std::initializer_list<QString> keys)
{
    return QSet<QString>(keys);
}

// Integers must be written as integers: 12, not 12.0 (QJsonValue keeps what was written).
bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

TEST_CASE("the report JSON has every top-level key of the specification")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const QJsonObject json = jsonOf(file.db(), u"GM0855"_s);
    const QSet<QString> defined =
        setOf({u"kind"_s, u"scope"_s, u"from"_s, u"to"_s, u"generated_at"_s, u"schema"_s,
               u"measures"_s, u"targets"_s, u"by_neighbourhood"_s, u"by_month"_s});
    CHECK(keysOf(json).contains(defined));
    // The extras, and nothing else.
    CHECK(keysOf(json) - defined == setOf({u"scope_name"_s, u"agreements"_s}));
    CHECK(json[u"kind"_s].toString() == u"interim-1"_s);
    CHECK(json[u"scope"_s].toString() == u"GM0855"_s);
    CHECK(json[u"scope_name"_s].toString() == u"Tilburg"_s);
    CHECK(json[u"from"_s].toString() == u"2025-01-01"_s);
    CHECK(json[u"to"_s].toString() == u"2025-06-30"_s);
    CHECK(json[u"generated_at"_s].toString() == u"2025-07-02T09:14:00"_s);
    CHECK(json[u"schema"_s].toInt() == 1);
    CHECK_FALSE(json.contains(u"by_municipality"_s)); // region reports only
}

TEST_CASE("the measures object holds every measure, per-type maps complete, zeros included")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const QJsonObject m = jsonOf(file.db(), u"GM0855"_s)[u"measures"_s].toObject();
    CHECK(keysOf(m) == setOf({u"clients_new"_s,
                              u"clients_served"_s,
                              u"clients_active_at_end"_s,
                              u"providers_new"_s,
                              u"providers_active"_s,
                              u"deliveries"_s,
                              u"delivery_hours"_s,
                              u"fees_cents"_s,
                              u"deliveries_by_type"_s,
                              u"trajectories_started"_s,
                              u"trajectories_completed"_s,
                              u"trajectories_broken_off"_s,
                              u"trajectories_running_at_end"_s,
                              u"outflow"_s,
                              u"outflow_paid_work"_s,
                              u"course_enrolled"_s,
                              u"course_certified"_s,
                              u"ladder_assessed"_s,
                              u"ladder_up"_s,
                              u"ladder_first"_s,
                              u"ladder_latest"_s,
                              u"agreements_active"_s,
                              u"agreements_expiring"_s,
                              u"budget"_s}));
    // Values as worked out in figurestests.cpp.
    CHECK(m[u"clients_new"_s].toInteger() == 2);
    CHECK(m[u"clients_served"_s].toInteger() == 4);
    CHECK(m[u"clients_active_at_end"_s].toInteger() == 3);
    CHECK(m[u"providers_new"_s].toInteger() == 2);
    CHECK(m[u"providers_active"_s].toInteger() == 4);
    CHECK(m[u"deliveries"_s].toInteger() == 6);
    CHECK(m[u"delivery_hours"_s].toDouble() == 9.5);
    CHECK(m[u"fees_cents"_s].toInteger() == 6188);
    CHECK(isInteger(m[u"fees_cents"_s]));

    const QJsonObject byType = m[u"deliveries_by_type"_s].toObject();
    CHECK(byType.size() == 10);
    CHECK(keysOf(byType[u"klusjes"_s].toObject()) == setOf({u"count"_s, u"hours"_s}));
    CHECK(byType[u"klusjes"_s][u"count"_s].toInteger() == 3);
    CHECK(byType[u"klusjes"_s][u"hours"_s].toDouble() == 5.75);
    CHECK(byType[u"maaltijd"_s][u"count"_s].toInteger() == 0);
    CHECK(byType[u"maaltijd"_s][u"hours"_s].toDouble() == 0);

    for (const QString &family : {u"trajectories_started"_s, u"trajectories_completed"_s,
                                  u"trajectories_broken_off"_s, u"trajectories_running_at_end"_s})
        CHECK(keysOf(m[family].toObject()) ==
              setOf({u"orientation"_s, u"activation"_s, u"placement"_s, u"total"_s}));
    CHECK(m[u"trajectories_started"_s][u"total"_s].toInteger() == 3);
    CHECK(m[u"trajectories_running_at_end"_s][u"placement"_s].toInteger() == 1);

    const QJsonObject outflow = m[u"outflow"_s].toObject();
    CHECK(keysOf(outflow) ==
          setOf({u"paid_work_regular"_s, u"paid_work_subsidised"_s, u"education"_s,
                 u"volunteer_elsewhere"_s, u"dropped_out"_s, u"moved"_s, u"other"_s}));
    CHECK(outflow[u"paid_work_subsidised"_s].toInteger() == 1);
    CHECK(outflow[u"education"_s].toInteger() == 0);
    CHECK(m[u"outflow_paid_work"_s].toInteger() == 2);

    for (const QString &ladder : {u"ladder_first"_s, u"ladder_latest"_s})
        CHECK(keysOf(m[ladder].toObject()) ==
              setOf({u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
    CHECK(m[u"ladder_first"_s][u"2"_s].toInteger() == 1);
    CHECK(m[u"ladder_latest"_s][u"5"_s].toInteger() == 1);
    CHECK(m[u"ladder_latest"_s][u"6"_s].toInteger() == 0);
    CHECK(m[u"ladder_up"_s].toInteger() == 2);
    CHECK(m[u"agreements_expiring"_s].toInteger() == 1);

    const QJsonObject budget = m[u"budget"_s].toObject();
    CHECK(keysOf(budget) == setOf({u"income"_s, u"cost"_s}));
    CHECK(keysOf(budget[u"cost"_s].toObject()) == setOf({u"planned"_s, u"realised"_s}));
    CHECK(budget[u"income"_s][u"planned"_s].toInteger() == 100000);
    CHECK(budget[u"cost"_s][u"realised"_s].toInteger() == 2500);
}

TEST_CASE("targets, neighbourhoods and months are written with the keys of the specification")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const QJsonObject json = jsonOf(file.db(), u"GM0855"_s);

    const QJsonArray targets = json[u"targets"_s].toArray();
    REQUIRE(targets.size() == 4);
    QJsonObject hours;
    for (const QJsonValue &target : targets)
        if (target[u"measure"_s].toString() == u"delivery_hours"_s)
            hours = target.toObject();
    CHECK(keysOf(hours) ==
          setOf({u"measure"_s, u"scope"_s, u"from"_s, u"to"_s, u"value"_s, u"actual"_s,
                 u"realisation_pct"_s, u"expected_pct"_s, u"behind"_s}));
    CHECK(hours[u"scope"_s].toString() == u"GM0855"_s);
    CHECK(hours[u"from"_s].toString() == u"2025-01-01"_s);
    CHECK(hours[u"to"_s].toString() == u"2025-12-31"_s);
    CHECK(hours[u"value"_s].toDouble() == 40);
    CHECK(hours[u"actual"_s].toDouble() == 9.5);
    CHECK(hours[u"realisation_pct"_s].toDouble() == 23.8);
    CHECK(hours[u"expected_pct"_s].toDouble() == 49.6);
    CHECK(hours[u"behind"_s].toBool());

    const QJsonArray neighbourhoods = json[u"by_neighbourhood"_s].toArray();
    REQUIRE(neighbourhoods.size() == 2);
    const QJsonObject centrum = neighbourhoods.at(0).toObject();
    CHECK(keysOf(centrum) == setOf({u"code"_s, u"name"_s, u"clients_served"_s,
                                    u"providers_active"_s, u"deliveries"_s, u"delivery_hours"_s}));
    CHECK(centrum[u"code"_s].toString() == u"WK085501"_s);
    CHECK(centrum[u"name"_s].toString() == u"Centrum"_s);
    CHECK(centrum[u"clients_served"_s].toInteger() == 3);
    CHECK(centrum[u"delivery_hours"_s].toDouble() == 8.75);

    const QJsonArray months = json[u"by_month"_s].toArray();
    REQUIRE(months.size() == 6);
    const QJsonObject january = months.at(0).toObject();
    CHECK(keysOf(january) ==
          setOf({u"month"_s, u"deliveries"_s, u"delivery_hours"_s, u"clients_served"_s}));
    CHECK(january[u"month"_s].toString() == u"2025-01"_s);
    CHECK(january[u"deliveries"_s].toInteger() == 2);
    CHECK(january[u"delivery_hours"_s].toDouble() == 3.0);
    CHECK(january[u"clients_served"_s].toInteger() == 1);
    CHECK(months.at(4)[u"deliveries"_s].toInteger() == 0); // May, zeros included
}

TEST_CASE("a region report's JSON compares the municipalities")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const QJsonObject json = jsonOf(file.db(), QString());
    CHECK(json[u"scope"_s].toString() == u"region"_s);
    CHECK_FALSE(json.contains(u"scope_name"_s));
    const QJsonArray municipalities = json[u"by_municipality"_s].toArray();
    REQUIRE(municipalities.size() == 2);
    const QJsonObject tilburg = municipalities.at(1).toObject();
    CHECK(keysOf(tilburg) ==
          setOf({u"code"_s, u"name"_s, u"clients_served"_s, u"deliveries"_s, u"delivery_hours"_s}));
    CHECK(tilburg[u"code"_s].toString() == u"GM0855"_s);
    CHECK(tilburg[u"clients_served"_s].toInteger() == 4);
    CHECK(tilburg[u"delivery_hours"_s].toDouble() == 9.5);
    CHECK(json[u"measures"_s][u"deliveries"_s].toInteger() == 7);
}

TEST_CASE("the periods beside the report go under comparisons with their own measures")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Monthly;
    request.municipalityCode = u"GM0855"_s;
    request.to = QDate(2025, 2, 28);
    const QJsonObject json = reportJson(computeReport(file.db(), request).value());
    const QJsonObject comparisons = json[u"comparisons"_s].toObject();
    CHECK(keysOf(comparisons) == setOf({u"previous_month"_s, u"year_to_date"_s}));
    const QJsonObject previous = comparisons[u"previous_month"_s].toObject();
    CHECK(previous[u"from"_s].toString() == u"2025-01-01"_s);
    CHECK(previous[u"to"_s].toString() == u"2025-01-31"_s);
    CHECK(previous[u"measures"_s][u"deliveries"_s].toInteger() == 2);
    CHECK(previous[u"measures"_s][u"deliveries_by_type"_s].toObject().size() == 10);
}

TEST_CASE("the JSON text writes counts as integers and hours and percentages as decimals")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Interim1;
    request.municipalityCode = u"GM0855"_s;
    const QByteArray text = reportJsonText(computeReport(file.db(), request).value());
    CHECK(text.contains("\"fees_cents\": 6188,"));
    CHECK(text.contains("\"delivery_hours\": 9.5,"));
    CHECK(text.contains("\"expected_pct\": 24.8,"));
    CHECK(text.contains("\"realisation_pct\": 23.8,"));
    CHECK_FALSE(text.contains("Truus")); // no names of people, ever
    CHECK_FALSE(text.contains("Client C-"));
}

TEST_CASE("the agreements table goes into the JSON without personal data")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const QJsonArray agreements = jsonOf(file.db(), u"GM0855"_s)[u"agreements"_s].toArray();
    REQUIRE(agreements.size() == 5);
    const QJsonObject first = agreements.at(1).toObject();
    CHECK(keysOf(first) == setOf({u"partner"_s, u"title"_s, u"status"_s, u"start"_s, u"end"_s,
                                  u"review_date"_s, u"expiring"_s}));
    CHECK(first[u"partner"_s].toString() == u"Thuiszorg West"_s);
    CHECK(first[u"title"_s].toString() == u"Doorverwijzing cliënten"_s);
    CHECK(first[u"status"_s].toString() == u"signed"_s);
    CHECK(first[u"start"_s].toString() == u"2025-01-01"_s);
    CHECK(first[u"end"_s].isNull()); // open-ended
    CHECK(first[u"review_date"_s].toString() == u"2025-08-29"_s);
    CHECK(first[u"expiring"_s].toBool());
}
