#include "ui/models/containerfilterproxy.h"

#include "ui/models/containertablemodel.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

// Rows whose sort value changed at once, above which all rows are sorted again rather than
// each moved to its place.
constexpr size_t MaxMoved = 32;

// The runs of consecutive numbers in sorted `rows`, as (first, last).
std::vector<std::pair<int, int>> runsOf(const std::vector<int> &rows)
{
    std::vector<std::pair<int, int>> runs;
    for (const int r : rows) {
        if (!runs.empty() && runs.back().second + 1 == r)
            runs.back().second = r;
        else
            runs.emplace_back(r, r);
    }
    return runs;
}

// Whether `text` holds `word` (not empty). QString::contains hashes its way through the text
// for a word of two letters or more, about 300 ns over a container's name, image and labels;
// looking for the first letter with the vectorised single-character search and comparing only
// there is several times faster, and a search keystroke runs this for every row.
bool containsWord(QStringView text, QStringView word)
{
    const QChar first = word.front();
    const QStringView rest = word.sliced(1);
    const qsizetype last = text.size() - word.size();
    for (qsizetype at = text.indexOf(first); at >= 0 && at <= last;
         at = text.indexOf(first, at + 1)) {
        if (text.sliced(at + 1, rest.size()) == rest)
            return true;
    }
    return false;
}

} // namespace

ContainerFilterProxy::ContainerFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

ContainerFilterProxy::~ContainerFilterProxy() = default;

void ContainerFilterProxy::setContainerModel(ContainerTableModel *model)
{
    setSourceModel(model);
}

void ContainerFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = qobject_cast<ContainerTableModel *>(model);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        using M = QAbstractItemModel;
        m_connections
            << connect(m_model, &QObject::destroyed, this,
                       [this] {
                           beginResetModel();
                           m_keys.clear();
                           m_accepted.clear();
                           m_order.clear();
                           m_proxyToSource.clear();
                           m_sourceToProxy.clear();
                           endResetModel();
                       })
            << connect(m_model, &M::rowsAboutToBeRemoved, this,
                       &ContainerFilterProxy::onRowsAboutToBeRemoved)
            << connect(m_model, &M::rowsRemoved, this, &ContainerFilterProxy::onRowsRemoved)
            << connect(m_model, &M::rowsInserted, this, &ContainerFilterProxy::onRowsInserted)
            << connect(m_model, &M::dataChanged, this, &ContainerFilterProxy::onDataChanged)
            << connect(m_model, &M::layoutAboutToBeChanged, this,
                       &ContainerFilterProxy::onLayoutAboutToBeChanged)
            << connect(m_model, &M::layoutChanged, this, &ContainerFilterProxy::onLayoutChanged)
            << connect(m_model, &M::modelAboutToBeReset, this, [this] { beginResetModel(); })
            << connect(m_model, &M::modelReset, this,
                       [this] {
                           rebuildAll();
                           endResetModel();
                       })
            << connect(m_model, &M::headerDataChanged, this, &M::headerDataChanged);
    }
    rebuildAll();
    endResetModel();
}

void ContainerFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    const QStringList before = m_words;
    m_search = text;
    m_words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Typing on at the end of the search (the usual keystroke) can only hide rows: each old
    // word is the start of the new word in its place, and the new words are plain.
    bool narrowed = before.size() <= m_words.size();
    for (qsizetype i = 0; narrowed && i < m_words.size(); ++i) {
        narrowed = !m_words.at(i).contains(QLatin1Char('=')) &&
                   (i >= before.size() || m_words.at(i).startsWith(before.at(i)));
    }
    refilter(narrowed);
}

void ContainerFilterProxy::setNodeFilter(const QString &nodeId)
{
    if (nodeId == m_node)
        return;
    m_node = nodeId;
    refilter();
}

void ContainerFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    refilter();
}

void ContainerFilterProxy::setHealthFilter(HealthFilter filter)
{
    if (filter == m_health)
        return;
    m_health = filter;
    refilter();
}

void ContainerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    column = qMax(-1, column);
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_keys.clear();
    if (m_sortColumn >= 0) {
        m_keys.reserve(m_accepted.size());
        for (int r = 0; r < int(m_accepted.size()); ++r)
            m_keys.push_back(keyOf(r));
    }
    // Rows alike in the new column keep the order they had (a sort by name, then by state, lists
    // each state's rows by name), as Qt's own sorting proxy does.
    std::vector<int> order2;
    if (m_keys.empty()) {
        order2 = sortedRows();
    } else {
        order2 = m_order;
        std::stable_sort(order2.begin(), order2.end(),
                         [this](int a, int b) { return before(a, b); });
    }
    std::vector<int> shown;
    shown.reserve(m_proxyToSource.size());
    for (const int r : order2) {
        if (m_accepted[size_t(r)])
            shown.push_back(r);
    }
    layoutChange(std::move(order2), m_accepted, std::move(shown));
}

ContainerFilterProxy::Key ContainerFilterProxy::keyOf(int sourceRow) const
{
    Key key;
    switch (m_sortColumn) {
    case ContainerTableModel::Name:
        key.text = m_model->containerAt(sourceRow).name.toCaseFolded();
        break;
    case ContainerTableModel::Image:
        key.text = m_model->containerAt(sourceRow).image.toCaseFolded();
        break;
    case ContainerTableModel::Node:
        key.text = m_model->nodeName(m_model->nodeIdAt(sourceRow)).toCaseFolded();
        break;
    default: {
        const QVariant v =
            m_model->data(m_model->index(sourceRow, m_sortColumn), ContainerTableModel::SortRole);
        if (v.typeId() == QMetaType::QString)
            key.text = v.toString().toCaseFolded();
        else if (v.isValid())
            key.number = v.toDouble();
        // Nothing, or not a number (a CPU figure an engine could not work out), sorts first:
        // NaN would compare neither less nor more than anything, which no sort survives.
        if (!v.isValid() || std::isnan(key.number))
            key.number = -std::numeric_limits<double>::infinity();
        break;
    }
    }
    return key;
}

bool ContainerFilterProxy::before(int a, int b) const
{
    if (!m_keys.empty()) {
        const Key &ka = m_keys[size_t(a)];
        const Key &kb = m_keys[size_t(b)];
        int c = ka.number < kb.number ? -1 : (kb.number < ka.number ? 1 : 0);
        if (c == 0)
            c = ka.text.compare(kb.text);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return false;
}

std::vector<int> ContainerFilterProxy::sortedRows() const
{
    std::vector<int> order(m_accepted.size());
    std::iota(order.begin(), order.end(), 0);
    if (!m_keys.empty())
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return before(a, b); });
    return order;
}

void ContainerFilterProxy::rebuildAll()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_accepted.assign(size_t(n), 0);
    m_keys.clear();
    for (int r = 0; r < n; ++r)
        m_accepted[size_t(r)] = accepts(r);
    if (m_sortColumn >= 0) {
        m_keys.reserve(size_t(n));
        for (int r = 0; r < n; ++r)
            m_keys.push_back(keyOf(r));
    }
    m_order = sortedRows();
    m_proxyToSource.clear();
    for (const int r : m_order) {
        if (m_accepted[size_t(r)])
            m_proxyToSource.push_back(r);
    }
    m_sourceToProxy.assign(size_t(n), -1);
    rebuildSourceToProxy();
}

void ContainerFilterProxy::rebuildSourceToProxy(size_t from)
{
    for (size_t p = from; p < m_proxyToSource.size(); ++p)
        m_sourceToProxy[size_t(m_proxyToSource[p])] = int(p);
}

