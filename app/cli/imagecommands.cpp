#include "app/cli/imagecommands.h"

#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "core/config/nodestore.h"
#include "core/config/registrylogins.h"
#include "core/engine/imagereference.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace CliText;

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageCommands)
};

void addRegistryOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("username"), Tr::tr("Log in to the registry as this user."),
                 Tr::tr("USER")});
    p.addOption({QStringLiteral("password-stdin"),
                 Tr::tr("Read the registry password from standard input.")});
    p.addOption(
        {{QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("Print nothing but errors.")});
}

bool registryAuth(CliSession &session, RegistryAuth *auth)
{
    auth->username = session.options().value(QStringLiteral("username"));
    if (session.options().isSet(QStringLiteral("password-stdin"))) {
        if (auth->username.isEmpty()) {
            session.usageError(Tr::tr("--password-stdin needs --username."));
            return false;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            session.usageError(Tr::tr("Cannot read the password from standard input."));
            return false;
        }
        auth->password = secretFromStdin(in);
    }
    auth->serverAddress = ImageReference::parse(session.args().value(0)).registry;
    return true;
}

// Why a registry login may not be sent to the session's engine: a tcp:// one without TLS,
// unless it is a node the user allowed it for. Empty when it may.
QString plaintextLoginRefusal(const CliSession &session)
{
    const Endpoint &e = session.endpoint();
    if (e.kind != Endpoint::Kind::Tcp || e.tls)
        return {};
    // The node named with --node, else one configured with this address.
    const QList<NodeConfig> nodes = NodeStore::load();
    const NodeConfig *node = NodeStore::find(nodes, session.nodeText());
    for (const NodeConfig &c : nodes) {
        if (!node && Endpoint::fromUrl(c.url.trimmed()).toUrl() == e.toUrl())
            node = &c;
    }
    if (node && node->isPlaintext()) {
        const QString refusal = node->credentialsRefusal();
        if (refusal.isEmpty())
            return {};
        return refusal + QLatin1Char(' ') +
               Tr::tr("From here: gontainer-cli nodes rm %1, then gontainer-cli nodes add %1 %2 "
                      "--allow-plaintext-login.")
                   .arg(node->name, node->url);
    }
    return Tr::tr("%1 is reached over plain TCP without TLS, so a registry login sent to it could "
                  "be read by anyone on the network. Use TLS (DOCKER_TLS_VERIFY and "
                  "DOCKER_CERT_PATH), or add the engine as a node that allows it: gontainer-cli "
                  "nodes add NAME %1 --allow-plaintext-login.")
        .arg(e.toUrl());
}

// The credentials given on the command line, else the login saved for the image's registry.
// Neither goes to a plain TCP engine the user did not allow it for.
void withRegistryAuth(CliSession &session, std::function<void(const RegistryAuth &)> next)
{
    RegistryAuth given;
    if (!registryAuth(session, &given))
        return;
    const QString refusal = plaintextLoginRefusal(session);
    if (!given.username.isEmpty()) {
        if (!refusal.isEmpty()) {
            err(refusal);
            session.finish(1);
            return;
        }
        next(given);
        return;
    }
    RegistryLogins::find(
        given.serverAddress, &session,
        [given, refusal, next = std::move(next)](const RegistryAuth &saved, const QString &error) {
            if (!error.isEmpty())
                err(Tr::tr("The saved login could not be read, so this goes without one: %1")
                        .arg(error));
            if (saved.username.isEmpty()) {
                next(given);
                return;
            }
            if (!refusal.isEmpty()) {
                // Withheld: the image may need no login.
                err(Tr::tr("The saved login for %1 is not sent: %2")
                        .arg(RegistryLogins::serverFor(given.serverAddress), refusal));
                next(given);
                return;
            }
            RegistryAuth auth = saved;
            if (!given.serverAddress.isEmpty())
                auth.serverAddress = given.serverAddress;
            next(auth);
        });
}

