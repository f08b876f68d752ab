#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "figures/reportdata.h"

#include <QLocale>
#include <QString>

namespace wzsw::report {

/// How the printed report writes its texts, numbers and dates in the report's own language
/// (nl: "1.234", "321,5", "30 juni 2025"; en: "1,234", "321.5", "30 June 2025").
///
/// Reading: a report's language is chosen per report (`--lang`, or on the Rapportages page), not
/// by the language the program speaks, so a Dutch steering group gets a Dutch report from an
/// English-speaking program. The report's texts are therefore written with both languages where
/// they are used, like the report titles (reportKindTitle) and the enumeration labels, rather
/// than looked up through the program's translator.
class ReportFormat
{
public:
    explicit ReportFormat(Language language);

    Language language() const { return m_language; }
    bool isDutch() const { return m_language == Language::Dutch; }
    const QLocale &locale() const { return m_locale; }

    /// `dutch` or `english`, whichever is the report's language.
    QString text(QStringView dutch, QStringView english) const;

    QString count(qint64 value) const;                       ///< "1.234"
    QString number(double value, int maxDecimals = 2) const; ///< shortest form: "321,5", "20"
    QString hours(qint64 quarterHours) const;                ///< "321,5"
    QString percent(double value) const;                     ///< one decimal: "48,5%"
    QString money(Cents cents) const;                        ///< "€ 1.234,56"
    QString wholeEuros(double euros) const;                  ///< "€ 1.235"
    QString longDate(const QDate &date) const;               ///< "30 juni 2025"
    QString shortDate(const QDate &date) const;              ///< "30 jun. 2025"
    QString period(const Period &period) const;              ///< "1 januari 2025 t/m 30 juni 2025"
    QString shortPeriod(const Period &period) const;         ///< "1 jan. 2025 t/m 30 jun. 2025"
    /// A calendar month "2025-06" as "juni 2025" (long) or "jun. '25" / "jun." (short).
    QString month(const QString &yearMonth, bool shortForm = false, bool withYear = true) const;

private:
    Language m_language;
    QLocale m_locale;
};

} // namespace wzsw::report
