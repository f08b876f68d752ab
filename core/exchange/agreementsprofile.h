#pragma once

#include "exchange/departmentprofile.h"

namespace wzsw {

/// `export --profile agreements`: see the .cpp for the readings of the specification.
class AgreementsProfile final : public DepartmentProfile
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::AgreementsProfile)

public:
    QString name() const override;
    QString description() const override;

protected:
    bool personLevel() const override;
    QList<ColumnTitle> columns() const override;
    Status writeRows(DepartmentExport &out) const override;
};

} // namespace wzsw
