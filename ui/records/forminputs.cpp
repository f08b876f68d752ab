#include "records/forminputs.h"

#include "storage/lists/listcolumns.h"
#include "storage/lists/listquery.h"
#include "storage/partnerrepository.h"
#include "storage/personrepository.h"
#include "storage/placerepository.h"
#include "storage/servicetyperepository.h"

#include <QCalendarWidget>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// QDateEdit has no empty state: its minimum, shown as a blank, stands for "no date".
const QDate emptyDate(1900, 1, 1);

QString codeAndName(const QString &code, const QString &name) // -> QString: no builder
{
    return code + u" – "_s + name;
}

} // namespace

DateField::DateField(QWidget *parent) : QWidget(parent), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(emptyDate);
    m_edit->setSpecialValueText(u" "_s);
    m_edit->setDisplayFormat(u"dd-MM-yyyy"_s);
    m_edit->setDate(emptyDate);
    auto *clear = new QToolButton(this);
    clear->setText(u"×"_s);
    clear->setToolTip(tr("Empty this date"));
    clear->setAccessibleName(tr("Empty this date"));
    clear->setFocusPolicy(Qt::NoFocus);
    connect(clear, &QToolButton::clicked, this, [this] { m_edit->setDate(emptyDate); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(clear);
    setFocusProxy(m_edit);
    m_edit->calendarWidget()->installEventFilter(this);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // An empty date is stored as the edit's minimum (1900): the calendar would open there.
    // It opens on this month instead, where almost every date typed into a form falls.
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show &&
        m_edit->date() == emptyDate) {
        const QDate today = QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

QDate DateField::date() const
{
    return m_edit->date() == emptyDate ? QDate() : m_edit->date();
}

void DateField::setDate(const QDate &date)
{
    m_edit->setDate(date.isValid() ? date : emptyDate);
}

CheckList::CheckList(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
}

void CheckList::addChoice(const QString &text, qint64 value)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QList<qint64> CheckList::checked() const
{
    QList<qint64> values;
    for (int row = 0; row < count(); ++row)
        if (item(row)->checkState() == Qt::Checked)
            values.append(item(row)->data(Qt::UserRole).toLongLong());
    return values;
}

void CheckList::setChecked(const QList<qint64> &values)
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(values.contains(item(row)->data(Qt::UserRole).toLongLong())
                                     ? Qt::Checked
                                     : Qt::Unchecked);
}

QSize CheckList::sizeHint() const
{
    // Every choice visible without scrolling, up to ten.
    const int rows = std::min(count(), 10);
    return {QListWidget::sizeHint().width(), sizeHintForRow(0) * rows + 2 * frameWidth() + 2};
}

ReferenceCombo::ReferenceCombo(Database &db, RecordKind kind, const QString &emptyText,
                               QWidget *parent)
    : QComboBox(parent)
{
    if (!emptyText.isNull())
        addItem(emptyText, qlonglong(0));
    switch (kind) {
    case RecordKind::Neighbourhood:
        if (const auto all = PlaceRepository(db).neighbourhoodsOf(0))
            for (const Neighbourhood &n : *all)
                addItem(n.name + u" ("_s + n.code + u')', qlonglong(n.id));
        break;
    case RecordKind::Municipality:
        if (const auto all = PlaceRepository(db).allMunicipalities())
            for (const Municipality &m : *all)
                addItem(m.name + u" ("_s + m.code + u')', qlonglong(m.id));
        break;
    case RecordKind::Partner:
        if (const auto all = PartnerRepository(db).partners().list({}, {}, u"name"_s))
            for (const Partner &p : *all)
                addItem(codeAndName(p.code, p.name), qlonglong(p.id));
        break;
    case RecordKind::ServiceType:
        if (const auto all = ServiceTypeRepository(db).all())
            for (const ServiceType &t : *all)
                addItem(displayLanguage() == Language::Dutch ? t.nameNl : t.nameEn,
                        qlonglong(t.id));
        break;
    default:
        break;
    }
}

void ReferenceCombo::setId(Id id)
{
    setCurrentIndex(std::max(0, findData(qlonglong(id))));
}

QString personText(Database &db, RecordKind kind, Id id)
{
    if (id == 0)
        return {};
    if (kind == RecordKind::Client) {
        if (const Result<Client> c = ClientRepository(db).find(id))
            return codeAndName(c->code, c->person.fullName());
    } else if (const Result<Provider> p = ProviderRepository(db).find(id)) {
        return codeAndName(p->code, p->person.fullName());
    }
    return {};
}

PersonPicker::PersonPicker(Database &db, RecordKind kind, QWidget *parent)
    : QWidget(parent), m_db(db), m_kind(kind), m_edit(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The model holds the matches of core's search already: show them all.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_edit->setCompleter(m_completer);
    m_edit->setPlaceholderText(kind == RecordKind::Client ? tr("Client code or name")
                                                          : tr("Provider code or name"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &PersonPicker::complete);
    connect(m_edit, &QLineEdit::editingFinished, this, &PersonPicker::resolve);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &) { resolve(); });
}

void PersonPicker::complete(const QString &text)
{
    if (text.trimmed().size() < 2)
        return;
    const ListQuery query(m_db, m_kind);
    ListFilter filter;
    filter.search = text;
    const Result<QList<ListRow>> rows = query.rows(filter, query.defaultSort(), 0, 20);
    if (!rows)
        return;
    QStringList texts;
    // Code and name are the first two columns of both person lists.
    static_assert(int(ClientList::Code) == 0 && int(ClientList::Name) == 1);
    static_assert(int(ProviderList::Code) == 0 && int(ProviderList::Name) == 1);
    for (const ListRow &row : *rows) {
        const QString shown =
            codeAndName(row.cells.value(0).toString(), row.cells.value(1).toString());
        m_idOfText.insert(shown, row.id);
        texts.append(shown);
    }
    m_model->setStringList(texts);
}

void PersonPicker::resolve()
{
    const QString text = m_edit->text().trimmed();
    Id id = m_idOfText.value(text, 0);
    if (id == 0 && !text.isEmpty()) {
        // A code typed in full: "c-12" finds C-0012 only when typed as stored, so upper-case it.
        const QString code = text.section(u' ', 0, 0).toUpper();
        const Result<Id> byCode = m_kind == RecordKind::Client
                                      ? ClientRepository(m_db).idOfCode(code)
                                      : ProviderRepository(m_db).idOfCode(code);
        if (byCode && *byCode != 0) {
            id = *byCode;
            m_edit->setText(personText(m_db, m_kind, id));
        }
    }
    if (id != m_id) {
        m_id = id;
        emit idChanged(id);
    }
}

Id PersonPicker::id() const
{
    return m_id;
}

void PersonPicker::setId(Id id)
{
    m_id = id;
    const QString text = personText(m_db, m_kind, id);
    if (!text.isEmpty())
        m_idOfText.insert(text, id);
    m_edit->setText(text);
}

} // namespace wzsw
