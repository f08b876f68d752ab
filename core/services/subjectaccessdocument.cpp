// The two renderings of a subject access report: a readable HTML document and CSV files.
#include "csv/csvwriter.h"
#include "rules/violations.h"
#include "services/subjectaccess.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QString cell(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

void appendFields(QString &html, const AccessSection &section)
{
    html += u"<table class=\"fields\">\n"_s;
    const QStringList &values = section.rows.front();
    for (qsizetype i = 0; i < section.columns.size(); ++i)
        html += u"<tr><th>"_s + cell(fieldLabel(section.columns.at(i))) + u"</th><td>"_s +
                cell(values.value(i)) + u"</td></tr>\n"_s;
    html += u"</table>\n"_s;
}

void appendTable(QString &html, const AccessSection &section, const QString &none)
{
    if (section.rows.isEmpty()) {
        html += u"<p>"_s + cell(none) + u"</p>\n"_s;
        return;
    }
    html += u"<table>\n<tr>"_s;
    for (const QString &column : section.columns)
        html += u"<th>"_s + cell(fieldLabel(column)) + u"</th>"_s;
    html += u"</tr>\n"_s;
    for (const QStringList &row : section.rows) {
        html += u"<tr>"_s;
        for (const QString &value : row)
            html += u"<td>"_s + cell(value) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    html += u"</table>\n"_s;
}

Status saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(
            Error::Kind::Io,
            SubjectAccessReport::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

Status saveCsv(const QString &path, const AccessSection &section, const CsvDialect &dialect)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            Error::Kind::Io,
            SubjectAccessReport::tr("%1 could not be written: %2").arg(path, file.errorString()));
    CsvWriter csv(&file, dialect);
    csv.writeRow(section.columns);
    for (const QStringList &row : section.rows)
        csv.writeRow(row);
    if (Status status = csv.finish(); !status)
        return status;
    if (!file.commit())
        return Error::make(
            Error::Kind::Io,
            SubjectAccessReport::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString SubjectAccessReport::html() const
{
    const QString heading = entity == u"client"_s ? tr("Data held on client %1").arg(code)
                                                  : tr("Data held on provider %1").arg(code);
    QString html = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s +
                   cell(heading) +
                   u"</title>\n<style>\nbody { font-family: sans-serif; font-size: 10pt; }\n"
                   u"table { border-collapse: collapse; margin-bottom: 1em; }\n"
                   u"th, td { border: 1px solid #888; padding: 2px 6px; text-align: left; "
                   u"vertical-align: top; }\n"
                   u"table.fields th { width: 14em; }\n</style>\n</head>\n<body>\n<h1>"_s +
                   cell(heading) + u"</h1>\n<p>"_s +
                   cell(tr("Everything this data file holds on this person (AVG article 15), "
                           "compiled on %1 by %2.")
                            .arg(madeAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), madeBy)) +
                   u"</p>\n"_s;
    for (const AccessSection &section : sections) {
        html += u"<h2>"_s + cell(section.title) + u"</h2>\n"_s;
        if (&section == &sections.front())
            appendFields(html, section);
        else
            appendTable(html, section, tr("None."));
    }
    html += u"</body>\n</html>\n"_s;
    return html;
}

Result<QStringList> SubjectAccessReport::writeFiles(const QString &folder,
                                                    const CsvDialect &dialect) const
{
    if (!QDir().mkpath(folder))
        return Error::make(Error::Kind::Io, tr("The folder %1 could not be made.").arg(folder));
    const QDir dir(folder);
    QStringList written;
    const QString document = dir.filePath(code + u".html"_s);
    if (Status status = saveBytes(document, html().toUtf8()); !status)
        return status.error();
    written.append(document);
    for (const AccessSection &section : sections) {
        const QString path = dir.filePath(code + u'-' + section.name + u".csv"_s);
        if (Status status = saveCsv(path, section, dialect); !status)
            return status.error();
        written.append(path);
    }
    return written;
}

} // namespace wzsw
