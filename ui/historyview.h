#pragma once

#include <QListView>

namespace baton {

class MessageModel;

// A conversation's lines as chat bubbles, newest at the bottom. Follows new lines, and fetches the
// previous page from the cache when the reader scrolls to the top, keeping their place.
class HistoryView : public QListView {
    Q_OBJECT
public:
    HistoryView(MessageModel &messages, QWidget *parent = nullptr);

private:
    void loadOlderIfAtTop();

    MessageModel &m_messages;
};

} // namespace baton
