#pragma once

#include <QStyledItemDelegate>
#include <functional>

namespace baton {

// One hop of a transfer chain: "A → B (department)", the time and result, and the note's problem.
class ChainDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using DepartmentName = std::function<QString(const QString &id)>;
    explicit ChainDelegate(DepartmentName departmentName, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    DepartmentName m_departmentName;
};

} // namespace baton
