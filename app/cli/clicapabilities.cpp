#include "app/cli/clicapabilities.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliCapabilities)
};

} // namespace

namespace CliCapabilities {

QString missing(const QString &verb, const QCommandLineParser &options,
                const EngineCapabilities &caps, const QString &engine, const QString &node)
{
    const QString family = verb.section(QLatin1Char(' '), 0, 0);
    // "The node X (containerd) cannot ...": what it lacks, in the verb's own words.
    const auto cannot = [&](const QString &what) {
        return Tr::tr("The node %1 (%2) cannot %3.").arg(node, engine, what);
    };
    if (verb == QLatin1String("pull") && !caps.imagePull) {
        const QString why = caps.imagePullMissingText;
        return why.isEmpty() ? cannot(Tr::tr("pull images"))
                             : cannot(Tr::tr("pull images")) + QLatin1Char(' ') + why;
    }
    if (verb == QLatin1String("push") && !caps.imagePush)
        return cannot(Tr::tr("push images"));
    if (verb == QLatin1String("login") && !caps.imagePush)
        return cannot(Tr::tr("check registry logins, since it pushes no images"));
    if (verb == QLatin1String("build") && !caps.imageBuild)
        return cannot(Tr::tr("build images: build on a Docker or Podman node, or with "
                             "nerdctl build or BuildKit on that machine"));
    if (verb == QLatin1String("tag") && !caps.imageTag)
        return cannot(Tr::tr("give images other names"));
    if (verb == QLatin1String("history") && !caps.imageHistory)
        return cannot(Tr::tr("show an image's layers with the commands that made them"));
    if (verb == QLatin1String("search") && !caps.imageSearch)
        return cannot(Tr::tr("search registries"));
    if (verb == QLatin1String("exec") && !caps.exec)
        return cannot(Tr::tr("run commands in containers"));
    if (verb == QLatin1String("top") && !caps.containerTop)
        return cannot(Tr::tr("list a container's processes"));
    if (verb == QLatin1String("rename") && !caps.containerRename)
        return cannot(Tr::tr("rename containers"));
    if (verb == QLatin1String("commit") && !caps.commit)
        return cannot(Tr::tr("make images from containers"));
    if (verb == QLatin1String("logs") && !caps.logs)
        return cannot(Tr::tr("show container logs: it keeps none"));
    if (verb == QLatin1String("stats") && !caps.stats)
        return cannot(Tr::tr("show resource figures for containers"));
    if (verb == QLatin1String("df") && !caps.diskUsage)
        return cannot(Tr::tr("tell what takes up its disk"));
    if ((verb == QLatin1String("prune") || verb == QLatin1String("image-prune") ||
         verb == QLatin1String("system prune")) &&
        !caps.prune)
        return cannot(Tr::tr("remove unused containers or images at once: remove them one by "
                             "one"));
    if ((verb == QLatin1String("volumes") || family == QLatin1String("volume")) && !caps.volumes)
        return cannot(Tr::tr("keep volumes: it has none"));
    if ((verb == QLatin1String("networks") || family == QLatin1String("network")) && !caps.networks)
        return cannot(Tr::tr("keep networks: it has none, its containers use the host's network "
                             "or none"));
    if ((verb == QLatin1String("pods") || family == QLatin1String("pod")) && !caps.pods)
        return cannot(Tr::tr("run pods: pods need a node with Podman"));
    if ((verb == QLatin1String("services") || family == QLatin1String("swarm") ||
         family == QLatin1String("service") || family == QLatin1String("stack") ||
         family == QLatin1String("secret") || family == QLatin1String("config")) &&
        !caps.swarm)
        return cannot(Tr::tr("be part of a swarm: swarms need a node with Docker Engine"));
    if (family == QLatin1String("kube") && !caps.kube)
        return cannot(Tr::tr("generate or play kube YAML: kube YAML needs a node with Podman"));
    if (verb == QLatin1String("create") || verb == QLatin1String("run")) {
        // optionNames(): the options given, without asking about ones this verb lacks.
        const QStringList given = options.optionNames();
        const auto has = [&given](const char *name) {
            return given.contains(QLatin1String(name));
        };
        if ((has("publish") || has("p")) && !caps.portPublishing)
            return cannot(Tr::tr("publish ports: its containers use the host's network "
                                 "(--network host), where they listen on the host's own ports"));
        // --no-healthcheck asks for what such a node gives anyway: it is let through.
        for (const char *option : {"health-cmd", "health-interval", "health-timeout",
                                   "health-retries", "health-start-period"}) {
            if (has(option) && !caps.healthchecks)
                return cannot(Tr::tr("run health checks (--%1): its containers have no health")
                                  .arg(QLatin1String(option)));
        }
        const QString network =
            has("network") ? options.value(QStringLiteral("network")) : QString();
        if (!network.isEmpty() && !caps.networks && network != QLatin1String("host") &&
            network != QLatin1String("none"))
            return cannot(Tr::tr("join the network %1: it has no networks; use --network host "
                                 "or --network none")
                              .arg(network));
    }
    return {};
}

} // namespace CliCapabilities
