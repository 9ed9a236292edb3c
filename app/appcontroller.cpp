#include "app/appcontroller.h"

#include "core/config/appsettings.h"
#include "core/config/nodestore.h"
#include "core/config/translationloader.h"
#include "core/services/localenginelocator.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/desktop/apptheme.h"
#include "ui/views/mainwindow.h"

#include <QFileInfo>
#include <QUrl>

AppController::AppController(TranslationLoader *translations, const Endpoint &host, QObject *parent)
    : QObject(parent)
    , m_translations(translations)
    , m_host(host)
    , m_theme(new AppTheme(this))
    , m_locator(std::make_unique<LocalEngineLocator>())
    , m_nodes(std::make_unique<NodeManager>())
{
    // The configured nodes connect and list while the window is being built.
    m_nodes->load();
    // Before the window, so it is first drawn light or dark as it stays.
    m_theme->setChoice(AppTheme::fromName(AppSettings::value(AppSettings::Key::Theme).toString()));
    m_window = std::make_unique<MainWindow>();
    m_window->setCurrentLanguage(AppSettings::language());
    connect(m_window.get(), &MainWindow::languageRequested, this,
            &AppController::onLanguageRequested);
    m_window->setCurrentTheme(AppTheme::name(m_theme->choice()));
    connect(m_window.get(), &MainWindow::themeRequested, this, &AppController::onThemeRequested);
    connect(m_window.get(), &MainWindow::retryLocateRequested, m_locator.get(),
            &LocalEngineLocator::locate);
    connect(m_locator.get(), &LocalEngineLocator::progress, m_window.get(),
            &MainWindow::showLocating);
    connect(m_locator.get(), &LocalEngineLocator::failed, m_window.get(),
            &MainWindow::showLocateFailed);
    connect(m_locator.get(), &LocalEngineLocator::located, this, &AppController::onLocated);
    connect(m_locator.get(), &LocalEngineLocator::serviceRestarting, m_window.get(),
            [this](const QString &why) {
                m_window->showInfo(tr("The Podman service Gontainer started has stopped (%1). "
                                      "Starting it again…")
                                       .arg(why));
            });
    connect(m_locator.get(), &LocalEngineLocator::serviceRestarted, m_window.get(),
            [this] { m_window->showInfo(tr("The Podman service is running again.")); });
}

AppController::~AppController()
{
    m_window->setNodeManager(nullptr);
    m_nodes.reset();
    m_window.reset();
    m_locator.reset();
}

void AppController::start()
{
    m_window->setNodeManager(m_nodes.get());
    m_window->showAtStart();
    if (m_host.isValid())
        m_nodes->setLocalNode(m_host, tr("the command line"));
    else if (!NodeStore::localDefaultRemoved())
        // A user who removed the local default node has no use for a local engine found, or
        // a Podman service started, for it.
        m_locator->locate();
}

void AppController::onLocated(const Endpoint &endpoint, const QString &origin, bool startedByUs)
{
    m_nodes->setLocalNode(endpoint, origin);
    if (startedByUs)
        m_window->showInfo(tr("No container engine was running, so Gontainer started a Podman "
                              "service for this session at %1. It stops when you quit Gontainer.")
                               .arg(endpoint.toUrl()));
}

void AppController::onActivated(const QString &url, const QString &tlsCertPath)
{
    m_window->bringToFront();
    if (url.isEmpty())
        return;
    // A node at this address already: choose it.
    for (NodeService *node : m_nodes->nodes()) {
        if (Endpoint::fromUrl(node->config().url).toUrl() == url) {
            m_window->showNodeContainers(node->id());
            return;
        }
    }
    NodeConfig config;
    config.id = NodeStore::newId();
    config.url = url;
    config.tls = !tlsCertPath.isEmpty();
    config.tlsCertPath = tlsCertPath;
    // Named after its host (or its socket's file), made unique.
    const QUrl parsed(url);
    QString base = parsed.host();
    if (base.isEmpty())
        base = QFileInfo(parsed.path()).completeBaseName();
    if (base.isEmpty())
        base = tr("node");
    config.name = base;
    const auto taken = [this](const QString &name) {
        for (NodeService *node : m_nodes->nodes()) {
            if (node->name().compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (int n = 2; taken(config.name); ++n)
        config.name = base + QLatin1Char(' ') + QString::number(n);
    if (const QString problem = m_nodes->addNode(config); !problem.isEmpty()) {
        m_window->showInfo(tr("The node %1 could not be added: %2").arg(url, problem));
        return;
    }
    m_window->showNodeContainers(config.id);
}

void AppController::onThemeRequested(const QString &name)
{
    const AppTheme::Choice choice = AppTheme::fromName(name);
    AppSettings::setValue(AppSettings::Key::Theme, AppTheme::name(choice));
    m_theme->setChoice(choice);
    // The menu follows a choice made in the Preferences too.
    m_window->setCurrentTheme(AppTheme::name(choice));
}

void AppController::onLanguageRequested(const QString &code)
{
    AppSettings::setLanguage(code);
    m_translations->apply(code);
    m_window->setCurrentLanguage(code);
}
