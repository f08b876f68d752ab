#pragma once

#include "exchange/exportprofile.h"

#include <QCoreApplication>

namespace wzsw {

/// `export --profile exchange`: the whole data file in the exchange format, one file per entity
/// with exactly the specification's columns in its order, codes for references and
/// enumerations, money with two decimals, hours in their shortest form, and the rows in a fixed
/// order (exchangeorder.h), so export -> import into a new file -> export gives the same bytes.
/// Contact notes are never exported. It is a full copy (a backup to a spreadsheet, or the way
/// to another data file), so it takes no period, municipality, recipient or name options.
class ExchangeProfile final : public ExportProfile
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ExchangeProfile)

public:
    QString name() const override;
    QString description() const override;
    bool writesFolder() const override { return true; }
    CsvDialect defaultDialect() const override { return CsvDialect::rfc4180(); }
    QString refusal(const ExportRequest &request) const override;
    QString scope(const ExportRequest &request) const override;
    Result<QList<ExportedFile>> write(Database &db, const ExportRequest &request,
                                      const CsvDialect &dialect, ExportOutput &output,
                                      const ExportProgress &progress) const override;
};

} // namespace wzsw
