#include "safety/erasureflow.h"

#include "domain/recordkind.h"
#include "safety/personchoicedialog.h"
#include "services/erasureservice.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace wzsw {

void ErasureFlow::run(MainWindow &window)
{
    DataFile *file = window.dataFile();
    if (!file || file->isReadOnly())
        return;
    PersonChoiceDialog choice(tr("Erase a person"),
                              tr("Erase the identifying data of one client or provider for "
                                 "good (AVG article 17)."),
                              tr("&Next"), &window);
    if (choice.exec() != QDialog::Accepted)
        return;
    confirmAndErase(window, {{choice.kind(), choice.code()}});
}

bool ErasureFlow::confirmAndErase(MainWindow &window, const QList<ErasureTarget> &targets)
{
    if (targets.isEmpty())
        return false;
    QStringList codes;
    for (const ErasureTarget &target : targets)
        codes.append(target.code);
    QMessageBox confirm(QMessageBox::Warning, tr("Erase for good"),
                        targets.size() == 1
                            ? tr("Erase %1 for good?").arg(codes.constFirst())
                            : tr("Erase these %n people for good?", nullptr, int(targets.size())),
                        QMessageBox::Cancel, &window);
    confirm.setObjectName(u"confirmErasure"_s);
    confirm.setInformativeText(
        tr("Names, address, contact details, BSN, gender and notes are removed and cannot be "
           "brought back: not by undo, and not from the automatic backups, which are erased "
           "too. Of the date of birth only the year stays. The record stays under its code "
           "with its dates, requests and deliveries, so every report keeps its figures."));
    if (targets.size() > 1)
        confirm.setDetailedText(codes.join(u'\n'));
    QPushButton *yes = confirm.addButton(tr("&Erase for good"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmErasureButton"_s);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return false;
    return erase(window, targets);
}

bool ErasureFlow::erase(MainWindow &window, const QList<ErasureTarget> &targets)
{
    // The pages let go of the file while it is erased and compacted: VACUUM refuses to run
    // while a list still reads from it.
    std::unique_ptr<DataFile> file = window.takeFile();
    if (!file)
        return false;
    file->undoStack()->clear();
    QStringList problems;
    qsizetype erased = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const ErasureTarget &target : targets) {
        const Result<ErasureOutcome> outcome =
            ErasureService(file->database()).erase(target.kind, target.code);
        if (!outcome) {
            problems.append(target.code + u": "_s + outcome.error().message);
            continue;
        }
        ++erased;
        if (outcome->compactProblem)
            problems.append(target.code + u": "_s + outcome->compactProblem->message);
        const Result<int> backups =
            ErasureService::eraseFromBackups(file->session().backups(), target.kind, target.code);
        if (!backups)
            problems.append(target.code + u": "_s + backups.error().message);
    }
    QApplication::restoreOverrideCursor();
    DataFile *shown = file.get();
    window.adoptFile(std::move(file));
    shown->notifyChanged(RecordKind::Client);
    shown->notifyChanged(RecordKind::Provider);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Erasure"),
                        tr("%n of %1 people erased; there were problems.", nullptr, int(erased))
                            .arg(targets.size()),
                        QMessageBox::Ok, &window);
        box.setObjectName(u"erasureProblems"_s);
        box.setDetailedText(problems.join(u'\n'));
        box.setInformativeText(problems.constFirst());
        box.exec();
        return false;
    }
    window.statusBar()->showMessage(tr("%n person(s) erased.", nullptr, int(erased)), 10000);
    return true;
}

} // namespace wzsw
