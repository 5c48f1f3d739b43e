#include "transferdialog.h"

#include "candidatedelegate.h"
#include "client/agentclient.h"
#include "client/workstationsettings.h"
#include "focuschain.h"
#include "uitext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace baton {

namespace {
QString everyone()
{
    return QStringLiteral("all");
}

const char *const knownSkills[] = {"pre_sales", "after_sales", "technical", "billing",
                                   "refund",    "complaint",   "vip",       "account"};

QPlainTextEdit *noteEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(58);
    return edit;
}
} // namespace

TransferDialog::TransferDialog(AgentClient &client, WorkstationSettings &settings,
                               const ConversationView &conversation, QWidget *parent)
    : QDialog(parent), m_client(client), m_settings(settings), m_conversation(conversation),
      m_templates(NoteTemplate::builtIns() + settings.userTemplates())
{
    setWindowTitle(tr("Transfer conversation — %1").arg(conversation.customer.name));
    buildUi();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &TransferDialog::refresh);
}

void TransferDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search colleagues by name…"));
    m_search->setAccessibleName(tr("Search colleagues"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setAccessibleName(tr("Department filter"));
    m_department->addItem(tr("All departments"), QString());
    for (const QString &id : m_client.departmentIds())
        m_department->addItem(m_client.departmentName(id), id);
    m_skill = new QComboBox(this);
    m_skill->setObjectName(QStringLiteral("skill"));
    m_skill->setAccessibleName(tr("Skill filter"));
    m_skill->addItem(tr("All skills"), QString());
    for (const char *skill : knownSkills)
        m_skill->addItem(UiText::skill(QString::fromLatin1(skill)), QString::fromLatin1(skill));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Available now"), QString());
    m_status->addItem(tr("All"), everyone());
    for (const char *status : {"away", "busy", "offline"})
        m_status->addItem(UiText::agentStatus(QString::fromLatin1(status)), QString::fromLatin1(status));
    filters->addWidget(m_search, 3);
    filters->addWidget(m_department, 1);
    filters->addWidget(m_skill, 1);
    filters->addWidget(m_status, 1);
    layout->addLayout(filters);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("candidates"));
    m_list->setAccessibleName(tr("Recommended colleagues"));
    m_list->setModel(&m_candidates);
    m_list->setItemDelegate(
        new CandidateDelegate([this](const QString &id) { return m_client.departmentName(id); }, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(250);
    layout->addWidget(m_list, 1);
    m_listHint = new QLabel(this);
    m_listHint->setObjectName(QStringLiteral("listHint"));
    m_listHint->setWordWrap(true);
    m_leadButton = new QPushButton(this);
    m_leadButton->setObjectName(QStringLiteral("teamLead"));
    m_leadButton->setAutoDefault(false);
    m_leadButton->hide();
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_listHint, 1);
    hintRow->addWidget(m_leadButton);
    layout->addLayout(hintRow);

    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    m_template->setAccessibleName(tr("Note template"));
    m_template->addItem(tr("(no template)"));
    for (const NoteTemplate &t : std::as_const(m_templates))
        m_template->addItem(t.title);
    auto *saveTemplate = new QPushButton(tr("Save as my template…"), this);
    saveTemplate->setAutoDefault(false);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(saveTemplate);
    auto *templateLabel = new QLabel(tr("&Template"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, templateRow);
    m_problem = noteEdit(QStringLiteral("problem"), tr("Problem"), this);
    m_steps = noteEdit(QStringLiteral("stepsTaken"), tr("Steps taken"), this);
    m_situation = new QLineEdit(this);
    m_situation->setObjectName(QStringLiteral("customerSituation"));
    m_situation->setAccessibleName(tr("Customer situation"));
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("urgency"));
    m_urgency->setAccessibleName(tr("Urgency"));
    for (const char *u : {"high", "medium", "low"})
        m_urgency->addItem(UiText::urgency(QString::fromLatin1(u)), QString::fromLatin1(u));
    m_urgency->setCurrentIndex(1);
    m_remarks = new QLineEdit(this);
    m_remarks->setObjectName(QStringLiteral("remarks"));
    m_remarks->setAccessibleName(tr("Remarks"));
    form->addRow(tr("&Problem"), m_problem);
    form->addRow(tr("&Steps taken"), m_steps);
    form->addRow(tr("Customer &situation"), m_situation);
    form->addRow(tr("&Urgency"), m_urgency);
    form->addRow(tr("&Remarks"), m_remarks);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Transfer (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TransferDialog::submit);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &TransferDialog::submit);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this), &QShortcut::activated, this,
            &TransferDialog::submit);
    connect(saveTemplate, &QPushButton::clicked, this, &TransferDialog::saveAsTemplate);
    connect(m_template, &QComboBox::activated, this, [this](int i) { applyTemplate(i - 1); });
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *filter : {m_department, m_skill, m_status})
        connect(filter, &QComboBox::currentIndexChanged, &m_debounce, qOverload<>(&QTimer::start));
    setFocusChain({m_search, m_department, m_skill, m_status, m_list, m_template, saveTemplate, m_problem,
                   m_steps, m_situation, m_urgency, m_remarks, m_send});
    connect(m_leadButton, &QPushButton::clicked, this, &TransferDialog::showTeamLead);
    resize(720, 760);
    // The team leads of my department, the way out when nobody else may take the chat.
    request::CandidateQuery leads;
    leads.department = m_client.profile().agent.department;
    QPointer<TransferDialog> self(this);
    m_client.listAgents(leads, [self](const Result<reply::Agents> &result) {
        if (!self || !result.ok())
            return;
        for (const AgentView &a : result->agents) {
            if (a.agent.role == Role::TeamLead)
                self->m_leads.append(a);
        }
        if (self->m_candidates.rowCount() == 0)
            self->refresh();
    });
    refresh();
}

