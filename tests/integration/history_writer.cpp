// Test helper for tst_history_kill: records purge runs into a history file in a loop, through a
// real runner and an in-process sandbox, and prints "committed <run id>" after each finished run.
// It never stops by itself; the test kills it.
#include "cloudflare/apiclient.h"
#include "history/historystore.h"
#include "purge/runner.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: history_writer HISTORY_FILE\n");
        return 2;
    }
    History::HistoryStore store(app.arguments().at(1));
    QString message;
    if (!store.open(&message)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    Sandbox::SandboxServer sandbox;
    if (!sandbox.start())
        return 1;
    Cloudflare::ApiClient client;
    client.setCredentials(Cloudflare::Credentials::fromToken(Sandbox::demoToken()));
    client.setApiBase(sandbox.baseUrl());
    const auto limiter = std::make_shared<Purge::RateLimiter>();

    Purge::PurgeSpec spec;
    spec.profile = u"writer"_s;
    for (const Sandbox::Zone &zone : sandbox.config().zones) {
        if (zone.name == u"shop.example"_s)
            spec.zone = {zone.id, zone.name, zone.accountId, zone.plan, true};
    }
    spec.action = Purge::PurgeAction::Tags;
    for (int i = 0; i < 150; ++i)
        spec.items.append({u"tag-%1"_s.arg(i), {}, i + 1});

    std::unique_ptr<Purge::Runner> runner;
    std::unique_ptr<History::HistoryRecorder> recorder;
    std::function<void()> next = [&] {
        runner = std::make_unique<Purge::Runner>(&client, limiter, spec);
        recorder = std::make_unique<History::HistoryRecorder>(store, u"writer"_s);
        runner->setSink(recorder.get());
        QObject::connect(runner.get(), &Purge::Runner::finished, &app, [&] {
            std::printf("committed %lld\n", recorder->runId());
            std::fflush(stdout);
            QTimer::singleShot(0, &app, next);
        });
        runner->start();
    };
    next();
    return app.exec();
}
