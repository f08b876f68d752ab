#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace wzsw {

class MainWindow;

/// Privacy > Privacy settings...: the data file's retention period and its BSN switch (core's
/// PrivacySettings; each change is written to the audit log). Switching BSNs off removes every
/// stored BSN for good, after a confirmation.
class PrivacySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrivacySettingsDialog(MainWindow &window);

    QSpinBox *yearsBox() const { return m_years; }
    QCheckBox *bsnBox() const { return m_bsns; }

    void accept() override;

private:
    MainWindow &m_window;
    QSpinBox *m_years;
    QCheckBox *m_bsns;
    int m_storedYears = 0;
    bool m_storedBsns = true;
};

} // namespace wzsw
