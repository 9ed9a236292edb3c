#include "ui/dialogs/builddialog.h"

#include "core/config/appsettings.h"
#include "core/services/imagebuild.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/syntaxrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

// A Dockerfile bigger than this is not one a person edits: it is not loaded.
constexpr qint64 MaxDockerfileBytes = 1024 * 1024;

// As the engines accept a name for the result: an optional registry host with port, lowercase
// path parts, an optional tag.
const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-]+[a-z0-9]+)*"
                       "(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$"));
    return re;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isOnline(const NodeService *node)
{
    return node && (node->state() == NodeService::State::Online ||
                    node->state() == NodeService::State::Degraded);
}

QString tableText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

BuildDialog::BuildDialog(NodeManager *nodes, QWidget *parent)
    : QDialog(parent)
    , m_manager(nodes)
{
    setObjectName(QStringLiteral("buildDialog"));
    auto *outer = new QVBoxLayout(this);

    // Where and what: node, context folder, Dockerfile.
    auto *source = new QFormLayout;
    source->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("node"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    source->addRow(tr("&Node:"), m_node);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("contextFolder"));
    m_folderButton = new QPushButton(this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_folderButton);
    source->addRow(tr("&Context folder:"), folderRow);
    if (auto *label = qobject_cast<QLabel *>(source->labelForField(folderRow)))
        label->setBuddy(m_folder);
    auto *dockerfileRow = new QHBoxLayout;
    m_dockerfile = new QLineEdit(this);
    m_dockerfile->setObjectName(QStringLiteral("dockerfile"));
    m_dockerfileButton = new QPushButton(this);
    dockerfileRow->addWidget(m_dockerfile, 1);
    dockerfileRow->addWidget(m_dockerfileButton);
    source->addRow(tr("&Dockerfile:"), dockerfileRow);
    if (auto *label = qobject_cast<QLabel *>(source->labelForField(dockerfileRow)))
        label->setBuddy(m_dockerfile);
    outer->addLayout(source);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    // The Dockerfile beside the build's settings.
    auto *top = new QSplitter(Qt::Horizontal, splitter);
    top->setChildrenCollapsible(false);
    auto *editorPane = new QWidget(top);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new CodeEditor(editorPane);
    m_editor->setObjectName(QStringLiteral("dockerfileEditor"));
    m_editor->setSyntax(QStringLiteral("Dockerfile"));
    editorLayout->addWidget(m_editor, 1);
    m_fileState = new QLabel(editorPane);
    m_fileState->setObjectName(QStringLiteral("fileState"));
    m_fileState->setWordWrap(true);
    editorLayout->addWidget(m_fileState);

    auto *settings = new QWidget(top);
    auto *form = new QFormLayout(settings);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_tags = new QLineEdit(settings);
    m_tags->setObjectName(QStringLiteral("tags"));
    form->addRow(tr("&Tags:"), m_tags);
    auto *argsBox = new QWidget(settings);
    auto *argsLayout = new QVBoxLayout(argsBox);
    argsLayout->setContentsMargins(0, 0, 0, 0);
    m_args = new QTableWidget(0, 2, argsBox);
    m_args->setObjectName(QStringLiteral("buildArgs"));
    m_args->verticalHeader()->hide();
    m_args->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_args->horizontalHeader()->setStretchLastSection(true);
    m_args->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_args->setTabKeyNavigation(false);
    argsLayout->addWidget(m_args, 1);
    auto *argButtons = new QHBoxLayout;
    m_addArg = new QPushButton(argsBox);
    m_removeArg = new QPushButton(argsBox);
    argButtons->addWidget(m_addArg);
    argButtons->addWidget(m_removeArg);
    argButtons->addStretch();
    argsLayout->addLayout(argButtons);
    form->addRow(tr("Build a&rguments:"), argsBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(argsBox)))
        label->setBuddy(m_args);
    m_target = new QLineEdit(settings);
    m_target->setObjectName(QStringLiteral("target"));
    form->addRow(tr("T&arget stage:"), m_target);
    m_noCache = new QCheckBox(settings);
    m_noCache->setObjectName(QStringLiteral("noCache"));
    form->addRow(QString(), m_noCache);
    m_pull = new QCheckBox(settings);
    m_pull->setObjectName(QStringLiteral("pull"));
    form->addRow(QString(), m_pull);
    m_problem = new QLabel(settings);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    top->addWidget(editorPane);
    top->addWidget(settings);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    // The build as it goes.
    auto *output = new QWidget(splitter);
    auto *outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    auto *progressRow = new QHBoxLayout;
    m_step = new QLabel(output);
    m_step->setObjectName(QStringLiteral("step"));
    m_step->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(output);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    progressRow->addWidget(m_step, 1);
    progressRow->addWidget(m_progress, 1);
    outputLayout->addLayout(progressRow);
    m_log = new QPlainTextEdit(output);
    m_log->setObjectName(QStringLiteral("buildLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(100000);
    outputLayout->addWidget(m_log, 1);
    splitter->addWidget(top);
    splitter->addWidget(output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("buildStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    outer->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_build = m_buttons->addButton(tr("&Build"), QDialogButtonBox::AcceptRole);
    m_build->setObjectName(QStringLiteral("build"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));
    // Return in a field must not start a build: Ctrl+Return does.
    m_build->setAutoDefault(false);
    m_close->setAutoDefault(false);
    outer->addWidget(m_buttons);

    m_inputs = {m_node, m_folder, m_folderButton, m_dockerfile, m_dockerfileButton, m_tags,
                m_args, m_addArg, m_removeArg,    m_target,     m_noCache,          m_pull};

    auto *buildAction = new QAction(this);
    buildAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    buildAction->setShortcutContext(Qt::WindowShortcut);
    connect(buildAction, &QAction::triggered, this, [this] {
        if (m_build->isEnabled())
            build();
    });
    addAction(buildAction);
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (!isBuilding() && saveDockerfile())
            showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(loadedPath())), false);
    });
    addAction(saveAction);

    connect(m_build, &QPushButton::clicked, this, &BuildDialog::build);
    connect(m_close, &QPushButton::clicked, this, &BuildDialog::reject);
    connect(m_folderButton, &QPushButton::clicked, this, &BuildDialog::chooseFolder);
    connect(m_dockerfileButton, &QPushButton::clicked, this, &BuildDialog::chooseDockerfile);
    connect(m_folder, &QLineEdit::editingFinished, this, &BuildDialog::loadSource);
    connect(m_dockerfile, &QLineEdit::editingFinished, this, &BuildDialog::loadSource);
    connect(m_folder, &QLineEdit::textChanged, this, &BuildDialog::validate);
    connect(m_dockerfile, &QLineEdit::textChanged, this, &BuildDialog::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &BuildDialog::validate);
    connect(m_target, &QLineEdit::textChanged, this, &BuildDialog::validate);
    connect(m_args, &QTableWidget::itemChanged, this, &BuildDialog::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateFileState();
        validate();
    });
    connect(m_addArg, &QPushButton::clicked, this, [this] {
        addBuildArg({}, {});
        m_args->setCurrentCell(m_args->rowCount() - 1, 0);
        m_args->editItem(m_args->item(m_args->rowCount() - 1, 0));
    });
    connect(m_removeArg, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_args->selectionModel()->selectedRows())
            rows << index.row();
        if (rows.isEmpty() && m_args->currentRow() >= 0)
            rows << m_args->currentRow();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : std::as_const(rows))
            m_args->removeRow(row);
        validate();
    });
    connect(m_node, &QComboBox::currentIndexChanged, this, &BuildDialog::validate);
    // A choice the user makes replaces the one asked for.
    connect(m_node, &QComboBox::activated, this,
            [this] { m_wantedNode = m_node->currentData().toString(); });
    if (m_manager) {
        connect(m_manager, &NodeManager::nodeAdded, this, &BuildDialog::fillNodes);
        connect(m_manager, &NodeManager::nodeChanged, this, &BuildDialog::fillNodes);
        connect(m_manager, &NodeManager::nodeRemoved, this, &BuildDialog::fillNodes);
    }

    retranslateUi();
    fillNodes();
    if (const QString last = AppSettings::buildContextFolder();
        !last.isEmpty() && QFileInfo(last).isDir())
        setContextFolder(last);
    else
        loadSource();
    resize(sizeHint().expandedTo(QSize(900, 700)));
}

