#include "records/ladderform.h"

#include "records/forminputs.h"

#include <QComboBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

QString LadderForm::levelText(int level)
{
    static const char *const names[] = {
        QT_TR_NOOP("isolated"),
        QT_TR_NOOP("social contacts outside the home"),
        QT_TR_NOOP("participation in organised activities"),
        QT_TR_NOOP("unpaid work"),
        QT_TR_NOOP("paid work with support"),
        QT_TR_NOOP("paid work"),
    };
    if (level < 1 || level > 6)
        return QString::number(level);
    return QString::number(level) + u" – "_s + tr(names[level - 1]);
}

LadderForm::LadderForm(DataFile &file, const LadderAssessment &assessment, QWidget *parent)
    : TypedForm(file, assessment, parent),
      m_provider(new PersonPicker(file.database(), RecordKind::Provider)), m_date(new DateField),
      m_level(new QComboBox)
{
    setObjectName(u"ladderForm"_s);
    for (int level = 1; level <= 6; ++level)
        m_level->addItem(levelText(level), level);
    QFormLayout *main = addSection(tr("Participation ladder"), 0);
    addField(main, u"provider_code"_s, m_provider);
    addField(main, u"date"_s, m_date);
    addField(main, u"level"_s, m_level);

    const LadderAssessment &a = start();
    m_provider->setId(a.providerId);
    m_date->setDate(a.date.isValid() ? a.date : QDate::currentDate());
    m_level->setCurrentIndex(std::max(0, m_level->findData(a.level)));
}

LadderAssessment LadderForm::value() const
{
    LadderAssessment a = start();
    a.providerId = m_provider->id();
    a.date = m_date->date();
    a.level = m_level->currentData().toInt();
    return a;
}

} // namespace wzsw
