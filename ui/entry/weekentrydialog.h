#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace wzsw {

class DataFile;
class PersonPicker;
class WeekEntryDelegate;
class WeekEntryModel;
class WeekEntryView;

/// "Week invoeren": a week's deliveries of one provider or one client typed in a grid without
/// the mouse. Each row is checked by core's rules as it is left and a broken row shows its
/// message in the row; Save stores all rows in one transaction as one undoable command, and
/// nothing while a row is broken.
class WeekEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WeekEntryDialog(DataFile &file, QWidget *parent = nullptr);

    /// Opens the dialog, window-modal, deleting itself when closed.
    static void open(DataFile &file, QWidget *parent);

    WeekEntryModel *model() const { return m_model; }
    WeekEntryView *view() const { return m_view; }
    PersonPicker *subjectPicker() const;
    QString statusText() const;

public slots:
    void save();
    void reject() override;

private:
    void chooseKind();
    void chooseSubject();
    void moveWeek(int weeks);
    void showWeek();
    void updateSave();
    void rowLeft(int row);
    void focusRow(int row);

    DataFile &m_file;
    WeekEntryModel *m_model;
    WeekEntryView *m_view;
    WeekEntryDelegate *m_delegate;
    QComboBox *m_kind;
    PersonPicker *m_provider;
    PersonPicker *m_client;
    QLabel *m_week;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace wzsw
