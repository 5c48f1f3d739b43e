#include "cannedrepliespage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace baton {

CannedRepliesPage::CannedRepliesPage(const QList<CannedReply> &replies, QWidget *parent)
    : QWidget(parent), m_replies(replies)
{
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cannedList"));
    m_list->setAccessibleName(tr("My canned replies"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("cannedLanguage"));
    m_language->addItem(tr("Chinese-speaking customers"), QStringLiteral("zh"));
    m_language->addItem(tr("English-speaking customers"), QStringLiteral("en"));
    m_language->addItem(tr("Every customer"), QString());
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("cannedTitle"));
    m_title->setPlaceholderText(tr("Short name, found by typing / in the composer"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("cannedText"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(64);
    m_text->setPlaceholderText(tr("{customer} and {agent} become the customer's and your name"));
    form->addRow(tr("For"), m_language);
    form->addRow(tr("&Name"), m_title);
    form->addRow(tr("&Text"), m_text);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add as new"), this);
    add->setObjectName(QStringLiteral("cannedAdd"));
    m_save = new QPushButton(tr("&Save changes"), this);
    m_save->setObjectName(QStringLiteral("cannedSave"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("cannedDelete"));
    for (QPushButton *b : {add, m_save, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &CannedRepliesPage::addFromForm);
    connect(m_save, &QPushButton::clicked, this, &CannedRepliesPage::saveFromForm);
    connect(m_remove, &QPushButton::clicked, this, &CannedRepliesPage::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedRepliesPage::loadSelected);
    fillList();
}

void CannedRepliesPage::fillList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const CannedReply &r : std::as_const(m_replies)) {
        const QString language = r.language.isEmpty() ? tr("any") : r.language;
        auto *item = new QListWidgetItem(
            QStringLiteral("[%1] %2 — %3").arg(language, r.title, r.text.simplified()), m_list);
        item->setToolTip(r.text);
    }
    m_list->setCurrentRow(std::min(row, int(m_replies.size()) - 1));
    loadSelected();
}

void CannedRepliesPage::loadSelected()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_replies.size();
    m_save->setEnabled(any);
    m_remove->setEnabled(any);
    if (!any)
        return;
    const CannedReply &r = m_replies.at(row);
    m_language->setCurrentIndex(std::max(0, m_language->findData(r.language)));
    m_title->setText(r.title);
    m_text->setPlainText(r.text);
}

CannedReply CannedRepliesPage::fromForm() const
{
    return {QString(), m_language->currentData().toString(), m_title->text().trimmed(),
            m_text->toPlainText().trimmed()};
}

void CannedRepliesPage::addFromForm()
{
    CannedReply r = fromForm();
    if (r.text.isEmpty())
        return;
    if (r.title.isEmpty())
        r.title = r.text.left(12);
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_replies.append(r);
    fillList();
    m_list->setCurrentRow(int(m_replies.size()) - 1);
}

void CannedRepliesPage::saveFromForm()
{
    const int row = m_list->currentRow();
    CannedReply r = fromForm();
    if (row < 0 || row >= m_replies.size() || r.text.isEmpty())
        return;
    r.id = m_replies.at(row).id;
    if (r.title.isEmpty())
        r.title = r.text.left(12);
    m_replies[row] = r;
    fillList();
}

void CannedRepliesPage::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_replies.size())
        return;
    m_replies.removeAt(row);
    fillList();
}

} // namespace baton
