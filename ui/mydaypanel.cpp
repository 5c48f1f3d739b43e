#include "mydaypanel.h"

#include "client/agentclient.h"
#include "client/conversationlistmodel.h"
#include "painthelpers.h"
#include "uitext.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace baton {

MyDayPanel::MyDayPanel(AgentClient &client, ConversationListModel &conversations, QWidget *parent)
    : QWidget(parent), m_client(client), m_conversations(conversations)
{
    setObjectName(QStringLiteral("myDay"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    auto *head = new QHBoxLayout;
    auto *sun = new QLabel(this);
    sun->setPixmap(paint::icon("day").pixmap(28, 28));
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("myDayTitle"));
    m_greeting->setStyleSheet(QStringLiteral("font-size:18px;font-weight:bold;color:#111827"));
    head->addWidget(sun);
    head->addWidget(m_greeting, 1);
    layout->addLayout(head);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(card("myDayWaiting", tr("Waiting for your answer"), &m_waiting, &m_waitingDetail), 0, 0);
    grid->addWidget(card("myDayLoad", tr("My load"), &m_load, &m_loadDetail), 0, 1);
    grid->addWidget(card("myDayToday", tr("My conversations today"), &m_today, &m_todayDetail), 1, 0);
    grid->addWidget(card("myDayRecord", tr("My rating"), &m_record, &m_recordDetail), 1, 1);
    layout->addLayout(grid);

    auto *keys = new QLabel(
        tr("Ctrl+K finds a customer or a command  ·  Alt+↑/↓ moves between chats  ·  F1 lists every key"),
        this);
    keys->setObjectName(QStringLiteral("myDayKeys"));
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("color:#4b5563"));
    layout->addWidget(keys);
    layout->addStretch(1);

    connect(&client.updater(), &CacheUpdater::conversationChanged, this, &MyDayPanel::refresh);
    connect(&client, &AgentClient::profileChanged, this, &MyDayPanel::refresh);
    connect(&client, &AgentClient::stateChanged, this, &MyDayPanel::refresh);
    connect(&m_tick, &QTimer::timeout, this, &MyDayPanel::refresh); // waiting times move on
    m_tick.start(15'000);
    refresh();
}

QWidget *MyDayPanel::card(const char *objectName, const QString &caption, QLabel **value, QLabel **detail)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    frame->setStyleSheet(
        QStringLiteral("#card{background:#f8fafc;border:1px solid #e2e8f0;border-radius:10px}"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *title = new QLabel(caption, frame);
    title->setStyleSheet(QStringLiteral("color:#4b5563"));
    *value = new QLabel(frame);
    (*value)->setObjectName(QString::fromLatin1(objectName));
    (*value)->setStyleSheet(QStringLiteral("font-size:26px;font-weight:bold;color:#111827"));
    *detail = new QLabel(frame);
    (*detail)->setWordWrap(true);
    (*detail)->setStyleSheet(QStringLiteral("color:#4b5563"));
    layout->addWidget(title);
    layout->addWidget(*value);
    layout->addWidget(*detail);
    return frame;
}

void MyDayPanel::refresh()
{
    const AgentView &me = m_client.profile();
    // The engine's clock stamps the conversations, so "today" is the engine's today.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_client.engineNowMs());
    const qint64 dayStart = now.date().startOfDay().toMSecsSinceEpoch();
    const auto day = m_conversations.dayFigures(dayStart);
    const QString name = me.agent.displayName.isEmpty() ? m_client.agentId() : me.agent.displayName;
    m_greeting->setText(tr("My day, %1 — %2").arg(name, QLocale().toString(now.date(), QLocale::LongFormat)));

    m_waiting->setText(QString::number(day.waiting));
    m_waiting->setStyleSheet(
        QStringLiteral("font-size:26px;font-weight:bold;color:%1")
            .arg(day.waiting > 0 ? QStringLiteral("#b91c1c") : QStringLiteral("#111827")));
    m_waitingDetail->setText(day.waiting > 0
                                 ? tr("Longest wait %1 — Alt+↓ opens the next chat")
                                       .arg(UiText::waitingTime(std::max<qint64>(
                                           0, (now.toMSecsSinceEpoch() - day.longestWaitSince) / 1000)))
                                 : tr("Nobody is waiting for you."));
    const int max = me.agent.maxSessions;
    m_load->setText(max > 0 && me.agent.rights.mayReceive ? QStringLiteral("%1 / %2").arg(day.open).arg(max)
                                                          : QString::number(day.open));
    m_loadDetail->setText(
        !m_client.isConnected()       ? tr("Offline: the engine routes nobody to you.")
        : !me.agent.rights.mayReceive ? tr("You review: the engine routes no customers to you.")
        : day.open >= max && max > 0
            ? tr("Full: new customers go to colleagues.")
            : tr("%n more customer(s) can reach you.", nullptr, std::max(0, max - day.open)));
    m_today->setText(QString::number(day.startedToday));
    m_todayDetail->setText(tr("%n closed today", nullptr, day.closedToday));
    if (me.handled > 0) {
        m_record->setText(QStringLiteral("%1 ★").arg(QLocale().toString(me.rating, 'f', 1)));
        m_recordDetail->setText(tr("%1 % resolved over %n conversation(s)", nullptr, me.handled)
                                    .arg(QLocale().toString(me.resolutionRate * 100, 'f', 0)));
    } else {
        m_record->setText(QStringLiteral("—"));
        m_recordDetail->setText(tr("No rated conversation yet."));
    }
}

} // namespace baton
