#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace wzsw {

class AuditLogFilter;
class AuditLogModel;
class DataFile;

/// The audit log viewer (Privacy > Audit log...): the entries of a period, filtered by user,
/// action and record, and whether the log's hash chain is unbroken.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(DataFile &file, QWidget *parent = nullptr);

    static void showFor(DataFile &file, QWidget *parent);

    /// Loads the entries of the chosen days again (also after the period changed).
    void reload();

    AuditLogModel *model() const { return m_model; }
    AuditLogFilter *filter() const { return m_filter; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *userBox() const { return m_user; }
    QComboBox *actionBox() const { return m_action; }
    QLineEdit *recordEdit() const { return m_record; }
    QTableView *view() const { return m_view; }

private:
    void fillChoices();
    void updateCount();

    DataFile &m_file;
    AuditLogModel *m_model;
    AuditLogFilter *m_filter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_user;
    QComboBox *m_action;
    QLineEdit *m_record;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_chain;
};

} // namespace wzsw
