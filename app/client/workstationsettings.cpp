#include "client/workstationsettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton {

namespace {
const QString styleKey = QStringLiteral("notifications/style");
const QString soundKey = QStringLiteral("notifications/sound");
const QString autoKey = QStringLiteral("autoAccept/enabled");
const QString sameDeptKey = QStringLiteral("autoAccept/sameDepartment");
const QString loadKey = QStringLiteral("autoAccept/loadBelow");
const QString languageKey = QStringLiteral("ui/language");
const QString templatesKey = QStringLiteral("notes/userTemplates");
const QString cannedKey = QStringLiteral("chat/cannedReplies"); // before replies had a language
const QString cannedListKey = QStringLiteral("chat/cannedReplyList");
const QString urlKey = QStringLiteral("engine/url");
const QString userKey = QStringLiteral("engine/user");
} // namespace

WorkstationSettings::WorkstationSettings(const QString &path) : m_settings(path, QSettings::IniFormat) {}

WorkstationSettings::NotificationStyle WorkstationSettings::notificationStyle() const
{
    const QString style = m_settings.value(styleKey, QStringLiteral("desktop")).toString();
    if (style == QLatin1String("window"))
        return NotificationStyle::InWindow;
    return style == QLatin1String("off") ? NotificationStyle::Off : NotificationStyle::Desktop;
}

void WorkstationSettings::setNotificationStyle(NotificationStyle style)
{
    const char *names[] = {"desktop", "window", "off"};
    m_settings.setValue(styleKey, QString::fromLatin1(names[int(style)]));
}

bool WorkstationSettings::soundEnabled() const
{
    return m_settings.value(soundKey, true).toBool();
}
void WorkstationSettings::setSoundEnabled(bool on)
{
    m_settings.setValue(soundKey, on);
}
bool WorkstationSettings::autoAcceptEnabled() const
{
    return m_settings.value(autoKey, false).toBool();
}
void WorkstationSettings::setAutoAcceptEnabled(bool on)
{
    m_settings.setValue(autoKey, on);
}
bool WorkstationSettings::autoAcceptSameDepartmentOnly() const
{
    return m_settings.value(sameDeptKey, true).toBool();
}
void WorkstationSettings::setAutoAcceptSameDepartmentOnly(bool on)
{
    m_settings.setValue(sameDeptKey, on);
}
int WorkstationSettings::autoAcceptLoadBelow() const
{
    return m_settings.value(loadKey, 0).toInt();
}
void WorkstationSettings::setAutoAcceptLoadBelow(int load)
{
    m_settings.setValue(loadKey, std::max(0, load));
}
QString WorkstationSettings::language() const
{
    return m_settings.value(languageKey, QStringLiteral("system")).toString();
}
void WorkstationSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}
QString WorkstationSettings::engineUrl() const
{
    return m_settings.value(urlKey).toString();
}
QString WorkstationSettings::userName() const
{
    return m_settings.value(userKey).toString();
}

void WorkstationSettings::setRemoteEngine(const QString &url, const QString &user)
{
    m_settings.setValue(urlKey, url);
    m_settings.setValue(userKey, user);
}

QList<NoteTemplate> WorkstationSettings::userTemplates() const
{
    QList<NoteTemplate> list;
    const QJsonArray array = QJsonDocument::fromJson(m_settings.value(templatesKey).toByteArray()).array();
    for (const QJsonValue &v : array)
        list.append(NoteTemplate::fromJson(v.toObject()));
    return list;
}

void WorkstationSettings::setUserTemplates(const QList<NoteTemplate> &templates)
{
    QJsonArray array;
    for (const NoteTemplate &t : templates)
        array.append(t.toJson());
    m_settings.setValue(templatesKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CannedReply> WorkstationSettings::cannedReplies() const
{
    const QVariant stored = m_settings.value(cannedListKey);
    if (!stored.isValid()) {
        // Plain texts from before replies had a language: kept, for every conversation.
        const QStringList old = m_settings.value(cannedKey).toStringList();
        if (old.isEmpty())
            return CannedReply::builtIns();
        QList<CannedReply> replies;
        for (const QString &text : old)
            replies.append({QStringLiteral("old-%1").arg(replies.size()), {}, text.left(20), text});
        return replies;
    }
    QList<CannedReply> replies;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
        replies.append(CannedReply::fromJson(v.toObject()));
    return replies;
}

void WorkstationSettings::setCannedReplies(const QList<CannedReply> &replies)
{
    QJsonArray list;
    for (const CannedReply &r : replies)
        list.append(r.toJson());
    m_settings.setValue(cannedListKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    m_settings.remove(cannedKey);
}

} // namespace baton
