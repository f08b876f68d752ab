#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace wzsw {

class DataFile;
class MainWindow;

/// The safety and privacy commands of the main window: File > Restore a backup..., and the
/// Privacy menu (audit log, subject access, erasure, retention, privacy settings). Also tells
/// the person when the 30-minute backup fails or the file's lock was taken over.
///
/// Made once by the window (a child of it); it adds its actions to the window's menus, so the
/// shell knows nothing of them beyond this one line.
class SafetyActions : public QObject
{
    Q_OBJECT

public:
    explicit SafetyActions(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const char *objectName);
    void fileChanged(DataFile *file);
    void updateActions();
    void retranslate();

    MainWindow *m_window;
    QMenu *m_privacyMenu = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_auditLog = nullptr;
    QAction *m_subjectAccess = nullptr;
    QAction *m_erase = nullptr;
    QAction *m_retention = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace wzsw
