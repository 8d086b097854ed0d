#include "presetdelegate.h"

#include "presetlistmodel.h"
#include "ui/common/uiresources.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace PurgeDesk::Gui {

namespace {

constexpr int Margin = 6;

} // namespace

PresetDelegate::PresetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QRect PresetDelegate::runButtonRect(const QStyleOptionViewItem &option)
{
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(tr("Run")) + 28;
    const int height = metrics.height() + 10;
    const QRect &row = option.rect;
    return {row.right() - Margin - width, row.top() + (row.height() - height) / 2, width, height};
}

void PresetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    item.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QRect button = runButtonRect(option);
    const QRect text = option.rect.adjusted(Margin, Margin, -(button.width() + 2 * Margin), -Margin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor color = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QString problem = index.data(PresetListModel::ProblemRole).toString();

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    painter->setFont(bold);
    painter->setPen(color);
    const QRect nameLine(text.left(), text.top(), text.width(), boldMetrics.height());
    painter->drawText(nameLine, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    QColor second = color;
    if (!problem.isEmpty() && !selected)
        second = problemColor();
    else if (!selected)
        second.setAlphaF(0.7f);
    painter->setPen(second);
    const QRect detailLine(text.left(), nameLine.bottom() + 2, text.width(), metrics.height());
    const QString detail = problem.isEmpty() ? index.data(PresetListModel::DescriptionRole).toString() : problem;
    painter->drawText(
        detailLine, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(detail, Qt::ElideRight, text.width()));
    painter->restore();

    QStyleOptionButton run;
    run.rect = button;
    run.text = tr("Run");
    run.palette = option.palette;
    run.fontMetrics = option.fontMetrics;
    run.state = QStyle::State_Raised;
    const bool enabled = m_runEnabled && problem.isEmpty();
    if (enabled)
        run.state |= QStyle::State_Enabled;
    else
        run.palette.setCurrentColorGroup(QPalette::Disabled); // the style draws the text in the current group
    if (enabled && (option.state & QStyle::State_MouseOver) && widget
        && button.contains(widget->mapFromGlobal(QCursor::pos())))
        run.state |= QStyle::State_MouseOver;
    style->drawControl(QStyle::CE_PushButton, &run, painter, widget);
}

QSize PresetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int text = QFontMetrics(bold).height() + 2 + QFontMetrics(option.font).height();
    const int height = std::max(text, QFontMetrics(option.font).height() + 10) + 2 * Margin;
    return {200, height};
}

bool PresetDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool release = event->type() == QEvent::MouseButtonRelease;
    if (!release && event->type() != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton || !runButtonRect(option).contains(mouse->position().toPoint()))
        return false;
    if (release && m_runEnabled)
        Q_EMIT runClicked(index);
    return true; // a double-click on the button is its two clicks, not a third run; a greyed one does nothing
}

} // namespace PurgeDesk::Gui
