#pragma once

#include "client/cannedreply.h"

#include <QListView>
#include <QStandardItemModel>

class QMenu;
class QPlainTextEdit;

namespace baton {

class WorkstationSettings;

// The composer's `/`: typing "/wait" lists the canned replies whose title or text match, in the
// customer's language; Up/Down choose, Enter or Tab put the reply (names filled in) into the
// composer, Esc leaves the text as typed. The keyboard stays in the composer throughout.
class CannedReplyPicker : public QListView {
    Q_OBJECT
public:
    CannedReplyPicker(QPlainTextEdit &composer, const WorkstationSettings &settings,
                      QWidget *parent = nullptr);

    // Whose conversation the composer writes in: its language and the names the variables take.
    void setContext(const QString &language, const QString &customerName, const QString &agentName);
    // The replies for the Replies button, filled when it opens.
    void fillMenu(QMenu *menu);
    int shownCount() const { return m_model.rowCount(); }
    void pick(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void insert(const CannedReply &reply);

    QPlainTextEdit &m_composer;
    const WorkstationSettings &m_settings;
    QStandardItemModel m_model;
    QList<CannedReply> m_shown;
    QString m_language;
    QString m_customerName;
    QString m_agentName;
};

} // namespace baton
