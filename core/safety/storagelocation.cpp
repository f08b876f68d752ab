#include "safety/storagelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

bool isUncPath(const QString &path)
{
    return path.startsWith(u"\\\\"_s) || path.startsWith(u"//"_s);
}

bool isRemoteDrive([[maybe_unused]] const QString &rootPath)
{
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(rootPath);
    return GetDriveTypeW(reinterpret_cast<LPCWSTR>(native.utf16())) == DRIVE_REMOTE;
#else
    return false;
#endif
}

/// The nearest folder that exists: a new file's folder may be made later.
QString existingAncestor(const QString &absolutePath)
{
    QFileInfo info(absolutePath);
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    return info.absoluteFilePath();
}

} // namespace

bool StorageLocation::isNetworkFileSystem(const QByteArray &type)
{
    const QByteArray t = type.toLower();
    static const QList<QByteArray> exact{
        "nfs",  "nfs4", "cifs", "smb",       "smb2",  "smb3",   "smbfs", "ncpfs",  "afs",
        "coda", "9p",   "ceph", "glusterfs", "davfs", "lustre", "gpfs",  "beegfs", "webdav"};
    if (exact.contains(t))
        return true;
    // FUSE file systems name what they mount after the dot.
    static const QList<QByteArray> fuse{"fuse.sshfs",     "fuse.rclone",   "fuse.davfs2",
                                        "fuse.glusterfs", "fuse.cephfs",   "fuse.s3fs",
                                        "fuse.gcsfuse",   "fuse.smbnetfs", "fuse.curlftpfs"};
    return fuse.contains(t) || t.startsWith("nfs");
}

std::optional<QString> StorageLocation::syncedFolderOf(const QString &absolutePath)
{
    // The names the synchronising programs give their folders; some add a suffix after a
    // space or dash ("Dropbox (Persoonlijk)", "OneDrive - Gemeente Tilburg").
    static const QStringList prefixes{u"Dropbox"_s,       u"OneDrive"_s,      u"Nextcloud"_s,
                                      u"ownCloud"_s,      u"Box Sync"_s,      u"pCloud Drive"_s,
                                      u"SynologyDrive"_s, u"Synology Drive"_s};
    static const QStringList exact{u"Google Drive"_s,     u"GoogleDrive"_s,  u"My Drive"_s,
                                   u"Mijn Drive"_s,       u"iCloud Drive"_s, u"iCloudDrive"_s,
                                   u"Mobile Documents"_s, u"CloudStorage"_s};
    // Both separators on every system: a Windows path may reach us on any of them.
    QString path = absolutePath;
    path.replace(u'\\', u'/');
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const QString &name : exact)
            if (part.compare(name, Qt::CaseInsensitive) == 0)
                return part;
        for (const QString &prefix : prefixes) {
            if (!part.startsWith(prefix, Qt::CaseInsensitive))
                continue;
            const QStringView rest = QStringView(part).mid(prefix.size());
            if (rest.isEmpty() || rest.startsWith(u' ') || rest.startsWith(u'-') ||
                rest.startsWith(u'('))
                return part;
        }
    }
    return std::nullopt;
}

std::optional<StorageWarning> StorageLocation::warningFor(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStorageInfo storage(existingAncestor(absolute));
    const QByteArray type = storage.isValid() ? storage.fileSystemType() : QByteArray();
    const bool network = isUncPath(absolute) || isNetworkFileSystem(type) ||
                         (storage.isValid() && isRemoteDrive(storage.rootPath()));
    if (network) {
        const QString detail = type.isEmpty() ? tr("network drive") : QString::fromUtf8(type);
        return StorageWarning{
            StorageWarning::Kind::NetworkShare, detail,
            tr("The data file lies on a network drive (%1). The safeguards against two people "
               "writing at once do not work reliably there, and a lost connection can damage "
               "the file: keep the data file on this computer's own disk.")
                .arg(detail)};
    }
    if (const std::optional<QString> folder = syncedFolderOf(absolute))
        return StorageWarning{
            StorageWarning::Kind::SyncedFolder, *folder,
            tr("The data file lies in a synchronised folder (%1). A synchronising program can "
               "copy the file while it is being written, or put an older copy back over it: "
               "keep the data file outside synchronised folders.")
                .arg(*folder)};
    return std::nullopt;
}

} // namespace wzsw
