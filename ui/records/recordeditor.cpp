#include "records/recordeditor.h"

#include "records/agreementform.h"
#include "records/clientform.h"
#include "records/deliveryform.h"
#include "records/ladderform.h"
#include "records/matchdialog.h"
#include "records/noteform.h"
#include "records/partnerform.h"
#include "records/planningforms.h"
#include "records/providerform.h"
#include "records/recordsummarydialog.h"
#include "records/requestform.h"
#include "records/trajectoryform.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

template <typename T> struct FormOf;
template <> struct FormOf<Client>
{
    using Type = ClientForm;
};
template <> struct FormOf<Provider>
{
    using Type = ProviderForm;
};
template <> struct FormOf<Trajectory>
{
    using Type = TrajectoryForm;
};
template <> struct FormOf<LadderAssessment>
{
    using Type = LadderForm;
};
template <> struct FormOf<ServiceRequest>
{
    using Type = RequestForm;
};
template <> struct FormOf<Delivery>
{
    using Type = DeliveryForm;
};
template <> struct FormOf<Partner>
{
    using Type = PartnerForm;
};
template <> struct FormOf<Agreement>
{
    using Type = AgreementForm;
};
template <> struct FormOf<Target>
{
    using Type = TargetForm;
};
template <> struct FormOf<BudgetLine>
{
    using Type = BudgetLineForm;
};
template <> struct FormOf<ContactNote>
{
    using Type = NoteForm;
};

template <typename T> void showForm(DataFile &file, const T &record, QWidget *parent)
{
    auto *form = new typename FormOf<T>::Type(file, record, parent);
    if constexpr (std::is_same_v<T, ServiceRequest>)
        QObject::connect(form, &RequestForm::matchRequested, parent,
                         [&file, parent](Id id) { openMatching(file, id, parent); });
    form->setWindowModality(Qt::WindowModal);
    form->show();
}

template <typename T> void openStored(DataFile &file, Id id, QWidget *parent)
{
    if (id == 0) {
        showForm(file, T{}, parent);
        return;
    }
    const Result<T> record = RecordTraits<T>::load(file.database(), id);
    if (!record) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("wzsw::RecordEditor", "Cannot open the record"),
            record.error().message);
        return;
    }
    showForm(file, *record, parent);
}

} // namespace

template <typename T> void openNewRecordForm(DataFile &file, const T &preset, QWidget *parent)
{
    showForm(file, preset, parent);
}

template void openNewRecordForm(DataFile &, const Client &, QWidget *);
template void openNewRecordForm(DataFile &, const Provider &, QWidget *);
template void openNewRecordForm(DataFile &, const Trajectory &, QWidget *);
template void openNewRecordForm(DataFile &, const LadderAssessment &, QWidget *);
template void openNewRecordForm(DataFile &, const ServiceRequest &, QWidget *);
template void openNewRecordForm(DataFile &, const Delivery &, QWidget *);
template void openNewRecordForm(DataFile &, const ContactNote &, QWidget *);
template void openNewRecordForm(DataFile &, const Agreement &, QWidget *);

void openRecordForm(DataFile &file, const RecordRef &record, QWidget *parent)
{
    switch (record.kind) {
    case RecordKind::Client:
        return openStored<Client>(file, record.id, parent);
    case RecordKind::Provider:
        return openStored<Provider>(file, record.id, parent);
    case RecordKind::Trajectory:
        return openStored<Trajectory>(file, record.id, parent);
    case RecordKind::LadderAssessment:
        return openStored<LadderAssessment>(file, record.id, parent);
    case RecordKind::Request:
        return openStored<ServiceRequest>(file, record.id, parent);
    case RecordKind::Delivery:
        return openStored<Delivery>(file, record.id, parent);
    case RecordKind::Partner:
        return openStored<Partner>(file, record.id, parent);
    case RecordKind::Agreement:
        return openStored<Agreement>(file, record.id, parent);
    case RecordKind::Target:
        return openStored<Target>(file, record.id, parent);
    case RecordKind::BudgetLine:
        return openStored<BudgetLine>(file, record.id, parent);
    case RecordKind::ContactNote:
        return openStored<ContactNote>(file, record.id, parent);
    case RecordKind::ServiceType:
    case RecordKind::Municipality:
    case RecordKind::Neighbourhood:
        // Edited in the settings of the file; shown read-only here.
        RecordSummaryDialog::showRecord(file.database(), record, parent);
        return;
    }
}

void openMatching(DataFile &file, Id requestId, QWidget *parent)
{
    const Result<ServiceRequest> request =
        RecordTraits<ServiceRequest>::load(file.database(), requestId);
    if (!request) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("wzsw::RecordEditor", "Cannot open the record"),
            request.error().message);
        return;
    }
    auto *dialog = new MatchDialog(file, *request, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace wzsw
