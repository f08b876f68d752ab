#pragma once

#include "exchange/departmentprofile.h"

namespace wzsw {

/// `export --profile neighbourhoods`: see the .cpp for the readings of the specification.
class NeighbourhoodsProfile final : public DepartmentProfile
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::NeighbourhoodsProfile)

public:
    QString name() const override;
    QString description() const override;

protected:
    bool personLevel() const override;
    QList<ColumnTitle> columns() const override;
    Status writeRows(DepartmentExport &out) const override;
};

} // namespace wzsw
