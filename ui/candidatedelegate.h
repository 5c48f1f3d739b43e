#pragma once

#include <QStyledItemDelegate>
#include <functional>

namespace baton {

// One recommended colleague: status dot, name, department and level, a load bar ("2/5"), skills as
// chips shaded by proficiency, and the engine's reasons for the rank (also as a tooltip).
class CandidateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using DepartmentName = std::function<QString(const QString &id)>;
    explicit CandidateDelegate(DepartmentName departmentName, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QString reasonsText(const QModelIndex &index, const QString &separator);

private:
    DepartmentName m_departmentName;
};

} // namespace baton
