#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace wzsw {

/// What the window shows while no data file is open: make a new file, open one, open the demo,
/// or pick one of the recent files.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *serverButton() const { return m_server; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void serverRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRecentFiles();
    void retranslate();

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_demo;
    QPushButton *m_server;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
};

} // namespace wzsw
