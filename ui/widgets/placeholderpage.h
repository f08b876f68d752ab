#pragma once

#include "shell/page.h"

class QLabel;

namespace wzsw {

/// The page for a place of the navigation that a later version fills (the dashboard, reports,
/// export, targets and budget): it says what will be there, so the place is not a blank.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    /// `title` in context "wzsw::PageTitle", `description` in "wzsw::PlaceholderPage": English
    /// source texts, marked with QT_TRANSLATE_NOOP.
    PlaceholderPage(PageId id, const char *title, const char *description,
                    QWidget *parent = nullptr);

    PageId pageId() const override { return m_id; }
    QString title() const override;
    void setDataFile(DataFile *file) override { Q_UNUSED(file) }

protected:
    void retranslate() override;

private:
    PageId m_id;
    const char *m_title;
    const char *m_description;
    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_note;
};

} // namespace wzsw