void ContainerFilterProxy::refilter(bool narrowed)
{
    if (!m_model)
        return;
    std::vector<char> accepted(m_accepted.size(), 0);
    std::vector<int> rows;
    if (narrowed) {
        rows = m_proxyToSource;
    } else {
        rows.resize(accepted.size());
        std::iota(rows.begin(), rows.end(), 0);
    }
    // Matching the words is most of a keystroke's work at 50,000 rows: above 16,384 rows on
    // every core, in blocks (below, waking the pool's threads costs more than it saves). The model
    // does not change meanwhile (this thread waits, and helps), and each block writes its own rows'
    // flags.
    constexpr size_t Block = 8192;
    if (rows.size() <= 2 * Block) {
        for (const int r : rows)
            accepted[size_t(r)] = accepts(r);
    } else {
        std::vector<std::pair<size_t, size_t>> blocks;
        for (size_t from = 0; from < rows.size(); from += Block)
            blocks.emplace_back(from, qMin(from + Block, rows.size()));
        QtConcurrent::blockingMap(blocks, [&](const std::pair<size_t, size_t> &block) {
            for (size_t i = block.first; i < block.second; ++i)
                accepted[size_t(rows[i])] = accepts(rows[i]);
        });
    }
    apply(m_order, std::move(accepted));
}

void ContainerFilterProxy::apply(std::vector<int> order, std::vector<char> accepted)
{
    // The rows that go, by their row here now, and the rows shown after.
    std::vector<int> gone;
    for (size_t p = 0; p < m_proxyToSource.size(); ++p) {
        if (!accepted[size_t(m_proxyToSource[p])])
            gone.push_back(int(p));
    }
    std::vector<int> shown;
    shown.reserve(m_proxyToSource.size() - gone.size());
    for (const int r : order) {
        if (accepted[size_t(r)])
            shown.push_back(r);
    }
    // The rows that stay must stay in their order for the removals and insertions to say it.
    bool moved = false;
    size_t kept = 0;
    for (const int r : shown) {
        if (m_sourceToProxy[size_t(r)] < 0)
            continue;
        while (kept < m_proxyToSource.size() && !accepted[size_t(m_proxyToSource[kept])])
            ++kept;
        if (kept >= m_proxyToSource.size() || m_proxyToSource[kept] != r) {
            moved = true;
            break;
        }
        ++kept;
    }
    std::vector<int> added;
    for (size_t p = 0; p < shown.size(); ++p) {
        if (m_sourceToProxy[size_t(shown[p])] < 0)
            added.push_back(int(p));
    }
    const auto goneRuns = runsOf(gone);
    const auto addedRuns = runsOf(added);
    if (moved || goneRuns.size() + addedRuns.size() > size_t(m_maxRuns)) {
        layoutChange(std::move(order), std::move(accepted), std::move(shown));
        return;
    }
    for (auto run = goneRuns.rbegin(); run != goneRuns.rend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        for (int p = run->first; p <= run->second; ++p)
            m_sourceToProxy[size_t(m_proxyToSource[size_t(p)])] = -1;
        m_proxyToSource.erase(m_proxyToSource.begin() + run->first,
                              m_proxyToSource.begin() + run->second + 1);
        rebuildSourceToProxy(size_t(run->first));
        endRemoveRows();
    }
    m_order = std::move(order);
    m_accepted = std::move(accepted);
    // Rows before a run are in place once the runs before it are in.
    for (const auto &[first, last] : addedRuns) {
        beginInsertRows({}, first, last);
        m_proxyToSource.insert(m_proxyToSource.begin() + first, shown.begin() + first,
                               shown.begin() + last + 1);
        rebuildSourceToProxy(size_t(first));
        endInsertRows();
    }
}

