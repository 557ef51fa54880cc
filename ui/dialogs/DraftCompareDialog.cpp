#include "ui/dialogs/DraftCompareDialog.h"

#include "ui_DraftCompareDialog.h"

#include "jobs/TemplateSummary.h"
#include "ui/wizards/customer/CustomerSummary.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>

#include <array>

namespace onboarder::ui {

DraftCompareDialog::DraftCompareDialog(const model::OnboardingTemplate& left,
                                       const QString& leftTitle,
                                       const model::OnboardingTemplate& right,
                                       const QString& rightTitle,
                                       QWidget* parent)
    : DraftCompareDialog(
        [left, right](bool isLeft) {
            QList<Setting> settings;
            for (const auto& group : jobs::TemplateSummary::groups(isLeft ? left : right, QLocale())) {
                for (const auto& row : group.rows) {
                    settings.append({ row.path, group.title, row.label, row.value });
                }
            }
            return settings;
        },
        leftTitle,
        rightTitle,
        parent)
{
}

DraftCompareDialog::DraftCompareDialog(const model::CustomerDraft& left,
                                       const QString& leftTitle,
                                       const model::CustomerDraft& right,
                                       const QString& rightTitle,
                                       QWidget* parent)
    : DraftCompareDialog(
        [left, right](bool isLeft) {
            QList<Setting> settings;
            for (const auto& section : CustomerSummary::sections(isLeft ? left : right, QLocale())) {
                for (const auto& row : section.rows) {
                    // Packages share one path: each is its own setting, by name.
                    settings.append({ row.path + QLatin1Char('/') + row.label, section.title, row.label, row.value });
                }
            }
            return settings;
        },
        leftTitle,
        rightTitle,
        parent)
{
}

DraftCompareDialog::DraftCompareDialog(Settings settings,
                                       const QString& leftTitle,
                                       const QString& rightTitle,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DraftCompareDialog)
    , m_settings(std::move(settings))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("draftCompareDialog"));
    resize(900, 560);
    m_ui->compareTable->setColumnCount(4);
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    setHeaders();
    m_ui->compareTable->verticalHeader()->hide();
    m_ui->compareTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->compareTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui->compareTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->compareTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->compareTable->setColumnWidth(1, 260);
    connect(m_ui->showAllCheck, &QCheckBox::toggled, this, &DraftCompareDialog::fill);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

DraftCompareDialog::~DraftCompareDialog() = default;

void DraftCompareDialog::setHeaders()
{
    m_ui->compareTable->setHorizontalHeaderLabels({ tr("Section"), tr("Setting"), m_leftTitle, m_rightTitle });
}

void DraftCompareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setHeaders();
        fill();
    }
    QDialog::changeEvent(event);
}

int DraftCompareDialog::differenceCount() const
{
    return m_differences;
}

void DraftCompareDialog::fill()
{
    const QList<Setting> leftSettings = m_settings(true);
    const QList<Setting> rightSettings = m_settings(false);
    QHash<QString, QString> rightValues;
    for (const Setting& setting : rightSettings) {
        rightValues.insert(setting.key, setting.value);
    }
    // Rows only one side has (the entity ID exists only with partner authentication, a package only one plan
    // orders) still count.
    QList<std::array<QString, 4>> rows;
    QSet<QString> seen;
    m_differences = 0;
    const QString absent = tr("(absent)");
    for (const Setting& setting : leftSettings) {
        seen.insert(setting.key);
        const QString right = rightValues.value(setting.key, absent);
        const bool differs = right != setting.value;
        m_differences += differs ? 1 : 0;
        if (differs || m_ui->showAllCheck->isChecked()) {
            rows.append({ setting.section, setting.label, setting.value, right });
        }
    }
    for (const Setting& setting : rightSettings) {
        if (!seen.contains(setting.key)) {
            ++m_differences;
            rows.append({ setting.section, setting.label, absent, setting.value });
        }
    }
    m_ui->compareTable->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const bool differs = rows[r][2] != rows[r][3];
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (differs && c >= 2) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_ui->compareTable->setItem(r, c, item);
        }
    }
    m_ui->compareTable->resizeRowsToContents();
    m_ui->compareSummary->setText(m_differences == 0 ? tr("The drafts have the same settings.")
                                                     : tr("%n setting(s) differ.", nullptr, m_differences));
}

} // namespace onboarder::ui
