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
const char *const knownSkills[] = {"pre_sales", "after_sales", "technical", "billing", "refund", "complaint", "vip", "account"};

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

TransferDialog::TransferDialog(AgentClient &client, WorkstationSettings &settings, const ConversationView &conversation,
                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_settings(settings)
    , m_conversation(conversation)
    , m_templates(NoteTemplate::builtIns() + settings.userTemplates())
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
    m_list->setItemDelegate(new CandidateDelegate([this](const QString &id) { return m_client.departmentName(id); }, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(250);
    layout->addWidget(m_list, 1);
    m_listHint = new QLabel(this);
    m_listHint->setObjectName(QStringLiteral("listHint"));
    m_listHint->setWordWrap(true);
    layout->addWidget(m_listHint);

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
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this, &TransferDialog::submit);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this), &QShortcut::activated, this, &TransferDialog::submit);
    connect(saveTemplate, &QPushButton::clicked, this, &TransferDialog::saveAsTemplate);
    connect(m_template, &QComboBox::activated, this, [this](int i) { applyTemplate(i - 1); });
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *filter : {m_department, m_skill, m_status})
        connect(filter, &QComboBox::currentIndexChanged, &m_debounce, qOverload<>(&QTimer::start));
    setFocusChain({m_search, m_department, m_skill, m_status, m_list, m_template, saveTemplate, m_problem, m_steps,
                 m_situation, m_urgency, m_remarks, m_send});
    resize(720, 760);
    refresh();
}

void TransferDialog::setCandidates(const QList<Candidate> &candidates)
{
    ++m_generation; // a list given from outside wins over answers still on their way
    showCandidates(candidates);
}

void TransferDialog::showCandidates(const QList<Candidate> &candidates)
{
    m_candidates.setCandidates(candidates);
    if (!candidates.isEmpty())
        m_list->setCurrentIndex(m_candidates.index(0));
    m_listHint->setText(candidates.isEmpty() ? tr("No colleague can take this conversation right now.") : QString());
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
    QPointer<TransferDialog> self(this);
    const int generation = ++m_generation; // only the answer to the latest filters counts
    const auto current = [self, generation] { return self && generation == self->m_generation; };
    const auto failed = [self](const RequestError &error) {
        self->m_listHint->setText(tr("Cannot load recommendations: %1").arg(UiText::error(error, UiText::Action::Search)));
    };
    if (!query.status.isEmpty()) {
        // Colleagues who cannot take work now are never recommended; list them so the agent sees
        // where they are, but they cannot be chosen.
        const QString status = query.status;
        m_client.listAgents(query, [self, current, failed, status](const Result<reply::Agents> &result) {
            if (!current())
                return;
            if (!result.ok())
                return failed(result.error());
            QList<Candidate> list;
            for (const AgentView &agent : result->agents)
                list.append(Candidate{agent, 0, 0, 0, 0, 0, {}});
            self->showCandidates(list);
            self->m_listHint->setText(tr("Colleagues who are %1 cannot take a transfer now.").arg(UiText::agentStatus(status)));
        });
        return;
    }
    m_client.recommend(m_conversation.id(), query, [self, current, failed](const Result<reply::Recommendations> &result) {
        if (!current())
            return;
        if (!result.ok())
            return failed(result.error());
        self->showCandidates(result->candidates);
        if (result->candidates.isEmpty())
            self->m_listHint->setText(tr("Nobody matches. Only online colleagues with a free slot, whom you may "
                                         "transfer to, are listed."));
    });
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
    return m_list->currentIndex().isValid() ? m_candidates.agentIdAt(m_list->currentIndex().row()) : QString();
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
    m_client.startTransfer(m_conversation.id(), target, chosen.data(CandidateModel::NameRole).toString(), note(),
                           [self](const Result<reply::OneTransfer> &result) {
                               if (!self)
                                   return;
                               if (result.ok()) {
                                   emit self->transferStarted(result->transfer);
                                   self->accept();
                                   return;
                               }
                               // Whatever happened, the dialog stays usable: Send again, or pick another.
                               self->m_send->setEnabled(true);
                               self->m_error->setText(tr("The transfer was not started: %1")
                                                          .arg(UiText::error(result.error(), UiText::Action::Transfer)));
                               self->m_error->show();
                               self->refresh();
                           });
}

void TransferDialog::saveAsTemplate()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Save note as template"), tr("Template name:"),
                                                QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || title.isEmpty())
        return;
    NoteTemplate t{QStringLiteral("user:") + title, title, note(), false};
    t.note.templateId = t.id;
    QList<NoteTemplate> mine = m_settings.userTemplates();
    mine.erase(std::remove_if(mine.begin(), mine.end(), [&](const NoteTemplate &x) { return x.id == t.id; }), mine.end());
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
