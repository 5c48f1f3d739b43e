#pragma once

#include <QDialog>

class QAction;

namespace baton {

// F1 or Ctrl+/: every key the window answers to, from its own actions (so the sheet cannot drift
// from what the keys do), and the keys that live inside the composer and the dialogs.
class ShortcutSheet : public QDialog {
    Q_OBJECT
public:
    ShortcutSheet(const QList<QAction *> &actions, QWidget *parent = nullptr);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace baton
