#include "commandpalette.h"

#include "client/conversationlistmodel.h"
#include "client/pinyinsearch.h"
#include "painthelpers.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int idRole = Qt::UserRole + 1;      // conversation id, 0 for a command
constexpr int commandRole = Qt::UserRole + 2; // index into the commands
constexpr int shownChats = 8;
} // namespace

CommandPalette::CommandPalette(const ConversationListModel &conversations, QList<Command> commands,
                               QWidget *parent)
    : QDialog(parent), m_conversations(conversations), m_commands(std::move(commands))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Go to a chat or run a command"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Customer name (pinyin works) or a command — transfer, close, away…"));
    m_search->setAccessibleName(tr("Search chats and commands"));
    m_search->addAction(paint::icon("search"), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("paletteResults"));
    m_list->setModel(&m_model);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setIconSize(QSize(18, 18));
    m_list->setStyleSheet(QStringLiteral("QListView::item{padding:5px}"
                                         "QListView::item:selected{background:#dbeafe;color:#111827}"));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::fill);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    resize(520, 380);
    fill();
}

void CommandPalette::setQuery(const QString &text)
{
    m_search->setText(text);
}

QString CommandPalette::resultText(int row) const
{
    return m_model.index(row, 0).data().toString();
}

void CommandPalette::fill()
{
    const QString query = m_search->text().trimmed();
    m_model.clear();
    int chats = 0;
    for (int row = 0; row < m_conversations.rowCount() && chats < shownChats; ++row) {
        const QModelIndex index = m_conversations.index(row);
        const QString name = index.data(ConversationListModel::CustomerNameRole).toString();
        if (!query.isEmpty() && !PinyinSearch::matches(name, query))
            continue;
        QString text = name;
        if (const QString other = index.data(ConversationListModel::DistinguisherRole).toString();
            !other.isEmpty())
            text += QStringLiteral("  ") + other;
        else if (const QString last = index.data(ConversationListModel::LastTextRole).toString();
                 !last.isEmpty())
            text += QStringLiteral(" — ") + last.simplified();
        auto *item = new QStandardItem(paint::icon("replies"), text);
        item->setData(index.data(ConversationListModel::IdRole), idRole);
        item->setToolTip(text);
        m_model.appendRow(item);
        ++chats;
    }
    for (int i = 0; i < m_commands.size(); ++i) {
        const Command &c = m_commands.at(i);
        if (!query.isEmpty() && !PinyinSearch::matches(c.title, query) && !c.keywords.contains(query, Qt::CaseInsensitive))
            continue;
        const QString keys = c.shortcut.toString(QKeySequence::NativeText);
        auto *item = new QStandardItem(
            paint::icon("palette"), keys.isEmpty() ? c.title : QStringLiteral("%1    %2").arg(c.title, keys));
        item->setData(0, idRole);
        item->setData(i, commandRole);
        m_model.appendRow(item);
    }
    if (m_model.rowCount() > 0)
        m_list->setCurrentIndex(m_model.index(0, 0));
}

void CommandPalette::activate(int row)
{
    const QModelIndex index = m_model.index(row, 0);
    if (!index.isValid())
        return;
    const qint64 id = index.data(idRole).toLongLong();
    accept();
    if (id > 0) {
        emit conversationChosen(id);
        return;
    }
    const int command = index.data(commandRole).toInt();
    if (command >= 0 && command < m_commands.size() && m_commands.at(command).run)
        m_commands.at(command).run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentIndex(m_model.index(std::min(row + 1, m_model.rowCount() - 1), 0));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentIndex(m_model.index(std::max(row - 1, 0), 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(row);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace baton
