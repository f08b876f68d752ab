#include "safety/storagelocation.h"
#include "testsupport.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("network file systems are recognised by the type the mount table gives", "[sqlite-only]")
{
    for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "NFS4",
                             "fuse.rclone", "davfs"}) {
        INFO(type);
        CHECK(StorageLocation::isNetworkFileSystem(type));
    }
    // Local disks, memory and FUSE file systems of local disks (NTFS via ntfs-3g is fuseblk).
    for (const char *type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "vfat", "fuseblk",
                             "fuse.gvfsd-fuse-local", "ntfs", "apfs", ""}) {
        INFO(type);
        CHECK_FALSE(StorageLocation::isNetworkFileSystem(type));
    }
}

TEST_CASE("synchronised folders are recognised by the names their programs give them",
          "[sqlite-only]")
{
    using S = StorageLocation;
    CHECK(S::syncedFolderOf(u"/home/anna/Dropbox/wzsw/tilburg.wzsw"_s) == u"Dropbox"_s);
    CHECK(S::syncedFolderOf(u"/home/anna/Dropbox (Persoonlijk)/x.wzsw"_s) ==
          u"Dropbox (Persoonlijk)"_s);
    CHECK(S::syncedFolderOf(u"C:\\Users\\anna\\OneDrive - Gemeente Tilburg\\x.wzsw"_s) ==
          u"OneDrive - Gemeente Tilburg"_s);
    CHECK(S::syncedFolderOf(u"G:/Mijn Drive/wzsw/x.wzsw"_s) == u"Mijn Drive"_s);
    CHECK(S::syncedFolderOf(u"/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/x.wzsw"_s) ==
          u"Mobile Documents"_s);
    CHECK(S::syncedFolderOf(u"/home/anna/nextcloud/x.wzsw"_s) == u"nextcloud"_s);
    // Names that only look alike are left alone.
    CHECK_FALSE(S::syncedFolderOf(u"/home/anna/Dropboxes/x.wzsw"_s).has_value());
    CHECK_FALSE(S::syncedFolderOf(u"/home/anna/Documents/wzsw/x.wzsw"_s).has_value());
    CHECK_FALSE(S::syncedFolderOf(u"/home/anna/OneDriveBackup/x.wzsw"_s).has_value());
}

TEST_CASE("a data file in a synchronised folder gets a warning that names the folder",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const QString folder = file.pathFor(u"Nextcloud/project"_s);
    REQUIRE(QDir().mkpath(folder));
    const std::optional<StorageWarning> warning =
        StorageLocation::warningFor(folder + u"/tilburg.wzsw"_s);
    REQUIRE(warning.has_value());
    CHECK(warning->kind == StorageWarning::Kind::SyncedFolder);
    CHECK(warning->detail == u"Nextcloud"_s);
    CHECK(warning->message.contains(u"Nextcloud"_s));
}

TEST_CASE("a data file on this computer's own disk gets no warning", "[sqlite-only]")
{
    test::TempDataFile file;
    // The temporary folder is local on the machines the tests run on (tmpfs or a disk).
    CHECK_FALSE(StorageLocation::warningFor(file.path()).has_value());
}
