#pragma once

#include "core/config/nodeimporter.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// Offers the engines the docker and podman CLIs already know (contexts and connections) as
// nodes to add: the ones that would be new, each with a checkbox, and why others are left out.
class ImportNodesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportNodesDialog)

public:
    // Of a list item: what is at risk reaching that node (NodeConfig::riskText()), if anything.
    static constexpr int RiskRole = Qt::UserRole + 1;

    ImportNodesDialog(const NodeImporter::Plan &plan, const QStringList &warnings,
                      QWidget *parent = nullptr);
    ~ImportNodesDialog() override;

    // The nodes left checked.
    QList<NodeConfig> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    NodeImporter::Plan m_plan;
    QListWidget *m_list = nullptr;
    QPushButton *m_import = nullptr;
};
