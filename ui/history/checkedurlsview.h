#pragma once

#include "history/historystore.h"

#include <QTableView>

namespace PurgeDesk::Gui {

class VerdictModel;

// History's "Checked URLs" tab: the URLs a user listed to verify a purge that named none (hostnames,
// cache tags, prefixes, everything), each with its verdict, what the edge answered and the advice,
// as the run view showed them. A URL purge's verdicts are in its Items tab instead.
class CheckedUrlsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckedUrlsView)

public:
    explicit CheckedUrlsView(QWidget *parent = nullptr);
    ~CheckedUrlsView() override;

    // Shows the run's verdicts of URLs that are not among its items; returns how many.
    int showRun(const QList<History::ItemRow> &items, const QList<History::VerdictRow> &verdicts);
    // No run: empty, and its tab hidden.
    void clear();
    VerdictModel *verdicts() const { return m_model; }

private:
    VerdictModel *m_model;
};

} // namespace PurgeDesk::Gui
