#pragma once

#include <QLabel>

namespace PurgeDesk::Gui {

// A message in a fixed place: always the same height (`lines` lines of text), so showing or
// clearing a message never moves the controls around it. Text that needs more lines is cut at the
// end of the last one with "…", and the whole message is the tooltip. With no message it shows
// its idle text (a hint) in the placeholder colour. text() is always the whole message.
class MessageLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLine)

public:
    explicit MessageLine(QWidget *parent = nullptr, int lines = 2);
    ~MessageLine() override;

    // Shows `text` (empty: the idle text), in the problem colour when `problem`.
    void setMessage(const QString &text, bool problem);
    void setIdleText(const QString &text);
    QString idleText() const { return m_idle; }
    bool isProblem() const { return m_problem; }
    void setLines(int lines);
    int lines() const { return m_lines; }
    // The message (or idle text) does not fit and is cut short; the tooltip has all of it.
    bool isElided() const;
    // Growing, it takes as many lines as its text needs (at least lines()) and cuts nothing: for a
    // problem that must be read whole where it is (the layout around it makes room).
    void setGrows(bool grows);
    bool grows() const { return m_grows; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return m_grows; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The lines of `text` at `width`, the last one elided when they are more than m_lines.
    QStringList visibleLines(const QString &text, int width, bool *elided, int maxLines) const;
    int maxLines() const;
    QString shownText() const;
    void refresh();

    QString m_idle;
    int m_lines;
    bool m_problem = false;
    bool m_grows = false;
};

} // namespace PurgeDesk::Gui
