#pragma once

#include "core/engine/volumeinfo.h"

#include <QDialog>
#include <QPointer>

class NodeManager;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Creates a volume on a node: its name (or one the engine chooses), driver, driver options and
// labels as key=value lines. Checked as typed; nothing is sent until all of it is valid. Stays
// open with the engine's words when it refuses.
class CreateVolumeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVolumeDialog)

public:
    // Offers the manager's nodes that have volumes, `nodeId` first chosen.
    CreateVolumeDialog(NodeManager *manager, const QString &nodeId, QWidget *parent = nullptr);
    ~CreateVolumeDialog() override;

    // The volume as typed; valid only when problem() is empty.
    VolumeSpec spec() const;
    QString nodeId() const;
    void setNode(const QString &nodeId);
    // What stops the volume from being created as typed; empty when nothing does.
    QString problem() const;
    // Empty when `name` may name a volume (empty lets the engine choose); otherwise why not.
    static QString nameProblem(const QString &name);
    // key=value lines; `what` names them in the problem ("label", "option"). Other dialogs that
    // take labels read them the same way.
    static QMap<QString, QString> readPairs(const QString &text, const QString &what,
                                            QString *problem);
    static QMap<QString, QString> readPairs(const QPlainTextEdit *edit, const QString &what,
                                            QString *problem);

    QComboBox *nodeBox() const { return m_node; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *driverBox() const { return m_driver; }
    QPlainTextEdit *optionsEdit() const { return m_options; }
    QPlainTextEdit *labelsEdit() const { return m_labels; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const { return m_create; }
    // True while the engine is asked.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The engine made the volume (named `name`) on the node; the dialog closes.
    void created(const QString &nodeId, const QString &name);

private:
    void validate();
    void create();

    QPointer<NodeManager> m_manager;
    QComboBox *m_node = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_driver = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QPlainTextEdit *m_labels = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    bool m_busy = false;
};
