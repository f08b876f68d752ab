#include "safety/privacysettingsdialog.h"

#include "services/privacysettings.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

PrivacySettingsDialog::PrivacySettingsDialog(MainWindow &window)
    : QDialog(&window), m_window(window), m_years(new QSpinBox(this)),
      m_bsns(new QCheckBox(tr("This organisation processes &BSNs"), this))
{
    setObjectName(u"privacySettingsDialog"_s);
    setWindowTitle(tr("Privacy settings"));
    m_years->setObjectName(u"retentionYears"_s);
    m_years->setRange(PrivacySettings::minRetentionYears, PrivacySettings::maxRetentionYears);
    m_years->setSuffix(tr(" years"));
    m_bsns->setObjectName(u"processesBsns"_s);

    auto *note = new QLabel(tr("These settings belong to the data file: they hold for everyone "
                               "who opens it. When BSNs are not processed, the field is "
                               "hidden, refused on import and left out of exports."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep a person's data after the relation ends"), m_years);
    form->addRow(QString(), m_bsns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);

    DataFile *file = m_window.dataFile();
    if (!file)
        return;
    PrivacySettings settings(file->database());
    const Result<int> years = settings.retentionYears();
    const Result<bool> bsns = settings.processesBsns();
    m_storedYears = years ? *years : PrivacySettings::defaultRetentionYears;
    m_storedBsns = bsns ? *bsns : true;
    m_years->setValue(m_storedYears);
    m_bsns->setChecked(m_storedBsns);
    const bool writable = !file->isReadOnly();
    m_years->setEnabled(writable);
    m_bsns->setEnabled(writable);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(writable);
}

void PrivacySettingsDialog::accept()
{
    DataFile *file = m_window.dataFile();
    if (!file) {
        QDialog::reject();
        return;
    }
    PrivacySettings settings(file->database());
    if (m_years->value() != m_storedYears) {
        if (const Status status = settings.setRetentionYears(m_years->value()); !status) {
            QMessageBox::warning(this, windowTitle(), status.error().message);
            return;
        }
        m_storedYears = m_years->value();
    }
    if (m_bsns->isChecked() != m_storedBsns) {
        if (m_bsns->isChecked()) {
            if (const Status status = settings.setProcessesBsns(true); !status) {
                QMessageBox::warning(this, windowTitle(), status.error().message);
                return;
            }
        } else {
            QMessageBox confirm(QMessageBox::Warning, windowTitle(), tr("Stop processing BSNs?"),
                                QMessageBox::Cancel, this);
            confirm.setInformativeText(tr("Every BSN stored in this file is removed for good; "
                                          "the automatic backups still hold them until they "
                                          "are replaced by newer ones."));
            QPushButton *yes =
                confirm.addButton(tr("&Remove every BSN"), QMessageBox::DestructiveRole);
            confirm.setDefaultButton(QMessageBox::Cancel);
            confirm.exec();
            if (confirm.clickedButton() != yes)
                return;
            // Compaction needs the lists to let go of the file, as an erasure does.
            std::unique_ptr<DataFile> taken = m_window.takeFile();
            const Result<qint64> removed = PrivacySettings(taken->database()).stopProcessingBsns();
            m_window.adoptFile(std::move(taken));
            if (!removed) {
                QMessageBox::warning(this, windowTitle(), removed.error().message);
                return;
            }
            m_window.statusBar()->showMessage(
                tr("BSNs are no longer processed; %n BSN(s) removed.", nullptr, int(*removed)),
                10000);
        }
        m_storedBsns = m_bsns->isChecked();
    }
    QDialog::accept();
}

} // namespace wzsw
