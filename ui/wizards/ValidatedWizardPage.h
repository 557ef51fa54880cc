#pragma once

#include "model/FieldError.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QWizardPage>

class QLabel;

namespace onboarder::ui {

// What every step of the template and customer wizards shares: the page writes its widgets into its wizard's
// document, checks it and shows the messages of its own fields inline, each under its field. Next is enabled only
// when none of its fields has an error; a message appears once its field was touched (or a draft was opened), so a
// fresh page is not covered in red. The typed layers (TemplateWizardPage, CustomerWizardPage) know the document.
class ValidatedWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Option {
        // An error whose path starts with a bound path followed by "." or "[" goes to that path's label too (the
        // longest bound path wins); without it only the exact path does.
        MatchSubPaths = 0x1,
        // Widget changes during retranslate() are not the user's (refilled lists) and are not written.
        QuietRetranslate = 0x2,
    };

    explicit ValidatedWizardPage(int options, QWidget* parent = nullptr);

    bool isComplete() const override;
    int nextId() const override;
    // The errors of this page's fields for the wizard's current document.
    model::FieldErrors pageErrors() const;
    // Shows the message of every field, touched or not.
    void touchAll();
    // Called each time the page becomes the current one (QWizard::IndependentPages calls initializePage() once).
    virtual void pageShown();

protected:
    // `path` is a FieldError path; its messages go to `errorLabel`.
    void bindError(const QString& path, QLabel* errorLabel);
    // Every error of the wizard's document with this page's widgets written into it.
    virtual model::FieldErrors documentErrors() const = 0;
    // Writes the page's widgets into the wizard's document.
    virtual void storeInWizard() = 0;
    // Connect widget changes here: writes into the document and refreshes the messages.
    void changed(const QString& touchedPath = {});
    void refreshErrors();
    bool isLoading() const;
    // Sets the page's texts again in the current language (QEvent::LanguageChange); the inline messages follow.
    virtual void retranslate();
    void changeEvent(QEvent* event) override;

private:
    QLabel* labelFor(const QString& path) const;

    int m_options;
    QList<QPair<QString, QLabel*>> m_errorLabels;
    QSet<QLabel*> m_touched;
    bool m_loading = false;
    friend class DraftWizard;
};

} // namespace onboarder::ui
