#pragma once

#include <QStyledItemDelegate>

namespace PurgeDesk::Gui {

// A preset's row: its name, a second line with what it purges where (or why it cannot run), and a
// Run button drawn at the right. The button is a picture, not a widget, so a long list stays cheap;
// a click on it is runClicked(), and it is greyed while runs are off or the preset cannot run.
class PresetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetDelegate)

public:
    explicit PresetDelegate(QObject *parent = nullptr);

    // Where the Run button of a row drawn in `option.rect` is.
    static QRect runButtonRect(const QStyleOptionViewItem &option);
    // Off while a purge runs: the buttons are greyed and clicks on them do nothing.
    void setRunEnabled(bool enabled) { m_runEnabled = enabled; }
    bool isRunEnabled() const { return m_runEnabled; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void runClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    bool m_runEnabled = true;
};

} // namespace PurgeDesk::Gui
