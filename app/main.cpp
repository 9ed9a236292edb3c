#include "app/appcontroller.h"
#include "app/firstpaintreporter.h"
#include "core/config/appsettings.h"
#include "core/config/translationloader.h"
#include "core/engine/containersummary.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineevent.h"
#include "core/engine/engineinfo.h"
#include "ui/desktop/singleinstance.h"
#include "ui/views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QProcessEnvironment>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("gontainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONTAINER_VERSION));
}

// --help and --version need no display, so they run before any window system is touched.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version") ||
            !std::strcmp(a, "-v") || !std::strcmp(a, "--help-all"))
            return true;
    }
    return false;
}

struct Options
{
    QString host;
    QString language;
    bool languageGiven = false;
};

Options parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Gontainer shows the containers of your engines and keeps them current."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        {QStringLiteral("H"), QStringLiteral("host")},
        QCoreApplication::translate("main", "Connect to the engine at ADDRESS (for example "
                                            "unix:///run/podman/podman.sock, or tcp://HOST:2376 "
                                            "with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH) "
                                            "instead of looking for the local one."),
        QCoreApplication::translate("main", "ADDRESS"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use this language (en or ko) instead of the saved "
                                            "choice or the system's."),
        QCoreApplication::translate("main", "CODE"));
    parser.addOption(host);
    parser.addOption(language);
    parser.process(arguments);
    Options options;
    options.host = parser.value(host);
    options.languageGiven = parser.isSet(language);
    options.language = parser.value(language);
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<EngineEvent>();
    qRegisterMetaType<ContainerSummary>();

    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        TranslationLoader translations;
        translations.apply(AppSettings::language());
        QCommandLineParser parser;
        parse(parser, QCoreApplication::arguments()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral(GONTAINER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gontainer.svg")));
    TranslationLoader translations;
    translations.apply(AppSettings::language());

    QCommandLineParser parser;
    const Options options = parse(parser, QCoreApplication::arguments());
    if (options.languageGiven)
        translations.apply(options.language);

    Endpoint host;
    if (!options.host.isEmpty()) {
        host = Endpoint::fromUrl(options.host);
        if (!host.isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(host.errorText));
            return 2;
        }
        // tcp:// takes its TLS material from the environment, as the docker CLI does.
        host.applyDockerTlsEnvironment(QProcessEnvironment::systemEnvironment());
    }

    // A second start hands its --host to the Gontainer already running, which comes forward.
    SingleInstance instance;
    if (!instance.claim()) {
        QString why;
        if (SingleInstance::forward(
                host.isValid() ? host.toUrl() : QString(),
                host.tls ? QFileInfo(host.tlsCertFile).absolutePath() : QString(), &why))
            return 0;
        std::fprintf(stderr, "gontainer: the Gontainer already running did not answer (%s)\n",
                     qPrintable(why));
    }

    AppController controller(&translations, host);
    QObject::connect(&instance, &SingleInstance::activated, &controller,
                     &AppController::onActivated);
    controller.start();
    FirstPaintReporter::watch(controller.window());
    return QApplication::exec();
}
