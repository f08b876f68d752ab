#include "exchange/fileimport.h"

#include "exchange/importcontext.h"
#include "rules/violations.h"

using namespace Qt::StringLiterals;

namespace wzsw {

FileImport::FileImport(const ExchangeFile &file, ImportContext &context)
    : m_context(context), m_file(file), m_fieldOf(file.columns.size(), -1)
{}

bool FileImport::readHeader(const CsvRecord &header, const QString &source)
{
    m_source = source;
    m_fieldCount = header.fields.size();
    bool readable = true;
    for (qsizetype field = 0; field < header.fields.size(); ++field) {
        const QString name = header.fields.at(field).trimmed().toLower();
        const qsizetype column = m_file.columns.indexOf(name);
        if (name.isEmpty()) {
            // Spreadsheets add these after the last column someone once touched.
            m_unnamedFields.append(field);
        } else if (column < 0) {
            report(header.line, name,
                   tr("%1 has no column \"%2\"; its columns are: %3.")
                       .arg(m_file.name, name, m_file.columns.join(u", "_s)));
            readable = false;
        } else if (m_fieldOf.at(column) >= 0) {
            report(header.line, name, tr("The column \"%1\" appears twice.").arg(name));
            readable = false;
        } else {
            m_fieldOf[column] = field;
        }
    }
    for (const int column : identifyingColumns()) {
        if (m_fieldOf.at(column) < 0) {
            report(header.line, m_file.columns.at(column),
                   tr("The column \"%1\" is missing: it says which record a row is about.")
                       .arg(m_file.columns.at(column)));
            readable = false;
        }
    }
    return readable;
}

Status FileImport::row(const CsvRecord &record)
{
    if (record.fields.size() != m_fieldCount) {
        report(record.line, QString(),
               tr("This row has %1 cells where the header has %2. Is a text with the "
                  "separator or a line break not in quotes?")
                   .arg(record.fields.size())
                   .arg(m_fieldCount));
        m_context.stopWriting();
        return {};
    }
    for (const qsizetype field : std::as_const(m_unnamedFields)) {
        if (!record.fields.at(field).trimmed().isEmpty()) {
            report(record.line, QString(),
                   tr("This row has a value in column %1, which has no name in the header.")
                       .arg(field + 1));
            return {};
        }
    }
    return readRow(record);
}

void FileImport::report(qint64 line, const QList<RuleViolation> &violations)
{
    for (const RuleViolation &v : violations)
        report(line, v.field, v.message);
}

void FileImport::report(qint64 line, const QString &column, const QString &message)
{
    m_context.problems().add(ImportProblem{m_source, line, column, message});
    m_context.stopWriting();
}

} // namespace wzsw
