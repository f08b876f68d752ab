#include "entry/deliverybatchcommand.h"

#include "records/recordcommand.h"
#include "services/deliveryservice.h"
#include "shell/datafile.h"

#include <QUndoStack>

namespace wzsw {

Status DeliveryBatchCommand::save(DataFile &file, QList<Delivery> &deliveries)
{
    if (Status status = DeliveryService(file.database()).saveAll(deliveries); !status)
        return status;
    file.undoStack()->push(new DeliveryBatchCommand(file, deliveries));
    file.notifyChanged(RecordKind::Delivery);
    return {};
}

DeliveryBatchCommand::DeliveryBatchCommand(DataFile &file, QList<Delivery> stored)
    : m_file(file), m_stored(std::move(stored))
{
    setText(tr("Enter deliveries (%n row(s))", nullptr, int(m_stored.size())));
}

void DeliveryBatchCommand::undo()
{
    QList<Id> ids;
    for (const Delivery &delivery : std::as_const(m_stored))
        ids.append(delivery.id);
    if (Status status = DeliveryService(m_file.database()).removeAll(ids); !status) {
        setObsolete(true);
        reportCommandFailure(m_file, text(), status.error());
    }
    m_file.notifyChanged(RecordKind::Delivery);
}

void DeliveryBatchCommand::redo()
{
    if (m_done) {
        m_done = false; // the first redo is the change save() already made
        return;
    }
    // Version 0 with the old ids: stored again as they were (RecordWriter's restore).
    QList<Delivery> again = m_stored;
    for (Delivery &delivery : again)
        delivery.version = 0;
    if (Status status = DeliveryService(m_file.database()).saveAll(again); !status) {
        setObsolete(true);
        reportCommandFailure(m_file, text(), status.error());
    } else {
        m_stored = again;
    }
    m_file.notifyChanged(RecordKind::Delivery);
}

} // namespace wzsw
