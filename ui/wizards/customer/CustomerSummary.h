#pragma once

#include "model/CustomerDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace onboarder::ui {

// The customer plan as readable sections of label/value rows, each row keyed by the wire path of its field: shown
// on the summary page (where the precheck's findings are matched to the rows by path) and exported as a document.
class CustomerSummary
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSummary)

public:
    struct Row
    {
        QString path;
        QString label;
        QString value;
        QString note; // shown under the value (the data residency sentence beside the country)
    };
    struct Section
    {
        int pageId; // CustomerWizard::PageId to edit it
        QString title;
        QList<Row> rows;
    };

    static QList<Section> sections(const model::CustomerDraft& draft, const QLocale& locale);
    // What the country decides. Webex states that the country chosen for a new organization decides the region that
    // keeps its data, and that partners may create customers in any region where Webex is offered
    // (https://help.webex.com/en-us/oybc4fb/Data-Residency-in-Webex,
    // https://help.webex.com/en-us/article/njdgd42/New-Webex-Data-Center-for-North-American-Region). Webex
    // publishes no country-to-region table (Control Hub's country selector shows it), so no region is named here.
    static QString dataResidencyNote();
    static QString toHtml(const model::CustomerDraft& draft, const QLocale& locale, const QString& profileName);
    static QString toMarkdown(const model::CustomerDraft& draft, const QLocale& locale, const QString& profileName);
};

} // namespace onboarder::ui
