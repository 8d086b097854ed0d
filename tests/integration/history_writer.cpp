// Test helper for tst_history_kill: records purge runs into a history file in a loop, through a
// real runner and an in-process sandbox, and prints "committed <run id>" after each finished run.
// It never stops by itself; the test kills it.
#include "cloudflare/apiclient.h"
#include "history/historystore.h"
#include "purge/purgesession.h"
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

    Purge::PurgeSpec spec;
    spec.profile = u"writer"_s;
    for (const Sandbox::Zone &zone : sandbox.config().zones) {
        if (zone.name == u"shop.example"_s)
            spec.zone = {zone.id, zone.name, zone.accountId, zone.plan, true};
    }
    spec.action = Purge::PurgeAction::Tags;
    for (int i = 0; i < 150; ++i)
        spec.items.append({u"tag-%1"_s.arg(i), {}, i + 1});

    std::unique_ptr<Purge::PurgeSession> session;
    History::HistoryRecorder *recorder = nullptr;
    std::function<void()> next = [&] {
        session = std::make_unique<Purge::PurgeSession>(
            &client, spec, Purge::PurgeSession::Options {{}, Purge::RunSource::fromName(u"writer"_s)});
        session->setRecorders([&store, &recorder] {
            auto owned = std::make_unique<History::HistoryRecorder>(store);
            recorder = owned.get();
            return owned;
        });
        QObject::connect(session.get(), &Purge::PurgeSession::finished, &app, [&] {
            std::printf("committed %lld\n", recorder->runId());
            std::fflush(stdout);
            QTimer::singleShot(0, &app, next);
        });
        session->start();
    };
    next();
    return app.exec();
}
