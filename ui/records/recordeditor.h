#pragma once

#include "shell/page.h"

class QWidget;

namespace wzsw {

class DataFile;

/// Opens the detail form of a record (what double-click or Enter on a list row does), or of
/// a new record when `record.id` is 0 (the list's New button). The form is not modal, deletes
/// itself when closed, and stores through an undoable command. A message when the record
/// cannot be read.
void openRecordForm(DataFile &file, const RecordRef &record, QWidget *parent);

/// Opens the form of a new record with some fields filled in already (`preset`'s id is 0):
/// the person page's quick buttons, the dashboard.
template <typename T> void openNewRecordForm(DataFile &file, const T &preset, QWidget *parent);

/// Opens the ranked providers for the open request `requestId`.
void openMatching(DataFile &file, Id requestId, QWidget *parent);

} // namespace wzsw
