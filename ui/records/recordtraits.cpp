#include "records/recordtraits.h"

#include "services/clientservice.h"
#include "services/deliveryservice.h"
#include "services/noteservice.h"
#include "services/partnerservice.h"
#include "services/planningservice.h"
#include "services/providerservice.h"
#include "services/requestservice.h"
#include "services/trajectoryservice.h"
#include "storage/partnerrepository.h"
#include "storage/workrepositories.h"

#include <QCoreApplication>

namespace wzsw {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("wzsw::RecordCommand", source);
}

} // namespace

// One block per kind: reading, checking, storing and removing through its service.
#define WZSW_TRAITS_BODY(Type, Service, SaveCall, RemoveCall, Add, Change, Remove)                 \
    Result<Type> RecordTraits<Type>::load(Database &db, Id id)                                     \
    {                                                                                              \
        return Table<Type>(db).find(id);                                                           \
    }                                                                                              \
    Result<QList<RuleViolation>> RecordTraits<Type>::check(Database &db, const Type &value)        \
    {                                                                                              \
        return Service(db).check(value);                                                           \
    }                                                                                              \
    Status RecordTraits<Type>::save(Database &db, Type &value)                                     \
    {                                                                                              \
        return Service(db).SaveCall(value);                                                        \
    }                                                                                              \
    Status RecordTraits<Type>::remove(Database &db, Id id, int expectedVersion)                    \
    {                                                                                              \
        return Service(db).RemoveCall(id, expectedVersion);                                        \
    }                                                                                              \
    QString RecordTraits<Type>::addText()                                                          \
    {                                                                                              \
        return text(Add);                                                                          \
    }                                                                                              \
    QString RecordTraits<Type>::changeText()                                                       \
    {                                                                                              \
        return text(Change);                                                                       \
    }                                                                                              \
    QString RecordTraits<Type>::removeText()                                                       \
    {                                                                                              \
        return text(Remove);                                                                       \
    }

WZSW_TRAITS_BODY(Client, ClientService, save, remove,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add client"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change client"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete client"))
WZSW_TRAITS_BODY(Provider, ProviderService, save, remove,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add provider"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change provider"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete provider"))
WZSW_TRAITS_BODY(Trajectory, TrajectoryService, save, remove,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add trajectory"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change trajectory"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete trajectory"))
WZSW_TRAITS_BODY(LadderAssessment, ProviderService, save, removeAssessment,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add ladder assessment"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change ladder assessment"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete ladder assessment"))
WZSW_TRAITS_BODY(ServiceRequest, RequestService, save, remove,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add request"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change request"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete request"))
WZSW_TRAITS_BODY(Delivery, DeliveryService, save, remove,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add delivery"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change delivery"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete delivery"))
WZSW_TRAITS_BODY(Partner, PartnerService, save, remove,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add partner"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change partner"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete partner"))
WZSW_TRAITS_BODY(Agreement, PartnerService, save, removeAgreement,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add agreement"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change agreement"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete agreement"))
WZSW_TRAITS_BODY(Target, PlanningService, save, removeTarget,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add target"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change target"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete target"))
WZSW_TRAITS_BODY(BudgetLine, PlanningService, save, removeBudgetLine,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add budget line"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change budget line"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete budget line"))
WZSW_TRAITS_BODY(ContactNote, NoteService, save, remove,
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Add case note"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Change case note"),
                 QT_TRANSLATE_NOOP("wzsw::RecordCommand", "Delete case note"))
#undef WZSW_TRAITS_BODY

} // namespace wzsw
