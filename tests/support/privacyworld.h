#pragma once

#include "domain/client.h"
#include "domain/provider.h"
#include "seed.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace wzsw::test {

/// A small world with people whose names, numbers and stories are easy to find in a file's
/// bytes, for the privacy tests (erasure, subject access, BSN switch).
///
/// - Client Truus van der Heijden (C-0001, Centrum), called Verstappen before a name change,
///   BSN 111222333, born 1941-03-14, intake 2025-01-01; a request and a case note about her.
/// - Client Kees Brouwer (C-0002, Noord), BSN 123456782: the person who is never erased.
/// - Provider Mehmet Yılmaz (P-0001, Noord), start 2025-01-01, a running orientation
///   trajectory with goals, ladder 2 then 3, a case note.
/// - Deliveries by Mehmet: Truus 2025-01-10 1.5 h boodschappen, Truus 2025-02-14 2 h
///   boodschappen, Kees 2025-02-20 1 h klusjes; each with a note naming the client.
struct PrivacyWorld
{
    Basics basics;
    Client truus;
    Client kees;
    Provider mehmet;

    /// Byte strings of Truus's identifying data as they sit in the file (UTF-8).
    static QList<QByteArray> truusTraces();
    /// The same for Mehmet.
    static QList<QByteArray> mehmetTraces();
};

PrivacyWorld makePrivacyWorld(Database &db);

/// Figures the reports are made of, computed with SQL of the test's own (independent of the
/// program's figure queries): one line per figure, to compare before and after an erasure.
QStringList figureSnapshot(Database &db);

} // namespace wzsw::test
