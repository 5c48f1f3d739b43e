#pragma once

#include "client/cannedreply.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace baton {

// Settings › Canned replies: the agent's list, each reply in a customer language (or any), with
// {customer} and {agent} filled in when used. Edits stay here until the dialog is confirmed.
class CannedRepliesPage : public QWidget {
    Q_OBJECT
public:
    explicit CannedRepliesPage(const QList<CannedReply> &replies, QWidget *parent = nullptr);

    const QList<CannedReply> &replies() const { return m_replies; }
    // The form's reply becomes a new entry / replaces the selected one; the selected one goes.
    void addFromForm();
    void saveFromForm();
    void removeSelected();

private:
    void fillList();
    void loadSelected();
    CannedReply fromForm() const;

    QList<CannedReply> m_replies;
    QListWidget *m_list = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace baton
