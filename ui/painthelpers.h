#pragma once

#include <QColor>
#include <QIcon>
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

// The workstation's own line icons (resources/icons, e.g. "transfer").
QIcon icon(const char *name);
// A round badge with someone's initials: the surname for Chinese names (林晓 → 林), the first
// letters of two words otherwise (Ms Wang → MW); coloured by department, or by the name itself.
void avatar(QPainter *painter, const QRect &rect, const QString &name, const QColor &color);
QString initials(const QString &name);
// A stable colour per department (or any key), dark enough for white initials.
QColor keyColor(const QString &key);

} // namespace paint
} // namespace baton
