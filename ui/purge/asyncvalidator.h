#pragma once

#include "purge/validation.h"
#include "purge/zonerouting.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace PurgeDesk::Gui {

// Validates the editor's text on a worker thread, so that 100,000 pasted lines never freeze the
// window. Requests are coalesced (a short pause after the last keystroke); a result for text that
// has changed since is dropped, never shown.
class AsyncValidator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncValidator)

public:
    struct Input
    {
        Purge::PurgeAction action = Purge::PurgeAction::Files;
        QString text;
        QString zoneName;
        // The zones URLs, hosts and prefixes are routed to (each item to the zone it belongs to;
        // one in none of them is an error on its line). Null: not routed, items outside `zoneName`
        // are only flagged.
        std::shared_ptr<const Purge::ZoneIndex> zones;
        bool onlyChosenZone = false; // `zones` holds just the chosen zone (the account's are not listed)
        // Other saved accounts' zones: an item in one of them says so on its line.
        QList<Purge::OtherAccount> others;
    };
    using Result = std::shared_ptr<const Purge::Validation>;

    explicit AsyncValidator(QObject *parent = nullptr);
    ~AsyncValidator() override;

    // Validates `input` after `delayMs` (0: at the next event loop turn).
    void request(std::function<Input()> input, int delayMs);
    bool isPending() const { return m_timer.isActive() || m_running || m_rerun; }
    const Result &result() const { return m_result; }
    // The result's items by zone, when they were routed (null otherwise).
    const std::shared_ptr<const Purge::Routing> &routing() const { return m_routing; }
    const Input &resultInput() const { return m_resultInput; }

Q_SIGNALS:
    void started();
    void validated();

private:
    void run();

    QTimer m_timer;
    std::function<Input()> m_input;
    struct Checked
    {
        Purge::Validation validation;
        std::shared_ptr<const Purge::Routing> routing;
    };
    static Checked check(const Input &input);

    QFutureWatcher<Checked> m_watcher;
    Input m_runningInput;
    Input m_resultInput;
    Result m_result;
    std::shared_ptr<const Purge::Routing> m_routing;
    bool m_running = false;
    bool m_rerun = false;
};

} // namespace PurgeDesk::Gui
