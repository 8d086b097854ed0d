#include "focusring.h"

#include "ui/common/uiresources.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QMenu>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

namespace {
constexpr int Width = 2; // the ring's line
constexpr int Gap = 1; // between the control and the ring
} // namespace

FocusRing::FocusRing(QWidget *window)
    : QWidget(window)
    , m_window(window)
{
    setObjectName(u"focusRing"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    qApp->installEventFilter(this);
}

FocusRing::~FocusRing()
{
    qApp->removeEventFilter(this);
}

QColor FocusRing::color() const
{
    return focusRingColor(m_window->palette());
}

void FocusRing::follow(QWidget *widget)
{
    // The ring is the window's child; the application's events tell it when the target or a widget
    // around it (a splitter, a dock being resized) moves.
    m_target = widget;
    if (!widget) {
        hide();
        return;
    }
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    // Around the part of the control that shows (a form that scrolls may show only some of it).
    const QRect shown = m_target->visibleRegion().boundingRect();
    if (shown.isEmpty()) {
        hide();
        return;
    }
    const int margin = Width + Gap;
    const QRect area(m_target->mapTo(m_window, shown.topLeft()), shown.size());
    setGeometry(area.adjusted(-margin, -margin, margin, margin));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusIn: {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != m_window || qobject_cast<QMenu *>(widget))
            break;
        // The line edit inside a combo box or a spin box is part of it: the ring goes around the whole.
        QWidget *shown = widget;
        while (shown->parentWidget()
            && (qobject_cast<QComboBox *>(shown->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(shown->parentWidget())))
            shown = shown->parentWidget();
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::PopupFocusReason)
            follow(nullptr);
        else if (reason != Qt::ActiveWindowFocusReason || !m_target || m_target == shown)
            follow(shown);
        break;
    }
    case QEvent::MouseButtonPress:
        if (isVisible() && qobject_cast<QWidget *>(watched) && static_cast<QWidget *>(watched)->window() == m_window)
            follow(nullptr);
        break;
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        if (m_target && watched->isWidgetType()
            && (watched == m_target || static_cast<QWidget *>(watched)->isAncestorOf(m_target)))
            place();
        break;
    case QEvent::FocusOut:
        if (watched == m_target && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason
            && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            follow(nullptr);
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color(), Width);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal half = Width / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 3, 3);
}

} // namespace PurgeDesk::Gui
