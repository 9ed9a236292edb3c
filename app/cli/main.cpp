// gontainer-cli: Gontainer's core on the command line, for scripts and for proving the core.
#include "app/cli/clirunner.h"
#include "core/config/appsettings.h"
#include "core/config/translationloader.h"
#include "core/engine/containerdetails.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineevent.h"
#include "core/engine/engineinfo.h"
#include "core/engine/logstream.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<EngineEvent>();
    qRegisterMetaType<LogChunk>();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("gontainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONTAINER_VERSION));
    TranslationLoader translations;
    translations.apply(AppSettings::language());

    CliRunner runner;
    const int code = runner.start(QCoreApplication::arguments().mid(1));
    if (code >= 0)
        return code;
    return QCoreApplication::exec();
}
