#pragma once

#include <QWidget>
#include <initializer_list>

namespace baton {

// Sets the Tab order along the given widgets (Qt 6.4 has only the pairwise setTabOrder).
inline void setFocusChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace baton
