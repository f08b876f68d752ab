#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace wzsw {

class DataFileSession;
class MainWindow;

/// How the window opens a data file for a person: through core's safe opening
/// (DataFileSession), with a question for each refusal that offers what can be done instead.
///
/// - another program edits the file: who, since when, and the offer to open it read-only;
/// - the file or its folder is write-protected: the offer to open it read-only;
/// - the file is damaged: it was moved aside (never deleted), and the newest verified backup is
///   offered, restored in its place (audited) and opened;
/// - after opening: a warning when the file lies on a network drive or in a synchronised
///   folder, and when the backup on opening failed.
///
/// The check for damage runs in the background (DataFileSession, FileCheckTiming::InBackground):
/// the window shows the file at once and stores nothing until the check has passed; damage
/// found then runs the same flow (afterFailedCheck).
class SafeOpening
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::SafeOpening)

public:
    /// Opens `path` in `window` for editing, asking the person where needed. True when a file
    /// is open in the window afterwards (possibly read-only).
    static bool open(MainWindow &window, const QString &path);

    /// The warnings about a just-opened file (storage location, failed backup on opening), in
    /// message boxes; nothing when there is nothing to say.
    static void showWarnings(QWidget *parent, const DataFileSession &session);

    /// The file open in `window` failed its check on opening (DataFile::fileCheckFailed):
    /// nothing was written to it. Closes it and runs the flow of a damaged file as when the
    /// check runs before opening: moved aside, the newest verified backup offered. Waits while
    /// a form or dialog is open over the file: what someone typed there stays until they close
    /// it (its saves are refused, saying why).
    static void afterFailedCheck(MainWindow &window);
};

} // namespace wzsw