void TransferDialog::setCandidates(const QList<Candidate> &candidates)
{
    ++m_generation; // a list given from outside wins over answers still on their way
    showCandidates(candidates);
}

void TransferDialog::setSkillFilter(const QString &skill)
{
    int at = m_skill->findData(skill);
    if (at < 0) { // a skill this build has no name for: filter by it all the same
        m_skill->addItem(UiText::skill(skill), skill);
        at = m_skill->count() - 1;
    }
    m_skill->setCurrentIndex(at);
    m_debounce.stop();
    refresh();
}

void TransferDialog::showCandidates(const QList<Candidate> &candidates)
{
    m_candidates.setCandidates(candidates);
    if (!candidates.isEmpty())
        m_list->setCurrentIndex(m_candidates.index(0));
    m_listHint->setText(candidates.isEmpty() ? tr("No colleague can take this conversation right now.")
                                             : QString());
}

void TransferDialog::refresh()
{
    request::CandidateQuery query;
    query.text = m_search->text().trimmed();
    query.department = m_department->currentData().toString();
    query.skill = m_skill->currentData().toString();
    query.status = m_status->currentData().toString();
    query.limit = 20;
    m_listHint->setText(tr("Asking the engine…"));
    m_leadButton->hide();
    QPointer<TransferDialog> self(this);
    const int generation = ++m_generation; // only the answer to the latest filters counts
    const auto current = [self, generation] { return self && generation == self->m_generation; };
    const auto failed = [self](const RequestError &error) {
        self->m_listHint->setText(
            tr("Cannot load recommendations: %1").arg(UiText::error(error, UiText::Action::Search)));
    };
    const bool all = query.status == everyone();
    if (!query.status.isEmpty() && !all) {
        // Colleagues who cannot take work now are never recommended; list them so the agent sees
        // where they are, but they cannot be chosen.
        const QString status = query.status;
        m_client.listAgents(query, [self, current, failed, status](const Result<reply::Agents> &result) {
            if (!current())
                return;
            if (!result.ok())
                return failed(result.error());
            self->showCandidates(unavailable(result->agents, {}));
            self->m_listHint->setText(result->agents.isEmpty()
                                          ? tr("Nobody is %1 right now.").arg(UiText::agentStatus(status))
                                          : tr("Colleagues who are %1 cannot take a transfer now.")
                                                .arg(UiText::agentStatus(status)));
        });
        return;
    }
    query.status.clear();
    m_client.recommend(m_conversation.id(), query,
                       [self, current, failed, query, all](const Result<reply::Recommendations> &result) {
                           if (!current())
                               return;
                           if (!result.ok())
                               return failed(result.error());
                           const QList<Candidate> ranked = result->candidates;
                           if (!all && !ranked.isEmpty())
                               return self->showCandidates(ranked);
                           // The whole team: who the engine recommends first, then who is there but cannot
                           // take it now.
                           request::CandidateQuery team = query;
                           team.limit = 100;
                           self->m_client.listAgents(team, [self, current, ranked, query,
                                                            all](const Result<reply::Agents> &everybody) {
                               if (!current())
                                   return;
                               const QList<AgentView> agents =
                                   everybody.ok() ? everybody->agents : QList<AgentView>{};
                               self->showCandidates(all ? ranked + unavailable(agents, ranked) : ranked);
                               if (ranked.isEmpty())
                                   self->explainEmpty(query, agents);
                               else if (all)
                                   self->m_listHint->setText(tr(
                                       "Greyed colleagues are away, busy or offline and cannot be chosen."));
                           });
                       });
}

