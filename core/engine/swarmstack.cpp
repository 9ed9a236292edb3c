#include "core/engine/swarmstack.h"

#include <algorithm>

namespace {

template<typename T>
void add(QMap<QString, SwarmStack> &stacks, const QList<T> &objects, QList<T> SwarmStack::*member)
{
    for (const T &o : objects) {
        const QString name = SwarmStack::of(o.labels);
        if (name.isEmpty())
            continue;
        SwarmStack &stack = stacks[name];
        stack.id = name;
        stack.name = name;
        (stack.*member).append(o);
    }
}

template<typename T>
void sortByName(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.name < b.name; });
}

} // namespace

int SwarmStack::runningTasks() const
{
    int sum = 0;
    for (const SwarmService &s : services) {
        if (s.runningTasks < 0)
            return -1;
        sum += s.runningTasks;
    }
    return sum;
}

int SwarmStack::desiredTasks() const
{
    int sum = 0;
    for (const SwarmService &s : services) {
        if (s.desiredTasks < 0)
            return -1;
        sum += s.desiredTasks;
    }
    return sum;
}

QList<SwarmStack> SwarmStack::group(const QList<SwarmService> &services,
                                    const QList<NetworkInfo> &networks,
                                    const QList<SwarmSecret> &secrets,
                                    const QList<SwarmSecret> &configs)
{
    QMap<QString, SwarmStack> stacks;
    add(stacks, services, &SwarmStack::services);
    add(stacks, networks, &SwarmStack::networks);
    add(stacks, secrets, &SwarmStack::secrets);
    add(stacks, configs, &SwarmStack::configs);
    QList<SwarmStack> list = stacks.values();
    for (SwarmStack &s : list) {
        sortByName(s.services);
        sortByName(s.networks);
        sortByName(s.secrets);
        sortByName(s.configs);
    }
    return list;
}
