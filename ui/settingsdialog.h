#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace baton {

class AgentClient;
class CannedRepliesPage;
class WorkstationSettings;

// F2.6 / F6.4: notifications and sound, auto-accept rules, the agent's own expertise tags (sent to
// the engine), the language; and the canned replies on a page of their own.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(WorkstationSettings &settings, AgentClient &client, QWidget *parent = nullptr);

    void done(int result) override;
    CannedRepliesPage *cannedReplies() const { return m_canned; }

signals:
    void languageChanged(const QString &language);

private:
    WorkstationSettings &m_settings;
    AgentClient &m_client;
    QComboBox *m_style = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_autoAccept = nullptr;
    QCheckBox *m_sameDepartment = nullptr;
    QSpinBox *m_loadBelow = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    CannedRepliesPage *m_canned = nullptr;
};

} // namespace baton
