#include "reportpage/reportchooser.h"

#include "domain/enums.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

constexpr std::array kinds{ReportKind::Interim1, ReportKind::Interim2, ReportKind::Final,
                           ReportKind::Monthly};

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd-MM-yyyy"_s);
    edit->setDate(QDate::currentDate());
    return edit;
}

} // namespace

ReportChooser::ReportChooser(QWidget *parent)
    : QWidget(parent), m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_scopeLabel(new QLabel(this)), m_scope(new QComboBox(this)), m_fromLabel(new QLabel(this)),
      m_from(dateEdit(this)), m_toLabel(new QLabel(this)), m_to(dateEdit(this))
{
    for (ReportKind kind : kinds)
        m_kind->addItem(QString(), int(kind));
    m_kind->setCurrentIndex(
        int(std::find(kinds.begin(), kinds.end(), ReportKind::Interim1) - kinds.begin()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, field] : {std::pair<QLabel *, QWidget *>{m_kindLabel, m_kind},
                                       {m_scopeLabel, m_scope},
                                       {m_fromLabel, m_from},
                                       {m_toLabel, m_to}}) {
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    }
    layout->addStretch(1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportChooser::reportChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportChooser::reportChanged);
    retranslate();
}

void ReportChooser::setMunicipalities(const QList<Municipality> &municipalities)
{
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    for (const Municipality &m : municipalities)
        m_scope->addItem(m.name + u" ("_s + m.code + u')', m.code);
    if (municipalities.size() > 1)
        m_scope->addItem(QString(), QString()); // the region, named by retranslate()
    retranslate();
}

ReportKind ReportChooser::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

void ReportChooser::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ReportChooser::municipalityCode() const
{
    return m_scope->currentData().toString();
}

bool ReportChooser::setMunicipalityCode(const QString &code)
{
    const int index = m_scope->findData(code);
    if (index < 0)
        return false;
    m_scope->setCurrentIndex(index);
    return true;
}

Period ReportChooser::period() const
{
    return {m_from->date(), m_to->date()};
}

void ReportChooser::setPeriod(const Period &period)
{
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

void ReportChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportChooser::retranslate()
{
    m_kindLabel->setText(tr("&Report:"));
    m_scopeLabel->setText(tr("&For:"));
    m_fromLabel->setText(tr("F&rom:"));
    m_toLabel->setText(tr("&To:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(
            i, reportKindTitle(ReportKind(m_kind->itemData(i).toInt()), displayLanguage()));
    const int region = m_scope->findData(QString());
    if (region >= 0)
        m_scope->setItemText(region, tr("The region (every municipality)"));
    m_kind->setAccessibleName(tr("Kind of report"));
    m_scope->setAccessibleName(tr("Municipality or region"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
}

} // namespace wzsw
