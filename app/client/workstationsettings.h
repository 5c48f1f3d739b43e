#pragma once

#include "client/cannedreply.h"
#include "client/notetemplate.h"

#include <QSettings>

namespace baton {

// The agent's personal settings (F2.6, F6.4), in a file the workstation owns. Passed to whoever
// needs them; never a global.
class WorkstationSettings {
public:
    enum class NotificationStyle { Desktop, InWindow, Off }; // Desktop falls back to in-window without a tray

    explicit WorkstationSettings(const QString &path);

    NotificationStyle notificationStyle() const;
    void setNotificationStyle(NotificationStyle style);
    bool soundEnabled() const;
    void setSoundEnabled(bool on);

    // Auto-accept: an offer is accepted on arrival when the rule is on and every condition set holds.
    bool autoAcceptEnabled() const;
    void setAutoAcceptEnabled(bool on);
    bool autoAcceptSameDepartmentOnly() const;
    void setAutoAcceptSameDepartmentOnly(bool on);
    int autoAcceptLoadBelow() const; // 0: no load condition
    void setAutoAcceptLoadBelow(int load);

    QString language() const; // "system", "zh_CN" or "en"
    void setLanguage(const QString &language);

    QList<NoteTemplate> userTemplates() const;
    void setUserTemplates(const QList<NoteTemplate> &templates);
    // The agent's canned replies; the built-in ones until the agent changes the list.
    QList<CannedReply> cannedReplies() const;
    void setCannedReplies(const QList<CannedReply> &replies);

    QString engineUrl() const; // empty: embedded engine
    QString userName() const;
    void setRemoteEngine(const QString &url, const QString &user);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace baton
