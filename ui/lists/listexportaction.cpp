#include "lists/listexportaction.h"

#include "exchange/listexport.h"
#include "lists/listpanel.h"
#include "shell/datafile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

class ListExportTexts
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ListExportAction)

public:
    static QString caption() { return tr("Export list"); }
    static QString filter() { return tr("CSV for Excel (*.csv)"); }
    static QString progress() { return tr("Exporting the list..."); }
    static QString failed() { return tr("The list could not be exported."); }
    static QString done(qint64 rows, const QString &path)
    {
        return tr("%n row(s) saved in %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
            .arg(QDir::toNativeSeparators(path));
    }
};

} // namespace

Result<qint64> writeShownList(ListPanel *panel, const QString &path)
{
    QProgressDialog progress(ListExportTexts::progress(),
                             QCoreApplication::translate("wzsw::ListExportAction", "Cancel"), 0,
                             100, panel);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto step = [&progress](int percent) {
        progress.setValue(std::min(percent, 99));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    Result<qint64> rows =
        ListExporter(panel->dataFile()->database()).run(panel->shownList(), path, step);
    progress.setValue(100);
    return rows;
}

void exportShownList(ListPanel *panel)
{
    if (!panel->dataFile())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        panel, ListExportTexts::caption(),
        QDir(folder).filePath(ListPanel::settingsName(panel->kind()) + u".csv"_s),
        ListExportTexts::filter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    const Result<qint64> rows = writeShownList(panel, path);
    if (!rows) {
        if (rows.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(panel, ListExportTexts::caption(),
                                 ListExportTexts::failed() + u"\n\n"_s + rows.error().message);
        return;
    }
    QMessageBox::information(panel, ListExportTexts::caption(), ListExportTexts::done(*rows, path));
}

} // namespace wzsw