void followProgress(CliSession &session, ProgressStream *stream)
{
    session.setStream(stream);
    const bool quiet = session.options().isSet(QStringLiteral("quiet"));
    QObject::connect(
        stream, &ProgressStream::progressed, &session, [&session, quiet](const ProgressEvent &e) {
            if (session.json()) {
                CliPrinter::jsonLine({{QStringLiteral("id"), e.id},
                                      {QStringLiteral("status"), e.status},
                                      {QStringLiteral("current"), e.current},
                                      {QStringLiteral("total"), e.total},
                                      {QStringLiteral("image"), e.imageId}});
                return;
            }
            if (quiet || e.status.isEmpty())
                return;
            QString line = e.id.isEmpty() ? e.status : e.id + QStringLiteral(": ") + e.status;
            if (e.total > 0)
                line += QStringLiteral(" ") + CliPrinter::bytes(e.current) + QStringLiteral(" / ") +
                        CliPrinter::bytes(e.total);
            out(line);
        });
    QObject::connect(stream, &ProgressStream::ended, &session,
                     [&session, stream](const EngineError &e) {
                         stream->deleteLater();
                         if (e.isError()) {
                             session.failWith(e);
                             return;
                         }
                         session.finish(0);
                     });
}

QString readPasswordFromTerminal()
{
    std::fputs(qPrintable(Tr::tr("Password: ")), stderr);
    std::fflush(stderr);
    termios old{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (canHide) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return QString::fromUtf8(line);
}

} // namespace

// ---- images ---------------------------------------------------------------------------------

ImagesCommand::ImagesCommand()
    : Command(QStringLiteral("images"), Tr::tr("List images"))
{}

void ImagesCommand::configure(QCommandLineParser &p) const
{
    p.addOption(
        {{QStringLiteral("a"), QStringLiteral("all")}, Tr::tr("Include intermediate images.")});
}

void ImagesCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(session.engine().listImages(
            session.options().isSet(QStringLiteral("all")), &session,
            [&session](const EngineResult<QList<ImageSummary>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                QList<ImageSummary> list = r.value;
                std::sort(list.begin(), list.end(),
                          [](const auto &a, const auto &b) { return a.created > b.created; });
                if (session.json()) {
                    QJsonArray array;
                    for (const ImageSummary &i : list)
                        array.append(QJsonObject{
                            {QStringLiteral("id"), i.id},
                            {QStringLiteral("repoTags"), QJsonArray::fromStringList(i.repoTags)},
                            {QStringLiteral("created"), i.created.toString(Qt::ISODate)},
                            {QStringLiteral("size"), i.size},
                            {QStringLiteral("containers"), i.containers},
                            {QStringLiteral("dangling"), i.isDangling()}});
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const ImageSummary &i : list) {
                    const QString shortId = i.id.section(QLatin1Char(':'), -1).left(12);
                    const QStringList names =
                        i.isDangling() ? QStringList{QStringLiteral("<none>:<none>")} : i.repoTags;
                    for (const QString &name : names) {
                        const ImageReference ref = ImageReference::parse(name);
                        rows.append({ref.name(), ref.tag, shortId,
                                     i.created.toLocalTime().toString(Qt::ISODate),
                                     CliPrinter::bytes(i.size)});
                    }
                }
                CliPrinter::table({Tr::tr("REPOSITORY"), Tr::tr("TAG"), Tr::tr("IMAGE ID"),
                                   Tr::tr("CREATED"), Tr::tr("SIZE")},
                                  rows);
                session.finish(0);
            }));
    });
}

// ---- search, history ------------------------------------------------------------------------

SearchCommand::SearchCommand()
    : Command(QStringLiteral("search"), Tr::tr("Search registries for images"),
              QStringLiteral("[REGISTRY/]TERM"))
{}

void SearchCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("limit"), Tr::tr("Show at most N results."), QStringLiteral("N")});
}

void SearchCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    int limit = 0;
    if (session.options().isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = session.options().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            session.usageError(Tr::tr("--limit takes a whole number from 1 to 100."));
            return;
        }
    }
    session.connectThen([&session, limit] {
        if (!session.engine().info().capabilities.imageSearch) {
            session.failWith(EngineError::make(EngineError::Kind::Unsupported,
                                               Tr::tr("this engine cannot search registries"),
                                               session.endpoint().toUrl()));
            return;
        }
        session.setCall(session.engine().searchImages(
            session.args().at(0), limit, &session,
            [&session](const EngineResult<QList<ImageSearchResult>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (session.json()) {
                    QJsonArray array;
                    for (const ImageSearchResult &i : r.value)
                        array.append(QJsonObject{{QStringLiteral("name"), i.name},
                                                 {QStringLiteral("index"), i.index},
                                                 {QStringLiteral("description"), i.description},
                                                 {QStringLiteral("stars"), i.stars},
                                                 {QStringLiteral("official"), i.official},
                                                 {QStringLiteral("automated"), i.automated}});
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const ImageSearchResult &i : r.value)
                    rows.append({i.name, i.description.simplified().left(60),
                                 QString::number(i.stars), i.official ? Tr::tr("yes") : QString(),
                                 i.automated ? Tr::tr("yes") : QString()});
                CliPrinter::table({Tr::tr("NAME"), Tr::tr("DESCRIPTION"), Tr::tr("STARS"),
                                   Tr::tr("OFFICIAL"), Tr::tr("AUTOMATED")},
                                  rows);
                session.finish(0);
            }));
    });
}

HistoryCommand::HistoryCommand()
    : Command(QStringLiteral("history"), Tr::tr("Show an image's layers"), QStringLiteral("IMAGE"))
{}

void HistoryCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        session.setCall(session.engine().imageHistory(
            session.args().at(0), &session, [&session](const EngineResult<QList<ImageLayer>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                QList<QStringList> rows;
                for (const ImageLayer &l : r.value)
                    rows.append({l.id.section(QLatin1Char(':'), -1).left(12),
                                 l.created.toLocalTime().toString(Qt::ISODate),
                                 l.createdBy.left(60), CliPrinter::bytes(l.size), l.comment});
                CliPrinter::table({Tr::tr("IMAGE"), Tr::tr("CREATED"), Tr::tr("CREATED BY"),
                                   Tr::tr("SIZE"), Tr::tr("COMMENT")},
                                  rows);
                session.finish(0);
            }));
    });
}

// ---- registries -----------------------------------------------------------------------------

PullCommand::PullCommand()
    : Command(QStringLiteral("pull"), Tr::tr("Pull an image from a registry"),
              QStringLiteral("IMAGE"))
{}

void PullCommand::configure(QCommandLineParser &p) const
{
    addRegistryOptions(p);
}

void PullCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    withRegistryAuth(session, [&session](const RegistryAuth &auth) {
        session.connectThen([&session, auth] {
            followProgress(session,
                           session.engine().pullImage(session.args().at(0), auth, &session));
        });
    });
}

PushCommand::PushCommand()
    : Command(QStringLiteral("push"), Tr::tr("Push an image to a registry"),
              QStringLiteral("IMAGE"))
{}

void PushCommand::configure(QCommandLineParser &p) const
{
    addRegistryOptions(p);
}

void PushCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    withRegistryAuth(session, [&session](const RegistryAuth &auth) {
        session.connectThen([&session, auth] {
            followProgress(session,
                           session.engine().pushImage(session.args().at(0), auth, &session));
        });
    });
}

LoginCommand::LoginCommand()
    : Command(QStringLiteral("login"),
              Tr::tr("Log in to a registry; the password is kept in the desktop keychain"),
              QStringLiteral("[SERVER]"))
{}

void LoginCommand::configure(QCommandLineParser &p) const
{
    // `login SERVER --username U` reads as docker's does.
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("username"), Tr::tr("The user to log in as."), Tr::tr("USER")});
    p.addOption(
        {QStringLiteral("password-stdin"), Tr::tr("Read the password from standard input.")});
}

