#include "ui/models/imagetablemodel.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/models/containertablemodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

constexpr int ClockIntervalMs = 60000;
const QLatin1StringView NoName("<none>");
const QLatin1StringView NoNameTag("<none>:<none>");

// An id in a namespace (containerd's "NS/sha256:…") keeps the namespace before the short id.
QString shortId(const QString &id)
{
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    if (slash > 0)
        return id.left(slash + 1) + ImageTableModel::normalizedId(id.mid(slash + 1)).left(12);
    return ImageTableModel::normalizedId(id).left(12);
}

} // namespace

ImageTableModel::ImageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Created), index(int(m_rows.size()) - 1, Created),
                               {Qt::DisplayRole});
    });
    m_clock.start();
}

ImageTableModel::~ImageTableModel() = default;

QString ImageTableModel::normalizedId(const QString &id)
{
    static const QLatin1StringView prefix("sha256:");
    return id.startsWith(prefix) ? id.mid(prefix.size()) : id;
}

QPair<QString, QString> ImageTableModel::splitName(const QString &name)
{
    // A colon after the last slash starts the tag; one before it belongs to a registry's port.
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    if (colon > slash)
        return {name.left(colon), name.mid(colon + 1)};
    return {name, QStringLiteral("latest")};
}

QStringList ImageTableModel::namesOf(const ImageSummary &image)
{
    QStringList names;
    for (const QString &tag : image.repoTags) {
        if (tag != NoNameTag && !tag.isEmpty() && !names.contains(tag))
            names.append(tag);
    }
    if (names.isEmpty())
        names.append(QString());
    return names;
}

ImageTableModel::Row ImageTableModel::makeRow(const QString &nodeId, const ImageSummary &image,
                                              const QString &name)
{
    Row row;
    row.nodeId = nodeId;
    row.image = image;
    row.name = name;
    if (!name.isEmpty()) {
        const auto [repository, tag] = splitName(name);
        row.repository = repository;
        row.tag = tag;
    } else {
        // Docker names an image known only by digest after its repository, without a tag.
        const QString digest = image.repoDigests.value(0);
        const qsizetype at = digest.indexOf(QLatin1Char('@'));
        row.repository = at > 0 && !digest.startsWith(NoName) ? digest.left(at) : QString(NoName);
        row.tag = NoName;
    }
    row.searchText = (row.repository + QChar(0x1f) + row.tag).toLower();
    row.bareId = normalizedId(image.id).toLower();
    return row;
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageTableModel::referenceAt(int row) const
{
    const Row &r = m_rows.at(row);
    return r.name.isEmpty() ? r.image.id : r.name;
}

int ImageTableModel::usersAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_userCounts.value(key(r.nodeId, r.image.id));
}

int ImageTableModel::rowOf(const QString &nodeId, const QString &imageId, const QString &name) const
{
    return m_index.value(rowKey(nodeId, imageId, name), -1);
}

