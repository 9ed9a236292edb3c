#pragma once

#include <QObject>
#include <QTranslator>

// Installs Gontainer's and Qt's own translations for the language the user chose, or for the
// system locale; switching at run time retranslates every open window.
class TranslationLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // "" follows the system locale.
    void apply(const QString &code);
    // The language whose translation is active ("en" when none applies).
    QString activeLanguage() const { return m_active; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_active;
};
