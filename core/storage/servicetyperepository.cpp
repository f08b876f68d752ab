#include "storage/servicetyperepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QList<ServiceType> ServiceTypeRepository::defaultCatalogue()
{
    // Fees are the project's starting point; the project leader adjusts them per file.
    const auto type = [](const QString &code, const QString &nl, const QString &en, Cents fee) {
        ServiceType t;
        t.code = code;
        t.nameNl = nl;
        t.nameEn = en;
        t.feePerHourCents = fee;
        return t;
    };
    return {
        type(u"boodschappen"_s, u"Boodschappen"_s, u"Shopping"_s, 500),
        type(u"klusjes"_s, u"Klusjes"_s, u"Odd jobs"_s, 750),
        type(u"tuin"_s, u"Tuinonderhoud"_s, u"Garden"_s, 750),
        type(u"huishouden"_s, u"Lichte huishoudelijke hulp"_s, u"Light housekeeping"_s, 600),
        type(u"vervoer-begeleiding"_s, u"Vervoer en begeleiding"_s,
             u"Accompanying to appointments"_s, 500),
        type(u"gezelschap"_s, u"Gezelschap"_s, u"Companionship"_s, 300),
        type(u"administratie"_s, u"Hulp bij administratie"_s, u"Paperwork help"_s, 500),
        type(u"computerhulp"_s, u"Computerhulp"_s, u"Computer help"_s, 500),
        type(u"mantelzorg-respijt"_s, u"Respijtzorg mantelzorger"_s,
             u"Respite for an informal carer"_s, 400),
        type(u"maaltijd"_s, u"Maaltijden"_s, u"Meals"_s, 450),
    };
}

} // namespace wzsw