void LoginCommand::run(CliSession &session) const
{
    RegistryAuth auth;
    auth.serverAddress = RegistryLogins::serverFor(session.args().value(0));
    auth.username = session.options().value(QStringLiteral("username"));
    if (auth.username.isEmpty()) {
        session.usageError(
            Tr::tr("Use: gontainer-cli login [SERVER] --username USER [--password-stdin]"));
        return;
    }
    if (session.options().isSet(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            session.usageError(Tr::tr("Cannot read the password from standard input."));
            return;
        }
        auth.password = secretFromStdin(in);
    } else if (::isatty(STDIN_FILENO)) {
        auth.password = readPasswordFromTerminal();
    } else {
        session.usageError(Tr::tr("Give the password with --password-stdin, or run this in a "
                                  "terminal to be asked for it."));
        return;
    }
    if (auth.password.isEmpty()) {
        session.usageError(Tr::tr("The password is empty."));
        return;
    }
    session.connectThen([&session, auth] {
        session.setCall(session.engine().checkRegistryLogin(
            auth, &session, [&session, auth](const EngineResult<QString> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                const QString status = r.value.isEmpty() ? Tr::tr("Login Succeeded") : r.value;
                RegistryLogins::save(
                    auth, &session, [&session, auth, status](const QString &error) {
                        if (!error.isEmpty()) {
                            err(Tr::tr("The login to %1 works, but it was not saved: %2")
                                    .arg(auth.serverAddress, error));
                            session.finish(1);
                            return;
                        }
                        out(status);
                        session.finish(0);
                    });
            }));
    });
}

LogoutCommand::LogoutCommand()
    : Command(QStringLiteral("logout"), Tr::tr("Forget the saved login of a registry"),
              QStringLiteral("[SERVER]"), false)
{}

void LogoutCommand::run(CliSession &session) const
{
    const QString server = RegistryLogins::serverFor(session.args().value(0));
    if (!RegistryLogins::servers().contains(server)) {
        err(Tr::tr("There is no saved login for %1.").arg(server));
        session.finish(1);
        return;
    }
    RegistryLogins::forget(server, &session, [&session, server](const QString &error) {
        if (!error.isEmpty()) {
            err(error);
            session.finish(1);
            return;
        }
        out(Tr::tr("Removed the saved login for %1.").arg(server));
        session.finish(0);
    });
}

// ---- names and removal ----------------------------------------------------------------------

TagCommand::TagCommand()
    : Command(QStringLiteral("tag"), Tr::tr("Give an image another name"),
              QStringLiteral("IMAGE NEW_NAME"))
{}

void TagCommand::run(CliSession &session) const
{
    if (!session.needArgs(2))
        return;
    session.connectThen([&session] {
        session.setCall(session.engine().tagImage(session.args().at(0), session.args().at(1),
                                                  &session, [&session](const EngineError &e) {
                                                      if (e.isError())
                                                          session.failWith(e);
                                                      else
                                                          session.finish(0);
                                                  }));
    });
}

RmiCommand::RmiCommand()
    : Command(QStringLiteral("rmi"), Tr::tr("Remove images"), QStringLiteral("IMAGE..."))
{}

void RmiCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 Tr::tr("Remove even if containers use it or it has several names.")});
}

void RmiCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const bool force = session.options().isSet(QStringLiteral("force"));
    session.connectThen([&session, force] {
        session.eachArgument([&session, force](const QString &image, std::function<void()> next) {
            session.setCall(session.engine().removeImage(
                image, force, &session, [&session, next](const EngineResult<ImageRemoval> &r) {
                    if (!r.ok()) {
                        err(r.error.userText());
                        session.countFailure();
                    } else {
                        for (const QString &u : r.value.untagged)
                            out(Tr::tr("Untagged: %1").arg(u));
                        for (const QString &d : r.value.deleted)
                            out(Tr::tr("Deleted: %1").arg(d));
                    }
                    next();
                }));
        });
    });
}

ImagePruneCommand::ImagePruneCommand()
    : Command(QStringLiteral("image-prune"), Tr::tr("Remove dangling (or all unused) images"))
{}

void ImagePruneCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("a"), QStringLiteral("all")},
                 Tr::tr("Remove every image no container uses, not only dangling ones.")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 Tr::tr("Do it: without this, prune only says what it would do.")});
}

