#pragma once

#include "storage/checkqueries.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wzsw {

class MainWindow;

/// Privacy > Everything held on a person...: asks for the person and a folder, then writes
/// core's subject access report there (a readable HTML document and one CSV file per part,
/// each through QSaveFile) and records it in the audit log (AVG art. 15).
class SubjectAccessFlow
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::SubjectAccessFlow)

public:
    static void run(MainWindow &window);
    /// Writes the report on `code` into `folder`; the written files, or the error (shown to
    /// the person already).
    static QStringList write(MainWindow &window, PersonKind kind, const QString &code,
                             const QString &folder);
};

} // namespace wzsw
