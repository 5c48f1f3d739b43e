#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QStandardItemModel>
#include <functional>

class QLineEdit;
class QListView;

namespace baton {

class ConversationListModel;

// Ctrl+K: type a customer's name (characters, pinyin or initials) to jump to their chat, or the
// name of a command (transfer, close, status, settings…) to run it. Up/Down choose, Enter goes,
// Esc leaves. Commands are given by the window; the palette only finds and runs them.
class CommandPalette : public QDialog {
    Q_OBJECT
public:
    struct Command {
        QString title;
        QString keywords; // English words that find it in every language ("transfer", "away")
        QKeySequence shortcut;
        std::function<void()> run;
    };

    CommandPalette(const ConversationListModel &conversations, QList<Command> commands,
                   QWidget *parent = nullptr);

    void setQuery(const QString &text);
    int resultCount() const { return m_model.rowCount(); }
    QString resultText(int row) const;
    // Runs the chosen row (a chat opens, a command runs) and closes the palette.
    void activate(int row);

signals:
    void conversationChosen(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();

    const ConversationListModel &m_conversations;
    QList<Command> m_commands;
    QStandardItemModel m_model;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
};

} // namespace baton