void ImagePruneCommand::run(CliSession &session) const
{
    if (!session.options().isSet(QStringLiteral("force"))) {
        err(Tr::tr("This removes images on %1. Run again with --force to do it.")
                .arg(session.endpoint().toUrl()));
        session.finish(2);
        return;
    }
    const bool all = session.options().isSet(QStringLiteral("all"));
    session.connectThen([&session, all] {
        session.setCall(session.engine().pruneImages(
            all, &session, [&session](const EngineResult<PruneReport> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                for (const QString &id : r.value.deleted)
                    out(id);
                out(Tr::tr("Reclaimed %1 bytes.").arg(r.value.spaceReclaimed));
                session.finish(0);
            }));
    });
}

// ---- build ----------------------------------------------------------------------------------

BuildCommand::BuildCommand()
    : Command(QStringLiteral("build"), Tr::tr("Build an image from a folder with a Dockerfile"),
              QStringLiteral("PATH"))
{}

void BuildCommand::configure(QCommandLineParser &p) const
{
    p.addOption(
        {{QStringLiteral("t"), QStringLiteral("tag")}, Tr::tr("Name the image."), Tr::tr("NAME")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("file")},
                 Tr::tr("The Dockerfile, relative to PATH (default: Dockerfile)."),
                 Tr::tr("FILE")});
    p.addOption(
        {QStringLiteral("build-arg"), Tr::tr("Set a build argument."), Tr::tr("KEY=VALUE")});
    p.addOption({{QStringLiteral("l"), QStringLiteral("label")},
                 Tr::tr("Set a label."),
                 Tr::tr("KEY=VALUE")});
    p.addOption(
        {QStringLiteral("target"), Tr::tr("Build only up to this stage."), Tr::tr("STAGE")});
    p.addOption({QStringLiteral("no-cache"), Tr::tr("Do not use the build cache.")});
    p.addOption({QStringLiteral("pull"), Tr::tr("Look for newer base images.")});
    p.addOption(
        {{QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("Print only the new image's id.")});
}

void BuildCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const QCommandLineParser &p = session.options();
    BuildOptions options;
    options.contextDir = session.args().at(0);
    options.dockerfile = p.value(QStringLiteral("file"));
    options.tags = p.values(QStringLiteral("tag"));
    options.target = p.value(QStringLiteral("target"));
    options.noCache = p.isSet(QStringLiteral("no-cache"));
    options.pull = p.isSet(QStringLiteral("pull"));
    for (const auto &[name, map] : {std::pair{QStringLiteral("build-arg"), &options.buildArgs},
                                    std::pair{QStringLiteral("label"), &options.labels}}) {
        for (const QString &kv : p.values(name)) {
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            map->insert(eq < 0 ? kv : kv.left(eq), eq < 0 ? QString() : kv.mid(eq + 1));
        }
    }
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    session.connectThen([&session, options, quiet] {
        ProgressStream *stream = session.engine().buildImage(options, &session);
        session.setStream(stream);
        auto imageId = std::make_shared<QString>();
        QObject::connect(stream, &ProgressStream::progressed, &session,
                         [&session, quiet, imageId](const ProgressEvent &e) {
                             if (!e.imageId.isEmpty())
                                 *imageId = e.imageId;
                             if (session.json()) {
                                 CliPrinter::jsonLine({{QStringLiteral("output"), e.output},
                                                       {QStringLiteral("status"), e.status},
                                                       {QStringLiteral("image"), e.imageId}});
                             } else if (!quiet && !e.output.isEmpty()) {
                                 CliPrinter::raw(stdout, e.output.toUtf8());
                             } else if (!quiet && !e.status.isEmpty()) {
                                 out(e.status);
                             }
                         });
        QObject::connect(stream, &ProgressStream::ended, &session,
                         [&session, stream, imageId](const EngineError &e) {
                             stream->deleteLater();
                             if (e.isError()) {
                                 session.failWith(e);
                                 return;
                             }
                             if (!session.json() && !imageId->isEmpty())
                                 out(*imageId);
                             session.finish(0);
                         });
    });
}
