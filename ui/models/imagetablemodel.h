#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/imageinfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

class NodeManager;
class NodeService;

// The images of every node as rows: one row per name (repo:tag) of an image, and one row for an
// image without a name (dangling), keyed by node, image id and name. Holds value snapshots of the
// images and of the nodes' containers (to count the containers using each image), changed only
// through the batches the NodeServices announce: a retagged image gains or loses rows in place.
class ImageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)

public:
    enum Column
    {
        Node,
        Repository,
        Tag,
        Id,
        Size,
        Created,
        Containers,
        Dangling,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a raw value to sort by
        NodeIdRole,
        NodeNameRole,
        ImageIdRole,   // the id as the engine gives it
        ReferenceRole, // "repo:tag", or the image id for an image without a name
        InUseRole,     // bool: a container (running or not) uses the image
        DanglingRole,  // bool
        UsersRole,     // int: how many containers use it
        SizeRole,      // qint64 bytes
    };

    explicit ImageTableModel(QObject *parent = nullptr);
    ~ImageTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ImageSummary &imageAt(int row) const { return m_rows.at(row).image; }
    QString nodeIdAt(int row) const { return m_rows.at(row).nodeId; }
    // The row's name: "repo:tag", empty for an image without one.
    const QString &nameAt(int row) const { return m_rows.at(row).name; }
    const QString &repositoryAt(int row) const { return m_rows.at(row).repository; }
    const QString &tagAt(int row) const { return m_rows.at(row).tag; }
    // "repo:tag", or the image id where the row has no name.
    QString referenceAt(int row) const;
    // Repository and tag, lowered and separated by U+001F: what a search word is found in.
    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }
    // The image id without "sha256:", lowered: what a search word may begin.
    const QString &bareIdAt(int row) const { return m_rows.at(row).bareId; }
    int usersAt(int row) const;
    bool isDanglingAt(int row) const { return m_rows.at(row).image.isDangling(); }
    // The row of the image's name on the node (`name` empty for the nameless row), or -1.
    int rowOf(const QString &nodeId, const QString &imageId, const QString &name = {}) const;
    // Every row of the image on the node, in model order.
    QList<int> rowsOf(const QString &nodeId, const QString &imageId) const;
    // The names of the node's containers that use the image, sorted.
    QStringList usersOf(const QString &nodeId, const QString &imageId) const;

    // Follows the manager's nodes, their images and containers by itself (null for none); the
    // model does not own it. The rows of a previous manager's nodes go.
    void setNodeManager(NodeManager *manager);

    void setNodeName(const QString &nodeId, const QString &name);
    QString nodeName(const QString &nodeId) const { return m_nodeNames.value(nodeId, nodeId); }

    // Replaces the node's images with these (other nodes' rows stay).
    void setImages(const QString &nodeId, const QList<ImageSummary> &images);
    void addImages(const QString &nodeId, const QList<ImageSummary> &images);
    void updateImages(const QString &nodeId, const QList<ImageSummary> &images);
    void removeImages(const QString &nodeId, const QStringList &ids);
    // The node's containers, for the counts of containers using each image.
    void setContainers(const QString &nodeId, const QList<ContainerSummary> &containers);
    void addContainers(const QString &nodeId, const QList<ContainerSummary> &containers);
    void removeContainers(const QString &nodeId, const QStringList &ids);
    // Every row and container of the node.
    void removeNode(const QString &nodeId);

    // "Created" is shown relative to this clock; the model ticks it itself, and tests set it.
    void setNow(const QDateTime &now);
    void retranslate();

    // The id without the "sha256:" Docker puts before it and Podman's libpod may leave out.
    static QString normalizedId(const QString &id);
    // "registry:5000/team/app:1.2" -> ("registry:5000/team/app", "1.2"); no tag: "latest".
    static QPair<QString, QString> splitName(const QString &name);

private:
    struct Row
    {
        QString nodeId;
        ImageSummary image;
        QString name; // "repo:tag"; empty for the nameless row
        QString repository;
        QString tag;
        QString searchText;
        QString bareId;
    };
    struct User
    {
        QString imageKey; // key(node, normalized image id)
        QString name;
    };
    static QString key(const QString &nodeId, const QString &id)
    {
        return nodeId + QChar(0x1f) + normalizedId(id);
    }
    static QString rowKey(const QString &nodeId, const QString &id, const QString &name)
    {
        return key(nodeId, id) + QChar(0x1f) + name;
    }
    // The names an image has rows for: its tags, or one empty name when it has none.
    static QStringList namesOf(const ImageSummary &image);
    static Row makeRow(const QString &nodeId, const ImageSummary &image, const QString &name);
    void appendRows(const QList<Row> &rows);
    void removeRowList(QList<int> rows);
    void reindexFrom(int row);
    void emitChanged(QList<int> rows, const QList<int> &roles = {});
    void changeUsers(const QString &imageKey, int delta, QSet<QString> &touched);
    void emitUsersChanged(const QSet<QString> &imageKeys);
    void onNodeAdded(NodeService *node);
    void onNodeAboutToBeRemoved(NodeService *node);

    QPointer<NodeManager> m_manager;
    QList<Row> m_rows;
    QHash<QString, int> m_index;                  // rowKey(node, id, name) -> row
    QHash<QString, ImageSummary> m_images;        // key(node, id) -> the image's snapshot
    QHash<QString, QHash<QString, User>> m_users; // node -> container id -> what it uses
    QHash<QString, int> m_userCounts;             // key(node, image id) -> containers using it
    QHash<QString, QString> m_nodeNames;
    QDateTime m_now;
    QTimer m_clock;
};
