#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace baton {

// Closing a chat: resolved or not, and an optional word on why (kept with the record for the
// supervisor, never shown to the customer). Enter closes as chosen, Esc keeps the chat open.
class CloseDialog : public QDialog {
    Q_OBJECT
public:
    explicit CloseDialog(const QString &customerName, QWidget *parent = nullptr);

    bool resolved() const;
    QString reason() const;
    void setResolved(bool resolved);
    void setReason(const QString &reason);

private:
    QRadioButton *m_resolved = nullptr;
    QRadioButton *m_unresolved = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace baton
