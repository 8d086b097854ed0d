#include "listeditor.h"

#include "ui/common/uiresources.h"

#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Purge::LineVerdict;
using PurgeDesk::Purge::Verdict;

namespace PurgeDesk::Gui {

namespace {

// Texts or selections longer than this are replaced a chunk at a time.
constexpr int LongEdit = 10000;
// Lines (or blocks removed) per turn of the event loop: a few milliseconds' work each.
constexpr int ChunkLines = 4000;

enum class Marker { None, Error, Warning, Fixed, Duplicate };

Marker markerFor(const LineVerdict &verdict)
{
    if (verdict.ignored)
        return Marker::None;
    switch (verdict.verdict) {
    case Verdict::Error:
        return Marker::Error;
    case Verdict::Warning:
        return Marker::Warning;
    case Verdict::Fixed:
        return verdict.duplicateOf > 0 ? Marker::Duplicate : Marker::Fixed;
    case Verdict::Ok:
        return verdict.duplicateOf > 0 ? Marker::Duplicate : Marker::None;
    }
    return Marker::None;
}

QColor markerColor(Marker marker, const QPalette &palette)
{
    switch (marker) {
    case Marker::Error:
        return problemColor();
    case Marker::Warning:
        return QColor(0xe0, 0x9b, 0x16);
    case Marker::Fixed:
        return QColor(0x2f, 0x8f, 0xd7);
    case Marker::Duplicate:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case Marker::None:
        break;
    }
    return {};
}

bool isLocalFileList(const QMimeData *source)
{
    if (!source || !source->hasUrls())
        return false;
    const QList<QUrl> urls = source->urls();
    return !urls.isEmpty()
        && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

} // namespace

class ListEditor::Gutter final : public QWidget
{
public:
    explicit Gutter(ListEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override { return m_editor->gutterEvent(event) || QWidget::event(event); }

private:
    ListEditor *m_editor;
};

ListEditor::ListEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &ListEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

// A long replacement under way: the selection still to remove (from its end, backwards), then the
// lines still to insert.
struct ListEditor::Replacement
{
    int start = 0; // where the selection began: the new text goes there
    int end = 0; // where what is left of the selection ends
    QStringList lines;
    qsizetype nextLine = 0;
    int insertAt = 0;
    bool begun = false;
};

ListEditor::~ListEditor() = default;

void ListEditor::replaceSelection(const QString &text)
{
    if (m_replace)
        return; // one at a time: the editor is read-only until it is done
    const QTextCursor cursor = textCursor();
    const int selectedBlocks = cursor.hasSelection() ? document()->findBlock(cursor.selectionEnd()).blockNumber()
            - document()->findBlock(cursor.selectionStart()).blockNumber()
                                                     : 0;
    const qsizetype lines = text.count(u'\n');
    if (lines < LongEdit && selectedBlocks < LongEdit) {
        insertPlainText(text);
        return;
    }
    m_replace = std::make_unique<Replacement>();
    m_replace->start = cursor.selectionStart();
    m_replace->end = cursor.selectionEnd();
    QString clean = text;
    clean.replace(u"\r\n"_s, u"\n"_s);
    m_replace->lines = clean.split(u'\n');
    m_replace->insertAt = m_replace->start;
    setReadOnly(true);
    replaceStep();
}

void ListEditor::replaceStep()
{
    Replacement &r = *m_replace;
    QTextCursor cursor(document());
    // The whole replacement is one undo step: the first edit opens it, the others join it.
    if (r.begun)
        cursor.joinPreviousEditBlock();
    else
        cursor.beginEditBlock();
    r.begun = true;
    if (r.end > r.start) {
        // Remove the old lines from the end backwards, a chunk at a time.
        const QTextBlock last = document()->findBlock(r.end);
        const QTextBlock first = document()->findBlockByNumber(qMax(0, last.blockNumber() - ChunkLines));
        const int from = qMax(r.start, first.position());
        cursor.setPosition(from);
        cursor.setPosition(r.end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        r.end = from;
    } else {
        const qsizetype count = qMin<qsizetype>(ChunkLines, r.lines.size() - r.nextLine);
        QString chunk = r.nextLine > 0 ? u"\n"_s : QString();
        chunk += r.lines.mid(r.nextLine, count).join(u'\n');
        cursor.setPosition(r.insertAt);
        cursor.insertText(chunk);
        r.insertAt = cursor.position();
        r.nextLine += count;
    }
    cursor.endEditBlock();
    if (r.end > r.start || r.nextLine < r.lines.size()) {
        QTimer::singleShot(0, this, &ListEditor::replaceStep);
        return;
    }
    QTextCursor done(document());
    done.setPosition(r.insertAt);
    m_replace.reset();
    setReadOnly(false);
    setTextCursor(done);
    ensureCursorVisible();
    Q_EMIT replaced();
}

int ListEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    const int marker = fontMetrics().height() / 2 + 6;
    return 8 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits) + marker;
}

void ListEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void ListEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void ListEditor::setValidation(std::shared_ptr<const Purge::Validation> validation)
{
    m_validation = std::move(validation);
    m_flagged.clear();
    if (m_validation) {
        const auto &lines = m_validation->lines;
        for (int i = 0; i < lines.size(); ++i) {
            if (markerFor(lines.at(i)) != Marker::None)
                m_flagged.insert(lines.at(i).line, i);
        }
    }
    m_gutter->update();
}

const LineVerdict *ListEditor::verdictAt(int line) const
{
    const auto it = m_flagged.constFind(line);
    if (it == m_flagged.constEnd() || !m_validation)
        return nullptr;
    return &m_validation->lines.at(it.value());
}

QString ListEditor::lineToolTip(int line) const
{
    const LineVerdict *verdict = verdictAt(line);
    if (!verdict)
        return {};
    QString headline;
    switch (markerFor(*verdict)) {
    case Marker::Error:
        headline = tr("Line %1 cannot be purged:").arg(line);
        break;
    case Marker::Warning:
        headline = tr("Line %1 will be purged, but check it:").arg(line);
        break;
    case Marker::Fixed:
        headline = tr("Line %1 was corrected:").arg(line);
        break;
    case Marker::Duplicate:
        headline = tr("Line %1 repeats line %2 and is sent once.").arg(line).arg(verdict->duplicateOf);
        break;
    case Marker::None:
        return {};
    }
    QStringList parts {headline};
    for (const QString &reason : verdict->reasons)
        parts << u"• "_s + reason;
    if (verdict->verdict == Verdict::Fixed && !verdict->item.isEmpty())
        parts << tr("Sent as: %1").arg(verdict->item);
    return parts.join(u'\n');
}

bool ListEditor::goToNextProblem()
{
    if (!m_validation || m_validation->errors == 0)
        return false;
    const int current = textCursor().blockNumber() + 1;
    int best = 0;
    int wrapped = 0;
    for (const LineVerdict &verdict : m_validation->lines) {
        if (verdict.verdict != Verdict::Error || verdict.ignored)
            continue;
        if (!wrapped)
            wrapped = verdict.line;
        if (verdict.line > current) {
            best = verdict.line;
            break;
        }
    }
    const int target = best ? best : wrapped;
    if (!target)
        return false;
    QTextCursor cursor(document()->findBlockByNumber(target - 1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    return true;
}

void ListEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setFont(font());
    const int markerSize = fontMetrics().height() / 2;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            painter.setPen(pal.color(QPalette::Disabled, QPalette::Text));
            painter.drawText(
                QRect(0, top, m_gutter->width() - markerSize - 8, lineHeight), Qt::AlignRight, QString::number(line));
            if (const LineVerdict *verdict = verdictAt(line)) {
                const Marker marker = markerFor(*verdict);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(markerColor(marker, pal));
                const QRectF dot(
                    m_gutter->width() - markerSize - 4, top + (lineHeight - markerSize) / 2.0, markerSize, markerSize);
                if (marker == Marker::Error)
                    painter.drawRect(dot);
                else
                    painter.drawEllipse(dot);
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
        block = block.next();
        top = bottom;
    }
}

void ListEditor::showLineToolTip(const QHelpEvent *help, QWidget *over)
{
    // The gutter and the viewport share their vertical coordinates.
    const QString tip = lineToolTip(cursorForPosition(QPoint(0, help->pos().y())).blockNumber() + 1);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, over);
}

bool ListEditor::gutterEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    showLineToolTip(static_cast<QHelpEvent *>(event), m_gutter);
    return true;
}

bool ListEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        showLineToolTip(static_cast<QHelpEvent *>(event), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool ListEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return isLocalFileList(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void ListEditor::insertFromMimeData(const QMimeData *source)
{
    if (isLocalFileList(source)) {
        Q_EMIT filesDropped(source->urls());
        return;
    }
    // Plain text only: rich text pasted from a browser keeps its line breaks, not its markup. A long
    // paste goes in a chunk at a time.
    if (source->hasText()) {
        replaceSelection(source->text());
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace PurgeDesk::Gui
