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

// The fields of a location (name, address in the country's format, time zone, language, emergency location
// identifier): the one form of the customer wizard's headquarters page, the Configure customer window's locations
// tab and the dialog the users table opens for "Add a new location…". The country gives the labels and order of the
// address (state or province, postal code before or after the city), its time zones with their names, and the
// default time zone and language (TimeZones, Languages); the user can change each. On its own it checks the fields
// with LocationValidator as they are typed, each message under its field; a host that validates a larger document
// (the wizard) turns that off and puts its own messages into the same labels.
class LocationForm : public QWidget
{
    Q_OBJECT

public:
    explicit LocationForm(QWidget* parent = nullptr);
    ~LocationForm() override;

    // Preselects the customer's country (and its time zones) for a fresh form.
    void setDefaultCountry(const QString& countryCode);
    // The country is chosen elsewhere (the wizard's first page): shown, not editable here.
    void setCountryLocked(const QString& countryCode);
    // Chooses this language while the user has chosen none (the customer's language, else the country's).
    void setDefaultLanguage(const QString& languageCode);
    // Suggests a name while the user has typed none ("Headquarters").
    void setDefaultName(const QString& name);
    // Replaces the name label, for a host whose own mnemonics take the default one's letter.
    void setNameLabel(const QString& text);
    // Replaces the line under the emergency location identifier, for a host that stores it elsewhere.
    void setEmergencyIdHint(const QString& text);
    // Fills every field (a draft being opened); the country only while it is not locked.
    void setLocation(const model::Location& location);
    // Off: the form shows no messages of its own; the host fills errorLabel(path) itself.
    void setValidating(bool validating);
    // The message label of a field, by its LocationValidator path ("name", "address.city", "timeZone", …).
    QLabel* errorLabel(const QString& path) const;
    model::Location location() const;
    model::FieldErrors errors() const;
    bool isValid() const;
    // Shows every message, touched or not (before a create is attempted).
    void touchAll();
    void clear();
    static QString emergencyIdFromNotes(const QString& notes);
    static QString notesWithEmergencyId(const QString& emergencyId);

signals:
    void changed();
    // A field the user changed, by its LocationValidator path.
    void fieldEdited(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onCountryChanged();
    void fillTimeZones(const QString& countryCode);
    void fillLanguages();
    void placePostalCode(bool beforeCity);
    void refreshErrors();
    void touch(const QString& path);

    const QScopedPointer<Ui::LocationForm> m_ui;
    QHash<QString, QLabel*> m_errorLabels;
    QSet<QString> m_touched;
    bool m_allTouched = false;
    bool m_validating = true;
    bool m_nameTyped = false;
    QString m_defaultName;
    QString m_nameLabel;
    QString m_emergencyIdHint;
    QString m_defaultLanguage;
};

} // namespace onboarder::ui
