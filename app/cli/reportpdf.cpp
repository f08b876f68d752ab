// wzsw-cli report --pdf: the printed report through the same renderer the desktop program
// prints with, drawn headless.
#include "reportpdf.h"

#include "commandline.h"
#include "common/values.h"
#include "report/renderingapplication.h"
#include "report/reportrenderer.h"
#include "services/reportservice.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSaveFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

struct ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::ReportPdf)
};

} // namespace

bool wantsPdf(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "report") != 0)
        return false;
    for (int i = 2; i < argc; ++i)
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> makePdfApplication(int &argc, char **argv)
{
    return makeRenderingApplication(argc, argv);
}

int writeReportPdf(Database &db, const ReportData &report, Language language, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ReportPdf::tr("%1 could not be written: %2").arg(path, file.errorString()));
    const ReportRenderer renderer(report, ReportNarrative{}, language);
    if (const Status drawn = renderer.writePdf(file); !drawn) {
        file.cancelWriting();
        return fail(drawn.error());
    }

    WriteTransaction tx(db);
    if (!tx.ok()) {
        file.cancelWriting();
        return fail(tx.error());
    }
    AuditEntry entry = ReportService::printedEntry(report);
    if (const Status logged = AuditRepository(db).append(entry); !logged) {
        file.cancelWriting();
        return fail(logged.error());
    }
    if (!file.commit())
        return fail(ReportPdf::tr("%1 could not be written: %2").arg(path, file.errorString()));
    if (const Status committed = tx.commit(); !committed) {
        QFile::remove(path); // printed but not recorded: take the print back
        return fail(committed.error());
    }
    print(ReportPdf::tr("Wrote %1 (%n page(s)).", nullptr, renderer.pageCount()).arg(path));
    return Done;
}

} // namespace wzsw::cli
