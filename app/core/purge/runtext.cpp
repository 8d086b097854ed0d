#include "runtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace PurgeDesk::Purge {

namespace {
// The translation context of these words.
struct RunText
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::RunText)
};
} // namespace

QString formatElapsed(qint64 ms)
{
    const QLocale locale;
    if (ms < 0)
        return RunText::tr("unknown");
    if (ms < 60000)
        return RunText::tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 3600)
        return RunText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return RunText::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString requestsPhrase(const Counters &counters)
{
    const QLocale locale;
    QString text = counters.requestsSent == counters.requestsPlanned
        ? RunText::tr("%n request(s)", nullptr, counters.requestsSent)
        : RunText::tr("%1 of %n request(s) sent", nullptr, counters.requestsPlanned)
              .arg(locale.toString(counters.requestsSent));
    if (counters.retries > 0)
        text += QStringLiteral(", ") + RunText::tr("%n retry(s)", nullptr, counters.retries);
    if (counters.rateLimited > 0)
        text += QStringLiteral(", ") + RunText::tr("%n rate limited (429)", nullptr, counters.rateLimited);
    return text;
}

namespace {

QList<std::pair<QString, qint64>> counterFields(const Counters &c)
{
    return {{QStringLiteral("requested"), c.items}, {QStringLiteral("done"), c.done},
        {QStringLiteral("failed"), c.failed}, {QStringLiteral("not_sent"), c.notSent},
        {QStringLiteral("pending"), c.pending}, {QStringLiteral("requests"), c.requestsPlanned},
        {QStringLiteral("requests_sent"), c.requestsSent}, {QStringLiteral("attempts"), c.attempts},
        {QStringLiteral("retries"), c.retries}, {QStringLiteral("rate_limited"), c.rateLimited},
        {QStringLiteral("elapsed_ms"), c.elapsedMs}};
}

} // namespace

void insertCounters(QJsonObject &object, const Counters &counters)
{
    for (const auto &[key, value] : counterFields(counters))
        object.insert(key, value);
}

QStringList counterColumns()
{
    QStringList columns;
    for (const auto &field : counterFields({}))
        columns << field.first;
    return columns;
}

QStringList counterValues(const Counters &counters)
{
    QStringList values;
    for (const auto &field : counterFields(counters))
        values << QString::number(field.second);
    return values;
}

} // namespace PurgeDesk::Purge
