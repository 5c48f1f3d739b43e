#pragma once

#include <QColor>
#include <QRect>
#include <QString>

class QPainter;
class QFont;

namespace baton {

// Small drawing pieces shared by the delegates.
namespace paint {

// A rounded label; returns its width so callers can lay out the next one.
int pill(QPainter *painter, const QPoint &topLeft, const QString &text, const QColor &background,
         const QColor &foreground, int height);
int pillWidth(const QFont &font, const QString &text);
QColor statusColor(const QString &status);
QColor urgencyColor(int priority);

} // namespace paint
} // namespace baton
