#include "settings/settingsdialog.h"

#include "settings/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    // Each language in its own words, so it can be found whatever language is shown now.
    m_language->addItem(u"Nederlands"_s, int(Language::Dutch));
    m_language->addItem(u"English"_s, int(Language::English));
    m_language->setCurrentIndex(m_language->findData(int(Preferences::instance().language())));
    m_language->setAccessibleName(tr("Language"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("Dates, numbers and amounts follow the language: 14-03-2025 and "
                               "€ 1.234,50 in Dutch."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

Language SettingsDialog::language() const
{
    return Language(m_language->currentData().toInt());
}

void SettingsDialog::accept()
{
    Preferences::instance().setLanguage(language());
    QDialog::accept();
}

} // namespace wzsw
