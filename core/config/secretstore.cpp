#include "core/config/secretstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace SecretStore {

namespace {

const QString Service = QStringLiteral("Gontainer");

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

// What went wrong, in words that say what to do; QtKeychain's own text is kept for detail.
QString describe(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return tr("The desktop keychain could not be reached (%1). Gontainer keeps secrets only "
                  "there: start or unlock your keyring (for example GNOME Keyring or KWallet), "
                  "then try again.")
            .arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("The desktop keychain refused access (%1): unlock it, then try again.")
            .arg(job->errorString());
    default:
        return tr("The desktop keychain failed: %1").arg(job->errorString());
    }
}

template<typename JobType>
JobType *makeJob(const QString &key)
{
    auto *job = new JobType(Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *j) {
                         done(j->error() == QKeychain::NoError ? QString() : describe(j));
                     });
    job->start();
}

void read(const QString &key, QObject *context, std::function<void(const ReadResult &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *j) {
                         ReadResult r;
                         if (j->error() == QKeychain::NoError) {
                             r.found = true;
                             r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                         } else if (j->error() != QKeychain::EntryNotFound) {
                             r.error = describe(j);
                         }
                         done(r);
                     });
    job->start();
}

void remove(const QString &key, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *j) {
                         const bool ok = j->error() == QKeychain::NoError ||
                                         j->error() == QKeychain::EntryNotFound;
                         done(ok ? QString() : describe(j));
                     });
    job->start();
}

} // namespace SecretStore