void ContainerFilterProxy::layoutChange(std::vector<int> order, std::vector<char> accepted,
                                        std::vector<int> proxyToSource)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &i : from)
        sources.push_back(m_proxyToSource[size_t(i.row())]);
    for (const int r : m_proxyToSource)
        m_sourceToProxy[size_t(r)] = -1;
    m_order = std::move(order);
    m_accepted = std::move(accepted);
    m_proxyToSource = std::move(proxyToSource);
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int p = m_sourceToProxy[size_t(sources[size_t(i)])];
        to.append(p < 0 ? QModelIndex() : createIndex(p, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContainerFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The rows go from here while the source still has them; the numbers of those after them
    // change in onRowsRemoved.
    std::vector<char> accepted = m_accepted;
    for (int r = first; r <= last; ++r)
        accepted[size_t(r)] = 0;
    apply(m_order, std::move(accepted));
}

void ContainerFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto shift = [&](std::vector<int> &rows) {
        std::vector<int> out;
        out.reserve(rows.size());
        for (const int r : rows) {
            if (r < first)
                out.push_back(r);
            else if (r > last)
                out.push_back(r - count);
        }
        rows = std::move(out);
    };
    shift(m_order);
    shift(m_proxyToSource);
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    m_sourceToProxy.erase(m_sourceToProxy.begin() + first, m_sourceToProxy.begin() + last + 1);
    if (!m_keys.empty())
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
}

void ContainerFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    // The rows here keep their places; their source numbers move up.
    for (int &r : m_order)
        r += r >= first ? count : 0;
    for (int &r : m_proxyToSource)
        r += r >= first ? count : 0;
    m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, size_t(count), -1);
    // The model adds its rows at the end; rows alike in the sort column (all of them without
    // one) then come after the others, in the model's order.
    std::vector<int> fresh(static_cast<size_t>(count));
    std::iota(fresh.begin(), fresh.end(), first);
    if (m_sortColumn >= 0) {
        std::vector<Key> keys;
        keys.reserve(size_t(count));
        for (const int r : fresh)
            keys.push_back(keyOf(r));
        m_keys.insert(m_keys.begin() + first, keys.begin(), keys.end());
        std::stable_sort(fresh.begin(), fresh.end(), [this](int a, int b) { return before(a, b); });
    }
    std::vector<char> accepted = m_accepted;
    for (int r = first; r <= last; ++r)
        accepted[size_t(r)] = accepts(r);
    std::vector<int> order;
    order.reserve(m_order.size() + fresh.size());
    std::merge(m_order.begin(), m_order.end(), fresh.begin(), fresh.end(),
               std::back_inserter(order), [this](int a, int b) { return before(a, b); });
    apply(std::move(order), std::move(accepted));
}

void ContainerFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int top = topLeft.row();
    const int bottom = bottomRight.row();
    // Most changes (a stats sample, a status) neither show, hide nor move a row: those are only
    // passed on, without the walk over every row a change of order takes.
    std::vector<std::pair<int, char>> flips;
    for (int r = top; r <= bottom; ++r) {
        const char now = accepts(r);
        if (now != m_accepted[size_t(r)])
            flips.emplace_back(r, now);
    }
    std::vector<int> moved;
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()) {
        for (int r = top; r <= bottom; ++r) {
            Key key = keyOf(r);
            if (!(key == m_keys[size_t(r)])) {
                m_keys[size_t(r)] = std::move(key);
                moved.push_back(r);
            }
        }
    }
    if (!flips.empty() || !moved.empty()) {
        std::vector<char> accepted = m_accepted;
        for (const auto &[r, now] : flips)
            accepted[size_t(r)] = now;
        std::vector<int> order = m_order;
        if (moved.size() > MaxMoved) {
            std::stable_sort(order.begin(), order.end(),
                             [this](int a, int b) { return before(a, b); });
        } else if (!moved.empty()) {
            // The others are still in order: each changed row out, then in at its place.
            std::vector<char> out(m_accepted.size(), 0);
            for (const int r : moved)
                out[size_t(r)] = 1;
            order.erase(std::remove_if(order.begin(), order.end(),
                                       [&](int r) { return out[size_t(r)] != 0; }),
                        order.end());
            for (const int r : moved) {
                order.insert(std::lower_bound(order.begin(), order.end(), r,
                                              [this](int a, int b) { return before(a, b); }),
                             r);
            }
        }
        apply(std::move(order), std::move(accepted));
    }
    // What changed in the rows shown, as one range.
    int firstShown = -1;
    int lastShown = -1;
    for (int r = top; r <= bottom; ++r) {
        const int p = m_sourceToProxy[size_t(r)];
        if (p < 0)
            continue;
        firstShown = firstShown < 0 ? p : qMin(firstShown, p);
        lastShown = qMax(lastShown, p);
    }
    if (firstShown >= 0) {
        Q_EMIT dataChanged(index(firstShown, topLeft.column()),
                           index(lastShown, bottomRight.column()), roles);
    }
}