BuildDialog::~BuildDialog() = default;

void BuildDialog::retranslateUi()
{
    setWindowTitle(tr("Build an Image"));
    m_node->setPlaceholderText(tr("No node is connected"));
    m_folder->setPlaceholderText(tr("The folder sent to the engine"));
    m_folderButton->setText(tr("Choose &Folder…"));
    m_dockerfile->setPlaceholderText(tr("Dockerfile"));
    m_dockerfile->setToolTip(tr("The Dockerfile's path inside the context folder"));
    m_dockerfileButton->setText(tr("Choose F&ile…"));
    m_editor->setPlaceholderText(tr("There is no Dockerfile here yet: write one, for example\n\n"
                                    "FROM busybox\n"
                                    "COPY . /app\n"
                                    "CMD [\"/app/run.sh\"]\n\n"
                                    "It is saved into the context folder when you build."));
    m_tags->setPlaceholderText(tr("myapp:1.0, registry.example:5000/team/myapp"));
    m_tags->setToolTip(
        tr("Names for the image, separated by commas or spaces; leave it empty for an "
           "image without a name"));
    m_args->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_addArg->setText(tr("Add"));
    m_removeArg->setText(tr("Remove"));
    m_target->setPlaceholderText(tr("The last stage when empty"));
    m_noCache->setText(tr("Do not use the cac&he"));
    m_pull->setText(tr("&Pull newer base images"));
    m_build->setToolTip(tr("Build the image (Ctrl+Return)"));
    updateCloseButton();
    updateFileState();
    validate();
}

void BuildDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolourLog();
}

void BuildDialog::fillNodes()
{
    const QString current =
        m_wantedNode.isEmpty() ? m_node->currentData().toString() : m_wantedNode;
    {
        const QSignalBlocker blocker(m_node);
        m_node->clear();
        if (m_manager) {
            for (NodeService *node : m_manager->nodes()) {
                // A node that comes online (or goes away) changes the list.
                connect(node, &NodeService::stateChanged, this, &BuildDialog::fillNodes,
                        Qt::UniqueConnection);
                // Only engines that build (EngineCapabilities::imageBuild).
                if (isOnline(node) && node->engineInfo().capabilities.imageBuild)
                    m_node->addItem(node->name(), node->id());
            }
        }
        m_node->setCurrentIndex(qMax(0, m_node->findData(current)));
    }
    validate();
}

void BuildDialog::setNode(const QString &nodeId)
{
    m_wantedNode = nodeId;
    fillNodes();
}

NodeService *BuildDialog::selectedNode() const
{
    return m_manager ? m_manager->node(m_node->currentData().toString()) : nullptr;
}

QString BuildDialog::contextFolder() const
{
    const QString folder = m_folder->text().trimmed();
    return folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
}

QString BuildDialog::dockerfilePath() const
{
    const QString name = m_dockerfile->text().trimmed();
    return QDir(contextFolder())
        .filePath(name.isEmpty() ? QStringLiteral("Dockerfile") : QDir::fromNativeSeparators(name));
}

void BuildDialog::setContextFolder(const QString &path)
{
    m_folder->setText(QDir::toNativeSeparators(path));
    loadSource();
}

void BuildDialog::setDockerfile(const QString &relativePath)
{
    m_dockerfile->setText(QDir::toNativeSeparators(relativePath));
    loadSource();
}

