#include "ui/models/swarmsecretmodel.h"

#include "ui/models/swarmnodemodel.h"

#include <QLocale>

SwarmSecretModel::SwarmSecretModel(QObject *parent)
    : SnapshotTableModel<SwarmSecret>(parent)
{}

SwarmSecretModel::~SwarmSecretModel() = default;

int SwarmSecretModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SwarmSecretModel::kindText(SwarmSecret::Kind kind)
{
    return kind == SwarmSecret::Kind::Secret ? tr("Secret") : tr("Config");
}

void SwarmSecretModel::setSecrets(const QList<SwarmSecret> &secrets)
{
    m_secrets = secrets;
    setItems(m_secrets + m_configs);
}

void SwarmSecretModel::setConfigs(const QList<SwarmSecret> &configs)
{
    m_configs = configs;
    setItems(m_secrets + m_configs);
}

QVariant SwarmSecretModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SwarmSecret &s = itemAt(index.row());
    const QString stack = s.labels.value(QStringLiteral("com.docker.stack.namespace"));
    switch (role) {
    case IdRole:
        return s.id;
    case KindRole:
        return int(s.kind);
    case Qt::ToolTipRole:
        if (s.kind == SwarmSecret::Kind::Secret)
            return tr("A secret's content is never shown: the swarm gives it only to the "
                      "services that use it.");
        return QString::fromUtf8(s.data.left(2000));
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return s.name;
    case Kind:
        return sort ? QVariant(int(s.kind)) : kindText(s.kind);
    case Stack:
        return stack;
    case Labels:
        return SwarmNodeModel::labelsText(s.labels);
    case Created:
        return sort ? QVariant(s.created)
                    : QVariant(locale.toString(s.created.toLocalTime(), QLocale::ShortFormat));
    case Updated:
        return sort ? QVariant(s.updated)
                    : QVariant(locale.toString(s.updated.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SwarmSecretModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Stack:
        return tr("Stack");
    case Labels:
        return tr("Labels");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

void SwarmSecretModel::retranslate()
{
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
