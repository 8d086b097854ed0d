#pragma once

// Shared by the history's sources: the texts' translation context, stored timestamps, bound statements.

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace PurgeDesk::History {

// lupdate files these texts under the class around the call (HistoryStore, HistoryRecorder);
// translations.cpp finds them there from this context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::History", text);
}

inline QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

inline QDateTime fromTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Prepares `sql`, binds `values` in their order and runs it.
inline bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace PurgeDesk::History
