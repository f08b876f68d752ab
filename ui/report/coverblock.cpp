#include "report/coverblock.h"

#include "report/reportprivacy.h"
#include "report/reportstyle.h"
#include "report/textwrap.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace wzsw::report {

namespace {

constexpr double factLabelWidth = 110;

QString comparisonName(const ReportFormat &f, ComparisonKind kind)
{
    switch (kind) {
    case ComparisonKind::Interim1:
        return f.text(u"Eerste tussenrapportage", u"First interim report");
    case ComparisonKind::PreviousMonth:
        return f.text(u"Vorige maand", u"Month before");
    case ComparisonKind::YearToDate:
        return f.text(u"Jaar tot nu", u"Year to date");
    }
    return {};
}

} // namespace

CoverBlock::CoverBlock(const ReportData &data, const ReportFormat &format,
                       const QList<ContentsEntry> &contents)
    : m_data(data), m_f(format), m_contents(contents)
{}

void CoverBlock::layout(double width)
{
    m_width = width;
    m_height = style::contentRect().height();
}

QString CoverBlock::scopeTitle() const
{
    if (m_data.isRegion())
        return m_f.text(u"Regio (%1 gemeenten)", u"Region (%1 municipalities)")
            .arg(m_data.byMunicipality.size());
    return m_f.text(u"Gemeente %1", u"Municipality of %1").arg(m_data.scopeName);
}

void CoverBlock::paint(QPainter &painter, QPointF topLeft, int, int) const
{
    const double left = topLeft.x();
    double y = topLeft.y() + 30;

    painter.setPen(style::muted);
    const QFont organisation = style::font(style::subheadingSize);
    drawLine(painter, u"Wonen Zorg Service in de Wijk"_s, organisation, left, y, m_width);
    y += lineHeight(organisation) + 10;

    painter.setPen(style::text);
    const QFont title = style::font(style::titleSize, style::Weight::Bold);
    for (const QString &line :
         wrapText(reportKindTitle(m_data.kind, m_f.language()), title, m_width)) {
        drawLine(painter, line, title, left, y, m_width);
        y += lineHeight(title);
    }
    const QFont scope = style::font(style::headingSize);
    drawLine(painter, scopeTitle(), scope, left, y + 4, m_width);
    y += lineHeight(scope) + 4;
    if (m_data.isRegion()) {
        QStringList names;
        for (const MunicipalityFigures &m : m_data.byMunicipality)
            names.append(m.name);
        painter.setPen(style::muted);
        const QFont list = style::font(style::bodySize);
        for (const QString &line : wrapText(names.join(u", "_s), list, m_width)) {
            drawLine(painter, line, list, left, y, m_width);
            y += lineHeight(list);
        }
    }
    y += 14;
    painter.setPen(QPen(style::rule, 1.2));
    painter.drawLine(QPointF(left, y), QPointF(left + m_width, y));
    y = paintFacts(painter, left, y + 14);
    y = paintHeadlines(painter, left, y + 22);
    paintContents(painter, left, y + 30);
    paintNote(painter, left, topLeft.y() + m_height);
}

double CoverBlock::paintFacts(QPainter &painter, double left, double y) const
{
    QList<std::pair<QString, QString>> facts{
        {m_f.text(u"Periode", u"Period"), m_f.period(m_data.period)}};
    for (const ComparisonFigures &c : m_data.comparisons)
        facts.append({m_f.text(u"Ter vergelijking", u"For comparison"),
                      comparisonName(m_f, c.kind) + u": "_s + m_f.period(c.period)});
    facts.append({m_f.text(u"Datum", u"Date"), m_f.longDate(m_data.generatedAt.date())});
    if (!m_data.projectLeader.isEmpty())
        facts.append({m_f.text(u"Opgesteld door", u"Written by"),
                      m_data.projectLeader + m_f.text(u", projectleider", u", project leader")});

    const QFont label = style::font(style::bodySize, style::Weight::Bold);
    const QFont value = style::font(style::bodySize + 1);
    for (const auto &[name, text] : facts) {
        painter.setPen(style::muted);
        drawLine(painter, name, label, left, y + 1, factLabelWidth);
        painter.setPen(style::text);
        for (const QString &line : wrapText(text, value, m_width - factLabelWidth)) {
            drawLine(painter, line, value, left + factLabelWidth, y, m_width - factLabelWidth);
            y += lineHeight(value);
        }
        y += 3;
    }
    return y;
}

