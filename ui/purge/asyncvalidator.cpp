#include "asyncvalidator.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace PurgeDesk::Gui {

namespace {

// Lines above which a validation's garbage is worth handing back to the system.
constexpr qsizetype LargeList = 10000;

// A long list's validation frees hundreds of thousands of small blocks (the earlier result, the
// split lines, the duplicate index), which glibc keeps in its heaps: the window would go on holding
// tens of megabytes it no longer uses (100,000 URLs: about 45 MiB). malloc_trim() hands them back;
// it takes a few to 20 ms on such heaps, so it runs on a pool thread, never the window's.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    QThreadPool::globalInstance()->start([] { malloc_trim(0); });
#endif
}

} // namespace

AsyncValidator::AsyncValidator(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AsyncValidator::run);
    connect(&m_watcher, &QFutureWatcher<Checked>::finished, this, [this] {
        m_running = false;
        if (m_rerun) {
            // The text changed while this ran: its result is already stale.
            m_rerun = false;
            if (!m_timer.isActive())
                run();
            return;
        }
        Checked checked = m_watcher.result();
        m_result = std::make_shared<const Purge::Validation>(std::move(checked.validation));
        m_routing = std::move(checked.routing);
        m_resultInput = std::move(m_runningInput);
        m_resultInput.text.clear(); // the list's text is the editor's; a copy here is megabytes for a long list
        const bool large = m_result->lines.size() > LargeList;
        Q_EMIT validated();
        if (large)
            releaseFreedMemory();
    });
}

AsyncValidator::~AsyncValidator()
{
    m_watcher.waitForFinished();
}

void AsyncValidator::request(std::function<Input()> input, int delayMs)
{
    m_input = std::move(input);
    if (m_running)
        m_rerun = true;
    m_timer.start(delayMs);
}

void AsyncValidator::run()
{
    if (m_running) {
        m_rerun = true;
        return;
    }
    if (!m_input)
        return;
    m_runningInput = m_input();
    m_running = true;
    m_rerun = false;
    Q_EMIT started();
    const Input input = m_runningInput;
    m_watcher.setFuture(QtConcurrent::run([input] { return check(input); }));
}

AsyncValidator::Checked AsyncValidator::check(const Input &input)
{
    using Purge::PurgeAction;
    const bool routed = input.zones && !input.zones->isEmpty()
        && (input.action == PurgeAction::Files || input.action == PurgeAction::Hosts
            || input.action == PurgeAction::Prefixes);
    Checked checked;
    checked.validation = Purge::validate(input.action, input.text, routed ? QString() : input.zoneName);
    if (routed)
        checked.routing = std::make_shared<const Purge::Routing>(Purge::routeItems(input.action, checked.validation,
            *input.zones, input.onlyChosenZone ? input.zoneName : QString(), input.others));
    return checked;
}

} // namespace PurgeDesk::Gui
