#include "person/timelinetext.h"

#include "records/ladderform.h"
#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// "what – remark", or only "what" when there is no remark.
QString withRemark(const QString &what, const QString &remark)
{
    const QString line = TimelineText::firstLine(remark);
    return line.isEmpty() ? what : what + u" – "_s + line;
}

} // namespace

QString TimelineText::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Trajectory:
        return tr("Trajectory");
    case RecordKind::LadderAssessment:
        return tr("Ladder step");
    case RecordKind::Request:
        return tr("Request");
    case RecordKind::Delivery:
        return tr("Delivery");
    case RecordKind::ContactNote:
        return tr("Case note");
    default:
        return {};
    }
}

QString TimelineText::firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).simplified();
}

QString TimelineText::description(const TimelineEntry &entry, RecordKind personKind)
{
    const bool onClient = personKind == RecordKind::Client;
    switch (entry.kind) {
    case RecordKind::Trajectory:
        return capitalized(
            tr("%1, %2").arg(label(entry.trajectoryType), label(entry.trajectoryStatus)));
    case RecordKind::LadderAssessment:
        return LadderForm::levelText(entry.level);
    case RecordKind::Request: {
        const QString status = label(entry.requestStatus);
        QString what;
        if (!onClient)
            what = tr("%1 for %2, %3").arg(entry.serviceType, entry.otherCode, status);
        else if (entry.otherCode.isEmpty())
            what = tr("%1, %2").arg(entry.serviceType, status);
        else
            what = tr("%1, %2, provider %3").arg(entry.serviceType, status, entry.otherCode);
        return withRemark(what, entry.text);
    }
    case RecordKind::Delivery: {
        const QString hours = display::hours(entry.quarterHours);
        const QString what =
            onClient ? tr("%1, %2 h, by %3").arg(entry.serviceType, hours, entry.otherCode)
                     : tr("%1, %2 h, for %3").arg(entry.serviceType, hours, entry.otherCode);
        return withRemark(what, entry.text);
    }
    case RecordKind::ContactNote: {
        const QString line = firstLine(entry.text);
        return entry.author.isEmpty() ? line : tr("%1: %2").arg(entry.author, line);
    }
    default:
        return {};
    }
}

} // namespace wzsw
