#pragma once

#include "client/ratinglistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace baton {

class RecordDetailDialog;
class RecordsClient;

// F4: the low ratings a supervisor should look at, with the customers' comments; Enter or a
// double-click opens the conversation's chain and history.
class LowRatingsView : public QWidget {
    Q_OBJECT
public:
    explicit LowRatingsView(RecordsClient &client, QWidget *parent = nullptr);
    void refresh();
    RecordDetailDialog *open(int row);
    RatingListModel &model() { return m_model; }
    QListView *list() const { return m_list; }

private:
    void updateStatus();

    RecordsClient &m_client;
    RatingListModel m_model;
    QComboBox *m_range = nullptr;
    QComboBox *m_threshold = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace baton
