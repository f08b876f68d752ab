#include "exchange/exportoutput.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <system_error>
#include <utility>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QString parentOf(const QString &path)
{
    return QFileInfo(QFileInfo(path).absoluteFilePath()).absolutePath();
}

/// Replaces `to` if it exists, in one step where the system allows it (std::filesystem's rename
/// does on POSIX and on Windows; QFile::rename refuses an existing target).
bool replaceFile(const QString &from, const QString &to, QString &why)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), error);
    if (error)
        why = QString::fromLocal8Bit(error.message());
    return !error;
}

} // namespace

ExportOutput::ExportOutput(QString path, bool folder)
    : m_path(std::move(path)), m_folder(folder),
      m_staging(parentOf(m_path) + u"/."_s + QFileInfo(m_path).fileName() + u"-XXXXXX"_s)
{}

Result<std::unique_ptr<ExportOutput>> ExportOutput::prepare(const QString &path, bool folder)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error::make(Error::Kind::Io, tr("No place to write the export to was given."));
    if (!QFileInfo(parentOf(path)).isDir())
        return Error::make(
            Error::Kind::Io,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parentOf(path))));
    if (folder && info.exists() && !info.isDir())
        return Error::make(Error::Kind::Io,
                           tr("%1 is a file; this export writes a folder of files.")
                               .arg(QDir::toNativeSeparators(path)));
    if (!folder && info.isDir())
        return Error::make(
            Error::Kind::Io,
            tr("%1 is a folder; this export writes one file.").arg(QDir::toNativeSeparators(path)));
    std::unique_ptr<ExportOutput> output(new ExportOutput(path, folder));
    if (!output->m_staging.isValid())
        return Error::make(Error::Kind::Io, tr("No temporary folder could be made beside %1: %2")
                                                .arg(QDir::toNativeSeparators(path),
                                                     output->m_staging.errorString()));
    return output;
}

Result<QIODevice *> ExportOutput::open(const QString &fileName)
{
    if (Status status = close(); !status)
        return status.error();
    if (!m_folder) {
        if (m_single)
            return Error::make(
                Error::Kind::Io,
                tr("%1 could not be written: this export writes one file.").arg(fileName));
        m_single = std::make_unique<QSaveFile>(m_path);
        if (!m_single->open(QIODevice::WriteOnly))
            return Error::make(Error::Kind::Io,
                               tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(m_path), m_single->errorString()));
        m_singleOpen = true;
        return static_cast<QIODevice *>(m_single.get());
    }
    m_files.push_back(std::make_unique<QFile>(m_staging.filePath(fileName)));
    m_open = m_files.back().get();
    if (!m_open->open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io,
                           tr("%1 could not be written: %2").arg(fileName, m_open->errorString()));
    return static_cast<QIODevice *>(m_open);
}

Status ExportOutput::close()
{
    if (m_singleOpen) {
        // A QSaveFile is not closed but committed (publish()); here only the writes are checked.
        m_singleOpen = false;
        if (!m_single->flush() || m_single->error() != QFileDevice::NoError)
            return Error::make(Error::Kind::Io,
                               tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(m_path), m_single->errorString()));
        return {};
    }
    if (!m_open)
        return {};
    QFile *file = std::exchange(m_open, nullptr);
    const bool flushed = file->flush();
    file->close();
    if (!flushed || file->error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io,
                           tr("%1 could not be written: %2")
                               .arg(QFileInfo(file->fileName()).fileName(), file->errorString()));
    return {};
}

Status ExportOutput::publish()
{
    if (Status status = close(); !status)
        return status;
    QString why;
    if (!m_folder) {
        if (!m_single || !m_single->commit())
            return Error::make(Error::Kind::Io, tr("%1 could not be put in place: %2")
                                                    .arg(QDir::toNativeSeparators(m_path),
                                                         m_single ? m_single->errorString()
                                                                  : tr("nothing was written")));
        return {};
    }
    if (!QFileInfo::exists(m_path) && replaceFile(m_staging.path(), m_path, why)) {
        m_staging.setAutoRemove(false); // it has become the destination
        return {};
    }
    if (!QDir().mkpath(m_path))
        return Error::make(
            Error::Kind::Io,
            tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(m_path)));
    for (const std::unique_ptr<QFile> &file : m_files) {
        const QString target = QDir(m_path).filePath(QFileInfo(file->fileName()).fileName());
        if (!replaceFile(file->fileName(), target, why))
            return Error::make(
                Error::Kind::Io,
                tr("%1 could not be put in place: %2").arg(QDir::toNativeSeparators(target), why));
    }
    return {};
}

} // namespace wzsw
