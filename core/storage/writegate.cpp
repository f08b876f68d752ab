#include "storage/writegate.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace wzsw {

namespace {

// Keyed by the connection object: a Database is neither copied nor moved, and the holder
// releases its entry before the object goes.
struct Gates
{
    QMutex mutex;
    QHash<const Database *, WriteGate::Wait> held;
};

Gates &gates()
{
    static Gates all;
    return all;
}

} // namespace

void WriteGate::hold(const Database &db, Wait wait)
{
    Gates &all = gates();
    const QMutexLocker locker(&all.mutex);
    all.held.insert(&db, std::move(wait));
}

void WriteGate::release(const Database &db)
{
    Gates &all = gates();
    const QMutexLocker locker(&all.mutex);
    all.held.remove(&db);
}

bool WriteGate::isHeld(const Database &db)
{
    Gates &all = gates();
    const QMutexLocker locker(&all.mutex);
    return all.held.contains(&db);
}

Status WriteGate::pass(const Database &db)
{
    Wait wait;
    {
        Gates &all = gates();
        const QMutexLocker locker(&all.mutex);
        const auto found = all.held.constFind(&db);
        if (found == all.held.constEnd())
            return {};
        wait = *found;
    }
    // Outside the lock: the wait ends by releasing this very gate.
    return wait();
}

} // namespace wzsw
