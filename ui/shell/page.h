#pragma once

#include "domain/ids.h"
#include "domain/recordkind.h"
#include "shell/pageid.h"

#include <QMetaType>
#include <QWidget>

class QPrinter;

namespace wzsw {

class DataFile;

/// One record, for opening it in its form.
struct RecordRef
{
    RecordKind kind = RecordKind::Client;
    Id id = 0;
};

/// A page of the main window: what shows right of the navigation list. Every page, the lists of
/// this issue and the dashboard, reports and export of later ones, implements this interface
/// and is made by the factory registered for its PageId (see PageRegistry).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual PageId pageId() const = 0;
    /// The name in the navigation list and the window title, in the current language.
    virtual QString title() const = 0;

    /// The open data file changed; null when the file was closed. A page drops everything it
    /// held of the previous file. The file outlives the page's use of it.
    virtual void setDataFile(DataFile *file) = 0;

    /// The page became the current one (or the file changed while it is): load what it shows.
    /// Pages load lazily, so opening a file costs only what the first page shows.
    virtual void activate() {}

    /// Shown in the status bar while the page is current, e.g. "1,234 clients".
    virtual QString statusText() const { return {}; }

    /// Edit > Find: moves the focus to the page's search field. False when it has none.
    virtual bool focusSearch() { return false; }

    /// File > Print, for pages that have something to print.
    virtual bool canPrint() const { return false; }
    virtual void print(QPrinter *printer) { Q_UNUSED(printer) }

    /// Writes what the page keeps between runs (column layouts, ...) to the preferences.
    virtual void saveState() {}

signals:
    void statusTextChanged();
    /// The user asked to open a record (double-click or Enter on a row).
    void recordActivated(const wzsw::RecordRef &record);

protected:
    /// Calls retranslate() on QEvent::LanguageChange.
    void changeEvent(QEvent *event) override;
    /// Sets every text again in the current language.
    virtual void retranslate() {}
};

} // namespace wzsw

Q_DECLARE_METATYPE(wzsw::RecordRef)