QList<int> ImageTableModel::rowsOf(const QString &nodeId, const QString &imageId) const
{
    QList<int> rows;
    const auto it = m_images.constFind(key(nodeId, imageId));
    if (it == m_images.cend())
        return rows;
    for (const QString &name : namesOf(*it)) {
        const int row = rowOf(nodeId, imageId, name);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList ImageTableModel::usersOf(const QString &nodeId, const QString &imageId) const
{
    QStringList names;
    const QString wanted = key(nodeId, imageId);
    const auto node = m_users.constFind(nodeId);
    if (node == m_users.cend())
        return names;
    for (const User &u : *node) {
        if (u.imageKey == wanted)
            names.append(u.name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ImageSummary &image = row.image;
    switch (role) {
    case NodeIdRole:
        return row.nodeId;
    case NodeNameRole:
        return nodeName(row.nodeId);
    case ImageIdRole:
        return image.id;
    case ReferenceRole:
        return referenceAt(index.row());
    case InUseRole:
        return usersAt(index.row()) > 0;
    case DanglingRole:
        return image.isDangling();
    case UsersRole:
        return usersAt(index.row());
    case SizeRole:
        return image.size;
    default:
        break;
    }
    switch (index.column()) {
    case Node:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return nodeName(row.nodeId);
        if (role == SortRole)
            return nodeName(row.nodeId).toLower();
        break;
    case Repository:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.repository;
        if (role == SortRole)
            return row.repository.toLower();
        break;
    case Tag:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.tag;
        if (role == SortRole)
            return row.tag.toLower();
        break;
    case Id:
        if (role == Qt::DisplayRole)
            return shortId(image.id);
        if (role == Qt::ToolTipRole)
            return image.id;
        if (role == SortRole)
            return normalizedId(image.id);
        break;
    case Size:
        if (role == Qt::DisplayRole)
            return QLocale().formattedDataSize(image.size, 1, QLocale::DataSizeSIFormat);
        if (role == Qt::ToolTipRole)
            return tr("%1 bytes").arg(QLocale().toString(image.size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return image.size;
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return image.created.isValid()
                       ? ContainerTableModel::agoText(qMax<qint64>(0, image.created.secsTo(m_now)))
                       : QString();
        if (role == Qt::ToolTipRole)
            return image.created.isValid()
                       ? QLocale().toString(image.created.toLocalTime(), QLocale::LongFormat)
                       : QString();
        if (role == SortRole)
            return image.created.isValid() ? image.created.toSecsSinceEpoch() : qint64(0);
        break;
    case Containers: {
        const int users = usersAt(index.row());
        if (role == Qt::DisplayRole)
            return users;
        if (role == Qt::ToolTipRole)
            return users == 0 ? tr("No container uses this image")
                              : usersOf(row.nodeId, image.id).join(QLatin1Char('\n'));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return users;
        break;
    }
    case Dangling:
        if (role == Qt::DisplayRole)
            return image.isDangling() ? tr("Dangling") : QString();
        if (role == Qt::ToolTipRole && image.isDangling())
            return tr("No name: a newer image took its name. Prune removes it.");
        if (role == SortRole)
            return image.isDangling() ? 1 : 0;
        break;
    default:
        break;
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Node:
        return tr("Node");
    case Repository:
        return tr("Repository");
    case Tag:
        return tr("Tag");
    case Id:
        return tr("Image ID");
    case Size:
        return tr("Size");
    case Created:
        return tr("Created");
    case Containers:
        return tr("Containers");
    case Dangling:
        return tr("Dangling");
    default:
        break;
    }
    return {};
}

// ---- nodes ----

void ImageTableModel::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes()) {
            node->disconnect(this);
            removeNode(node->id());
        }
    }
    m_manager = manager;
    if (!manager)
        return;
    connect(manager, &NodeManager::nodeAdded, this, &ImageTableModel::onNodeAdded);
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this,
            &ImageTableModel::onNodeAboutToBeRemoved);
    for (NodeService *node : manager->nodes())
        onNodeAdded(node);
}

void ImageTableModel::onNodeAdded(NodeService *node)
{
    const QString id = node->id();
    setNodeName(id, node->name());
    // The containers first, so the images' rows come with their counts.
    setContainers(id, node->containers());
    setImages(id, node->images());
    connect(node, &NodeService::imagesAdded, this,
            [this, id](const QList<ImageSummary> &list) { addImages(id, list); });
    connect(node, &NodeService::imagesChanged, this,
            [this, id](const QList<ImageSummary> &list) { updateImages(id, list); });
    connect(node, &NodeService::imagesRemoved, this,
            [this, id](const QStringList &ids) { removeImages(id, ids); });
    connect(node, &NodeService::containersAdded, this,
            [this, id](const QList<ContainerSummary> &list) { addContainers(id, list); });
    connect(node, &NodeService::containersChanged, this,
            [this, id](const QList<ContainerSummary> &list) { addContainers(id, list); });
    connect(node, &NodeService::containersRemoved, this,
            [this, id](const QStringList &ids) { removeContainers(id, ids); });
}

void ImageTableModel::onNodeAboutToBeRemoved(NodeService *node)
{
    node->disconnect(this);
    removeNode(node->id());
}

void ImageTableModel::setNodeName(const QString &nodeId, const QString &name)
{
    if (m_nodeNames.value(nodeId) == name)
        return;
    m_nodeNames.insert(nodeId, name);
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).nodeId == nodeId)
            rows.append(i);
    }
    emitChanged(rows);
}

void ImageTableModel::removeNode(const QString &nodeId)
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).nodeId == nodeId)
            rows.append(i);
    }
    removeRowList(rows);
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (it.key().startsWith(nodeId + QChar(0x1f)))
            it = m_images.erase(it);
        else
            ++it;
    }
    for (auto it = m_userCounts.begin(); it != m_userCounts.end();) {
        if (it.key().startsWith(nodeId + QChar(0x1f)))
            it = m_userCounts.erase(it);
        else
            ++it;
    }
    m_users.remove(nodeId);
    m_nodeNames.remove(nodeId);
}

// ---- images ----

void ImageTableModel::setImages(const QString &nodeId, const QList<ImageSummary> &images)
{
    QSet<QString> keep;
    for (const ImageSummary &i : images)
        keep.insert(key(nodeId, i.id));
    QStringList gone;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        if (it.key().startsWith(nodeId + QChar(0x1f)) && !keep.contains(it.key()))
            gone.append(it->id);
    }
    removeImages(nodeId, gone);
    addImages(nodeId, images);
}

void ImageTableModel::addImages(const QString &nodeId, const QList<ImageSummary> &images)
{
    QList<Row> fresh;
    QList<ImageSummary> known;
    for (const ImageSummary &image : images) {
        const QString k = key(nodeId, image.id);
        if (m_images.contains(k)) {
            known.append(image);
            continue;
        }
        m_images.insert(k, image);
        for (const QString &name : namesOf(image))
            fresh.append(makeRow(nodeId, image, name));
    }
    if (!known.isEmpty())
        updateImages(nodeId, known);
    appendRows(fresh);
}

