#include "historyview.h"

#include "client/messagemodel.h"
#include "messagedelegate.h"

#include <QScrollBar>

namespace baton {

HistoryView::HistoryView(MessageModel &messages, QWidget *parent)
    : QListView(parent)
    , m_messages(messages)
{
    setAccessibleName(tr("Conversation history"));
    setModel(&messages);
    setItemDelegate(new MessageDelegate(this));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::NoSelection);
    setResizeMode(QListView::Adjust); // bubbles wrap to the width: lay out again when it changes
    connect(&messages, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first > 0) // appended, not an older page
            scrollToBottom();
    });
    connect(&messages, &QAbstractItemModel::modelReset, this, &QListView::scrollToBottom);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &HistoryView::loadOlderIfAtTop);
}

void HistoryView::loadOlderIfAtTop()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() != bar->minimum() || !m_messages.canLoadOlder())
        return;
    const int before = bar->maximum();
    if (m_messages.loadOlder() > 0)
        bar->setValue(bar->maximum() - before); // keep the line that was at the top in place
}

} // namespace baton
