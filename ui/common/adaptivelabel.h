#pragma once

#include <QLabel>

namespace PurgeDesk::Gui {

// A label with a long and a short wording of the same message: the long one while the label is at
// least `longChars` average characters wide, the short one when it is narrower (a panel squeezed by
// a small window); the long wording is the tooltip then. It is never narrower than ShortChars
// characters, so that even the short wording does not wrap word by word.
class AdaptiveLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdaptiveLabel)

public:
    explicit AdaptiveLabel(QWidget *parent = nullptr);
    ~AdaptiveLabel() override;

    static constexpr int ShortChars = 12;

    // `shorter` empty: always `text`.
    void setTexts(const QString &text, const QString &shorter, int longChars = 16);
    bool isShort() const { return text() == m_short && m_short != m_long; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void choose();

    QString m_long;
    QString m_short;
    int m_longChars = 16;
};

} // namespace PurgeDesk::Gui