QList<Candidate> TransferDialog::unavailable(const QList<AgentView> &agents, const QList<Candidate> &ranked)
{
    QList<Candidate> list;
    for (const AgentView &agent : agents) {
        const bool listed = std::any_of(ranked.begin(), ranked.end(), [&](const Candidate &c) {
            return c.agent.agent.id == agent.agent.id;
        });
        if (!listed && agent.agent.status != AgentStatus::Online)
            list.append(Candidate{agent, 0, 0, 0, 0, 0, {}});
    }
    return list;
}

// Nobody to recommend: say why as far as the client can tell, and offer the path that exists —
// the agent's team lead, who may transfer anywhere.
void TransferDialog::explainEmpty(const request::CandidateQuery &query, const QList<AgentView> &agents)
{
    const Agent &me = m_client.profile().agent;
    const bool someoneOnline = std::any_of(agents.begin(), agents.end(), [&](const AgentView &a) {
        return a.agent.id != me.id && a.agent.status == AgentStatus::Online;
    });
    QString why;
    if (!query.text.isEmpty() && agents.isEmpty())
        why = tr("Nobody is called “%1”.").arg(query.text);
    else if (!someoneOnline)
        why = query.department.isEmpty()
                  ? tr("No colleague is online right now.")
                  : tr("Nobody in %1 is online right now.").arg(m_client.departmentName(query.department));
    else if (!query.department.isEmpty() && query.department != me.department && !me.rights.crossDepartment)
        why = tr("You may not transfer outside %1.").arg(m_client.departmentName(me.department));
    else
        why = tr("The colleagues who could take it are busy with a full load, or above your level (%1) and "
                 "you may "
                 "not transfer upward.")
                  .arg(me.level);
    m_lead = {};
    for (const AgentView &a : m_leads) {
        if (a.agent.id != me.id && a.agent.department == me.department)
            m_lead = a.agent;
    }
    if (m_lead.id.isEmpty()) {
        m_listHint->setText(why + QLatin1Char(' ') + tr("Ask your supervisor to pass it on."));
        return;
    }
    m_listHint->setText(
        why + QLatin1Char(' ') +
        (m_lead.status == AgentStatus::Online
             ? tr("Your team lead %1 may transfer anywhere: give it to them with your note.")
                   .arg(m_lead.displayName)
             : tr("Your team lead %1 is %2 now; try again later or ask your supervisor.")
                   .arg(m_lead.displayName, UiText::agentStatus(agentStatusName(m_lead.status)))));
    m_leadButton->setText(tr("Transfer to %1 (team lead)").arg(m_lead.displayName));
    m_leadButton->setVisible(m_lead.status == AgentStatus::Online);
}

