#pragma once

// A small data set in the exchange format with every awkward value we could think of: quotes,
// both separators, line breaks (CRLF and LF) in notes and descriptions, diacritics and emoji,
// leading apostrophes, cells Excel would take for formulas, padded text, empty optional
// fields, identical rows, negative budget amounts.

#include "importtesthelpers.h"

namespace wzsw::test {

inline Files awkwardExchangeSet()
{
    using namespace Qt::StringLiterals;
    return {
        {u"municipalities.csv"_s, "code,name\n"
                                  "GM0855,Tilburg\n"
                                  "GM0785,Goirle\n"
                                  "GM0796,'s-Hertogenbosch\n"},
        {u"neighbourhoods.csv"_s, "code,name,municipality_code\n"
                                  "WK085501,\"Centrum, binnenstad\",GM0855\n"
                                  "WK085502,Noord,GM0855\n"
                                  "WK078501,Goirle; dorp,GM0785\n"},
        {u"service_types.csv"_s, "code,name_nl,name_en,fee_per_hour,active\n"
                                 "boodschappen,Boodschappen,Shopping,5.00,1\n"
                                 "tuin,Tuinonderhoud,,0.00,0\n"
                                 "klusjes,\"Klusjes \"\"groot en klein\"\"\",Odd jobs,7.50,1\n"},
        {u"partners.csv"_s,
         "code,name,kind,municipality_code,contact_person,phone,email\n"
         "PA-01,\"Thebe \"\"thuiszorg\"\"\",home_care,GM0855,José Çelik,+31 13 5551234,"
         "jose@thebe.nl\n"
         "PA-02,\"ROC, Tilburg\",education,,,,\n"},
        {u"agreements.csv"_s,
         "partner_code,title,scope,start_date,end_date,signed_date,status,commitments,"
         "review_date,document\n"
         "PA-01,Samenwerking 2025,client_referral|service_delivery,2025-01-01,2025-12-31,"
         "2024-12-15,signed,\"Thebe verwijst cliënten;\r\n\"\"wij\"\" leveren\",2025-06-30,"
         "C:\\docs\\overeenkomst.pdf\n"
         "PA-02,Stageplekken,training,2025-02-01,,,draft,,,\n"},
        {u"clients.csv"_s,
         "code,given_name,family_name_prefix,family_name,birth_date,gender,street,"
         "house_number,postcode,place,neighbourhood_code,phone,email,bsn,target_groups,"
         "lives_alone,referred_by_partner_code,intake_date,end_date,end_reason,consent_date\n"
         "C-0001,Truus,van der,Heijden,1941-03-14,f,Heuvelring,12a,5038 CL,Tilburg,WK085501,"
         "+31 6 12345678,truus@example.nl,111222333,elderly|lonely,1,PA-01,2025-01-01,,,"
         "2025-01-02\n"
         "C-0002,Ümit,,Öztürk,1950-06-30,,,,,,WK078501,,,,physical_disability,0,,2025-01-15,"
         "2025-09-30,moved,\n"},
        {u"providers.csv"_s,
         "code,given_name,family_name_prefix,family_name,birth_date,gender,street,"
         "house_number,postcode,place,neighbourhood_code,phone,email,bsn,background,"
         "service_type_codes,hours_per_week,start_date,exit_date,exit_reason,"
         "course_enrolled_date,course_level,course_certified_date,course_dropped_date,"
         "referred_by_partner_code\n"
         "P-0001,Mehmet,,Yılmaz,1988-07-02,m,\"Lange Nieuwstraat, achter\",7-II,5041 AB,"
         "Tilburg,WK085502,,mehmet@example.nl,,welfare_benefit,tuin|boodschappen,12.5,"
         "2025-01-01,,,2025-02-01,2,,,PA-02\n"
         "P-0002,Dóra,,Kovács,1990-10-10,x,,,,,WK085501,,,,volunteer,,0,2025-01-01,2025-08-31,"
         "paid_work_regular,,,,,\n"},
        {u"trajectories.csv"_s,
         "provider_code,type,framework,partner_code,start_date,planned_end_date,"
         "actual_end_date,status,goals,result\n"
         "P-0001,orientation,participatiewet,,2025-01-01,2025-03-31,2025-03-31,completed,"
         "\"Ritme opdoen,\nop tijd komen\",Goed afgerond\n"
         "P-0001,activation,participatiewet,PA-02,2025-04-01,2025-12-31,,running,"
         "\"- werkervaring\n- cursus\",\n"
         "P-0002,orientation,other,,2025-01-01,,2025-08-31,broken_off,,"
         "\"Vertrokken naar \"\"betaald werk\"\"\"\n"},
        {u"ladder.csv"_s, "provider_code,date,level\n"
                          "P-0001,2025-06-01,3\n"
                          "P-0001,2025-01-05,2\n"
                          "P-0001,2025-06-01,3\n"},
        {u"requests.csv"_s,
         "client_code,service_type_code,request_date,description,frequency,status,"
         "provider_code\n"
         "C-0001,boodschappen,2025-01-03,\"- wekelijks naar de markt\nen de apotheek\",weekly,"
         "matched,P-0001\n"
         "C-0002,klusjes,2025-01-20,,once,open,\n"},
        {u"deliveries.csv"_s,
         "client_code,provider_code,service_type_code,date,hours,fee,note\n"
         "C-0001,P-0001,boodschappen,2025-02-03,1.5,,=SUM(A1) is geen formule\n"
         "C-0001,P-0001,boodschappen,2025-02-03,1.5,,=SUM(A1) is geen formule\n"
         "C-0001,P-0001,boodschappen,2025-01-27,0.25,0.00,\" spaties rondom \"\n"
         "C-0002,P-0002,klusjes,2025-03-10,2,,Kapotte kraan 🔧\n"
         "C-0002,P-0001,klusjes,2025-03-10,12,90.00,\"regel 1\r\nregel 2\"\n"},
        {u"targets.csv"_s, "municipality_code,from,to,measure,value\n"
                           ",2025-01-01,2025-12-31,deliveries,1000\n"
                           "GM0855,2025-01-01,2025-12-31,delivery_hours,2500.5\n"},
        {u"budget.csv"_s, "municipality_code,from,to,kind,category,planned,realised\n"
                          "GM0855,2025-01-01,2025-12-31,income,wmo,10000.00,9500.50\n"
                          "GM0855,2025-01-01,2025-12-31,cost,materials,250.00,-125.75\n"
                          "GM0785,2025-01-01,2025-12-31,income,partner_contribution,-300.00,\n"},
        {u"settings.csv"_s,
         "municipality_code,project_start,interim_1,interim_2,project_end,project_leader\n"
         ",2025-01-01,2025-07-01,2026-01-01,2026-12-31,Anne-Marie van 't Hof\n"
         "GM0855,2025-01-01,,,,\"Jansen, P.\"\n"},
    };
}

} // namespace wzsw::test
