#pragma once

#include "purge/runner.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace PurgeDesk::Gui {

// A purge as it runs and after: progress (items and requests), what it is waiting for, one row
// per request (items, status, Cloudflare's purge id or its error verbatim), the outcome in a
// sentence with the raw error on request, and Cancel / Retry Failed / Copy Summary.
class RunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunView)

public:
    explicit RunView(QWidget *parent = nullptr);
    ~RunView() override;

    // Shows `runner` (which must outlive the view's use of it or be replaced first).
    void attach(Purge::Runner *runner);
    void setHistoryNote(const QString &note);
    // The run goes to the built-in sandbox: a done run says that nothing reached Cloudflare.
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }

    QString headline() const;
    QString summaryText() const;

Q_SIGNALS:
    void retryFailedRequested();

private:
    void refresh();
    void refreshRows();
    void onWaiting(qint64 ms);
    void finish();
    void copySummary();
    QString zoneLabel() const;

    QPointer<Purge::Runner> m_runner;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_technical;
    QPushButton *m_technicalButton;
    QProgressBar *m_progress;
    QTreeWidget *m_batches;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QLabel *m_historyNote;
    bool m_sandbox = false;
    QTimer m_refreshTimer;
    QString m_waitingText;
    QList<int> m_renderedStates;
};

} // namespace PurgeDesk::Gui
