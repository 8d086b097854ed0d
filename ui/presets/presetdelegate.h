#pragma once

#include <QStyledItemDelegate>

namespace PurgeDesk::Gui {

// A preset's row: its name, a second line with what it purges where (or why it cannot run), and a
// Run button drawn at the right. The button is a picture, not a widget, so a long list stays cheap;
// a click on it is runClicked(), and it is greyed when the preset cannot run.
class PresetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetDelegate)

public:
    explicit PresetDelegate(QObject *parent = nullptr);

    // Where the Run button of a row drawn in `option.rect` is.
    static QRect runButtonRect(const QStyleOptionViewItem &option);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void runClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};

} // namespace PurgeDesk::Gui
