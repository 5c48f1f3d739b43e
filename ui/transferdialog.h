#pragma once

#include "client/candidatemodel.h"
#include "client/notetemplate.h"
#include "protocol/agentrequests.h"

#include "core/conversationview.h"
#include <QDialog>

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace baton {

class AgentClient;
class WorkstationSettings;

// Ctrl+T (F1.1–F1.4): colleagues ranked by the engine, search and filters, a note from a template,
// urgency, confirm. Works without a mouse: type to search, Down into the list, Tab through the note,
// Ctrl+Enter to send, Esc to leave.
class TransferDialog : public QDialog {
    Q_OBJECT
public:
    TransferDialog(AgentClient &client, WorkstationSettings &settings, const ConversationView &conversation,
                   QWidget *parent = nullptr);

    // Opens with these candidates (e.g. the next ones after a reject) instead of asking at once.
    void setCandidates(const QList<Candidate> &candidates);
    // Opens filtered to colleagues with this skill (a TRANSFER_HINT's specialist skill).
    void setSkillFilter(const QString &skill);
    void applyTemplate(int index);
    TransferNote note() const;
    CandidateModel &candidates() { return m_candidates; }

signals:
    void transferStarted(const baton::Transfer &transfer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void refresh();
    void showCandidates(const QList<Candidate> &candidates);
    void explainEmpty(const request::CandidateQuery &query, const QList<AgentView> &agents);
    void showTeamLead();
    static QList<Candidate> unavailable(const QList<AgentView> &agents, const QList<Candidate> &ranked);
    void submit();
    void saveAsTemplate();
    QString selectedAgent() const;

    AgentClient &m_client;
    WorkstationSettings &m_settings;
    ConversationView m_conversation;
    QList<NoteTemplate> m_templates;
    CandidateModel m_candidates;
    QTimer m_debounce;
    int m_generation = 0;
    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_skill = nullptr;
    QComboBox *m_status = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_listHint = nullptr;
    QPushButton *m_leadButton = nullptr;
    QList<AgentView> m_leads; // team leads of my department
    Agent m_lead;             // the one the hint offers
    QComboBox *m_template = nullptr;
    QPlainTextEdit *m_problem = nullptr;
    QPlainTextEdit *m_steps = nullptr;
    QLineEdit *m_situation = nullptr;
    QComboBox *m_urgency = nullptr;
    QLineEdit *m_remarks = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace baton
