#include "uiresources.h"

#include "ui/common/messageline.h"

#include <QEvent>
#include <QFile>
#include <QFuture>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QScreen>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

namespace {

constexpr int IconSizes[] = {16, 32, 48, 64, 128};

QList<QImage> decodeApplicationIcon()
{
    QList<QImage> images;
    for (const int size : IconSizes)
        images << QImage(u":/icons/%1/purgedesk.png"_s.arg(size));
    return images;
}

QFuture<QList<QImage>> &preparedIcon()
{
    static QFuture<QList<QImage>> future;
    return future;
}

} // namespace

void prepareApplicationIcon()
{
    if (!preparedIcon().isValid())
        preparedIcon() = QtConcurrent::run(decodeApplicationIcon);
}

QIcon applicationIcon()
{
    // Up to 128 pixels: a title bar, a task bar or a switcher shows the window's icon at 64 at
    // most, 128 at 200% scale. (Shells that show an application larger take the installed theme
    // icon of its .desktop entry, up to 256.) A 256-pixel pixmap would be another 256 KiB held for
    // as long as the window is open. Decoding them takes a few milliseconds: done once, ahead of
    // time when prepared.
    // The prepared images are taken (the future is invalid after), not kept beside the icon's
    // pixmaps; a later call decodes them again.
    const QList<QImage> images = preparedIcon().isValid() ? preparedIcon().takeResult() : decodeApplicationIcon();
    QIcon icon;
    for (const QImage &image : images)
        icon.addPixmap(QPixmap::fromImage(image));
    return icon;
}

QString licenseText()
{
    QFile file(u":/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor statusColor(Status status, const QPalette &palette)
{
    QColor color;
    switch (status) {
    case Status::Problem:
        color = QColor(0xd0, 0x3b, 0x2e);
        break;
    case Status::Warning:
        color = QColor(0xc2, 0x7c, 0x0e);
        break;
    case Status::Success:
        color = QColor(0x2e, 0x8b, 0x3e);
        break;
    }
    // Text in this colour sits on the window, on an item view's base, or on its alternate rows.
    const QColor backgrounds[]
        = {palette.color(QPalette::Window), palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)};
    const bool darkBackground = luminance(backgrounds[0]) < 0.18;
    const auto readable = [&backgrounds](const QColor &c) {
        return std::all_of(std::begin(backgrounds), std::end(backgrounds),
            [&c](const QColor &background) { return contrastRatio(c, background) >= 4.5; });
    };
    // Move the lightness away from the background, step by step, until every background reads well.
    for (int step = 0; step < 40; ++step) {
        if (readable(color))
            break;
        float h = 0;
        float sat = 0;
        float l = 0;
        color.getHslF(&h, &sat, &l);
        l = darkBackground ? std::min(1.0F, l + 0.025F) : std::max(0.0F, l - 0.025F);
        color.setHslF(h, sat, l);
    }
    return color;
}

QColor focusRingColor(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Highlight);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool darkBackground = luminance(window) < 0.18;
    for (int step = 0; step < 40; ++step) {
        if (contrastRatio(color, window) >= 3.0 && contrastRatio(color, base) >= 3.0)
            break;
        float h = 0;
        float sat = 0;
        float l = 0;
        color.getHslF(&h, &sat, &l);
        l = darkBackground ? std::min(1.0F, l + 0.025F) : std::max(0.0F, l - 0.025F);
        color.setHslF(h, sat, l);
    }
    return color;
}

QColor problemColor()
{
    return statusColor(Status::Problem, QPalette());
}

namespace {

// Keeps a table's columns fitted to its viewport's width (see fitColumns()).
class ColumnFitter final : public QObject
{
public:
    ColumnFitter(QTableView *table, const QList<int> &stretched)
        : QObject(table->horizontalHeader())
        , m_table(table)
        , m_tableObject(table)
        , m_viewport(table->viewport())
        , m_stretched(stretched)
    {
        m_pending.setSingleShot(true);
        m_pending.setInterval(0);
        connect(&m_pending, &QTimer::timeout, this, &ColumnFitter::fit);
        table->viewport()->installEventFilter(this);
        table->installEventFilter(this);
    }

