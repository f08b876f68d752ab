#pragma once

#include "domain/places.h"
#include "figures/reportdata.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace wzsw {

/// Which report to show: its kind, its scope (a municipality or the region) and its period.
/// The page fills in the period's defaults when the kind or scope changes.
class ReportChooser : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChooser(QWidget *parent = nullptr);

    /// The scopes to choose from: each municipality, and the region when there is more than one.
    void setMunicipalities(const QList<Municipality> &municipalities);

    ReportKind kind() const;
    void setKind(ReportKind kind);
    /// The municipality code; empty for the region.
    QString municipalityCode() const;
    /// Chooses a municipality by code, or the region for an empty code; false when not offered.
    bool setMunicipalityCode(const QString &code);
    Period period() const;
    void setPeriod(const Period &period);

signals:
    /// The kind or the scope changed: the period's defaults may differ.
    void reportChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
};

} // namespace wzsw