void TransferDialog::showTeamLead()
{
    m_department->setCurrentIndex(std::max(0, m_department->findData(m_lead.department)));
    m_skill->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_search->setText(m_lead.displayName);
    m_debounce.stop();
    refresh();
    m_list->setFocus();
}

void TransferDialog::applyTemplate(int index)
{
    if (index < 0 || index >= m_templates.size())
        return;
    m_template->setCurrentIndex(index + 1);
    const TransferNote n = m_templates.at(index).noteFor(m_conversation);
    m_problem->setPlainText(n.problem);
    m_steps->setPlainText(n.stepsTaken);
    m_situation->setText(n.customerSituation);
    m_remarks->setText(n.remarks);
    m_urgency->setCurrentIndex(m_urgency->findData(urgencyName(n.urgency)));
}

TransferNote TransferDialog::note() const
{
    TransferNote n;
    n.problem = m_problem->toPlainText().trimmed();
    n.stepsTaken = m_steps->toPlainText().trimmed();
    n.customerSituation = m_situation->text().trimmed();
    n.urgency = urgencyFromName(m_urgency->currentData().toString());
    n.remarks = m_remarks->text().trimmed();
    if (const int t = m_template->currentIndex() - 1; t >= 0 && t < m_templates.size())
        n.templateId = m_templates.at(t).id;
    return n;
}

QString TransferDialog::selectedAgent() const
{
    return m_list->currentIndex().isValid() ? m_candidates.agentIdAt(m_list->currentIndex().row())
                                            : QString();
}

void TransferDialog::submit()
{
    const QString target = selectedAgent();
    if (target.isEmpty()) {
        m_error->setText(tr("Choose a colleague first."));
        m_error->show();
        m_list->setFocus();
        return;
    }
    const QModelIndex chosen = m_list->currentIndex();
    if (!chosen.data(CandidateModel::SelectableRole).toBool()) {
        m_error->setText(tr("%1 is %2 and cannot take a transfer now.")
                             .arg(chosen.data(CandidateModel::NameRole).toString(),
                                  UiText::agentStatus(chosen.data(CandidateModel::StatusRole).toString())));
        m_error->show();
        return;
    }
    m_send->setEnabled(false);
    m_error->hide();
    QPointer<TransferDialog> self(this);
    m_client.startTransfer(m_conversation.id(), target, chosen.data(CandidateModel::NameRole).toString(),
                           note(), [self](const Result<reply::OneTransfer> &result) {
                               if (!self)
                                   return;
                               if (result.ok()) {
                                   emit self->transferStarted(result->transfer);
                                   self->accept();
                                   return;
                               }
                               // Whatever happened, the dialog stays usable: Send again, or pick another.
                               self->m_send->setEnabled(true);
                               self->m_error->setText(
                                   tr("The transfer was not started: %1")
                                       .arg(UiText::error(result.error(), UiText::Action::Transfer)));
                               self->m_error->show();
                               self->refresh();
                           });
}

void TransferDialog::saveAsTemplate()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Save note as template"), tr("Template name:"),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    NoteTemplate t{QStringLiteral("user:") + title, title, note(), false};
    t.note.templateId = t.id;
    QList<NoteTemplate> mine = m_settings.userTemplates();
    mine.erase(std::remove_if(mine.begin(), mine.end(), [&](const NoteTemplate &x) { return x.id == t.id; }),
               mine.end());
    mine.append(t);
    m_settings.setUserTemplates(mine);
    m_templates.append(t);
    m_template->addItem(title);
    m_template->setCurrentIndex(m_template->count() - 1);
}

bool TransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_candidates.rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_candidates.index(0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace baton