    // Fits once per turn of the event loop, however many rows arrived or resizes happened.
    void schedule() { m_pending.start(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Compared by the pointers kept at the start: a table being destroyed still sends events,
        // and by then it is no longer a table (calling it would be undefined behaviour).
        const QEvent::Type type = event->type();
        if (watched == m_viewport && type == QEvent::Resize)
            fit(); // at once: the columns never show at the old width
        else if (watched == m_tableObject && (type == QEvent::FontChange || type == QEvent::Show))
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        QHeaderView *header = m_table->horizontalHeader();
        const int count = header->count();
        const int least = header->minimumSectionSize();
        // What each column would like (its header and the rows in view), and what it needs at least:
        // a short column its rows' width, a long one its header's (or less, if its rows are narrower).
        QList<int> want(count, 0);
        QList<int> need(count, 0);
        int fixed = 0;
        int fixedNeed = 0;
        QList<int> longOnes;
        for (int column = 0; column < count; ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int content = static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(column);
            const int title = header->sectionSizeHint(column);
            want[column] = std::max({content, title, least});
            if (m_stretched.contains(column)) {
                need[column] = std::max(least, std::min(want[column], title));
                longOnes << column;
            } else {
                need[column] = std::max(content, least);
                fixed += want[column];
                fixedNeed += need[column];
            }
        }
        const int available = m_table->viewport()->width();
        QList<int> width = want;
        int room = available - fixed;
        // The long columns elide down to a floor (16 characters, or less if that is all they want)
        // before any short column's header is cut; below it, what the rows say comes before the
        // headers' words: the short columns give up the room their headers take beyond their rows'
        // width, as far as the long ones need it.
        const int floorWidth = 16 * m_table->fontMetrics().averageCharWidth();
        int longFloor = 0;
        for (const int column : std::as_const(longOnes))
            longFloor += std::max(need[column], std::min(want[column], floorWidth));
        if (room < longFloor) {
            int spare = std::min(fixed - fixedNeed, longFloor - room);
            for (int column = 0; column < count && spare > 0; ++column) {
                if (m_stretched.contains(column) || header->isSectionHidden(column))
                    continue;
                const int give = std::min(spare, want[column] - need[column]);
                width[column] -= give;
                room += give;
                spare -= give;
            }
        }
        // The long columns share what is left: each gets what it wants if it can, the widest are cut
        // to the same width (and elide), none below what it needs; spare room goes to them equally.
        QList<int> order = longOnes;
        std::sort(order.begin(), order.end(), [&want](int a, int b) { return want[a] < want[b]; });
        int left = std::max(room, 0);
        int sharing = int(order.size());
        for (const int column : std::as_const(order)) {
            const int share = left / std::max(sharing, 1);
            width[column] = std::max(need[column], std::min(want[column], share));
            left -= width[column];
            --sharing;
        }
        if (left > 0 && !order.isEmpty()) {
            const int each = left / int(order.size());
            for (const int column : std::as_const(order))
                width[column] += each;
            width[order.last()] += left - each * int(order.size());
        }
        // Still too wide (a narrow window, a large font): the long columns give way first, then the
        // short ones, the widest first, down to a few characters each, rather than scroll sideways.
        int excess = -available;
        for (int column = 0; column < count; ++column)
            excess += header->isSectionHidden(column) ? 0 : width[column];
        for (const bool longFirst : {true, false}) {
            while (excess > 0) {
                int widest = -1;
                for (int column = 0; column < count; ++column) {
                    if (header->isSectionHidden(column) || m_stretched.contains(column) != longFirst
                        || width[column] <= least)
                        continue;
                    if (widest < 0 || width[column] > width[widest])
                        widest = column;
                }
                if (widest < 0)
                    break;
                const int give = std::min({excess, width[widest] - least, std::max(1, excess / 4)});
                width[widest] -= give;
                excess -= give;
            }
        }
        for (int column = 0; column < count; ++column) {
            if (!header->isSectionHidden(column) && header->sectionSize(column) != width[column])
                header->resizeSection(column, width[column]);
        }
    }

    QTableView *m_table;
    const QObject *m_tableObject; // the same table, only ever compared
    const QObject *m_viewport;
    QList<int> m_stretched;
    QTimer m_pending;
};

} // namespace

void fitColumns(QTableView *table, const QList<int> &stretched)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(100); // the first rows: cheap on long tables
    header->setSectionResizeMode(QHeaderView::Interactive); // sized here; the user may still drag them
    header->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 4);
    table->setTextElideMode(Qt::ElideRight);
    auto *fitter = new ColumnFitter(table, stretched);
    // Rows that arrive or change may change what the columns need: fitted again then.
    QAbstractItemModel *model = table->model();
    if (!model)
        return;
    const auto refit = [fitter] { fitter->schedule(); };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, fitter, refit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, fitter, refit);
    QObject::connect(model, &QAbstractItemModel::modelReset, fitter, refit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, fitter, refit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, fitter, refit);
    QObject::connect(model, &QAbstractItemModel::headerDataChanged, fitter, refit);
    fitter->schedule();
}

void showMessage(QLabel *label, const QString &text, bool problem)
{
    if (auto *line = qobject_cast<MessageLine *>(label)) {
        line->setMessage(text, problem); // keeps its place when empty
        return;
    }
    label->setText(text);
    QPalette palette; // no role set: everything is inherited from the parent
    if (problem)
        palette.setColor(QPalette::WindowText, problemColor());
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

void resizeWithinScreen(QWidget *dialog, const QSize &wanted)
{
    const QWidget *anchor = dialog->parentWidget() ? dialog->parentWidget()->window() : dialog;
    const QScreen *screen = anchor->screen();
    if (!screen) {
        dialog->resize(wanted);
        return;
    }
    // Room for a title bar and a frame, which the window manager adds around the size given here.
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    dialog->resize(wanted.boundedTo(room).expandedTo(dialog->minimumSizeHint().boundedTo(room)));
}

} // namespace PurgeDesk::Gui
