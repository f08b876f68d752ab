#pragma once

#include "common/result.h"
#include "exchange/exporter.h"
#include "shell/page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wzsw {

/// The Export page: a profile of spec/exchange-csv.md (participation, wmo, neighbourhoods,
/// agreements, exchange) for a period, a municipality or the region, a recipient and a dialect,
/// with names or BSNs only after a confirmation with a reason (DisclosureDialog). Preview shows
/// the first rows exactly as the file will hold them; Save asks where, then writes with a
/// progress dialog whose Cancel leaves no file. Options a profile does not take are disabled,
/// and what the profile refuses is said above the buttons.
class ExportPage : public Page
{
    Q_OBJECT

public:
    static constexpr int previewRows = 50;

    explicit ExportPage(QWidget *parent = nullptr);

    PageId pageId() const override { return PageId::Export; }
    QString title() const override;
    void setDataFile(DataFile *file) override;
    void activate() override;

    /// The request the form describes now (the reason is asked when saving).
    ExportRequest request() const;
    const ExportProfile *profile() const;

    /// Fills the preview table; false (and a message) when the export is not possible.
    bool showPreview();
    /// Writes the export to `path` with a progress dialog; `reason` for names or BSNs.
    Result<ExportSummary> saveTo(const QString &path, const QString &reason);

    QComboBox *profileBox() const { return m_profile; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *dialectBox() const { return m_dialect; }
    QCheckBox *projectPeriodBox() const { return m_projectPeriod; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *recipientField() const { return m_recipient; }
    QCheckBox *namesBox() const { return m_withNames; }
    QCheckBox *bsnBox() const { return m_withBsn; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

protected:
    void retranslate() override;

private:
    void buildForm();
    void fillScopes();
    void profileChanged();
    void updateState();
    void save();

    DataFile *m_file = nullptr;
    QLabel *m_heading;
    QComboBox *m_profile;
    QLabel *m_description;
    QCheckBox *m_projectPeriod;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_scope;
    QLineEdit *m_recipient;
    QComboBox *m_dialect;
    QCheckBox *m_withNames;
    QCheckBox *m_withBsn;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_save;
    QTableWidget *m_preview;
};

} // namespace wzsw
