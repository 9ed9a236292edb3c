#pragma once

#include "core/engine/engineresults.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Asks how to save a container as a new image: repository and tag, a message and an author,
// and whether to pause it meanwhile. The name is checked as it is typed.
class CommitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitDialog)

public:
    explicit CommitDialog(const QString &containerName, QWidget *parent = nullptr);
    ~CommitDialog() override;

    CommitOptions options() const;
    QLineEdit *repositoryField() const { return m_repository; }
    QLineEdit *tagField() const { return m_tag; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *commitButton() const { return m_commit; }

private:
    void validate();

    QLineEdit *m_repository = nullptr;
    QLineEdit *m_tag = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLineEdit *m_author = nullptr;
    QCheckBox *m_pause = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_commit = nullptr;
};