// Four figures a reader looks for first, large, in framed tiles.
double CoverBlock::paintHeadlines(QPainter &painter, double left, double y) const
{
    const Measures &m = m_data.measures;
    const std::pair<QString, QString> tiles[] = {
        {m_f.count(m.clientsServed), m_f.text(u"cliënten bediend", u"clients served")},
        {m_f.count(m.providersActive), m_f.text(u"dienstverleners actief", u"providers active")},
        {m_f.count(m.deliveries), m_f.text(u"geleverde diensten", u"deliveries")},
        {m_f.hours(m.deliveryQuarterHours), m_f.text(u"uren geleverd", u"hours delivered")},
    };
    const double gap = 10;
    const double tileWidth = (m_width - 3 * gap) / 4;
    const double tileHeight = 62;
    const QFont number = style::font(20, style::Weight::Bold);
    const QFont caption = style::font(style::tableSize);
    for (int i = 0; i < 4; ++i) {
        const QRectF tile(left + i * (tileWidth + gap), y, tileWidth, tileHeight);
        painter.setPen(QPen(style::rule, 0.8));
        painter.setBrush(style::shade);
        painter.drawRect(tile);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(style::text);
        drawLine(painter, tiles[i].first, number, tile.left(), tile.top() + 10, tile.width(),
                 Qt::AlignHCenter);
        painter.setPen(style::muted);
        drawLine(painter, tiles[i].second, caption, tile.left(), tile.top() + 40, tile.width(),
                 Qt::AlignHCenter);
    }
    return y + tileHeight;
}

void CoverBlock::paintContents(QPainter &painter, double left, double y) const
{
    const QFont heading = style::font(style::subheadingSize, style::Weight::Bold);
    const QFont entry = style::font(style::bodySize + 1);
    painter.setPen(style::text);
    drawLine(painter, m_f.text(u"Inhoud", u"Contents"), heading, left, y, m_width);
    y += lineHeight(heading) + 4;
    const double numberWidth = 40;
    for (qsizetype i = 0; i < m_contents.size(); ++i) {
        const ContentsEntry &e = m_contents[i];
        painter.setPen(style::text);
        drawLine(painter, QString::number(i + 1) + u"   "_s + e.title, entry, left, y,
                 m_width - numberWidth);
        drawLine(painter, QString::number(e.page), entry, left + m_width - numberWidth, y,
                 numberWidth, Qt::AlignRight);
        painter.setPen(QPen(style::lightRule, 0.4, Qt::DotLine));
        const double textEnd =
            left +
            QFontMetricsF(entry).horizontalAdvance(QString::number(i + 1) + u"   "_s + e.title) + 6;
        const double baseline = y + lineHeight(entry) * 0.75;
        painter.drawLine(QPointF(textEnd, baseline),
                         QPointF(left + m_width - numberWidth + 10, baseline));
        y += lineHeight(entry) + 2;
    }
}

void CoverBlock::paintNote(QPainter &painter, double left, double bottom) const
{
    const QFont note = style::font(style::tableSize);
    const QString text =
        m_f.text(u"Vertrouwelijk. Dit rapport bevat alleen totalen, geen gegevens over personen. ",
                 u"Confidential. This report holds totals only, no data about persons. ") +
        smallCountNote(m_f, false);
    const QStringList lines = wrapText(text, note, m_width - 16);
    const double height = lineHeight(note) * double(lines.size()) + 12;
    const QRectF box(left, bottom - height, m_width, height);
    painter.setPen(QPen(style::rule, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.setPen(style::text);
    double y = box.top() + 6;
    for (const QString &line : lines) {
        drawLine(painter, line, note, left + 8, y, m_width - 16);
        y += lineHeight(note);
    }
}

} // namespace wzsw::report
