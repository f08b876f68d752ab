#pragma once

#include "safety/autobackup.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace wzsw {

class MainWindow;

/// Picks the backup to restore: the automatic backups of the open file, newest first, or any
/// other backup file chosen from disk.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QList<BackupFile> &backups, QWidget *parent = nullptr);

    /// The chosen backup file; empty when none.
    QString chosenPath() const;

private:
    void chooseOtherFile();

    QListWidget *m_list;
    QPushButton *m_restore;
    QString m_otherFile;
};

/// File > Restore a backup...: asks which backup, confirms, and puts it in the place of the
/// open data file (core's DataFileSession::restoreFrom: the backup checked, the current file
/// kept aside as `name.before-restore-<time>.wzsw`, the restore written to the audit log),
/// then shows the restored file. The undo history goes: it belongs to the replaced file.
class RestoreFlow
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::RestoreFlow)

public:
    static void run(MainWindow &window);
    /// The part after the dialogs: restores `backup` into the window's open file and reopens
    /// it. False (after telling the person) when that failed.
    static bool restore(MainWindow &window, const QString &backup);
};

} // namespace wzsw
