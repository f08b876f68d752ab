#pragma once

#include "common/result.h"
#include "safety/datafilesession.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace wzsw::cli {

/// Exit status of every command (spec/cli.md): 0 done, 1 the work failed, 2 the command line
/// was wrong.
enum ExitCode
{
    Done = 0,
    Failed = 1,
    Usage = 2
};

/// A command of wzsw-cli: `wzsw-cli NAME ARGS...`.
struct Command
{
    QString name;
    QString synopsis; ///< the arguments after the name, for the overview
    const char *summary;
    std::function<int(const QStringList &arguments)> run;
};

/// Every command, in the order `wzsw-cli --help` lists them.
const QList<Command> &commands();

/// Parses one command's arguments: `--help` prints the command's help and ends with 0, a
/// wrong command line prints what is wrong and the usage on stderr and ends with 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::CommandLine)

public:
    CommandLine(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    void addOption(const QString &name, const QString &description, const QString &valueName = {});

    /// Parses; returns the exit code to end with, or nothing when the command should run.
    /// `minPositional`/`maxPositional` bound the positional arguments (-1: no upper bound).
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional);

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }

    /// An option holding an ISO date; reports a usage error (and returns false) when invalid.
    bool dateOption(const QString &name, QDate &date);
    /// An option holding a whole number >= `minimum`.
    bool integerOption(const QString &name, qint64 minimum, qint64 &number);

    /// Prints `problem` and the usage to stderr; returns Usage.
    int usageError(const QString &problem) const;

private:
    QString helpText() const;

    QString m_command;
    QCommandLineParser m_parser;
};

/// Prints a one-line reason on stderr and returns Failed.
int fail(const QString &reason);
/// Prints the error (and every rule violation) on stderr and returns Failed.
int fail(const Error &error);

/// Writes a line on stderr (an item of an error list).
void printError(const QString &line);

/// Writes a line on stdout.
void print(const QString &line);

/// Opens an existing data file or a connection string (`postgresql://...`), or prints why not
/// (a server named without its password). The plain connection, for the commands
/// that must also look at a damaged file (check, backup).
std::unique_ptr<Database> openDataFile(const QString &path,
                                       Database::Mode mode = Database::Mode::ReadWrite);

/// Opens a data file as the programs do for a person (writer lock, quick check, automatic
/// backup; see DataFileSession), or prints why not: who holds the lock, or where a damaged
/// file was moved and which backup to restore. A network drive or synchronised folder is
/// warned about on stderr. On the regional server the session is the connection alone.
std::unique_ptr<DataFileSession> openSession(const QString &path,
                                             Database::Mode mode = Database::Mode::ReadWrite);

/// Shows progress of long work on stderr, only when stderr is a terminal (spec/cli.md: nothing
/// extra when it is not, so scripts and logs stay clean).
class Progress
{
public:
    explicit Progress(QString label);
    ~Progress();
    /// Returns true (never cancels); the signature fits core's progress callbacks.
    bool update(int percent);
    std::function<bool(int)> callback()
    {
        return [this](int percent) {
            return update(percent);
        };
    }

private:
    QString m_label;
    int m_last = -1;
    bool m_enabled;
};

} // namespace wzsw::cli
