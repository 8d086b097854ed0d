#include "helpbox.h"

#include "ui/common/uiresources.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

QString HelpBox::shortcutTable(const QList<QAction *> &actions)
{
    QString rows;
    for (const QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        QString what = action->text();
        what.remove(u'&');
        if (what.endsWith(u"..."_s))
            what.chop(3);
        rows += u"<tr><td style=\"padding-right: 16px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            keys.join(tr(" or ")), what.toHtmlEscaped());
    }
    return u"<table>"_s + rows + u"</table>"_s;
}

void HelpBox::show(QWidget *parent, const QList<QAction *> &actions)
{
    if (auto *existing = parent->findChild<QDialog *>(u"helpBox"_s)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *box = new QDialog(parent);
    box->setObjectName(u"helpBox"_s);
    box->setWindowTitle(tr("PurgeDesk Help"));
    auto *text = new QLabel(
        tr("<h3>Purging in four steps</h3>"
           "<ol><li>Choose the <b>account</b> and the <b>zone</b> (type to search).</li>"
           "<li>Choose what to purge by: URLs, hostnames, cache tags, prefixes, or everything; and the mode: "
           "<b>Purge</b> removes cached copies, <b>Invalidate</b> marks them stale.</li>"
           "<li>Paste, type or import the list (a text, CSV or sitemap.xml file; or drop one). Lines with a "
           "marker need a look: hover for the reason, or press F8 to go to the next error and read it above the "
           "list.</li>"
           "<li><b>Preview</b> shows the exact requests; <b>Purge</b> sends them, paced under your plan's rate "
           "limits. Failed items can be retried.</li></ol>"
           "<p>Accounts &gt; Manage Accounts adds a Cloudflare API token (kept in the system keychain). Until then "
           "PurgeDesk uses a local sandbox that answers like Cloudflare.</p>"
           "<p>A purge you repeat: save the form as a preset; its <b>Run</b> button in the Presets panel purges "
           "it again in one click (purge everything still asks for the zone's name).</p>"
           "<h4>Shortcuts</h4>")
        + shortcutTable(actions));
    text->setObjectName(u"helpText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The text scrolls when the screen is shorter than it (800x600): Close stays in reach.
    auto *scroll = new QScrollArea(box);
    scroll->setObjectName(u"helpScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, box);
    QObject::connect(buttons, &QDialogButtonBox::rejected, box, &QDialog::reject);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    // As tall as the text at a comfortable width (about 80 characters), within the screen.
    const int width = 80 * text->fontMetrics().averageCharWidth();
    const QMargins margins = layout->contentsMargins();
    resizeWithinScreen(box,
        QSize(width + margins.left() + margins.right() + scroll->verticalScrollBar()->sizeHint().width(),
            text->heightForWidth(width) + layout->spacing() + buttons->sizeHint().height() + margins.top()
                + margins.bottom()));
    box->show();
}

} // namespace PurgeDesk::Gui
