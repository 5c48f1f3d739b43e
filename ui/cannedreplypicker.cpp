#include "cannedreplypicker.h"

#include "client/workstationsettings.h"

#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>

namespace baton {

CannedReplyPicker::CannedReplyPicker(QPlainTextEdit &composer, const WorkstationSettings &settings,
                                     QWidget *parent)
    : QListView(parent), m_composer(composer), m_settings(settings)
{
    setObjectName(QStringLiteral("cannedPicker"));
    setAccessibleName(tr("Matching canned replies"));
    setModel(&m_model);
    setFocusPolicy(Qt::NoFocus);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setMaximumHeight(132);
    setStyleSheet(QStringLiteral("QListView{border:1px solid #cbd5e1;border-radius:6px}"
                                 "QListView::item{padding:3px}"
                                 "QListView::item:selected{background:#dbeafe;color:#111827}"));
    hide();
    m_composer.installEventFilter(this);
    connect(&m_composer, &QPlainTextEdit::textChanged, this, &CannedReplyPicker::onTextChanged);
    connect(this, &QListView::clicked, this, [this](const QModelIndex &index) { pick(index.row()); });
}

void CannedReplyPicker::setContext(const QString &language, const QString &customerName,
                                   const QString &agentName)
{
    m_language = language;
    m_customerName = customerName;
    m_agentName = agentName;
}

void CannedReplyPicker::fillMenu(QMenu *menu)
{
    menu->clear();
    const QList<CannedReply> replies = CannedReply::matching(m_settings.cannedReplies(), {}, m_language);
    for (const CannedReply &r : replies) {
        QAction *action = menu->addAction(
            QStringLiteral("%1 — %2").arg(r.title, r.expanded(m_customerName, m_agentName).left(40)));
        action->setToolTip(r.expanded(m_customerName, m_agentName));
        connect(action, &QAction::triggered, this, [this, r] { insert(r); });
    }
    if (replies.isEmpty())
        menu->addAction(tr("No canned reply in this customer's language — add some in Settings"))
            ->setEnabled(false);
}

void CannedReplyPicker::onTextChanged()
{
    const QString text = m_composer.toPlainText();
    if (!text.startsWith(QLatin1Char('/')) || text.contains(QLatin1Char('\n'))) {
        hide();
        return;
    }
    m_shown = CannedReply::matching(m_settings.cannedReplies(), text.mid(1), m_language);
    m_model.clear();
    for (const CannedReply &r : std::as_const(m_shown)) {
        const QString full = r.expanded(m_customerName, m_agentName);
        auto *item = new QStandardItem(QStringLiteral("/%1   %2").arg(r.title, full.simplified()));
        item->setToolTip(full);
        m_model.appendRow(item);
    }
    if (m_shown.isEmpty()) {
        auto *none = new QStandardItem(tr("No canned reply matches — Esc keeps what you typed"));
        none->setEnabled(false);
        m_model.appendRow(none);
    } else {
        setCurrentIndex(m_model.index(0, 0));
    }
    show();
}

void CannedReplyPicker::pick(int row)
{
    if (row >= 0 && row < m_shown.size())
        insert(m_shown.at(row));
}

void CannedReplyPicker::insert(const CannedReply &reply)
{
    hide();
    const QString text = reply.expanded(m_customerName, m_agentName);
    if (m_composer.toPlainText().startsWith(QLatin1Char('/')))
        m_composer.setPlainText(text);
    else
        m_composer.insertPlainText(text);
    m_composer.moveCursor(QTextCursor::End);
    m_composer.setFocus();
}

bool CannedReplyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_composer || event->type() != QEvent::KeyPress || isHidden())
        return QListView::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & Qt::ControlModifier)
        return false; // Ctrl+Enter still sends
    const int row = currentIndex().row();
    switch (key->key()) {
    case Qt::Key_Down:
        setCurrentIndex(m_model.index(std::min(row + 1, m_model.rowCount() - 1), 0));
        return true;
    case Qt::Key_Up:
        setCurrentIndex(m_model.index(std::max(row - 1, 0), 0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        pick(row);
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return false;
    }
}

} // namespace baton
