#pragma once

#include "exchange/departmentprofile.h"

namespace wzsw {

/// `export --profile wmo`: see the .cpp for the readings of the specification.
class WmoProfile final : public DepartmentProfile
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::WmoProfile)

public:
    QString name() const override;
    QString description() const override;

protected:
    bool personLevel() const override;
    QList<ColumnTitle> columns() const override;
    Status writeRows(DepartmentExport &out) const override;
};

} // namespace wzsw
