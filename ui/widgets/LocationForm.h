#pragma once

#include "model/FieldError.h"
#include "model/Location.h"

#include <QHash>
#include <QScopedPointer>
#include <QSet>
#include <QWidget>

class QLabel;

namespace Ui {
class LocationForm;
}

namespace onboarder::ui {

// The fields of a new location (name, address in the country's format, time zone, language, emergency location
// identifier), checked with LocationValidator as they are typed, each message under its field. Used by the
// locations tab and by the dialog the users table opens for "Add a new location…".
class LocationForm : public QWidget
{
    Q_OBJECT

public:
    explicit LocationForm(QWidget* parent = nullptr);
    ~LocationForm() override;

    // Preselects the customer's country (and its time zones) for a fresh form.
    void setDefaultCountry(const QString& countryCode);
    model::Location location() const;
    model::FieldErrors errors() const;
    bool isValid() const;
    // Shows every message, touched or not (before a create is attempted).
    void touchAll();
    void clear();
    static QString emergencyIdFromNotes(const QString& notes);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onCountryChanged();
    void fillTimeZones(const QString& countryCode);
    void refreshErrors();
    void touch(const QString& path);

    const QScopedPointer<Ui::LocationForm> m_ui;
    QHash<QString, QLabel*> m_errorLabels;
    QSet<QString> m_touched;
    bool m_allTouched = false;
};

} // namespace onboarder::ui
