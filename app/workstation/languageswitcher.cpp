#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initTranslations()
{
    Q_INIT_RESOURCE(baton_workstation_translations);
}

namespace baton {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageSwitcher::apply(const QString &setting)
{
    QString language = setting;
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (auto *old : {m_ours.get(), m_qt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    initTranslations();
    m_ours = std::make_unique<QTranslator>();
    if (m_ours->load(QStringLiteral(":/i18n/baton_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_ours.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedKingdom));
    m_current = language;
    return language;
}

} // namespace baton
