#include "messageline.h"

#include "ui/common/uiresources.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QTextLayout>

namespace PurgeDesk::Gui {

MessageLine::MessageLine(QWidget *parent, int lines)
    : QLabel(parent)
    , m_lines(qMax(1, lines))
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

MessageLine::~MessageLine() = default;

void MessageLine::setMessage(const QString &text, bool problem)
{
    m_problem = problem && !text.isEmpty();
    QPalette palette; // nothing set: inherited from the parent
    if (m_problem)
        palette.setColor(QPalette::WindowText, problemColor());
    setPalette(palette);
    setText(text);
    refresh();
}

void MessageLine::setIdleText(const QString &text)
{
    m_idle = text;
    refresh();
}

void MessageLine::setLines(int lines)
{
    m_lines = qMax(1, lines);
    updateGeometry();
    refresh();
}

QString MessageLine::shownText() const
{
    return text().isEmpty() ? m_idle : text();
}

bool MessageLine::isElided() const
{
    bool elided = false;
    visibleLines(shownText(), contentsRect().width(), &elided, maxLines());
    return elided;
}

void MessageLine::setGrows(bool grows)
{
    if (grows == m_grows)
        return;
    m_grows = grows;
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(grows);
    policy.setVerticalPolicy(grows ? QSizePolicy::Minimum : QSizePolicy::Fixed);
    setSizePolicy(policy);
    updateGeometry();
    refresh();
}

int MessageLine::maxLines() const
{
    return m_grows ? 1000 : m_lines;
}

int MessageLine::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    bool elided = false;
    const int needed
        = int(visibleLines(shownText(), width - margins.left() - margins.right(), &elided, maxLines()).size());
    return fontMetrics().lineSpacing() * qMax(m_lines, needed) + margins.top() + margins.bottom();
}

QSize MessageLine::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int width = fontMetrics().averageCharWidth() * 40;
    return {width + margins.left() + margins.right(),
        fontMetrics().lineSpacing() * m_lines + margins.top() + margins.bottom()};
}

QSize MessageLine::minimumSizeHint() const
{
    // Narrow is fine: the text wraps, and what does not fit is elided with the rest in the tooltip.
    const QMargins margins = contentsMargins();
    // Growing, it never gets less than its text needs at its width: layouts that do not ask for
    // heightForWidth (a splitter's pane) would otherwise squeeze it and cut the text.
    const int height
        = m_grows && width() > 0 ? qMax(sizeHint().height(), heightForWidth(width())) : sizeHint().height();
    return {fontMetrics().averageCharWidth() * 12 + margins.left() + margins.right(), height};
}

QStringList MessageLine::visibleLines(const QString &text, int width, bool *elided, int maxLines) const
{
    *elided = false;
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    const QFontMetrics metrics = fontMetrics();
    // Explicit line breaks count as lines too.
    const QStringList paragraphs = text.split(u'\n');
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString &paragraph = paragraphs.at(p);
        QTextLayout layout(paragraph, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString part = paragraph.mid(line.textStart(), line.textLength());
            if (lines.size() == maxLines - 1) {
                // The last line there is room for: the rest of the text goes into it, elided.
                const QString rest = paragraph.mid(line.textStart()).trimmed();
                const bool more = p + 1 < paragraphs.size();
                const QString elidedRest = metrics.elidedText(rest, Qt::ElideRight, width);
                if (more || elidedRest != rest) {
                    *elided = true;
                    lines << (more && elidedRest == rest ? metrics.elidedText(rest + u" \u2026", Qt::ElideRight, width)
                                                         : elidedRest);
                } else {
                    lines << rest;
                }
                layout.endLayout();
                return lines;
            }
            lines << part.trimmed();
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            lines << QString();
    }
    return lines;
}

void MessageLine::refresh()
{
    bool elided = false;
    visibleLines(shownText(), contentsRect().width(), &elided, maxLines());
    setToolTip(elided ? shownText() : QString());
    if (m_grows)
        updateGeometry(); // its height follows its text
    update();
}

void MessageLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const bool idle = text().isEmpty();
    painter.setPen(palette().color(idle ? QPalette::PlaceholderText : QPalette::WindowText));
    bool elided = false;
    const QStringList lines = visibleLines(shownText(), area.width(), &elided, maxLines());
    const int spacing = fontMetrics().lineSpacing();
    int y = area.top();
    for (const QString &line : lines) {
        painter.drawText(QRect(area.left(), y, area.width(), spacing), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += spacing;
    }
}

void MessageLine::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        refresh();
    }
}

void MessageLine::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refresh();
    if (m_grows && event->size().width() != event->oldSize().width())
        updateGeometry(); // its minimum height follows its width
}

} // namespace PurgeDesk::Gui
