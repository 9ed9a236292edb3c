// The Containers page's search field and column sort at 10,000 and 50,000 rows: a keystroke to
// the repainted view, and the part of it the GUI thread spends busy. See docs/benchmarks.md.

#include "bench.h"
#include "benchsupport.h"

#include "app/appcontroller.h"
#include "core/config/nodestore.h"
#include "core/config/translationloader.h"
#include "core/services/nodemanager.h"
#include "testengines.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/views/containerspage.h"
#include "ui/views/mainwindow.h"

#include <QAbstractEventDispatcher>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Bench;

namespace {

// Three kinds of name, so that a search word leaves a third of the rows.
const QStringList Kinds = {QStringLiteral("shop-web"), QStringLiteral("billing-worker"),
                           QStringLiteral("metrics-db")};

struct Node
{
    QString name;
    QString socket;
    QString image;
    QStringList ids;
};

// How long the GUI thread was busy: the event loop's time awake, from the dispatcher's
// aboutToBlock and awake signals.
class BusyClock
{
public:
    BusyClock()
    {
        QAbstractEventDispatcher *d = QAbstractEventDispatcher::instance();
        QObject::connect(d, &QAbstractEventDispatcher::aboutToBlock, &m_ctx,
                         [this] { m_blocked = Clock::now(); });
        QObject::connect(d, &QAbstractEventDispatcher::awake, &m_ctx, [this] {
            if (m_blocked != Clock::time_point())
                m_idleMs += msBetween(m_blocked, Clock::now());
            m_blocked = {};
        });
    }
    void reset() { m_idleMs = 0; }
    double idleMs() const { return m_idleMs; }

private:
    QObject m_ctx;
    Clock::time_point m_blocked;
    double m_idleMs = 0;
};

class SearchBench
{
public:
    explicit SearchBench(const SearchOptions &options)
        : m_options(options)
    {}
    ~SearchBench();
    bool run(QList<Row> *rows, QString *error);

private:
    bool prepare(QString *error);
    void fill(int rows);
    // One key to the view repainted with its result: the whole time, and the GUI thread's busy
    // part of it.
    void key(Qt::Key key, std::vector<double> *total, std::vector<double> *busy);
    void typing(int rows, bool grouped, QList<Row> *out);
    void sorting(int rows, QList<Row> *out);
    MainWindow *window() const { return m_app->window(); }
    ContainersPage *page() const { return window()->containersPage(); }