void BuildDialog::chooseFolder()
{
    const QString start = contextFolder().isEmpty() ? QDir::homePath() : contextFolder();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the Context Folder"), start);
    if (!folder.isEmpty())
        setContextFolder(folder);
}

void BuildDialog::chooseDockerfile()
{
    const QString folder = contextFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        showStatus(tr("Choose the context folder first: the Dockerfile is inside it."), true);
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the Dockerfile"), dockerfilePath());
    if (file.isEmpty())
        return;
    const QString relative = QDir(folder).relativeFilePath(file);
    if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative)) {
        showStatus(tr("%1 is outside the context folder: the engine only gets what is inside "
                      "it. Choose a file inside %2, or another folder.")
                       .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(folder)),
                   true);
        return;
    }
    setDockerfile(relative);
}

bool BuildDialog::hasUnsavedEdits() const
{
    if (m_loadFailed)
        return false;
    const QString text = m_editor->toPlainText();
    return m_loadedExists ? text != m_loadedText : !text.trimmed().isEmpty();
}

bool BuildDialog::askToKeepEdits()
{
    // True when the edits were saved or the user let them go.
    const auto answer = QMessageBox::question(
        this, tr("Save the Dockerfile?"),
        tr("The Dockerfile %1 has changes that are not saved. Save them before showing "
           "another file?")
            .arg(QDir::toNativeSeparators(loadedPath())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || saveDockerfile();
}

QString BuildDialog::loadedPath() const
{
    return QDir(m_loadedFolder)
        .filePath(m_loadedDockerfile.isEmpty() ? QStringLiteral("Dockerfile") : m_loadedDockerfile);
}

bool BuildDialog::loadSource()
{
    const QString folder = contextFolder();
    const QString dockerfile = QDir::fromNativeSeparators(m_dockerfile->text().trimmed());
    if (folder == m_loadedFolder && dockerfile == m_loadedDockerfile && !m_loadedFolder.isEmpty())
        return true;
    if (hasUnsavedEdits() && !askToKeepEdits()) {
        // Back to the file whose edits are kept.
        const QSignalBlocker a(m_folder);
        const QSignalBlocker b(m_dockerfile);
        m_folder->setText(QDir::toNativeSeparators(m_loadedFolder));
        m_dockerfile->setText(QDir::toNativeSeparators(m_loadedDockerfile));
        validate();
        return false;
    }
    m_loadedFolder = folder;
    m_loadedDockerfile = dockerfile;
    m_loadedText.clear();
    m_loadedExists = false;
    m_loadFailed = false;
    m_editor->setReadOnly(false);
    QString text;
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        QFile file(dockerfilePath());
        if (file.exists()) {
            if (file.size() > MaxDockerfileBytes) {
                m_loadFailed = true;
            } else if (file.open(QIODevice::ReadOnly)) {
                text = QString::fromUtf8(file.readAll());
                m_loadedExists = true;
            } else {
                m_loadFailed = true;
            }
        }
    }
    // What the editor shows is what was read; editing it starts from there.
    m_loadedText = text;
    m_editor->setPlainText(text);
    m_editor->setReadOnly(m_loadFailed || isBuilding());
    updateFileState();
    validate();
    return true;
}

void BuildDialog::updateFileState()
{
    QString state;
    const QString path = QDir::toNativeSeparators(dockerfilePath());
    const QString folder = contextFolder();
    if (folder.isEmpty())
        state = tr("Choose the folder whose files the image is built from.");
    else if (!QFileInfo(folder).isDir())
        state = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
    else if (m_loadFailed)
        state = tr("%1 cannot be shown here (not readable, or larger than 1 MB); it is built as "
                   "it is.")
                    .arg(path);
    else if (!m_loadedExists)
        state = m_editor->toPlainText().trimmed().isEmpty()
                    ? tr("%1 does not exist yet: write it above.").arg(path)
                    : tr("New file: it is saved as %1 when you build (or press Ctrl+S).").arg(path);
    else if (hasUnsavedEdits())
        state = tr("Changed: saved to %1 when you build (or press Ctrl+S).").arg(path);
    else
        state = path;
    m_fileState->setText(state);
}

std::optional<BuildOptions> BuildDialog::options(QString *problem) const
{
    const auto fail = [problem](const QString &text) -> std::optional<BuildOptions> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    BuildOptions o;
    o.contextDir = contextFolder();
    if (o.contextDir.isEmpty())
        return fail(tr("Choose a context folder."));
    if (!QFileInfo(o.contextDir).isDir())
        return fail(tr("The context folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(o.contextDir)));
    o.dockerfile = QDir::fromNativeSeparators(m_dockerfile->text().trimmed());
    if (!o.dockerfile.isEmpty()) {
        const QString relative = QDir::cleanPath(o.dockerfile);
        if (QDir::isAbsolutePath(relative) || relative.startsWith(QLatin1String("..")))
            return fail(tr("The Dockerfile must be inside the context folder: give its path "
                           "relative to the folder."));
        o.dockerfile = relative;
    }
    if (!m_loadFailed && m_editor->toPlainText().trimmed().isEmpty())
        return fail(tr("The Dockerfile is empty: write at least a FROM line."));
    for (const QString &tag : splitTags(m_tags->text())) {
        if (!tagPattern().match(tag).hasMatch())
            return fail(tr("\"%1\" is not an image name: use lowercase letters, digits and "
                           ". _ - in parts separated by /, and an optional :tag.")
                            .arg(tag));
        o.tags << tag;
    }
    QSet<QString> names;
    for (int row = 0; row < m_args->rowCount(); ++row) {
        const QString name = tableText(m_args, row, 0).trimmed();
        const QString value = tableText(m_args, row, 1);
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (name.isEmpty())
            return fail(tr("The build argument with the value \"%1\" has no name.").arg(value));
        if (name.contains(QLatin1Char('=')) ||
            name.contains(QRegularExpression(QStringLiteral("\\s"))))
            return fail(tr("\"%1\" is not a build argument name: no spaces and no =.").arg(name));
        if (names.contains(name))
            return fail(tr("The build argument %1 is given twice.").arg(name));
        names.insert(name);
        o.buildArgs.insert(name, value);
    }
    o.target = m_target->text().trimmed();
    if (o.target.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(tr("A target stage's name has no spaces."));
    o.noCache = m_noCache->isChecked();
    o.pull = m_pull->isChecked();
    return o;
}

void BuildDialog::validate()
{
    if (!m_build)
        return;
    QString problem;
    const bool valid = options(&problem).has_value();
    // An empty folder field is the start, not a mistake.
    const bool show = !valid && !contextFolder().isEmpty();
    m_problem->setText(show ? problem : QString());
    m_problem->setVisible(show);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, SyntaxRepository::errorColor(palette()));
    m_problem->setPalette(p);
    const bool online = isOnline(selectedNode());
    m_build->setEnabled(valid && online && !isBuilding());
    m_build->setToolTip(!online && !isBuilding() ? tr("No node is connected to build on.")
                                                 : tr("Build the image (Ctrl+Return)"));
}

void BuildDialog::addBuildArg(const QString &name, const QString &value)
{
    const int row = m_args->rowCount();
    m_args->insertRow(row);
    m_args->setItem(row, 0, new QTableWidgetItem(name));
    m_args->setItem(row, 1, new QTableWidgetItem(value));
    validate();
}

bool BuildDialog::saveDockerfile()
{
    if (m_loadFailed)
        return true; // built as it is on disk
    // Into the file the editor shows, whatever the fields say now.
    const QString path = loadedPath();
    const QString text = m_editor->toPlainText();
    QFile current(path);
    const bool exists = current.exists();
    if (exists && current.open(QIODevice::ReadOnly)) {
        const QString onDisk = QString::fromUtf8(current.readAll());
        current.close();
        if (onDisk != m_loadedText) {
            // Someone changed the file since it was shown.
            if (!hasUnsavedEdits()) {
                // Nothing typed here: the file as it is now is what gets built.
                m_loadedText = onDisk;
                m_editor->setPlainText(onDisk);
                return true;
            }
            const auto answer = QMessageBox::warning(
                this, tr("The Dockerfile changed on disk"),
                tr("%1 was changed by another program after it was opened here. Replace it "
                   "with the text in the editor?")
                    .arg(QDir::toNativeSeparators(path)),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Save)
                return false;
        } else if (onDisk == text) {
            return true;
        }
    } else if (!exists && text.trimmed().isEmpty()) {
        return true; // nothing to write; options() says what is missing
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showStatus(tr("Could not make the folder for %1.").arg(QDir::toNativeSeparators(path)),
                   true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        showStatus(tr("Could not save %1: %2. Your text is still in the editor.")
                       .arg(QDir::toNativeSeparators(path), file.errorString()),
                   true);
        return false;
    }
    m_loadedText = text;
    m_loadedExists = true;
    updateFileState();
    return true;
}

void BuildDialog::build()
{
    if (isBuilding())
        return;
    // The fields may name another file than the editor shows when the user typed a path and
    // went straight to Build.
    if (!loadSource())
        return;
    NodeService *node = selectedNode();
    QString problem;
    const std::optional<BuildOptions> o = options(&problem);
    if (!o) {
        showStatus(problem, true);
        return;
    }
    if (!isOnline(node)) {
        showStatus(tr("No node is connected to build on."), true);
        return;
    }
    if (!saveDockerfile())
        return;
    AppSettings::setBuildContextFolder(o->contextDir);

    m_buildNodeId = node->id();
    m_buildNodeName = node->name();
    m_buildCanStop = node->engineInfo().capabilities.buildCancel;
    m_buildTags = o->tags;
    m_log->clear();
    m_pendingOutput.clear();
    m_stepNumber = 0;
    m_stepCount = 0;
    m_stepInstruction.clear();
    m_step->clear();
    m_imageBuild = new ImageBuild(node, this);
    connect(m_imageBuild, &ImageBuild::progressed, this, &BuildDialog::onProgress);
    connect(m_imageBuild, &ImageBuild::output, this, &BuildDialog::onOutput);
    connect(m_imageBuild, &ImageBuild::stepStarted, this, &BuildDialog::onStep);
    connect(m_imageBuild, &ImageBuild::finished, this, &BuildDialog::onFinished);
    setBuilding(true);
    showStatus(tr("Building on %1…").arg(m_buildNodeName), false);
    m_progress->setRange(0, 0);
    m_imageBuild->start(*o);
}

void BuildDialog::setBuilding(bool building)
{
    for (QWidget *w : std::as_const(m_inputs))
        w->setEnabled(!building);
    m_editor->setReadOnly(building || m_loadFailed);
    m_progress->setVisible(building);
    updateCloseButton();
    validate();
}

void BuildDialog::updateCloseButton()
{
    if (!isBuilding()) {
        m_close->setText(tr("Close"));
        m_close->setToolTip(QString());
    } else if (m_buildCanStop) {
        m_close->setText(tr("&Stop Build"));
        m_close->setToolTip(tr("Stop the build (Esc)"));
    } else {
        m_close->setText(tr("&Stop Following"));
        m_close->setToolTip(tr("%1 cannot interrupt a step once it has begun: the running "
                               "step runs to its end on the node. This stops following the "
                               "build (Esc).")
                                .arg(m_buildNodeName));
    }
}

void BuildDialog::onProgress(const BuildProgress &progress)
{
    const QLocale locale;
    switch (progress.phase) {
    case BuildProgress::Phase::Packing:
        if (progress.total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * progress.done / progress.total));
            m_step->setText(tr("Packing the context folder: %1 of %2")
                                .arg(locale.formattedDataSize(progress.done),
                                     locale.formattedDataSize(progress.total)));
        } else {
            m_progress->setRange(0, 0);
            m_step->setText(
                tr("Packing the context folder: %1").arg(locale.formattedDataSize(progress.done)));
        }
        break;
    case BuildProgress::Phase::Sending:
        if (progress.total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * progress.done / progress.total));
            m_step->setText(tr("Sending the context to %1: %2 of %3")
                                .arg(m_buildNodeName, locale.formattedDataSize(progress.done),
                                     locale.formattedDataSize(progress.total)));
        } else {
            m_progress->setRange(0, 0);
            m_step->setText(tr("Sending the context to %1: %2")
                                .arg(m_buildNodeName, locale.formattedDataSize(progress.done)));
        }
        break;
    case BuildProgress::Phase::Building:
        // The steps fill the bar once the first one is announced.
        m_progress->setRange(0, 0);
        m_step->setText(tr("The engine is reading the context…"));
        break;
    }
}

