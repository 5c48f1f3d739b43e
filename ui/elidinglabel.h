#pragma once

#include <QLabel>

namespace baton {

// One line that gives way when the window is narrow: the text is cut with "…" to the width it
// gets, and then the whole text is the tooltip. Plain text only (it shows what customers typed).
class ElidingLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace baton
