#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class ImageTableModel;

// The images the user asked to see: a search over repository, tag and id, and filters by node,
// by use (used by a container or not) and by name (dangling or named). Sorts by the source's
// raw-value role: size and created by value.
class ImageFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFilterProxy)

public:
    enum class UseFilter
    {
        All,
        InUse,
        Unused,
    };
    Q_ENUM(UseFilter)
    enum class DanglingFilter
    {
        All,
        Dangling,
        Named, // not dangling
    };
    Q_ENUM(DanglingFilter)

    explicit ImageFilterProxy(QObject *parent = nullptr);
    ~ImageFilterProxy() override;

    void setImageModel(ImageTableModel *model);

    // Words that must all match, each in the repository, the tag, or the id (from its start,
    // with or without "sha256:"); case does not matter.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every node.
    void setNodeFilter(const QString &nodeId);
    QString nodeFilter() const { return m_node; }
    void setUseFilter(UseFilter filter);
    UseFilter useFilter() const { return m_use; }
    void setDanglingFilter(DanglingFilter filter);
    DanglingFilter danglingFilter() const { return m_dangling; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The text columns compared in place, without the lowered copies the sort role makes.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ImageTableModel *m_model = nullptr;
    QString m_search;
    QStringList m_words;
    QStringList m_idWords; // the words without "sha256:"
    QString m_node;
    UseFilter m_use = UseFilter::All;
    DanglingFilter m_dangling = DanglingFilter::All;
};
