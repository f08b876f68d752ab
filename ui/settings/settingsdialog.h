#pragma once

#include "domain/enums.h"

#include <QDialog>

class QComboBox;

namespace wzsw {

/// Edit > Preferences: the language of the program. A change applies at once, to every window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    Language language() const;
    QComboBox *languageBox() const { return m_language; }
    /// Stores the choices in the preferences (which switch the language).
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace wzsw
