#pragma once

#include "records/recordsummary.h"

#include <QDialog>

namespace wzsw {

/// A read-only window with every field of one record (RecordSummary). What double-click on a
/// list row opens until the detail forms take its place.
class RecordSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordSummaryDialog(const RecordSummary &summary, QWidget *parent = nullptr);

    /// Loads the record and shows the dialog (not modal); a message when it cannot be read.
    static void showRecord(Database &db, const RecordRef &record, QWidget *parent);
};

} // namespace wzsw
