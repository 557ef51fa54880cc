#include "ui/widgets/PackageSelector.h"

#include "model/PackageCatalog.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace onboarder::ui {

using model::PackageCatalog;

PackageSelector::PackageSelector(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (PackageCatalog::Package package : PackageCatalog::customerPackages()) {
        Entry entry;
        entry.wireName = PackageCatalog::wireName(package);
        entry.check = new QCheckBox(this);
        entry.check->setObjectName(QStringLiteral("package_%1").arg(entry.wireName));
        entry.quantity = new QSpinBox(this);
        entry.quantity->setObjectName(QStringLiteral("quantity_%1").arg(entry.wireName));
        // 0 stands for "no limit": the API takes a limit only when one is sent.
        entry.quantity->setRange(0, PackageCatalog::kMaxQuantity);
        entry.quantity->setEnabled(false);
        entry.requirement = new QLabel(this);
        entry.requirement->setObjectName(QStringLiteral("requirement_%1").arg(entry.wireName));
        entry.requirement->setWordWrap(true);
        entry.requirement->setProperty("role", QStringLiteral("hint"));
        grid->addWidget(entry.check, row, 0);
        grid->addWidget(entry.quantity, row, 1);
        grid->addWidget(entry.requirement, row, 2);
        connect(entry.check, &QCheckBox::toggled, this, [this] {
            if (!m_updating) {
                m_note->clear();
                m_note->hide();
                updateDependencies();
                emit selectionChanged();
            }
        });
        connect(entry.quantity, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating) {
                emit selectionChanged();
            }
        });
        m_entries.append(entry);
        ++row;
    }
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("packageNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    grid->addWidget(m_note, row, 0, 1, 3);
    retranslate();
    updateDependencies();
}

namespace {
// The name with "&" before its first letter that is not taken yet, trying the initials of the words after the first,
// then the first word's, then any letter; `taken` gets the letter.
QString withMnemonic(const QString& name, QString& taken)
{
    QList<int> candidates;
    const QStringList words = name.split(QLatin1Char(' '));
    int position = 0;
    QList<int> initials;
    for (const QString& word : words) {
        if (!word.isEmpty() && word.at(0).isLetter()) {
            initials.append(position);
        }
        position += static_cast<int>(word.size()) + 1;
    }
    candidates = initials.mid(1);
    if (!initials.isEmpty()) {
        candidates.append(initials.first());
    }
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i).isLetter()) {
            candidates.append(i);
        }
    }
    for (int i : std::as_const(candidates)) {
        const QChar letter = name.at(i).toLower();
        if (!taken.contains(letter)) {
            taken.append(letter);
            return name.left(i) + QLatin1Char('&') + name.mid(i);
        }
    }
    return name;
}
} // namespace

void PackageSelector::assignMnemonics(const QString& reserved)
{
    m_mnemonics = true;
    m_reserved = reserved.toLower();
    retranslate();
}

void PackageSelector::retranslate()
{
    QString taken = m_reserved;
    for (Entry& entry : m_entries) {
        const PackageCatalog::Package package = PackageCatalog::fromWire(entry.wireName);
        const QString name = PackageCatalog::displayName(package);
        entry.check->setText(m_mnemonics ? withMnemonic(name, taken) : name);
        entry.check->setAccessibleName(PackageCatalog::displayName(package));
        entry.quantity->setSpecialValueText(tr("No limit"));
        // Wide enough for "No limit" in every language.
        entry.quantity->setMinimumWidth(entry.quantity->sizeHint().width());
        entry.quantity->setAccessibleName(tr("Quantity of %1").arg(PackageCatalog::displayName(package)));
        entry.quantity->setToolTip(tr("The most licences of this package the customer can assign; \"No limit\" "
                                      "sends none."));
        const QList<PackageCatalog::Package> bases = PackageCatalog::addOnRequiresOneOf(package);
        QStringList baseNames;
        for (PackageCatalog::Package base : bases) {
            baseNames.append(PackageCatalog::displayName(base));
        }
        entry.requirement->setText(bases.isEmpty() ? QString()
                                                   : tr("Add-on: needs one of %1.").arg(baseNames.join(tr(", "))));
    }
}

void PackageSelector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PackageSelector::updateDependencies()
{
    m_updating = true;
    QStringList dropped;
    for (Entry& entry : m_entries) {
        const PackageCatalog::Package package = PackageCatalog::fromWire(entry.wireName);
        const QList<PackageCatalog::Package> bases = PackageCatalog::addOnRequiresOneOf(package);
        bool baseChosen = bases.isEmpty();
        for (const Entry& other : std::as_const(m_entries)) {
            if (other.check->isChecked() && bases.contains(PackageCatalog::fromWire(other.wireName))) {
                baseChosen = true;
            }
        }
        if (!baseChosen && entry.check->isChecked()) {
            entry.check->setChecked(false);
            dropped.append(PackageCatalog::displayName(package));
        }
        entry.check->setEnabled(baseChosen);
        entry.requirement->setEnabled(true);
        entry.requirement->setVisible(!bases.isEmpty());
        entry.check->setToolTip(baseChosen ? QString() : entry.requirement->text());
        entry.quantity->setEnabled(entry.check->isChecked());
    }
    if (!dropped.isEmpty()) {
        m_note->setText(
            tr("%1 removed: an add-on cannot stay without one of its base packages.").arg(dropped.join(tr(", "))));
        m_note->show();
    }
    m_updating = false;
}

void PackageSelector::setSelection(const QStringList& packages, const QMap<QString, qint64>& limits)
{
    m_updating = true;
    for (Entry& entry : m_entries) {
        entry.check->setChecked(packages.contains(entry.wireName));
        entry.quantity->setValue(
            static_cast<int>(qBound(qint64(0), limits.value(entry.wireName, 0), qint64(PackageCatalog::kMaxQuantity))));
    }
    m_updating = false;
    m_note->hide();
    updateDependencies();
}

QStringList PackageSelector::packages() const
{
    QStringList result;
    for (const Entry& entry : m_entries) {
        if (entry.check->isChecked()) {
            result.append(entry.wireName);
        }
    }
    return result;
}

QMap<QString, qint64> PackageSelector::limits() const
{
    QMap<QString, qint64> result;
    for (const Entry& entry : m_entries) {
        if (entry.check->isChecked() && entry.quantity->value() > 0) {
            result.insert(entry.wireName, entry.quantity->value());
        }
    }
    return result;
}

QString PackageSelector::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

} // namespace onboarder::ui