void BuildDialog::onOutput(const QString &text, bool isError)
{
    if (isError) {
        flushOutput();
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            appendLine(line, LineKind::Error);
        return;
    }
    m_pendingOutput += text;
    const qsizetype end = m_pendingOutput.lastIndexOf(QLatin1Char('\n'));
    if (end < 0)
        return;
    const QStringList lines = m_pendingOutput.left(end).split(QLatin1Char('\n'));
    m_pendingOutput.remove(0, end + 1);
    for (const QString &line : lines)
        appendLine(line, LineKind::Output);
}

void BuildDialog::flushOutput()
{
    if (!m_pendingOutput.isEmpty())
        appendLine(m_pendingOutput, LineKind::Output);
    m_pendingOutput.clear();
}

void BuildDialog::appendLine(const QString &rawLine, LineKind kind)
{
    QString line = rawLine;
    // A carriage return rewrites the line in a terminal: its last part is what stays.
    if (const qsizetype cr = line.lastIndexOf(QLatin1Char('\r'), line.size() - 2); cr >= 0)
        line = line.mid(cr + 1);
    line.remove(QLatin1Char('\r'));
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCharFormat format;
    if (kind == LineKind::Error)
        format.setForeground(SyntaxRepository::errorColor(palette()));
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_log->document()->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), format);
    cursor.setBlockCharFormat(format);
    cursor.insertText(line, format);
    cursor.block().setUserState(int(kind));
    // Follow the log unless the reader went up to read.
    if (atEnd)
        bar->setValue(bar->maximum());
}

