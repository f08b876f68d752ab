#pragma once

#include <QWidget>

namespace wzsw {

class ReportRenderer;

/// The report on screen: its pages one below the other, scaled to the widget's width, painted
/// by the same renderer that prints (so the screen shows what the paper will).
class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);

    /// The report to show; null shows nothing. Not owned; must outlive its use here.
    void setRenderer(const ReportRenderer *renderer);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double scaleFor(int width) const;

    const ReportRenderer *m_renderer = nullptr;
};

} // namespace wzsw