void ContainerFilterProxy::onLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxies = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex &i : std::as_const(m_layoutProxies))
        m_layoutSources.append(mapToSource(i));
}

void ContainerFilterProxy::onLayoutChanged()
{
    rebuildAll();
    QModelIndexList to;
    for (const QPersistentModelIndex &s : std::as_const(m_layoutSources))
        to.append(mapFromSource(s));
    changePersistentIndexList(m_layoutProxies, to);
    m_layoutProxies.clear();
    m_layoutSources.clear();
    Q_EMIT layoutChanged();
}

QModelIndex ContainerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return m_model->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ContainerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model ||
        size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int p = m_sourceToProxy[size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

QModelIndex ContainerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_proxyToSource.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ContainerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ContainerFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ContainerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int ContainerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QVariant ContainerFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    // Columns are the source's, shown or not; a row's header is its source row's.
    if (orientation == Qt::Vertical) {
        if (section < 0 || size_t(section) >= m_proxyToSource.size())
            return {};
        section = m_proxyToSource[size_t(section)];
    }
    return m_model->headerData(section, orientation, role);
}

bool ContainerFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_proxyToSource.empty();
}

bool ContainerFilterProxy::matchesWord(const ContainerSummary &c, const QString &word) const
{
    if (c.name.contains(word, Qt::CaseInsensitive) || c.image.contains(word, Qt::CaseInsensitive) ||
        c.id.startsWith(word, Qt::CaseInsensitive))
        return true;
    const qsizetype eq = word.indexOf(QLatin1Char('='));
    for (auto it = c.labels.constBegin(); it != c.labels.constEnd(); ++it) {
        if (eq > 0) {
            if (it.key().compare(word.left(eq), Qt::CaseInsensitive) == 0 &&
                it.value().contains(word.mid(eq + 1), Qt::CaseInsensitive))
                return true;
        } else if (it.key().contains(word, Qt::CaseInsensitive) ||
                   it.value().contains(word, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool ContainerFilterProxy::accepts(int sourceRow) const
{
    if (!m_node.isEmpty() && m_model->nodeIdAt(sourceRow) != m_node)
        return false;
    const ContainerSummary &c = m_model->containerAt(sourceRow);
    using S = ContainerSummary::State;
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Running:
        if (c.state != S::Running && c.state != S::Restarting)
            return false;
        break;
    case StateFilter::Paused:
        if (c.state != S::Paused)
            return false;
        break;
    case StateFilter::Stopped:
        if (c.state != S::Created && c.state != S::Exited && c.state != S::Dead)
            return false;
        break;
    }
    using H = ContainerSummary::Health;
    switch (m_health) {
    case HealthFilter::All:
        break;
    case HealthFilter::Healthy:
        if (c.health != H::Healthy)
            return false;
        break;
    case HealthFilter::Unhealthy:
        if (c.health != H::Unhealthy)
            return false;
        break;
    case HealthFilter::Starting:
        if (c.health != H::Starting)
            return false;
        break;
    case HealthFilter::WithCheck:
        if (c.health == H::None)
            return false;
        break;
    }
    const QString &text = m_model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        // A plain word is in the name, the image, a label's key or value, or starts the ID.
        const bool plain = !word.contains(QLatin1Char('='));
        if (plain && (containsWord(text, word) || QStringView(c.id).startsWith(word)))
            continue;
        if (plain || !matchesWord(c, word))
            return false;
    }
    return true;
}
