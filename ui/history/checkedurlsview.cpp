#include "checkedurlsview.h"

#include "ui/purge/verdictmodel.h"

#include <QSet>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

CheckedUrlsView::CheckedUrlsView(QWidget *parent)
    : QTableView(parent)
    , m_model(new VerdictModel(this))
{
    setObjectName(u"historyCheckedUrls"_s);
    setAccessibleName(tr("URLs checked after the selected purge"));
    setModel(m_model);
    setUpVerdictTable(this);
}

CheckedUrlsView::~CheckedUrlsView() = default;

int CheckedUrlsView::showRun(const QList<History::ItemRow> &items, const QList<History::VerdictRow> &verdicts)
{
    QSet<QString> values;
    for (const History::ItemRow &item : items)
        values.insert(item.value);
    QList<Verify::UrlCheck> checks;
    for (const History::VerdictRow &row : verdicts) {
        if (row.isVerified() && !values.contains(row.check.url))
            checks << row.check;
    }
    m_model->setChecks(checks);
    return int(checks.size());
}

void CheckedUrlsView::clear()
{
    m_model->setChecks({});
    // Its tab goes too (a page's parent is the tab widget's stack).
    if (auto *tabs = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        tabs->setTabVisible(tabs->indexOf(this), false);
}

} // namespace PurgeDesk::Gui
