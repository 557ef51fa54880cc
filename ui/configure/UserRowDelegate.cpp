#include "ui/configure/UserRowDelegate.h"

#include "model/PackageCatalog.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/UserTableModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTimer>

namespace onboarder::ui {

const QString UserRowDelegate::kNewLocation = QStringLiteral("#new-location");

namespace {
// Set on a list editor once the user has chosen an entry in it.
const char* const kChosenProperty = "onboarderChosen";

QComboBox* listEditor(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    QObject::connect(combo, &QComboBox::activated, combo, [combo] { combo->setProperty(kChosenProperty, true); });
    return combo;
}
} // namespace

UserRowDelegate::UserRowDelegate(ConfigureCustomerController* controller, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_controller(controller)
{
}

QWidget*
UserRowDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    switch (index.column()) {
    case UserTableModel::Package: {
        auto* combo = listEditor(parent);
        combo->setObjectName(QStringLiteral("packageEditor"));
        combo->setAccessibleName(tr("Package"));
        combo->addItem(tr("Choose a package…"), QString());
        for (const auto& [text, value] : choices(UserTableModel::Package)) {
            combo->addItem(text, value);
        }
        return combo;
    }
    case UserTableModel::Location: {
        auto* combo = listEditor(parent);
        combo->setObjectName(QStringLiteral("locationEditor"));
        combo->setAccessibleName(tr("Location"));
        combo->addItem(tr("Choose a location…"), QString());
        for (const auto& [text, value] : choices(UserTableModel::Location)) {
            combo->addItem(text, value);
        }
        combo->addItem(tr("Add a new location…"), kNewLocation);
        const QPersistentModelIndex cell(index);
        connect(combo, &QComboBox::activated, this, [this, combo, cell](int item) {
            if (combo->itemData(item).toString() == kNewLocation) {
                // After the editor is closed: the dialog that opens must not fight the view for the focus.
                QTimer::singleShot(0, this, [this, cell] { emit newLocationRequested(cell); });
            }
        });
        return combo;
    }
    case UserTableModel::PhoneNumber: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("phoneNumberEditor"));
        combo->setAccessibleName(tr("Phone number"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        const QString locationId = index.sibling(index.row(), UserTableModel::Location).data(Qt::EditRole).toString();
        QStringList numbers;
        for (const model::PhoneNumber& number : m_controller->availableNumbers(locationId)) {
            numbers.append(number.phoneNumber);
        }
        combo->addItems(numbers);
        // Searchable: typing any part of a number narrows the list.
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->lineEdit()->setPlaceholderText(
            numbers.isEmpty() ? tr("No free numbers: use an extension")
                              : tr("Type to search %n free number(s)", nullptr, static_cast<int>(numbers.size())));
        combo->lineEdit()->setAccessibleName(tr("Phone number"));
        return combo;
    }
    default: {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        static const char* const names[]
            = { "firstNameEditor", "lastNameEditor", "emailEditor", "", "", "", "extensionEditor" };
        if (index.column() < 7) {
            editor->setObjectName(QString::fromLatin1(names[index.column()]));
        }
        editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return editor;
    }
    }
}

void UserRowDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    // The view hands an open editor its cell's value again whenever the row changes, and the rows are checked again
    // whenever the window learns something (a location's numbers, the customer's users): what the user has typed or
    // chosen in the editor stays until they commit or leave it.
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        const auto* line = qobject_cast<QLineEdit*>(editor);
        if (!line || !line->isModified()) {
            QStyledItemDelegate::setEditorData(editor, index);
        }
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    if (combo->isEditable()) {
        if (!combo->lineEdit()->isModified()) {
            combo->setEditText(value);
        }
        return;
    }
    if (!combo->property(kChosenProperty).toBool()) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    }
}

void UserRowDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->isEditable()) {
        model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
        return;
    }
    const QString value = combo->currentData().toString();
    if (value == kNewLocation) {
        return; // the new location's dialog fills the cell once it exists
    }
    model->setData(index, value, Qt::EditRole);
}

QList<QPair<QString, QString>> UserRowDelegate::choices(int column) const
{
    QList<QPair<QString, QString>> result;
    if (!m_controller) {
        return result;
    }
    if (column == UserTableModel::Package) {
        for (const QString& name : m_controller->subscriberPackages()) {
            result.append({ model::PackageCatalog::displayName(name), name });
        }
    } else if (column == UserTableModel::Location) {
        for (const model::Location& location : m_controller->locations()) {
            result.append({ location.name, location.id });
        }
    }
    return result;
}

} // namespace onboarder::ui
