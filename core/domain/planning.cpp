#include "domain/planning.h"

using namespace Qt::StringLiterals;

namespace wzsw {

const QStringList &targetMeasureNames()
{
    static const QStringList names = [] {
        QStringList list{u"clients_new"_s,     u"clients_served"_s,   u"clients_active_at_end"_s,
                         u"providers_new"_s,   u"providers_active"_s, u"deliveries"_s,
                         u"delivery_hours"_s,  u"fees_cents"_s,       u"outflow_paid_work"_s,
                         u"course_enrolled"_s, u"course_certified"_s, u"ladder_assessed"_s,
                         u"ladder_up"_s,       u"agreements_active"_s};
        for (const QString &family :
             {u"trajectories_started"_s, u"trajectories_completed"_s, u"trajectories_broken_off"_s,
              u"trajectories_running_at_end"_s}) {
            for (const QString &type :
                 {u"orientation"_s, u"activation"_s, u"placement"_s, u"total"_s})
                list.append(family + u'.' + type);
        }
        return list;
    }();
    return names;
}

} // namespace wzsw
