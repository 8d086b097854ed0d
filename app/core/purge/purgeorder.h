#pragma once

#include "cloudflare/apierror.h"
#include "cloudflare/types.h"
#include "purge/purgespec.h"
#include "purge/validation.h"
#include "purge/zonerouting.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace PurgeDesk::Cloudflare {
class ApiClient;
}

namespace PurgeDesk::Purge {

// A purge as a preset, a recorded run or the command line names it: the zone(s) by ID or name,
// how, and the list as editor lines (checked only when it is resolved). OrderResolver makes it one
// PurgeSpec per zone; no window is involved.
struct PurgeOrder
{
    QString profile; // the account's name (Profile::sandboxId() for the sandbox); for the record
    QString zone; // a 32-hex zone ID, or a zone name; the first of several with `moreZones`
    QStringList moreZones; // further zones: URLs, hosts and prefixes go to the one they belong to,
                           // tags and purge everything to each
    bool allZones = false; // no zone named: URLs, hosts and prefixes go to the zone they belong to
                           // among every zone the account reaches
    QString zoneName; // the zone's name when `zone` is its ID and the name is known (for messages)
    PurgeMode mode = PurgeMode::Purge;
    PurgeAction action = PurgeAction::Files;
    QStringList lines; // one item per line (URLs may carry cache-key headers); none for everything
    // The same list as one text, lines separated by \n, used when `lines` is empty: the command
    // line's list, read from a file, is not split twice. OrderResolver lets go of it once checked.
    QString text;
    RunSource source;

    bool zoneIsId() const;
    QString zoneLabel() const { return zoneName.isEmpty() ? zone : zoneName; }
};

// Turns an order into specs, one per zone: finds the zones (among `knownZones` when they are there,
// else by asking Cloudflare: GET /zones/{id}, or a zone listing by name; every zone of the account
// for allZones), validates the lines, and routes each URL, host or prefix to the zone it belongs
// to; one that belongs to none of them is an error on its line and is never sent. A zone ID whose
// details cannot be read (a purge-only token) is used with the strictest limits and its items
// cannot be checked against its name; note() says so. Emits finished() once, asynchronously.
class OrderResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderResolver)

public:
    OrderResolver(Cloudflare::ApiClient *client, PurgeOrder order, QObject *parent = nullptr);
    ~OrderResolver() override;

    // Every zone the account reaches, when they have been listed: a zone not among them is not
    // looked up again, it is reported missing.
    void setKnownZones(const QList<Cloudflare::Zone> &zones)
    {
        m_knownZones = zones;
        m_zonesKnown = true;
    }
    // Other saved accounts' zones (ZoneDirectory): an item in one of them says so on its line.
    void setOtherAccounts(const QList<OtherAccount> &others) { m_others = others; }
    // The zones listed to route the items are kept in the ZoneDirectory as the order's account's.
    void setRememberZones(bool remember) { m_rememberZones = remember; }
    void start();

    bool succeeded() const { return m_finished && m_problem.isEmpty(); }
    const PurgeOrder &order() const { return m_order; }
    // Valid once succeeded(): one spec per zone, in the order of the zones' first items (of the
    // zones as named, for tags and purge everything).
    const QList<PurgeSpec> &specs() const { return m_specs; }
    const PurgeSpec &spec() const { return m_specs.first(); }
    // The lines' verdicts (also when they stopped the order).
    const Validation &validation() const { return m_validation; }
    // Why the order cannot run, in a sentence; empty on success.
    QString problem() const { return m_problem; }
    // The API error behind the problem, if one was.
    const Cloudflare::ApiError &error() const { return m_error; }
    // Something the user should know although the order can run.
    QString note() const { return m_note; }

Q_SIGNALS:
    void finished();

private:
    struct Found
    {
        Cloudflare::Zone zone;
        bool planKnown = false;
    };
    void resolveNext();
    void zoneFound(const Cloudflare::Zone &zone, bool planKnown);
    void listAll();
    void allFound();
    PurgeSpec specFor(const Found &found) const;
    void fail(const QString &problem, const Cloudflare::ApiError &error = {});
    void finish();

    Cloudflare::ApiClient *m_client;
    PurgeOrder m_order;
    QList<Cloudflare::Zone> m_knownZones;
    QStringList m_wanted; // zones still to find
    QList<Found> m_found;
    QList<PurgeSpec> m_specs;
    Validation m_validation;
    QString m_problem;
    QString m_note;
    Cloudflare::ApiError m_error;
    QPointer<QObject> m_job;
    bool m_zonesKnown = false;
    bool m_rememberZones = false;
    QList<OtherAccount> m_others;
    bool m_finished = false;
};

} // namespace PurgeDesk::Purge
