#pragma once

#include "storage/retentionqueries.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace wzsw {

class MainWindow;

/// Privacy > Past the retention period...: the people whose relation ended longer ago than the
/// file's retention period and who are not erased yet, with the offer to erase the chosen ones
/// (ErasureFlow, with its confirmation).
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(MainWindow &window);

    void reload();
    QTableWidget *table() const { return m_table; }
    QPushButton *eraseButton() const { return m_erase; }

private:
    void eraseChosen();
    void updateButtons();

    MainWindow &m_window;
    QList<RetentionDue> m_due;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_erase;
};

} // namespace wzsw
