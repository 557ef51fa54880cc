#include "ui/configure/SetUserColumnDialog.h"

#include "ui_SetUserColumnDialog.h"

#include "ui/configure/UserRowDelegate.h"
#include "ui/configure/UserTableModel.h"

#include <QEvent>
#include <QPushButton>

namespace onboarder::ui {

SetUserColumnDialog::SetUserColumnDialog(const UserRowDelegate* choices, int selectedRows, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SetUserColumnDialog)
    , m_choices(choices)
    , m_selectedRows(selectedRows)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("setUserColumnDialog"));
    m_ui->setColumnButtons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setColumnButton"));
    connect(m_ui->setColumnButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->setColumnButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->columnCombo, &QComboBox::currentIndexChanged, this, &SetUserColumnDialog::fillValues);
    connect(m_ui->valueCombo, &QComboBox::currentIndexChanged, this, &SetUserColumnDialog::updateState);
    retranslateUi();
}

SetUserColumnDialog::~SetUserColumnDialog() = default;

void SetUserColumnDialog::retranslateUi()
{
    const int column = m_ui->columnCombo->count() > 0 ? this->column() : int(UserTableModel::Package);
    m_ui->retranslateUi(this);
    m_ui->setColumnButtons->button(QDialogButtonBox::Ok)->setText(tr("&Set"));
    m_ui->setColumnIntro->setText(
        tr("Set one value on each of the %n selected row(s); Undo (Ctrl+Z) puts them back.", nullptr, m_selectedRows));
    {
        const QSignalBlocker blocker(m_ui->columnCombo);
        m_ui->columnCombo->clear();
        m_ui->columnCombo->addItem(tr("Package"), int(UserTableModel::Package));
        m_ui->columnCombo->addItem(tr("Location"), int(UserTableModel::Location));
    }
    setColumn(column);
    fillValues();
}

void SetUserColumnDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SetUserColumnDialog::setColumn(int column)
{
    m_ui->columnCombo->setCurrentIndex(qMax(0, m_ui->columnCombo->findData(column)));
}

int SetUserColumnDialog::column() const
{
    return m_ui->columnCombo->currentData().toInt();
}

QString SetUserColumnDialog::value() const
{
    return m_ui->valueCombo->currentData().toString();
}

void SetUserColumnDialog::fillValues()
{
    const QString chosen = value();
    const QSignalBlocker blocker(m_ui->valueCombo);
    m_ui->valueCombo->clear();
    const bool location = column() == UserTableModel::Location;
    m_ui->valueCombo->addItem(location ? tr("Choose a location…") : tr("Choose a package…"), QString());
    for (const auto& [text, data] : m_choices->choices(column())) {
        m_ui->valueCombo->addItem(text, data);
    }
    m_ui->valueCombo->setCurrentIndex(qMax(0, m_ui->valueCombo->findData(chosen)));
    m_ui->setColumnNote->setText(location ? tr("Rows whose package has no calling, and rows already added, are left "
                                               "as they are. A row that gets another location loses its number.")
                                          : tr("Rows already added are left as they are."));
    updateState();
}

void SetUserColumnDialog::updateState()
{
    m_ui->setColumnButtons->button(QDialogButtonBox::Ok)->setEnabled(!value().isEmpty());
}

} // namespace onboarder::ui
