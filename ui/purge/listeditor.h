#pragma once

#include "purge/validation.h"

#include <QPlainTextEdit>

class QHelpEvent;
#include <QUrl>

#include <memory>

namespace PurgeDesk::Gui {

// The list editor: one item per line, a gutter with line numbers and a marker on every line the
// validation flagged (error, warning, fixed, duplicate), whose reasons show as a tooltip over the
// line or its marker. Files dropped or pasted from a file manager are offered for import instead
// of being inserted as text.
class ListEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListEditor)

public:
    explicit ListEditor(QWidget *parent = nullptr);
    ~ListEditor() override;

    // The verdicts of the text as it was when validated; lines typed since keep no marker.
    void setValidation(std::shared_ptr<const Purge::Validation> validation);
    // What the tooltip says for a 1-based line: its verdict and reasons; empty for a clean line.
    QString lineToolTip(int line) const;
    // Selects the first line with an error at or after the cursor (wrapping); false if none.
    bool goToNextProblem();

    int gutterWidth() const;

    // Replaces the selection (or inserts at the cursor) with `text` as one undo step. A long text
    // (tens of thousands of lines), or a long selection, is handled a few thousand lines per turn of
    // the event loop, so that the window keeps answering; the editor is read-only meanwhile.
    void replaceSelection(const QString &text);
    // A long replacement is still going on.
    bool isReplacing() const { return m_replace != nullptr; }

Q_SIGNALS:
    void filesDropped(const QList<QUrl> &files);
    // A long replacement has finished.
    void replaced();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    class Gutter;
    friend class Gutter;
    void paintGutter(QPaintEvent *event);
    bool gutterEvent(QEvent *event);
    void showLineToolTip(const QHelpEvent *help, QWidget *over);
    const Purge::LineVerdict *verdictAt(int line) const;
    void updateGutterWidth();
    struct Replacement;
    void replaceStep();

    Gutter *m_gutter;
    std::shared_ptr<const Purge::Validation> m_validation;
    QHash<int, int> m_flagged; // 1-based line -> index in m_validation->lines, only flagged lines
    std::unique_ptr<Replacement> m_replace;
};

} // namespace PurgeDesk::Gui
