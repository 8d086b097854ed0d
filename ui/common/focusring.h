#pragma once

#include <QPointer>
#include <QWidget>

namespace PurgeDesk::Gui {

// A clearly visible ring around the control that has the keyboard focus in one window: two pixels
// in the palette's highlight colour, made dark or light enough to stand out (3:1) from the window
// behind it. It follows the focus as Tab, a shortcut or the program moves it, and goes away when
// the mouse sets the focus (a click shows where the focus is already).
class FocusRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    explicit FocusRing(QWidget *window);
    ~FocusRing() override;

    // The control the ring is around now (null when none is shown).
    QWidget *target() const { return isVisible() ? m_target.data() : nullptr; }
    QColor color() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow(QWidget *widget);
    void place();

    QWidget *m_window;
    QPointer<QWidget> m_target;
};

} // namespace PurgeDesk::Gui
