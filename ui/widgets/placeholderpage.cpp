#include "widgets/placeholderpage.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

PlaceholderPage::PlaceholderPage(PageId id, const char *title, const char *description,
                                 QWidget *parent)
    : Page(parent), m_id(id), m_title(title), m_description(description),
      m_heading(new QLabel(this)), m_text(new QLabel(this)), m_note(new QLabel(this))
{
    auto *panel = new QFrame(this);
    panel->setObjectName(u"placeholderPanel"_s);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setFixedWidth(560); // a fixed width lets the wrapped text take its full height
    auto *inner = new QVBoxLayout(panel);
    inner->setContentsMargins(28, 24, 28, 24);
    inner->setSpacing(12);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    inner->addWidget(m_heading);
    inner->addWidget(m_text);
    inner->addWidget(m_note);

    auto *outer = new QVBoxLayout(this);
    // Centred by stretches, not by an alignment flag: with a flag the layout would ignore
    // the wrapped labels' height for their width and cut them off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    retranslate();
}

QString PlaceholderPage::title() const
{
    return QCoreApplication::translate("wzsw::PageTitle", m_title);
}

void PlaceholderPage::retranslate()
{
    m_heading->setText(title());
    m_text->setText(QCoreApplication::translate("wzsw::PlaceholderPage", m_description));
    m_note->setText(tr("This part of the program is not ready yet; it comes in a next version."));
}

} // namespace wzsw