void BuildDialog::recolourLog()
{
    // Error lines and step marks take the new palette's colours.
    const QColor error = SyntaxRepository::errorColor(palette());
    for (QTextBlock b = m_log->document()->firstBlock(); b.isValid(); b = b.next()) {
        QTextCursor cursor(b);
        cursor.select(QTextCursor::BlockUnderCursor);
        if (b.userState() == int(LineKind::Error)) {
            QTextCharFormat format;
            format.setForeground(error);
            cursor.mergeCharFormat(format);
        } else if (b.userState() == int(LineKind::Step)) {
            QTextBlockFormat format;
            format.setBackground(palette().color(QPalette::AlternateBase));
            cursor.mergeBlockFormat(format);
        }
    }
    if (m_status->property("error").toBool()) {
        QPalette p = palette();
        p.setColor(QPalette::WindowText, error);
        m_status->setPalette(p);
    }
    validate();
}

void BuildDialog::onStep(int number, int count, const QString &instruction)
{
    m_stepNumber = number;
    m_stepCount = count;
    m_stepInstruction = instruction;
    m_step->setText(tr("Step %1 of %2: %3").arg(number).arg(count).arg(instruction));
    m_progress->setRange(0, qMax(1, count));
    m_progress->setValue(qBound(0, number - 1, count));
    // The step's own line came in the output just before: mark it.
    const QString counter = QStringLiteral("%1/%2").arg(number).arg(count);
    QTextBlock block = m_log->document()->lastBlock();
    for (int seen = 0; block.isValid() && seen < 50; ++seen, block = block.previous()) {
        const QString text = block.text();
        if (text.contains(counter) && text.trimmed().endsWith(instruction.trimmed())) {
            QTextCursor cursor(block);
            cursor.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            cursor.mergeCharFormat(bold);
            QTextBlockFormat marked;
            marked.setBackground(palette().color(QPalette::AlternateBase));
            marked.setTopMargin(4);
            cursor.mergeBlockFormat(marked);
            block.setUserState(int(LineKind::Step));
            break;
        }
    }
}

