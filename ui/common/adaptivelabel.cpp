#include "adaptivelabel.h"

#include <QEvent>

#include <algorithm>

namespace PurgeDesk::Gui {

AdaptiveLabel::AdaptiveLabel(QWidget *parent)
    : QLabel(parent)
{ }

AdaptiveLabel::~AdaptiveLabel() = default;

void AdaptiveLabel::setTexts(const QString &text, const QString &shorter, int longChars)
{
    m_long = text;
    m_short = shorter.isEmpty() ? text : shorter;
    m_longChars = longChars;
    choose();
}

QSize AdaptiveLabel::minimumSizeHint() const
{
    const int frame = width() - contentsRect().width();
    const int least = ShortChars * fontMetrics().averageCharWidth() + 2 * margin() + frame;
    const QSize hint = QLabel::minimumSizeHint();
    return {std::max(hint.width(), least), hint.height()};
}

void AdaptiveLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    choose();
}

void AdaptiveLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        choose();
}

void AdaptiveLabel::choose()
{
    const int room = contentsRect().width() - 2 * margin();
    const bool narrow = room < m_longChars * fontMetrics().averageCharWidth();
    const QString &wanted = narrow ? m_short : m_long;
    if (text() != wanted)
        setText(wanted);
    setToolTip(narrow && m_short != m_long ? m_long : QString());
}

} // namespace PurgeDesk::Gui
