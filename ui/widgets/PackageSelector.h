#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace onboarder::ui {

// The wholesale customer packages as check boxes, each with an optional quantity, in Partner Hub's order. Add-ons
// stay disabled until one of their base packages is chosen, and say which ones they need; unticking the last base
// also unticks its add-ons and says so. Used by the customer wizard and the "Update packages" dialog.
class PackageSelector : public QWidget
{
    Q_OBJECT

public:
    explicit PackageSelector(QWidget* parent = nullptr);

    // Wire names; limits are provisioningParameters.packages.limits (a missing entry means no limit).
    void setSelection(const QStringList& packages, const QMap<QString, qint64>& limits);
    QStringList packages() const;
    QMap<QString, qint64> limits() const;
    // The line under the list explaining the last automatic change, or empty.
    QString note() const;
    // Gives each package an Alt+letter of its name that none of `reserved` (the host's own mnemonics, lower case)
    // takes, preferring the initials of its words after the first ("Webex &Meetings"); a package without a free
    // letter of its name gets none. Without this call the names carry no mnemonics.
    void assignMnemonics(const QString& reserved);

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        QString wireName;
        QCheckBox* check = nullptr;
        QSpinBox* quantity = nullptr;
        QLabel* requirement = nullptr;
    };
    void retranslate();
    void updateDependencies();

    QList<Entry> m_entries;
    QLabel* m_note = nullptr;
    bool m_updating = false;
    bool m_mnemonics = false;
    QString m_reserved;
};

} // namespace onboarder::ui
