#include "exchange/exchangefiles.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const QStringList personColumns{u"code"_s,
                                u"given_name"_s,
                                u"family_name_prefix"_s,
                                u"family_name"_s,
                                u"birth_date"_s,
                                u"gender"_s,
                                u"street"_s,
                                u"house_number"_s,
                                u"postcode"_s,
                                u"place"_s,
                                u"neighbourhood_code"_s,
                                u"phone"_s,
                                u"email"_s,
                                u"bsn"_s};

QList<ExchangeFile> makeFiles()
{
    using E = ExchangeEntity;
    return {
        {E::Municipality, u"municipalities.csv"_s, {u"code"_s, u"name"_s}},
        {E::Neighbourhood, u"neighbourhoods.csv"_s, {u"code"_s, u"name"_s, u"municipality_code"_s}},
        {E::ServiceType,
         u"service_types.csv"_s,
         {u"code"_s, u"name_nl"_s, u"name_en"_s, u"fee_per_hour"_s, u"active"_s}},
        {E::Partner,
         u"partners.csv"_s,
         {u"code"_s, u"name"_s, u"kind"_s, u"municipality_code"_s, u"contact_person"_s, u"phone"_s,
          u"email"_s}},
        {E::Agreement,
         u"agreements.csv"_s,
         {u"partner_code"_s, u"title"_s, u"scope"_s, u"start_date"_s, u"end_date"_s,
          u"signed_date"_s, u"status"_s, u"commitments"_s, u"review_date"_s, u"document"_s}},
        {E::Client, u"clients.csv"_s,
         personColumns + QStringList{u"target_groups"_s, u"lives_alone"_s,
                                     u"referred_by_partner_code"_s, u"intake_date"_s, u"end_date"_s,
                                     u"end_reason"_s, u"consent_date"_s}},
        {E::Provider, u"providers.csv"_s,
         personColumns + QStringList{u"background"_s, u"service_type_codes"_s, u"hours_per_week"_s,
                                     u"start_date"_s, u"exit_date"_s, u"exit_reason"_s,
                                     u"course_enrolled_date"_s, u"course_level"_s,
                                     u"course_certified_date"_s, u"course_dropped_date"_s,
                                     u"referred_by_partner_code"_s}},
        {E::Trajectory,
         u"trajectories.csv"_s,
         {u"provider_code"_s, u"type"_s, u"framework"_s, u"partner_code"_s, u"start_date"_s,
          u"planned_end_date"_s, u"actual_end_date"_s, u"status"_s, u"goals"_s, u"result"_s}},
        {E::Ladder, u"ladder.csv"_s, {u"provider_code"_s, u"date"_s, u"level"_s}},
        {E::Request,
         u"requests.csv"_s,
         {u"client_code"_s, u"service_type_code"_s, u"request_date"_s, u"description"_s,
          u"frequency"_s, u"status"_s, u"provider_code"_s}},
        {E::Delivery,
         u"deliveries.csv"_s,
         {u"client_code"_s, u"provider_code"_s, u"service_type_code"_s, u"date"_s, u"hours"_s,
          u"fee"_s, u"note"_s}},
        {E::Target,
         u"targets.csv"_s,
         {u"municipality_code"_s, u"from"_s, u"to"_s, u"measure"_s, u"value"_s}},
        {E::Budget,
         u"budget.csv"_s,
         {u"municipality_code"_s, u"from"_s, u"to"_s, u"kind"_s, u"category"_s, u"planned"_s,
          u"realised"_s}},
        {E::Settings,
         u"settings.csv"_s,
         {u"municipality_code"_s, u"project_start"_s, u"interim_1"_s, u"interim_2"_s,
          u"project_end"_s, u"project_leader"_s}},
    };
}

} // namespace

const QList<ExchangeFile> &exchangeFiles()
{
    static const QList<ExchangeFile> files = makeFiles();
    return files;
}

const ExchangeFile &exchangeFile(ExchangeEntity entity)
{
    return exchangeFiles().at(qsizetype(entity));
}

const ExchangeFile *exchangeFileNamed(QStringView fileName)
{
    for (const ExchangeFile &file : exchangeFiles())
        if (fileName.compare(file.name, Qt::CaseInsensitive) == 0)
            return &file;
    return nullptr;
}

} // namespace wzsw
