<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDescription</name>
    <message numerus="yes">
        <source>Add %n phone number(s) to a location</source>
        <translation>
            <numerusform>Add %n phone number to a location</numerusform>
            <numerusform>Add %n phone numbers to a location</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %n phone number(s) of a location</source>
        <translation>
            <numerusform>Activate %n phone number of a location</numerusform>
            <numerusform>Activate %n phone numbers of a location</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImportFile</name>
    <message numerus="yes">
        <source>Name the onboarding template: the library has %n template(s) for this country.</source>
        <translation>
            <numerusform>Name the onboarding template: the library has %n template for this country.</numerusform>
            <numerusform>Name the onboarding template: the library has %n templates for this country.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateSummary</name>
    <message numerus="yes">
        <source>%n setting(s) must be corrected before the template can be created.</source>
        <translation>
            <numerusform>%n setting must be corrected before the template can be created.</numerusform>
            <numerusform>%n settings must be corrected before the template can be created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::LocationCallingSetup</name>
    <message numerus="yes">
        <source>Adding %n number(s)</source>
        <translation>
            <numerusform>Adding %n number</numerusform>
            <numerusform>Adding %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activating %n number(s)</source>
        <translation>
            <numerusform>Activating %n number</numerusform>
            <numerusform>Activating %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::SubscriberBatchPreparer</name>
    <message numerus="yes">
        <source>The precheck failed %n time(s); last: %1</source>
        <translation>
            <numerusform>The precheck failed %n time; last: %1</numerusform>
            <numerusform>The precheck failed %n times; last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::SubscriberBatchProvisioner</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ActivityView</name>
    <message numerus="yes">
        <source>Add %n user(s)</source>
        <translation>
            <numerusform>Add %n user</numerusform>
            <numerusform>Add %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Precheck %n user(s)</source>
        <translation>
            <numerusform>Precheck %n user</numerusform>
            <numerusform>Precheck %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) failed</source>
        <translation>
            <numerusform>%1 of %n request failed</numerusform>
            <numerusform>%1 of %n requests failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n request(s) done</source>
        <translation>
            <numerusform>%n request done</numerusform>
            <numerusform>All %n requests done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::AddUsersTab</name>
    <message numerus="yes">
        <source>%n row(s) have problems; the reason is in the row&apos;s last column and in the tooltip of the cell. Fix them before the users can be checked or added.</source>
        <translation>
            <numerusform>%n row has problems; the reason is in the row&apos;s last column and in the tooltip of the cell. Fix them before the users can be checked or added.</numerusform>
            <numerusform>%n rows have problems; the reason is in the row&apos;s last column and in the tooltip of the cell. Fix them before the users can be checked or added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready: check them with Webex before adding them.</source>
        <translation>
            <numerusform>%n user ready: check it with Webex before adding it.</numerusform>
            <numerusform>%n users ready: check them with Webex before adding them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) passed the check and can be added.</source>
        <translation>
            <numerusform>%n user passed the check and can be added.</numerusform>
            <numerusform>%n users passed the check and can be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n user(s) with Webex…</source>
        <translation>
            <numerusform>Checking %n user with Webex…</numerusform>
            <numerusform>Checking %n users with Webex…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n user(s)…</source>
        <translation>
            <numerusform>Adding %n user…</numerusform>
            <numerusform>Adding %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must accept the move of their free Webex account first.</source>
        <translation>
            <numerusform>%n user must accept the move of their free Webex account first.</numerusform>
            <numerusform>%n users must accept the move of their free Webex accounts first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported from %1; check each row before adding them.</source>
        <translation>
            <numerusform>%n user imported from %1; check the row before adding it.</numerusform>
            <numerusform>%n users imported from %1; check each row before adding them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n user(s) to this customer stopped before it finished (started %1).</source>
        <translation>
            <numerusform>Adding %n user to this customer stopped before it finished (started %1).</numerusform>
            <numerusform>Adding %n users to this customer stopped before it finished (started %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may have been created without an answer reaching Onboarder; once the run is discarded they are no longer looked up before being added again.</source>
        <translation>
            <numerusform>%n user may have been created without an answer reaching Onboarder; once the run is discarded it is no longer looked up before being added again.</numerusform>
            <numerusform>%n users may have been created without an answer reaching Onboarder; once the run is discarded they are no longer looked up before being added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected row(s) can take a %1: rows already added, and rows whose package has no calling (for a location), are left as they are.</source>
        <translation>
            <numerusform>The %n selected row cannot take a %1: rows already added, and rows whose package has no calling (for a location), are left as they are.</numerusform>
            <numerusform>None of the %n selected rows can take a %1: rows already added, and rows whose package has no calling (for a location), are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 set on %n row(s); Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%1 set on %n row; Ctrl+Z undoes it.</numerusform>
            <numerusform>%1 set on %n rows; Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) cannot take it and were left as they are.</source>
        <translation>
            <numerusform>%n selected row cannot take it and was left as it was.</numerusform>
            <numerusform>%n selected rows cannot take it and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No row has a problem left. Clear &quot;Show problems only&quot; to see all %n row(s).</source>
        <translation>
            <numerusform>No row has a problem left. Clear &quot;Show problems only&quot; to see the row.</numerusform>
            <numerusform>No row has a problem left. Clear &quot;Show problems only&quot; to see all %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not added when this customer was last closed are back in the table; check them before adding them.</source>
        <translation>
            <numerusform>%n user not added when this customer was last closed is back in the table; check it before adding it.</numerusform>
            <numerusform>%n users not added when this customer was last closed are back in the table; check them before adding them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported from %1.</source>
        <translation>
            <numerusform>%n user imported from %1.</numerusform>
            <numerusform>%n users imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ConfigureCustomerWindow</name>
    <message numerus="yes">
        <source>%1 · external ID %2 · %n location(s)</source>
        <translation>
            <numerusform>%1 · external ID %2 · %n location</numerusform>
            <numerusform>%1 · external ID %2 · %n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in the table were not added to %1.</source>
        <translation>
            <numerusform>%n user in the table was not added to %1.</numerusform>
            <numerusform>%n users in the table were not added to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerImportDialog</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These files were imported before: %n customer(s) are created already and are not sent again.</source>
        <translation>
            <numerusform>These files were imported before: %n customer is created already and is not sent again.</numerusform>
            <numerusform>These files were imported before: %n customers are created already and are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have problems (see the last column); they and their users&apos; rows with problems are left out.</source>
        <translation>
            <numerusform>%n customer has problems (see the last column); it and its users&apos; rows with problems are left out.</numerusform>
            <numerusform>%n customers have problems (see the last column); they and their users&apos; rows with problems are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the users file name no customer of the customers file and are left out (line %1).</source>
        <translation>
            <numerusform>%n row of the users file names no customer of the customers file and is left out (line %1).</numerusform>
            <numerusform>%n rows of the users file name no customer of the customers file and are left out (lines %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerSummaryPage</name>
    <message numerus="yes">
        <source>%n user(s) in %1. Once the customer is provisioned, Configure Customer opens with them imported and checked; you add them there.</source>
        <translation>
            <numerusform>%n user in %1. Once the customer is provisioned, Configure Customer opens with it imported and checked; you add it there.</numerusform>
            <numerusform>%n users in %1. Once the customer is provisioned, Configure Customer opens with them imported and checked; you add them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomersView</name>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n customer.</numerusform>
            <numerusform>%n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown.</source>
        <translation>
            <numerusform>%1 of %n customer shown.</numerusform>
            <numerusform>%1 of %n customers shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %n customer(s) in progress.</source>
        <translation>
            <numerusform>Following %n customer in progress.</numerusform>
            <numerusform>Following %n customers in progress.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n customer exported to %1.</numerusform>
            <numerusform>%n customers exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::DraftCompareDialog</name>
    <message numerus="yes">
        <source>%n setting(s) differ.</source>
        <translation>
            <numerusform>%n setting differs.</numerusform>
            <numerusform>%n settings differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ExistingUsersTab</name>
    <message numerus="yes">
        <source>Loading the users… %n so far.</source>
        <translation>
            <numerusform>Loading the users… %n so far.</numerusform>
            <numerusform>Loading the users… %n so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) match.</source>
        <translation>
            <numerusform>%1 of %n user matches.</numerusform>
            <numerusform>%1 of %n users match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::LocationCallingPanel</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>will be sent as %n request(s): the API takes at most %1 mobile numbers per request.</source>
        <translation>
            <numerusform>will be sent as %n request: the API takes at most %1 mobile numbers per request.</numerusform>
            <numerusform>will be sent as %n requests: the API takes at most %1 mobile numbers per request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>will be sent in %n request(s).</source>
        <translation>
            <numerusform>will be sent in %n request.</numerusform>
            <numerusform>will be sent in %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SetUserColumnDialog</name>
    <message numerus="yes">
        <source>Set one value on each of the %n selected row(s); Undo (Ctrl+Z) puts them back.</source>
        <translation>
            <numerusform>Set one value on the %n selected row; Undo (Ctrl+Z) puts it back.</numerusform>
            <numerusform>Set one value on each of the %n selected rows; Undo (Ctrl+Z) puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SetupAssistanceDialog</name>
    <message numerus="yes">
        <source>%1: %n user(s), %2</source>
        <translation>
            <numerusform>%1: %n user, %2</numerusform>
            <numerusform>%1: %n users, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplatesView</name>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n template.</numerusform>
            <numerusform>%n templates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::UserRowDelegate</name>
    <message numerus="yes">
        <source>Type to search %n free number(s)</source>
        <translation>
            <numerusform>Type to search %n free number</numerusform>
            <numerusform>Type to search %n free numbers</numerusform>
        </translation>
    </message>
</context>
</TS>
