#pragma once

#include "common/result.h"
#include "shell/page.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wzsw {

class Database;

/// Every field of one record as label and text in the user's language, related records by
/// name, the BSN masked (`*****1234`). For the read-only summary shown until the detail forms
/// exist, and for anything else that lists a record's fields.
struct RecordSummary
{
    struct Field
    {
        QString name;  ///< the exchange-format column name, e.g. "birth_date"
        QString label; ///< "Geboortedatum"
        QString text;  ///< empty when not filled in
    };

    QString heading; ///< "Client C-0001: Truus van der Heijden"
    QList<Field> fields;

    /// The text of the field `name`; empty when there is no such field.
    QString text(const QString &name) const;
};

class RecordSummaries
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::RecordSummaries)

public:
    static Result<RecordSummary> of(Database &db, const RecordRef &record);
};

} // namespace wzsw
