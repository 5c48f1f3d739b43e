#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace baton {

// F6.3: work on the embedded engine, or sign in to a remote one by ws:// or wss:// URL.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        bool embedded = true;
        QUrl url;
        QString user;
        QString password;
        bool remember = false;
    };

    explicit ConnectDialog(const Choice &current, QWidget *parent = nullptr);
    Choice choice() const;
    // A clear error for what the user typed, or empty when it can be used.
    static QString validate(const Choice &choice);

    void done(int result) override;

private:
    QRadioButton *m_embedded = nullptr;
    QRadioButton *m_remote = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace baton
