#pragma once

#include <QString>

namespace wzsw::test {

/// Makes a file write-protected for the life of this object, as far as this process can: a
/// read-only mode for an ordinary user, and the file system's immutable flag when the tests run
/// as root (whom a file's mode does not stop). effective() says whether writes are refused now;
/// where neither works, a test cannot create the situation and says so.
class WriteProtection
{
public:
    explicit WriteProtection(QString path);
    ~WriteProtection();
    WriteProtection(const WriteProtection &) = delete;
    WriteProtection &operator=(const WriteProtection &) = delete;

    bool effective() const;

private:
    QString m_path;
    bool m_immutable = false;
};

} // namespace wzsw::test
