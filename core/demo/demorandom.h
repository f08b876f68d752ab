#pragma once

#include <QDate>
#include <QtGlobal>

#include <span>

namespace wzsw {

/// The demo generator's source of chance: SplitMix64, a tiny generator whose algorithm is
/// fixed here, so the same seed gives the same data on every platform and Qt version
/// (QRandomGenerator's seeded sequence and its bounded() are not promised to stay the same).
/// Each part of the generator draws from its own stream, so adding a draw to one part does not
/// reshuffle the others.
class DemoRandom
{
public:
    DemoRandom(quint32 seed, quint32 stream) : m_state((quint64(seed) << 32) | stream) { next(); }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    /// 0 .. n - 1, for n > 0 (multiply-shift: no modulo bias worth mentioning for small n).
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    /// low .. high, both included.
    int between(int low, int high) { return low + below(high - low + 1); }
    /// True in `chance` out of 100 calls.
    bool percent(int chance) { return below(100) < chance; }
    /// A day from `from` to `to`, both included; `from` when the range is empty.
    QDate dateBetween(const QDate &from, const QDate &to)
    {
        const qint64 days = from.daysTo(to);
        return days <= 0 ? from : from.addDays(below(int(days) + 1));
    }

    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[below(int(items.size()))];
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        int roll = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i])
                return int(i);
            roll -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace wzsw
