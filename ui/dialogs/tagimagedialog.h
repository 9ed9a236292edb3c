#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a new name for an image ("repository[:tag]", the registry first where it goes to
// one), checked as it is typed.
class TagImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagImageDialog)

public:
    explicit TagImageDialog(const QString &image, QWidget *parent = nullptr);
    ~TagImageDialog() override;

    // The name typed, as the engine takes it.
    QString target() const;
    // Empty when `name` can be given to an image; otherwise why not.
    static QString problemWith(const QString &name);

    QLineEdit *targetField() const { return m_target; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *tagButton() const { return m_tag; }

private:
    void validate();

    QLineEdit *m_target = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_tag = nullptr;
};
