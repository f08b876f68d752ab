#include "safety/retentiondialog.h"

#include "safety/erasureflow.h"
#include "services/privacysettings.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

RetentionDialog::RetentionDialog(MainWindow &window)
    : QDialog(&window), m_window(window), m_intro(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(u"retentionDialog"_s);
    setWindowTitle(tr("Past the retention period"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(u"retentionTable"_s);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Code"), tr("Relation ended")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_erase = buttons->addButton(tr("&Erase the chosen..."), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(u"eraseChosenButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, &RetentionDialog::eraseChosen);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RetentionDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    reload();
    resize(560, 420);
}

void RetentionDialog::reload()
{
    m_table->setRowCount(0);
    m_due.clear();
    DataFile *file = m_window.dataFile();
    if (!file)
        return;
    PrivacySettings settings(file->database());
    const Result<int> years = settings.retentionYears();
    Result<QList<RetentionDue>> due = settings.pastRetention();
    if (!years || !due) {
        m_intro->setText(!years ? years.error().message : due.error().message);
        updateButtons();
        return;
    }
    m_due = std::move(due).value();
    QString intro = tr("Data is kept %n year(s) after the relation ends (Privacy > Privacy "
                       "settings). These people are past that and not erased yet:",
                       nullptr, *years);
    if (m_due.isEmpty())
        intro += u' ' + tr("nobody.");
    m_intro->setText(intro);
    m_table->setRowCount(int(m_due.size()));
    for (int row = 0; row < m_due.size(); ++row) {
        const RetentionDue &person = m_due.at(row);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(person.kind == PersonKind::Client ? tr("Client")
                                                                                : tr("Provider")));
        m_table->setItem(row, 1, new QTableWidgetItem(person.code));
        m_table->setItem(
            row, 2,
            new QTableWidgetItem(QLocale().toString(person.relationEnded, QLocale::ShortFormat)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void RetentionDialog::updateButtons()
{
    const DataFile *file = m_window.dataFile();
    m_erase->setEnabled(file && !file->isReadOnly() &&
                        !m_table->selectionModel()->selectedRows().isEmpty());
}

void RetentionDialog::eraseChosen()
{
    QList<ErasureTarget> targets;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const RetentionDue &person = m_due.at(index.row());
        targets.append({person.kind, person.code});
    }
    ErasureFlow::confirmAndErase(m_window, targets);
    reload();
}

} // namespace wzsw
