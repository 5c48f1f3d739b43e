#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace baton {

class TeamClient;

// OPEN_OVERFLOW (F2.5) for the lead's department: for a set time either every agent may hold more
// chats, or another department's agents also take the queue. It closes by itself on the engine.
class OverflowDialog : public QDialog {
    Q_OBJECT
public:
    explicit OverflowDialog(TeamClient &team, QWidget *parent = nullptr);

    QRadioButton *capacityMode() const { return m_capacity; }
    QSpinBox *extraBox() const { return m_extra; }
    QComboBox *departmentBox() const { return m_department; }
    QSpinBox *minutesBox() const { return m_minutes; }
    void submit();

private:
    TeamClient &m_team;
    QRadioButton *m_capacity;
    QRadioButton *m_routing;
    QSpinBox *m_extra;
    QComboBox *m_department;
    QSpinBox *m_minutes;
    QLabel *m_error;
};

} // namespace baton
