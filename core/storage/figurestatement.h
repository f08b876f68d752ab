#pragma once

#include "common/result.h"
#include "storage/figurequeries.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace wzsw {

class Database;

/// A statement of the figure queries, built piece by piece together with its positional
/// parameters, so that the optional scope conditions keep text and values in step.
class FigureStatement
{
public:
    explicit FigureStatement(FigureScope scope) : m_scope(scope) {}

    FigureStatement &add(const QString &sql, const QVariantList &params = {})
    {
        m_sql += sql;
        m_params += params;
        return *this;
    }
    /// Appends `sql`, which holds one `?` for the municipality, for a municipality's figures
    /// only: the region counts everything.
    FigureStatement &scoped(const QString &sql)
    {
        if (!m_scope.isRegion())
            add(sql, {qlonglong(m_scope.municipalityId)});
        return *this;
    }

    /// Prepares, binds and runs; the query is positioned before its first row.
    Result<QSqlQuery> run(const Database &db) const;

    /// The ids of the scope's clients / providers / neighbourhoods, each as a subquery with one
    /// `?` for the municipality (reports.md: a person belongs to their neighbourhood's
    /// municipality).
    static QString clientsOfMunicipality();
    static QString providersOfMunicipality();
    static QString neighbourhoodsOfMunicipality();
    /// " AND" the condition that delivery `d` goes to a client of the municipality (one `?`).
    static QString deliveryInMunicipality();

    /// The level of provider `p`'s earliest (`latest` false) or latest ladder assessment dated
    /// on or before `?`, as a scalar subquery; of assessments on one date, the one entered last
    /// counts as the later (reports.md `ladder_first` / `ladder_latest`).
    static QString ladderLevel(bool latest);
    /// Agreement `a`'s end date or review date lies after the period and at most
    /// agreementWarningDays after it (reports.md `agreements_expiring`, for signed, active
    /// agreements); bind agreementExpiringParams().
    static QString agreementExpiring();
    static QVariantList agreementExpiringParams(const Period &period);

private:
    FigureScope m_scope;
    QString m_sql;
    QVariantList m_params;
};

} // namespace wzsw
