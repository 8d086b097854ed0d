#pragma once

#include "history/historystore.h"

#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;

namespace PurgeDesk::History {
class HistoryService;
}

namespace PurgeDesk::Gui {

class BatchTableModel;
class CheckedUrlsView;
class HistoryFilterBar;
class ItemListModel;
class ItemStateFilter;
class RunListModel;

// The History tab: every purge, newest first, a page at a time (all queries run on the
// history's worker thread), filtered by text, zone, action, outcome and dates; the selected run's
// requests and items; Run Again, Retry Failed, and export of the selection or of every matching
// run to CSV or JSON.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(History::HistoryService *service, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // Lists the runs again (the filters stay); the panel also does this when first shown.
    void refresh();
    // Clears the filters but for this search text (empty: every run).
    void showMatching(const QString &text);
    void setActiveRunId(qint64 runId);
    History::RunFilter filter() const;
    QString statusText() const;
    // Writes the selected runs, or every run that matches the filters, to `path` (.json for
    // JSON with each run's requests and items, otherwise CSV). Answers with exportFinished().
    void exportTo(const QString &path, bool selectionOnly);
    bool isLoading() const;

Q_SIGNALS:
    // The run's items as editor lines (cache-key headers included).
    void runAgainRequested(const PurgeDesk::History::RunRow &run, const QStringList &lines);
    // Only the items that were not purged (failed, not sent, or cut off by an interruption).
    void retryFailedRequested(const PurgeDesk::History::RunRow &run, const QStringList &lines);
    void exportFinished(bool ok, const QString &message);
    // The run's zone, action, mode and items, to keep as a preset.
    void saveAsPresetRequested(const PurgeDesk::History::RunRow &run, const QStringList &lines);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void serviceOpened();
    void filtersChanged();
    void requestPage();
    void pageArrived(int generation, const QList<History::RunRow> &runs, bool complete);
    void currentRunChanged();
    void showDetail(const History::RunRow &run, const QList<History::BatchRow> &batches,
        const QList<History::ItemRow> &items, const QList<History::VerdictRow> &verdicts);
    void updateButtons();
    void updateItemsTab();
    void chooseExport(bool selectionOnly);
    void setStatus(const QString &text, bool problem);
    QStringList lines(bool onlyNotPurged) const;

    History::HistoryService *m_service;
    RunListModel *m_runs;
    ItemListModel *m_items;
    ItemStateFilter *m_itemFilter = nullptr;
    QCheckBox *m_onlyNotPurged = nullptr;
    BatchTableModel *m_batchModel;
    HistoryFilterBar *m_filters;
    QTableView *m_runTable;
    QLabel *m_detailHeadline;
    QTabWidget *m_detailTabs;
    QTableView *m_itemTable;
    QTableView *m_batchTable;
    CheckedUrlsView *m_checkedUrls = nullptr;
    QLabel *m_status;
    QPushButton *m_runAgain;
    QPushButton *m_retryFailed;
    QPushButton *m_saveAsPreset;
    QPushButton *m_export;
    QMenu *m_exportMenu;
    bool m_shownOnce = false;
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_latestGeneration;
    int m_total = -1;
    QString m_openMessage;
    // The run whose detail is shown (Run Again and Retry Failed use it).
    std::optional<History::RunRow> m_detailRun;
    bool m_exporting = false;
};

} // namespace PurgeDesk::Gui
