#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wzsw {

/// Where a data file lies, as far as it matters for keeping it whole. SQLite relies on the file
/// system's locks and on writes reaching the disk in order; network file systems do not keep
/// those promises reliably, and a synchronising program (Dropbox, OneDrive, ...) copies the
/// file while it is being written and may put an older copy back over it.
struct StorageWarning
{
    enum class Kind
    {
        NetworkShare,
        SyncedFolder
    };
    Kind kind = Kind::NetworkShare;
    QString detail;  ///< the file system type ("nfs4") or the synchronised folder ("Dropbox")
    QString message; ///< translated, for a warning bar or a line on stderr
};

class StorageLocation
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::StorageLocation)

public:
    /// A warning for a data file at `path` (existing or about to be made), or nothing when it
    /// lies on a local disk outside any synchronised folder.
    ///
    /// The file system comes from QStorageInfo rather than a bare statfs(): on Linux it reads
    /// the mount table, which names FUSE file systems by what they are ("fuse.sshfs"), where
    /// statfs only says "FUSE"; on Windows a mapped network drive is asked for as such.
    static std::optional<StorageWarning> warningFor(const QString &path);

    /// Whether a file system type as the mount table names it is a network file system:
    /// nfs, nfs4, cifs, smb3, smbfs, fuse.sshfs, davfs, ... (case-insensitive).
    static bool isNetworkFileSystem(const QByteArray &type);

    /// The synchronised folder `absolutePath` lies in ("Dropbox", "OneDrive - Gemeente
    /// Tilburg", "Google Drive", "Nextcloud", ...), judged by the names those programs give
    /// their folders; nothing when none.
    static std::optional<QString> syncedFolderOf(const QString &absolutePath);
};

} // namespace wzsw
