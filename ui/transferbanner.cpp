#include "transferbanner.h"

#include "client/agentclient.h"
#include "client/localcache.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int nextShown = 3;
}

TransferBanner::TransferBanner(AgentClient &client, LocalCache &cache, QWidget *parent)
    : QFrame(parent)
    , m_client(client)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("transferBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *row = new QHBoxLayout;
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_cancel = new QPushButton(tr("Cancel transfer"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTransfer"));
    row->addWidget(m_text, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_nextRow = new QHBoxLayout;
    m_more = new QPushButton(tr("Choose another…"), this);
    m_more->setObjectName(QStringLiteral("chooseAnother"));
    m_nextRow->addStretch(1);
    m_nextRow->addWidget(m_more);
    layout->addLayout(m_nextRow);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_client.cancelTransfer(m_transfer.id, [this](const Result<reply::OneTransfer> &result) {
            if (!result.ok())
                m_text->setText(UiText::error(result.error(), UiText::Action::Cancel).toHtmlEscaped());
        });
    });
    connect(m_more, &QPushButton::clicked, this, [this] { emit chooseAnother(m_next); });
    connect(&client.updater(), &CacheUpdater::transferChanged, this, [this](qint64 conversationId, qint64) {
        if (conversationId == m_conversationId)
            refresh();
    });
    connect(&client.updater(), &CacheUpdater::conversationChanged, this, [this](qint64 conversationId) {
        if (conversationId == m_conversationId && isVisible())
            refresh();
    });
    connect(&m_tick, &QTimer::timeout, this, &TransferBanner::tick);
    hide();
}

void TransferBanner::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    refresh();
}

void TransferBanner::clearNextButtons()
{
    qDeleteAll(m_nextButtons);
    m_nextButtons.clear();
}

void TransferBanner::refresh()
{
    const auto summary = m_cache.conversation(m_conversationId);
    const auto cached = summary && summary->outgoingTransferId ? m_cache.transfer(summary->outgoingTransferId) : std::nullopt;
    clearNextButtons();
    m_tick.stop();
    // Once the chat is closed, a reject or a missed offer is history (the chain keeps it); offering
    // the next colleagues for a chat that can no longer be transferred would only mislead.
    const bool endedUnhanded = summary && !summary->isOpen() && cached &&
                               cached->transfer.state != TransferState::Accepted;
    if (!cached || endedUnhanded) {
        m_shownState.clear();
        hide();
        return;
    }
    m_transfer = cached->transfer;
    m_next = cached->next;
    m_shownState = transferStateName(m_transfer.state);
    const QString target = cached->toName.isEmpty() ? m_client.agentName(m_transfer.toAgent) : cached->toName;
    m_targetName = target;
    const QString dept = m_client.departmentName(m_transfer.toDepartment);
    m_cancel->setVisible(m_shownState == QLatin1String("pending"));
    const bool offerNext = m_shownState == QLatin1String("rejected") || m_shownState == QLatin1String("timeout");
    m_more->setVisible(offerNext);
    QString color = QStringLiteral("#eff6ff");
    if (m_shownState == QLatin1String("pending")) {
        m_tick.start(500);
        tick();
    } else if (m_shownState == QLatin1String("accepted")) {
        m_text->setText(tr("<b>%1</b> (%2) accepted. The conversation is theirs now; it stays here as history.")
                            .arg(target.toHtmlEscaped(), dept.toHtmlEscaped()));
        color = QStringLiteral("#ecfdf5");
    } else if (m_shownState == QLatin1String("rejected")) {
        const QString &reason = m_transfer.reason;
        m_text->setText(tr("<b>%1</b> rejected the transfer: %2")
                            .arg(target.toHtmlEscaped(),
                                 reason.isEmpty() ? tr("no reason given")
                                 : reason == QLatin1String("offline") ? tr("went offline")
                                                                       : reason.toHtmlEscaped()));
        color = QStringLiteral("#fef2f2");
    } else if (m_shownState == QLatin1String("timeout")) {
        m_text->setText(tr("<b>%1</b> did not answer within the time limit; the offer was missed.").arg(target.toHtmlEscaped()));
        color = QStringLiteral("#fff7ed");
    } else if (m_shownState == QLatin1String("cancelled")) {
        m_text->setText(tr("You cancelled the transfer to <b>%1</b>.").arg(target.toHtmlEscaped()));
        color = QStringLiteral("#f3f4f6");
    }
    setStyleSheet(QStringLiteral("#transferBanner{background:%1;border-radius:6px}").arg(color));
    if (offerNext) {
        const TransferNote note = m_transfer.note;
        for (int i = 0; i < std::min<int>(nextShown, int(m_next.size())); ++i) {
            const AgentView &agent = m_next.at(i).agent;
            const QString id = agent.agent.id;
            const QString name = agent.agent.displayName;
            auto *button = new QPushButton(tr("→ %1 (%2, %3/%4)")
                                               .arg(name, m_client.departmentName(agent.agent.department))
                                               .arg(agent.load)
                                               .arg(agent.agent.maxSessions),
                                           this);
            button->setObjectName(QStringLiteral("next_") + id);
            button->setAccessibleName(tr("Transfer to %1 with the same note").arg(name));
            connect(button, &QPushButton::clicked, this, [this, id, name, note] { emit retryWith(id, name, note); });
            m_nextRow->insertWidget(int(m_nextButtons.size()), button);
            m_nextButtons.append(button);
        }
        if (m_next.isEmpty())
            m_text->setText(m_text->text() + QStringLiteral(" ") + tr("Nobody else is free right now."));
    }
    show();
}

void TransferBanner::tick()
{
    const qint64 left = std::max<qint64>(0, (m_transfer.deadlineMs - m_client.engineNowMs() + 999) / 1000);
    m_text->setText(tr("Waiting for <b>%1</b> (%2) to accept — %3 s left")
                        .arg(m_targetName.toHtmlEscaped(), m_client.departmentName(m_transfer.toDepartment).toHtmlEscaped())
                        .arg(left));
}

} // namespace baton
