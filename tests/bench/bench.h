#pragma once

#include "benchsupport.h"

#include <QList>
#include <QString>

// The parts of gontainer-bench (tests/bench/main.cpp runs them in this order). Each appends its
// rows to the table, or returns false with what went wrong.

struct ScaleOptions
{
    int nodes = 3; // Docker, Podman, then dockerds of the benchmark's own
    int containersPerNode = 1000;
    int startupRounds = 3;
    int idleSeconds = 60;
    int events = 200;
    int logLines = 1000000;
};
bool runScale(const ScaleOptions &options, QList<Bench::Row> *rows, QString *error);

struct LogsOptions
{
    int lines = 1000000;
    int followSeconds = 10;
};
bool runLogs(const LogsOptions &options, QList<Bench::Row> *rows, QString *error);

// Start of the real app (bin/gontainer, offscreen, no nodes) to its first painted window.
bool runPaint(int times, QList<Bench::Row> *rows, QString *error);

// The Images page over three nodes, and a build context's upload (tests/bench/bench_images.cpp).
struct ImagesOptions
{
    int images = 2000; // image names made over the three nodes (rows in the Images table)
    int startupRounds = 3;
    int contextMiB = 256; // the build context's size
    int uploadRounds = 5;
};
bool runImages(const ImagesOptions &options, QList<Bench::Row> *rows, QString *error);

// The Volumes and Networks pages over three nodes, and the requests at idle
// (tests/bench/bench_resources.cpp).
struct ResourcesOptions
{
    int volumes = 3000; // volumes made over the three nodes
    int networks = 500; // networks made over the three nodes
    int startupRounds = 3;
    int idleSeconds = 30;
};
bool runResources(const ResourcesOptions &options, QList<Bench::Row> *rows, QString *error);

// The Containers page's search field and column sort over many rows (tests/bench/bench_search.cpp):
// copies of real rows from Docker and Podman.
struct SearchOptions
{
    QList<int> rows = {10000, 50000};
    int rounds = 3;       // times the search word is typed and taken back in each view
    bool eachKey = false; // print each keystroke's times: typed (the key event and what it set
                          // off at once), events (the posted ones after), paint
};
bool runSearch(const SearchOptions &options, QList<Bench::Row> *rows, QString *error);

// A containerd node with many containers (tests/bench/bench_containerd.cpp): listed into the
// model against containerd's own lists, and task events to the row.
struct ContainerdOptions
{
    int containers = 1000; // a tenth of them with running tasks
    int rounds = 1;        // times the node is added (and removed again before the next)
    int events = 200;
};
bool runContainerd(const ContainerdOptions &options, QList<Bench::Row> *rows, QString *error);

// The harness's swarm of three dockerds with many services and tasks, against its manager
// (tests/bench/bench_swarm.cpp): the Swarm page's services after the manager is added, a
// service's tasks on selecting it, and a scale to the updated row.
struct SwarmOptions
{
    int services = 200;
    int tasks = 1000; // replicas over the services, as many as the machine holds
    int startupRounds = 3;
    int listRounds = 20;   // the service list followed anew on the connected manager
    int taskServices = 50; // services whose tasks are shown in turn
    int events = 100;      // scales
};
bool runSwarm(const SwarmOptions &options, QList<Bench::Row> *rows, QString *error);
