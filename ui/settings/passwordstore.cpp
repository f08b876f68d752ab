#include "settings/passwordstore.h"

#include "storage/serverlocation.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// Runs a keychain job to its end; its error as ours, or nothing.
std::optional<Error> runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never a plain-text copy in the settings when the keychain is missing.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    switch (job.error()) {
    case QKeychain::NoError:
        return std::nullopt;
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound, job.errorString());
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Kind::Cancelled,
                           PasswordStore::tr("The system keychain was not opened: the password "
                                             "is asked each time you connect."));
    default:
        // No backend, no session bus ("Unknown error"), a locked or broken keychain: to the
        // person it is all the same, there is no keychain to use. Its own words, when it has
        // any, help whoever looks after the computer.
        QString text = PasswordStore::unavailableText();
        if (job.error() != QKeychain::NoBackendAvailable && !job.errorString().isEmpty() &&
            job.errorString() != u"Unknown error"_s)
            text += u" ("_s + job.errorString() + u')';
        return Error::make(Error::Kind::Storage, text);
    }
}

} // namespace

QString PasswordStore::keyFor(const ServerLocation &server)
{
    return server.user + u'@' + server.host + u':' + QString::number(server.port) + u'/' +
           server.database;
}

QString PasswordStore::unavailableText()
{
    return tr("This computer has no system keychain (such as GNOME Keyring or KWallet) to keep "
              "the password safely: it is asked each time you connect.");
}

Result<std::optional<QString>> PasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setKey(key);
    if (const std::optional<Error> problem = runJob(job)) {
        if (problem->kind == Error::Kind::NotFound)
            return std::optional<QString>();
        return *problem;
    }
    return std::optional<QString>(job.textData());
}

Status PasswordStore::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setKey(key);
    job.setTextData(password);
    if (const std::optional<Error> problem = runJob(job))
        return *problem;
    return {};
}

Status PasswordStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(service));
    job.setKey(key);
    if (const std::optional<Error> problem = runJob(job);
        problem && problem->kind != Error::Kind::NotFound)
        return *problem;
    return {};
}

} // namespace wzsw