    SearchOptions m_options;
    QList<Node> m_nodes;
    int m_real = 0;
    TranslationLoader m_translations;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<BusyClock> m_busy;
    std::vector<double> m_stillPaints;
};

SearchBench::~SearchBench()
{
    m_app.reset();
    for (const Node &n : std::as_const(m_nodes))
        removeContainers(n.socket, n.ids, 4);
}

bool SearchBench::run(QList<Row> *rows, QString *error)
{
    if (!prepare(error))
        return false;
    m_busy = std::make_unique<BusyClock>();
    for (const int count : m_options.rows) {
        fill(count);
        typing(count, false, rows);
        typing(count, true, rows);
        sorting(count, rows);
    }
    return true;
}

bool SearchBench::prepare(QString *error)
{
    m_nodes = {
        {QStringLiteral("docker"), TestEngines::dockerSocket(), TestEngines::image(), {}},
        {QStringLiteral("podman"), TestEngines::podmanSocket(), TestEngines::podmanImage(), {}}};
    say(QStringLiteral("Creating %1 containers on Docker and on Podman…").arg(Kinds.size() * 20));
    for (Node &n : m_nodes) {
        for (const QString &kind : Kinds) {
            n.ids += createContainers(n.socket, n.image, QStringLiteral("bench-%1").arg(kind), 20,
                                      {QStringLiteral("sleep"), QStringLiteral("600")}, 4, error);
            if (n.ids.size() % 20 != 0)
                return false;
        }
    }
    QList<QPair<QString, QString>> configured;
    for (const Node &n : std::as_const(m_nodes))
        configured.append({n.name, n.socket});
    if (!configureNodes(configured, error))
        return false;
    m_app = std::make_unique<AppController>(&m_translations, Endpoint());
    m_app->start();
    window()->resize(1280, 800);
    ContainerTableModel *model = page()->containerModel();
    const auto ours = [&] {
        int found = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            found += model->containerAt(i).name.startsWith(QLatin1String("bench-"));
        return found;
    };
    const int wanted = int(m_nodes.size() * Kinds.size()) * 20;
    if (!waitOnModel(model, 60000, [&] { return ours() >= wanted; })) {
        *error = QStringLiteral("the window lists %1 of the %2 containers").arg(ours()).arg(wanted);
        return false;
    }
    m_real = model->rowCount();
    return true;
}

void SearchBench::fill(int rows)
{
    ContainerTableModel *model = page()->containerModel();
    model->removeNode(QStringLiteral("copies"));
    // Copies of the real rows under a node id of their own, up to the count asked for; a fifth
    // outside any compose project, the rest in 300 of them.
    QList<ContainerSummary> copies;
    for (int i = m_real; i < rows; ++i) {
        ContainerSummary c = model->containerAt(i % m_real);
        c.id = QStringLiteral("%1%2").arg(i, 12, 10, QLatin1Char('0')).arg(c.id.mid(12));
        c.name = QStringLiteral("%1-copy-%2").arg(c.name).arg(i);
        if (i % 5 != 0)
            c.labels.insert(QStringLiteral("com.docker.compose.project"),
                            QStringLiteral("bench-%1").arg(i % 300));
        copies.append(c);
    }
    model->setNodeName(QStringLiteral("copies"), QStringLiteral("copies"));
    model->addContainers(QStringLiteral("copies"), copies);
    QCoreApplication::processEvents();
    say(QStringLiteral("%1 rows in the Containers page…").arg(model->rowCount()));
}

void SearchBench::key(Qt::Key key, std::vector<double> *total, std::vector<double> *busy)
{
    QLineEdit *search = page()->searchField();
    m_busy->reset();
    const Clock::time_point start = Clock::now();
    QTest::keyClick(search, key);
    const Clock::time_point typed = Clock::now();
    // The result is in once the proxy filters by the new text and nothing is left to do.
    while (page()->containerProxy()->searchText() != search->text())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    const Clock::time_point laidOut = Clock::now();
    window()->repaint();
    const double ms = msBetween(start, Clock::now());
    total->push_back(ms);
    if (m_options.eachKey) {
        say(QStringLiteral("  \"%1\" (%2 rows): %3 ms; typed %4 ms, events %5 ms, paint %6 ms")
                .arg(search->text())
                .arg(page()->containerProxy()->rowCount())
                .arg(fmt(ms, 1), fmt(msBetween(start, typed), 1), fmt(msBetween(typed, laidOut), 1),
                     fmt(msBetween(laidOut, Clock::now()), 1)));
    }
    busy->push_back(ms - m_busy->idleMs());
}

void SearchBench::typing(int rows, bool grouped, QList<Row> *out)
{
    page()->setGroupedByProject(grouped);
    m_stillPaints.clear();
    QLineEdit *search = page()->searchField();
    QStringList figures;
    std::vector<double> all, allBusy;
    for (const ContainersPage::ViewMode mode :
         {ContainersPage::ViewMode::Table, ContainersPage::ViewMode::Tiles}) {
        page()->setViewMode(mode);
        search->setFocus();
        QCoreApplication::processEvents();
        window()->repaint();
        std::vector<double> keys, busy;
        // The same repaint with nothing changed: what the window costs to paint at all.
        for (int i = 0; i < 8; ++i) {
            const Clock::time_point start = Clock::now();
            QCoreApplication::processEvents();
            window()->repaint();
            m_stillPaints.push_back(msBetween(start, Clock::now()));
        }
        // "work", then back to empty: each keystroke filters all rows again ("w" leaves the
        // workers and the web shops, "wo" the workers).
        const QList<Qt::Key> typed = {Qt::Key_W,         Qt::Key_O,         Qt::Key_R,
                                      Qt::Key_K,         Qt::Key_Backspace, Qt::Key_Backspace,
                                      Qt::Key_Backspace, Qt::Key_Backspace};
        for (int round = 0; round < m_options.rounds; ++round) {
            for (const Qt::Key k : typed)
                key(k, &keys, &busy);
        }
        all.insert(all.end(), keys.begin(), keys.end());
        allBusy.insert(allBusy.end(), busy.begin(), busy.end());
        figures << QStringLiteral("%1: median %2 ms, worst %3 ms")
                       .arg(mode == ContainersPage::ViewMode::Table ? QStringLiteral("table")
                                                                    : QStringLiteral("tiles"),
                            fmt(percentile(keys, 50), 1), fmt(percentile(keys, 100), 1));
    }
    page()->setGroupedByProject(false);
    out->append(
        {QStringLiteral("search keystroke to the repainted view, %1 rows%2")
             .arg(rows)
             .arg(grouped ? QStringLiteral(", grouped by compose project") : QString()),
         QStringLiteral("worst **%1 ms**; %2; GUI thread busy: median %3 ms, worst %4 ms")
             .arg(fmt(percentile(all, 100), 1), figures.join(QStringLiteral("; ")),
                  fmt(percentile(allBusy, 50), 1), fmt(percentile(allBusy, 100), 1)),
         QStringLiteral("a 60 Hz frame: 16.7 ms; the window repainted with nothing "
                        "changed: median %1 ms, worst %2 ms")
             .arg(fmt(percentile(m_stillPaints, 50), 1), fmt(percentile(m_stillPaints, 100), 1)),
         rows > 10000 ? QStringLiteral("< 33 ms") : QStringLiteral("< 16 ms")});
}

void SearchBench::sorting(int rows, QList<Row> *out)
{
    page()->setViewMode(ContainersPage::ViewMode::Table);
    QTableView *table = page()->tableView();
    QCoreApplication::processEvents();
    window()->repaint();
    std::vector<double> times;
    // A click on a column's header, by name, image, state and created, each way.
    for (int round = 0; round < m_options.rounds; ++round) {
        for (const int column : {ContainerTableModel::Name, ContainerTableModel::Image,
                                 ContainerTableModel::State, ContainerTableModel::Created}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const Clock::time_point start = Clock::now();
                table->sortByColumn(column, order);
                QCoreApplication::processEvents();
                window()->repaint();
                times.push_back(msBetween(start, Clock::now()));
            }
        }
    }
    table->sortByColumn(ContainerTableModel::Name, Qt::AscendingOrder);
    out->append({QStringLiteral("column sort to the repainted table, %1 rows").arg(rows),
                 QStringLiteral("median **%1 ms**, worst %2 ms (%3 sorts)")
                     .arg(fmt(percentile(times, 50), 1), fmt(percentile(times, 100), 1))
                     .arg(times.size()),
                 QStringLiteral("a 60 Hz frame: 16.7 ms"), QStringLiteral("none set")});
}

} // namespace

bool runSearch(const SearchOptions &options, QList<Row> *rows, QString *error)
{
    SearchBench bench(options);
    return bench.run(rows, error);
}
