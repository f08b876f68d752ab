#include "listseed.h"

#include "storage/personrepository.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace wzsw::test {

const QStringList listFamilyNames{u"Jansen"_s, u"Vries"_s,  u"Bakker"_s, u"Visser"_s, u"Smit"_s,
                                  u"Meijer"_s, u"Mulder"_s, u"Bos"_s,    u"Vos"_s,    u"Peters"_s};
const QStringList listGivenNames{u"Anna"_s, u"Bram"_s,   u"Cor"_s,   u"Dirk"_s,
                                 u"Els"_s,  u"Fatima"_s, u"Gerrit"_s};

void seedListClients(Database &db, const Basics &basics, int count)
{
    const Id neighbourhoods[] = {basics.centrum, basics.noord, basics.goirleCentrum};
    WriteTransaction tx(db);
    REQUIRE(tx.ok());
    ClientRepository clients(db);
    for (int i = 0; i < count; ++i) {
        Client c = validClient(neighbourhoods[i % 3]);
        c.code = u"C-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        c.person.familyName = listFamilyNames.at(i % 10);
        c.person.familyNamePrefix = c.person.familyName == u"Vries"_s ? u"de"_s : QString();
        c.person.givenName = listGivenNames.at(i % 7);
        c.person.postcode = u"50%1 AB"_s.arg(10 + i % 40);
        c.person.place = QString();
        c.person.street = u"Dorpsstraat"_s;
        c.person.houseNumber = QString::number(i + 1);
        c.targetGroups = {TargetGroup::Elderly};
        if (i % 5 == 4) {
            c.endDate = QDate(2025, 3, 1);
            c.endReason = ClientEndReason::NotNeeded;
        }
        REQUIRE(clients.insert(c).ok());
    }
    REQUIRE(tx.commit().ok());
}

} // namespace wzsw::test
