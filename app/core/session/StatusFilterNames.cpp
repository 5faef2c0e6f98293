// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/StatusFilterNames.h"

#include "model/TokenTableModel.h"

namespace TokenConsole {

namespace {

using StatusFilter = TokenFilterModel::StatusFilter;

const std::pair<StatusFilter, const char*> kNames[] = {
    {StatusFilter::All, "all"},
    {StatusFilter::Active, "active"},
    {StatusFilter::Expiring, "expiring"},
    {StatusFilter::Disabled, "disabled"},
    {StatusFilter::DisabledForInactivity, "disabled-for-inactivity"},
};

} // namespace

QStringList StatusFilterNames::names()
{
    QStringList names;
    for (const auto& [filter, name] : kNames)
        names.append(QString::fromLatin1(name));
    return names;
}

bool StatusFilterNames::parse(const QString& name, StatusFilter* filter)
{
    for (const auto& [value, text] : kNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            *filter = value;
            return true;
        }
    }
    return false;
}

QString StatusFilterNames::name(StatusFilter filter)
{
    for (const auto& [value, text] : kNames) {
        if (value == filter)
            return QString::fromLatin1(text);
    }
    return {};
}

TokenList StatusFilterNames::matching(const TokenList& tokens,
                                      const InactivityPolicySettings& policy, const QDateTime& now,
                                      StatusFilter filter, int expiringWithinDays)
{
    TokenTableModel model;
    model.setPolicy(policy);
    model.setNow(now);
    model.refresh(tokens);
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setExpiringWithinDays(expiringWithinDays);
    TokenList matched;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (proxy.matchesStatus(row, filter))
            matched.append(model.token(row));
    }
    return matched;
}

} // namespace TokenConsole
