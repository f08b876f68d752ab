// The child of the crash-safety test: commits numbered case notes through the program's own
// path (NoteService: the note and its audit entry in one WriteTransaction, synchronous=FULL)
// as fast as it can, and writes "committed N" on stdout after each COMMIT has returned, until
// it is killed.
//
//     wzsw_crash_writer FILE CLIENT_ID FIRST_NUMBER
#include "services/noteservice.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <cstdio>
#include <random>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wzsw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: wzsw_crash_writer FILE CLIENT_ID FIRST_NUMBER\n", stderr);
        return 2;
    }
    Result<std::unique_ptr<Database>> db = Database::open(arguments.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const Id clientId = arguments.at(2).toLongLong();
    NoteService notes(**db);
    // Notes of varying length, some spilling onto overflow pages, so a kill finds the file in
    // many different states: between pages of one row, between table and index, mid-journal.
    std::mt19937 random(unsigned(QCoreApplication::applicationPid()));
    std::uniform_int_distribution<int> padding(0, 6000);
    for (qint64 number = arguments.at(3).toLongLong();; ++number) {
        ContactNote note;
        note.clientId = clientId;
        note.date = QDate(2025, 1, 1);
        note.text =
            u"crash note "_s + QString::number(number) + u'|' + QString(padding(random), u'x');
        if (const Status status = notes.save(note); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().fullText()));
            return 1;
        }
        // write(2) straight to the pipe: no buffer in this process that a kill could lose
        // after the line was "printed".
        char line[48];
        const int length = std::snprintf(line, sizeof line, "committed %lld\n", number);
        if (::write(STDOUT_FILENO, line, size_t(length)) != length)
            return 1;
    }
}
