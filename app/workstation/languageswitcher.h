#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace baton {

// The UI language (F6.4): Baton's own texts (built in, ":/i18n/baton_<lang>.qm") and Qt's (standard
// dialogs), switched at run time. "system" follows the system locale: Chinese, else English.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // Returns the language applied: "zh_CN" or "en".
    QString apply(const QString &setting);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace baton
