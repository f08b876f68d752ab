#pragma once

#include "domain/service.h"
#include "rules/matching.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace wzsw {

class DataFile;

/// The providers for an open request, best first, with the reasons for each place (core's
/// rankProviders over MatchQueries). The Match button of a row matches the request to that
/// provider in one undoable command.
class MatchDialog : public QDialog
{
    Q_OBJECT

public:
    MatchDialog(DataFile &file, const ServiceRequest &request, QWidget *parent = nullptr);

    const QList<RankedProvider> &ranking() const { return m_ranking; }
    QTableWidget *table() const { return m_table; }
    /// Matches the request to the provider in row `row` of the ranking; false (with a message)
    /// when that cannot be stored.
    bool matchRow(int row);

    /// "can deliver this service", "3 h left this week", ... in the user's language.
    static QString reasonText(MatchReason reason, const RankedProvider &ranked);

private:
    void fill();

    DataFile &m_file;
    ServiceRequest m_request;
    QLabel *m_heading;
    QTableWidget *m_table;
    QList<RankedProvider> m_ranking;
};

} // namespace wzsw
