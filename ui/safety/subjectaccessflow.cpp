#include "safety/subjectaccessflow.h"

#include "safety/personchoicedialog.h"
#include "services/subjectaccess.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wzsw {

void SubjectAccessFlow::run(MainWindow &window)
{
    DataFile *file = window.dataFile();
    if (!file || file->isReadOnly())
        return;
    PersonChoiceDialog choice(
        tr("Everything held on a person"),
        tr("Make a readable document and CSV files with everything this file holds on one "
           "client or provider (AVG article 15). It is written to the audit log."),
        tr("&Next"), &window);
    if (choice.exec() != QDialog::Accepted)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        &window, tr("Folder for the documents"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const QStringList written = write(window, choice.kind(), choice.code(), folder);
    if (written.isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, tr("Everything held on a person"),
                    tr("%n file(s) written to %1.", nullptr, int(written.size()))
                        .arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::Ok, &window);
    box.setObjectName(u"subjectAccessWritten"_s);
    box.setInformativeText(tr("They hold personal data: hand them over safely and delete "
                              "your copies afterwards."));
    QStringList names;
    for (const QString &path : written)
        names.append(QFileInfo(path).fileName());
    box.setDetailedText(names.join(u'\n'));
    QPushButton *show = box.addButton(tr("&Show the document"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == show)
        QDesktopServices::openUrl(QUrl::fromLocalFile(written.constFirst()));
}

QStringList SubjectAccessFlow::write(MainWindow &window, PersonKind kind, const QString &code,
                                     const QString &folder)
{
    DataFile *file = window.dataFile();
    if (!file)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<SubjectAccessReport> report = SubjectAccess(file->database()).collect(kind, code);
    Result<QStringList> written = report ? report->writeFiles(folder, CsvDialect::excelNl())
                                         : Result<QStringList>(report.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(&window, tr("Everything held on a person"), written.error().message);
        return {};
    }
    return std::move(written).value();
}

} // namespace wzsw