void BuildDialog::onFinished(const EngineError &error, const QString &imageId)
{
    flushOutput();
    m_imageBuild->deleteLater();
    m_imageBuild = nullptr;
    setBuilding(false);
    if (error.isError()) {
        m_progress->hide();
        if (m_stepNumber > 0)
            m_step->setText(tr("Failed at step %1 of %2: %3")
                                .arg(m_stepNumber)
                                .arg(m_stepCount)
                                .arg(m_stepInstruction));
        showStatus(tr("The build failed on %1: %2").arg(m_buildNodeName, error.refusalText()),
                   true);
        Q_EMIT buildFinished(false);
        return;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->show();
    if (m_stepCount > 0)
        m_step->setText(tr("All %n step(s) done", nullptr, m_stepCount));
    QString shortId = imageId;
    if (shortId.startsWith(QLatin1String("sha256:")))
        shortId = shortId.mid(7);
    shortId = shortId.left(12);
    showStatus(m_buildTags.isEmpty()
                   ? tr("Built the image %1 on %2.").arg(shortId, m_buildNodeName)
                   : tr("Built %1 (%2) on %3.")
                         .arg(m_buildTags.join(QLatin1String(", ")), shortId, m_buildNodeName),
               false);
    Q_EMIT built(m_buildNodeId, imageId);
    Q_EMIT buildFinished(true);
}

void BuildDialog::stopBuild()
{
    if (!m_imageBuild)
        return;
    m_imageBuild->stop();
    // A stopped build reports nothing more.
    m_imageBuild->disconnect(this);
    m_imageBuild->deleteLater();
    m_imageBuild = nullptr;
    flushOutput();
    setBuilding(false);
    m_progress->hide();
    if (m_buildCanStop) {
        m_step->setText(m_stepNumber > 0 ? tr("Stopped at step %1 of %2: %3")
                                               .arg(m_stepNumber)
                                               .arg(m_stepCount)
                                               .arg(m_stepInstruction)
                                         : tr("Stopped"));
        showStatus(tr("The build was stopped on %1; no image was made.").arg(m_buildNodeName),
                   false);
    } else {
        m_step->setText(m_stepNumber > 0 ? tr("Left at step %1 of %2: %3")
                                               .arg(m_stepNumber)
                                               .arg(m_stepCount)
                                               .arg(m_stepInstruction)
                                         : QString());
        showStatus(tr("Stopped following the build. %1 cannot interrupt a step once it has "
                      "begun: the running step runs to its end on the node before the build stops.")
                       .arg(m_buildNodeName),
                   false);
    }
    m_status->setProperty("buildGoesOn", !m_buildCanStop);
    Q_EMIT buildFinished(false);
}

void BuildDialog::reject()
{
    if (isBuilding()) {
        stopBuild();
        return;
    }
    if (hasUnsavedEdits()) {
        const auto answer = QMessageBox::question(
            this, tr("Save the Dockerfile?"),
            tr("The Dockerfile %1 has changes that are not saved.")
                .arg(QDir::toNativeSeparators(loadedPath())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDockerfile()))
            return;
    }
    QDialog::reject();
}

void BuildDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, SyntaxRepository::errorColor(palette()));
    m_status->setPalette(p);
    m_status->setProperty("error", error);
    m_status->setProperty("buildGoesOn", false);
}
