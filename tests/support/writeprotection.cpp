#include "writeprotection.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#include <sys/ioctl.h>
#endif

namespace wzsw::test {

namespace {

#ifdef __linux__
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return done;
}
#else
bool setImmutable(const QString &, bool)
{
    return false;
}
#endif

} // namespace

WriteProtection::WriteProtection(QString path) : m_path(std::move(path))
{
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!effective())
        m_immutable = setImmutable(m_path, true);
}

WriteProtection::~WriteProtection()
{
    if (m_immutable)
        setImmutable(m_path, false);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                      QFile::ReadOther);
}

bool WriteProtection::effective() const
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY);
    if (fd >= 0) {
        ::close(fd);
        return false;
    }
    return true;
}

} // namespace wzsw::test
