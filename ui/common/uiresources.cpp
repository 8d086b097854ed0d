#include "uiresources.h"

#include "ui/common/messageline.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1/purgedesk.png"_s.arg(size), QSize(size, size));
    icon.addFile(u":/icons/purgedesk.svg"_s);
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

void fitColumns(QTableView *table, const QList<int> &stretched)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(100); // the first rows: cheap on long tables
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : stretched)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 4);
    table->setTextElideMode(Qt::ElideRight);
    // The header measures its columns when it is laid out, not when rows arrive: lay it out again
    // then (once per turn of the event loop, however many rows came).
    QAbstractItemModel *model = table->model();
    if (!model)
        return;
    auto *pending = new QTimer(header);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, header, [header] { header->doItemsLayout(); });
    const auto refit = [pending] { pending->start(); };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, pending, refit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, pending, refit);
    QObject::connect(model, &QAbstractItemModel::modelReset, pending, refit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, pending, refit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, pending, refit);
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

} // namespace PurgeDesk::Gui
