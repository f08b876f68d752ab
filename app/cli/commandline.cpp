#include "commandline.h"

#include <QDate>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

CommandLine::CommandLine(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandLine::addPositional(const QString &name, const QString &description,
                                const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void CommandLine::addOption(const QString &name, const QString &description,
                            const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minPositional,
                                      int maxPositional)
{
    // QCommandLineParser wants the program name first; ours is "wzsw-cli COMMAND".
    if (!m_parser.parse(QStringList{u"wzsw-cli "_s + m_command} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        out() << helpText();
        out().flush();
        return Done;
    }
    const qsizetype count = positional().size();
    if (count < minPositional)
        return usageError(tr("Too few arguments."));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(tr("Too many arguments."));
    return std::nullopt;
}

bool CommandLine::dateOption(const QString &name, QDate &date)
{
    if (!isSet(name))
        return true;
    date = QDate::fromString(value(name), Qt::ISODate);
    if (!date.isValid()) {
        usageError(tr("--%1 needs a date as yyyy-mm-dd, not \"%2\".").arg(name, value(name)));
        return false;
    }
    return true;
}

bool CommandLine::integerOption(const QString &name, qint64 minimum, qint64 &number)
{
    if (!isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = value(name).toLongLong(&ok);
    if (!ok || parsed < minimum) {
        usageError(tr("--%1 needs a whole number of at least %2, not \"%3\".")
                       .arg(name)
                       .arg(minimum)
                       .arg(value(name)));
        return false;
    }
    number = parsed;
    return true;
}

int CommandLine::usageError(const QString &problem) const
{
    err() << u"wzsw-cli "_s << m_command << u": "_s << problem << u'\n';
    err() << helpText();
    err().flush();
    return Usage;
}

QString CommandLine::helpText() const
{
    // Qt names the program by its path; people know it as "wzsw-cli COMMAND".
    QString text = m_parser.helpText();
    text.replace(QCoreApplication::arguments().constFirst(), u"wzsw-cli "_s + m_command);
    text.remove(u"  --help-all             Displays help including Qt specific options.\n"_s);
    return text;
}

int fail(const QString &reason)
{
    err() << u"wzsw-cli: "_s << reason << u'\n';
    err().flush();
    return Failed;
}

int fail(const Error &error)
{
    return fail(error.fullText());
}

void printError(const QString &line)
{
    err() << line << u'\n';
    err().flush();
}

void print(const QString &line)
{
    out() << line << u'\n';
    out().flush();
}

std::unique_ptr<Database> openDataFile(const QString &path, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, mode);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

std::unique_ptr<DataFileSession> openSession(const QString &path, Database::Mode mode)
{
    if (mode == Database::Mode::ReadWrite && DataFileSession::willUpdate(path))
        printError(CommandLine::tr("wzsw-cli: %1 was made by an older version of the program and "
                                   "is updated now, after a check and a backup.")
                       .arg(path));
    SessionOpening opening = DataFileSession::open(path, mode);
    if (!opening) {
        fail(opening.refusal.error);
        return nullptr;
    }
    if (const std::optional<StorageWarning> &warning = opening.session->storageWarning())
        printError(CommandLine::tr("wzsw-cli: warning: %1").arg(warning->message));
    if (const std::optional<Error> &problem = opening.session->backupProblem())
        printError(CommandLine::tr("wzsw-cli: warning: no automatic backup was made: %1")
                       .arg(problem->message));
    return std::move(opening.session);
}

Progress::Progress(QString label) : m_label(std::move(label)), m_enabled(isatty(fileno(stderr)))
{}

Progress::~Progress()
{
    if (m_enabled && m_last >= 0) {
        err() << u'\n';
        err().flush();
    }
}

bool Progress::update(int percent)
{
    if (!m_enabled || percent == m_last)
        return true;
    m_last = percent;
    err() << u'\r' << m_label << u' ' << percent << u'%';
    err().flush();
    return true;
}

} // namespace wzsw::cli
