#pragma once

#include "core/transport/endpoint.h"

#include <QObject>

#include <memory>

class AppTheme;
class LocalEngineLocator;
class MainWindow;
class NodeManager;
class TranslationLoader;

// Wires the window to the nodes: loads the configured ones, finds or starts the local engine
// (or uses the one given on the command line) as the local default node, and handles the
// user's language and theme choices.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(TranslationLoader *translations, const Endpoint &host, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    // Another start of Gontainer asked this one to come forward, and to add or select the node
    // at `url` (none when empty; tcp:// with TLS from `tlsCertPath`).
    void onActivated(const QString &url, const QString &tlsCertPath);
    MainWindow *window() const { return m_window.get(); }

private:
    void onLocated(const Endpoint &endpoint, const QString &origin, bool startedByUs);
    void onLanguageRequested(const QString &code);
    void onThemeRequested(const QString &name);

    TranslationLoader *m_translations;
    Endpoint m_host;
    AppTheme *m_theme;
    // Destroyed in reverse order: the nodes before the window, both before the locator stops
    // a Podman service it started.
    std::unique_ptr<LocalEngineLocator> m_locator;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<NodeManager> m_nodes;
};