void ImageTableModel::updateImages(const QString &nodeId, const QList<ImageSummary> &images)
{
    // A changed image may have gained names (new rows), lost some (rows removed) and changed
    // the rest in place.
    QList<int> goneRows;
    QList<Row> fresh;
    QList<QPair<QString, QString>> changed; // (image key, name) of rows kept
    QList<ImageSummary> unknown;
    for (const ImageSummary &image : images) {
        const QString k = key(nodeId, image.id);
        const auto it = m_images.find(k);
        if (it == m_images.end()) {
            unknown.append(image);
            continue;
        }
        if (*it == image)
            continue;
        const QStringList before = namesOf(*it);
        const QStringList after = namesOf(image);
        *it = image;
        for (const QString &name : before) {
            const int row = rowOf(nodeId, image.id, name);
            if (row < 0)
                continue;
            if (after.contains(name))
                changed.append({k, name});
            else
                goneRows.append(row);
        }
        for (const QString &name : after) {
            if (!before.contains(name))
                fresh.append(makeRow(nodeId, image, name));
        }
    }
    removeRowList(goneRows);
    QList<int> rows;
    for (const auto &[k, name] : std::as_const(changed)) {
        const int row = m_index.value(k + QChar(0x1f) + name, -1);
        if (row < 0)
            continue;
        m_rows[row] = makeRow(nodeId, m_images.value(k), name);
        rows.append(row);
    }
    emitChanged(rows);
    appendRows(fresh);
    if (!unknown.isEmpty())
        addImages(nodeId, unknown);
}

void ImageTableModel::removeImages(const QString &nodeId, const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        rows.append(rowsOf(nodeId, id));
        m_images.remove(key(nodeId, id));
    }
    removeRowList(rows);
}

void ImageTableModel::appendRows(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    reindexFrom(first);
    endInsertRows();
}

void ImageTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        m_index.insert(rowKey(r.nodeId, r.image.id, r.name), i);
    }
}

void ImageTableModel::removeRowList(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs from the bottom up, so earlier row numbers stay valid.
    int i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        int j = i + 1;
        while (j < rows.size() && rows.at(j) == first - 1) {
            first = rows.at(j);
            ++j;
        }
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const Row &row = m_rows.at(r);
            m_index.remove(rowKey(row.nodeId, row.image.id, row.name));
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j;
    }
    reindexFrom(rows.last());
}

void ImageTableModel::emitChanged(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const int top = rows.first();
    const int bottom = rows.last();
    // Many changed rows: one ranged signal is cheaper than many.
    if (rows.size() > m_rows.size() / 2) {
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1), roles);
        return;
    }
    for (const int row : std::as_const(rows))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

// ---- containers using the images ----

void ImageTableModel::changeUsers(const QString &imageKey, int delta, QSet<QString> &touched)
{
    if (imageKey.isEmpty())
        return;
    int &count = m_userCounts[imageKey];
    count += delta;
    if (count <= 0)
        m_userCounts.remove(imageKey);
    touched.insert(imageKey);
}

void ImageTableModel::emitUsersChanged(const QSet<QString> &imageKeys)
{
    QList<int> rows;
    for (const QString &k : imageKeys) {
        const auto it = m_images.constFind(k);
        if (it == m_images.cend())
            continue;
        const QString nodeId = k.left(k.indexOf(QChar(0x1f)));
        rows.append(rowsOf(nodeId, it->id));
    }
    emitChanged(rows, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, InUseRole, UsersRole});
}

void ImageTableModel::setContainers(const QString &nodeId,
                                    const QList<ContainerSummary> &containers)
{
    QSet<QString> keep;
    for (const ContainerSummary &c : containers)
        keep.insert(c.id);
    QStringList gone;
    const QHash<QString, User> users = m_users.value(nodeId);
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (!keep.contains(it.key()))
            gone.append(it.key());
    }
    removeContainers(nodeId, gone);
    addContainers(nodeId, containers);
}

void ImageTableModel::addContainers(const QString &nodeId,
                                    const QList<ContainerSummary> &containers)
{
    QSet<QString> touched;
    QHash<QString, User> &users = m_users[nodeId];
    for (const ContainerSummary &c : containers) {
        User user{c.imageId.isEmpty() ? QString() : key(nodeId, c.imageId), c.name};
        const auto it = users.find(c.id);
        if (it != users.end()) {
            if (it->imageKey == user.imageKey && it->name == user.name)
                continue;
            changeUsers(it->imageKey, -1, touched);
            *it = user;
        } else {
            users.insert(c.id, user);
        }
        changeUsers(user.imageKey, 1, touched);
    }
    emitUsersChanged(touched);
}

void ImageTableModel::removeContainers(const QString &nodeId, const QStringList &ids)
{
    const auto node = m_users.find(nodeId);
    if (node == m_users.end())
        return;
    QSet<QString> touched;
    for (const QString &id : ids) {
        const auto it = node->find(id);
        if (it == node->end())
            continue;
        changeUsers(it->imageKey, -1, touched);
        node->erase(it);
    }
    emitUsersChanged(touched);
}

// ---- clock and language ----

void ImageTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(int(m_rows.size()) - 1, Created),
                           {Qt::DisplayRole});
}

void ImageTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
