#include "domain/service.h"

namespace wzsw {

Cents defaultFee(int quarterHours, Cents feePerHourCents)
{
    // quarterHours * fee / 4, rounded half away from zero, in integers only.
    const Cents numerator = Cents(quarterHours) * feePerHourCents;
    const Cents whole = numerator / 4;
    const Cents remainder = numerator % 4;
    if (remainder * 2 >= 4)
        return whole + 1;
    if (remainder * 2 <= -4)
        return whole - 1;
    return whole;
}

} // namespace wzsw
