// The sections of the printed report that are mostly text: the agreements and the narrative.
#include "report/reportsections.h"
#include "report/reportstyle.h"
#include "report/tableblock.h"
#include "report/textblocks.h"

using namespace Qt::StringLiterals;

namespace wzsw::report {

std::unique_ptr<Block> bodyText(const QString &text, double spaceBefore)
{
    return std::make_unique<ParagraphBlock>(
        text, ParagraphBlock::Style{style::font(style::bodySize), style::text, spaceBefore});
}

std::unique_ptr<Block> introText(const QString &text)
{
    return std::make_unique<ParagraphBlock>(
        text, ParagraphBlock::Style{style::font(style::bodySize), style::text, 0, true});
}

std::unique_ptr<Block> noteText(const QString &text, double spaceBefore)
{
    return std::make_unique<ParagraphBlock>(
        text, ParagraphBlock::Style{style::font(style::smallSize, style::Weight::Normal, true),
                                    style::muted, spaceBefore});
}

void addAgreements(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    blocks.push_back(std::make_unique<HeadingBlock>(
        f.text(u"Samenwerkingsafspraken", u"Partner agreements"), 1));
    blocks.push_back(
        introText(f.text(u"De getekende afspraken met partners die in de periode van kracht waren.",
                         u"The signed agreements with partners in force during the period.")));
    if (data.agreements.isEmpty()) {
        blocks.push_back(noteText(f.text(u"Er waren in deze periode geen actieve afspraken.",
                                         u"There were no active agreements in this period.")));
        return;
    }
    const QString none = u"–"_s;
    const auto date = [&f, &none](const QDate &d) -> QString {
        return d.isValid() ? f.shortDate(d) : none;
    };
    QList<TableRow> rows;
    for (const AgreementRow &a : data.agreements) {
        TableRow row{{{a.partnerName},
                      {a.title},
                      {date(a.startDate)},
                      {date(a.endDate)},
                      {date(a.reviewDate)},
                      {a.expiring ? f.text(u"loopt af", u"expiring") : QString()}},
                     a.expiring ? TableRow::Kind::Flagged : TableRow::Kind::Normal};
        rows.append(row);
    }
    QList<TableColumn> columns{
        {{f.text(u"Partner", u"Partner")}, Qt::AlignLeft, true},
        {{f.text(u"Afspraak", u"Agreement")}, Qt::AlignLeft, true},
        {{f.text(u"Ingang", u"Start")}, Qt::AlignLeft, false},
        {{f.text(u"Einde", u"End")}, Qt::AlignLeft, false},
        {{f.text(u"Evaluatie", u"Review")}, Qt::AlignLeft, false},
        {{QString()}, Qt::AlignLeft, false},
    };
    const QString note = f.text(u"Loopt af: de einddatum of de evaluatiedatum ligt binnen 60 "
                                u"dagen na het eind van de periode (%1).",
                                u"Expiring: the end date or review date lies within 60 days "
                                u"after the end of the period (%1).")
                             .arg(f.shortDate(data.period.to.addDays(60)));
    blocks.push_back(std::make_unique<TableBlock>(columns, rows, QStringList{note}));
}

void addNarrative(Blocks &blocks, const ReportNarrative &narrative, const ReportFormat &f)
{
    blocks.push_back(
        std::make_unique<HeadingBlock>(f.text(u"Toelichting", u"Commentary"), 1, false));
    const std::pair<QString, QString> sections[] = {
        {f.text(u"Wat werkt", u"What works"), narrative.whatWorks},
        {f.text(u"Wat werkt niet", u"What does not work"), narrative.whatDoesNotWork},
        {f.text(u"Volgende stappen", u"Next steps"), narrative.nextSteps},
    };
    for (const auto &[title, text] : sections) {
        blocks.push_back(std::make_unique<HeadingBlock>(title, 2));
        if (text.trimmed().isEmpty())
            blocks.push_back(noteText(f.text(u"Nog niet ingevuld.", u"Not written yet."), 0));
        else
            blocks.push_back(bodyText(text, 0));
    }
}

} // namespace wzsw::report
