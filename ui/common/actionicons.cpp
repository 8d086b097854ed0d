#include "actionicons.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

namespace {

// The property that names the theme icon an action or a button waits for.
constexpr char ThemeIconProperty[] = "purgedeskThemeIcon";

// The drawings use this colour for their ink; it is replaced by the palette's when drawn.
constexpr char Ink[] = "#010101";

// Draws a single-colour SVG in the colour the palette gives buttons (greyed when disabled).
class SymbolicIconEngine final : public QIconEngine
{
public:
    explicit SymbolicIconEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels already (QIcon::pixmap() multiplies it by the scale).
    // Drawn once per size, mode and ink (a palette change draws anew): parsing the drawing for each
    // paint cost the toolbar a millisecond per repaint.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QString key = u"purgedesk-symbolic:%1:%2x%3:%4:%5:%6"_s.arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(inkFor(mode).name())
                                .arg(scale);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SymbolicIconEngine(m_path); }
    QString key() const override { return u"PurgeDeskSymbolic"_s; }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    static QColor inkFor(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
            mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
    }

    QByteArray tinted(QIcon::Mode mode) const
    {
        QByteArray svg = m_svg;
        return svg.replace(Ink, inkFor(mode).name().toLatin1());
    }

    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon bundledActionIcon(const QString &fallback)
{
    return QIcon(new SymbolicIconEngine(u":/icons/actions/%1.svg"_s.arg(fallback)));
}

namespace {

void setIconOf(QObject *actionOrButton, const QIcon &icon)
{
    if (auto *action = qobject_cast<QAction *>(actionOrButton))
        action->setIcon(icon);
    else if (auto *button = qobject_cast<QAbstractButton *>(actionOrButton))
        button->setIcon(icon);
}

} // namespace

void setThemeIconLater(QObject *actionOrButton, const QString &themeName, const QString &fallback)
{
    Q_ASSERT(qobject_cast<QAction *>(actionOrButton) || qobject_cast<QAbstractButton *>(actionOrButton));
    if (!fallback.isEmpty())
        setIconOf(actionOrButton, bundledActionIcon(fallback));
    actionOrButton->setProperty(ThemeIconProperty, themeName);
}

void applyThemeIcons(QWidget *window)
{
    QList<QObject *> waiting;
    for (QAction *action : window->findChildren<QAction *>())
        waiting << action;
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        waiting << button;
    for (QObject *object : std::as_const(waiting)) {
        const QString name = object->property(ThemeIconProperty).toString();
        if (name.isEmpty())
            continue;
        object->setProperty(ThemeIconProperty, QVariant());
        if (QIcon::hasThemeIcon(name))
            setIconOf(object, QIcon::fromTheme(name));
    }
}

void enableClearButtonOnceTyped(QLineEdit *edit)
{
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit](const QString &text) {
        if (!text.isEmpty() && !edit->isClearButtonEnabled())
            edit->setClearButtonEnabled(true);
    });
}

} // namespace PurgeDesk::Gui
