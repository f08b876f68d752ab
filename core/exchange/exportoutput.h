#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QIODevice;

namespace wzsw {

/// Where an export writes: first into a temporary folder beside the destination, then, once
/// every file is complete, moved into place with one rename per file. So an export that fails
/// or is cancelled leaves the destination as it was, and a reader never sees a half-written
/// file. A set of files is not atomic the way one file is (QSaveFile would give that per
/// file, but a failure in the seventh file would leave six new files beside old ones): here
/// nothing moves until all are written, and the moves themselves are renames on one disk.
/// One file (the department profiles) is written through a QSaveFile, committed by publish():
/// until then the old file, if any, stays as it was.
class ExportOutput
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ExportOutput)

public:
    /// `path` is the folder to fill (`folder` true) or the one file to write.
    static Result<std::unique_ptr<ExportOutput>> prepare(const QString &path, bool folder);

    /// A new file in the output, open for writing until close(). The device lives as long as
    /// the output, so a writer that outlives close() finds it closed rather than gone.
    Result<QIODevice *> open(const QString &fileName);
    /// Closes the open file; an error when it could not be written completely.
    Status close();
    /// Moves every file into place.
    Status publish();

private:
    ExportOutput(QString path, bool folder);

    QString m_path;
    bool m_folder;
    QTemporaryDir m_staging;
    std::vector<std::unique_ptr<QFile>> m_files;
    QFile *m_open = nullptr;
    std::unique_ptr<QSaveFile> m_single; ///< the one file when not writing a folder
    bool m_singleOpen = false;
};

} // namespace wzsw
