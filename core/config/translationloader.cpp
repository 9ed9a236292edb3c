#include "core/config/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{}

TranslationLoader::~TranslationLoader()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

void TranslationLoader::apply(const QString &code)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    m_active = QStringLiteral("en");
    if (m_app.load(locale, QStringLiteral("gontainer"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        m_active = m_app.language().section(QLatin1Char('_'), 0, 0);
        QCoreApplication::installTranslator(&m_app);
    } else if (m_app.load(QStringLiteral(":/i18n/gontainer_en.qm"))) {
        // A language Gontainer does not speak (or the C locale): English, whose plural forms
        // read "1 container" and "2 containers" where the source says "%n container(s)".
        QCoreApplication::installTranslator(&m_app);
    }
    // Qt's own strings, so standard dialogs and buttons speak the same language.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}
