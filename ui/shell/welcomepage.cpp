#include "shell/welcomepage.h"

#include "settings/preferences.h"
#include "storage/serverlocation.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_new(new QPushButton(this)), m_open(new QPushButton(this)), m_demo(new QPushButton(this)),
      m_server(new QPushButton(this)), m_recentTitle(new QLabel(this)),
      m_recent(new QListWidget(this))
{
    setObjectName(u"welcomePage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    m_recentTitle->setFont(sectionFont);
    m_recentTitle->setBuddy(m_recent);

    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_demo->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_server->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_server->setObjectName(u"serverButton"_s);
    for (QPushButton *button : {m_new, m_open, m_server, m_demo}) {
        button->setMinimumHeight(button->sizeHint().height() + 10);
        button->setStyleSheet(u"text-align: left; padding: 4px 12px;"_s);
    }
    m_recent->setMaximumHeight(180);
    m_recent->setObjectName(u"recentFiles"_s);

    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setFixedWidth(600); // a fixed width lets the wrapped text take its full height
    auto *inner = new QVBoxLayout(panel);
    inner->setContentsMargins(32, 28, 32, 28);
    inner->setSpacing(10);
    inner->addWidget(m_title);
    inner->addWidget(m_intro);
    inner->addSpacing(8);
    inner->addWidget(m_new);
    inner->addWidget(m_open);
    inner->addWidget(m_server);
    inner->addWidget(m_demo);
    inner->addSpacing(8);
    inner->addWidget(m_recentTitle);
    inner->addWidget(m_recent);

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

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_server, &QPushButton::clicked, this, &WelcomePage::serverRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(&Preferences::instance(), &Preferences::recentFilesChanged, this,
            &WelcomePage::fillRecentFiles);
    retranslate();
}

void WelcomePage::fillRecentFiles()
{
    m_recent->clear();
    for (const QString &path : Preferences::instance().recentFiles()) {
        // A server is kept as its connection string without password: shown as it is.
        if (ServerLocation::isServer(path)) {
            auto *item = new QListWidgetItem(path, m_recent);
            item->setData(Qt::UserRole, path);
            item->setToolTip(path);
            continue;
        }
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            info.fileName() + u"  —  "_s + QDir::toNativeSeparators(info.absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    const bool any = m_recent->count() > 0;
    m_recent->setVisible(any);
    m_recentTitle->setVisible(any);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to WZSW"));
    m_intro->setText(tr("Clients, providers, trajectories, requests and deliveries, partners "
                        "and agreements of Wonen Zorg Service in de Wijk, in one data file. "
                        "Start a new data file, open one, or look around in the demo."));
    m_new->setText(tr("&New data file..."));
    m_open->setText(tr("&Open a data file..."));
    m_demo->setText(tr("Open the &demo"));
    m_server->setText(tr("Connect to a re&gional server..."));
    m_recentTitle->setText(tr("&Recently opened"));
    m_recent->setAccessibleName(tr("Recently opened files"));
    fillRecentFiles();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace wzsw
