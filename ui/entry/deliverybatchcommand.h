#pragma once

#include "common/result.h"
#include "domain/service.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace wzsw {

class DataFile;

/// Deliveries stored together by one action (a week typed in the grid) as one undoable
/// command, "Inzet invoeren (5 regels)": undo removes them all in one transaction, redo
/// stores them again under their ids, each through DeliveryService with its rules and audit.
class DeliveryBatchCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DeliveryBatchCommand)

public:
    /// Stores `deliveries` in one transaction (DeliveryService::saveAll) and, when that
    /// works, pushes the command with the change done; `deliveries` then holds what was
    /// stored. Nothing is stored or pushed when a rule is broken.
    static Status save(DataFile &file, QList<Delivery> &deliveries);

    void undo() override;
    void redo() override;

private:
    DeliveryBatchCommand(DataFile &file, QList<Delivery> stored);

    DataFile &m_file;
    QList<Delivery> m_stored;
    bool m_done = true;
};

} // namespace wzsw
