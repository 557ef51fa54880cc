<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request that changed something, newest first, from the local audit log. Secrets are never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is missing or has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It conflicts with something that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this content type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; the server asked us to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is allowed only for a sandbox on this computer; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticationPage</name>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 6: who signs the users in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the users of customers created from this template sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webex authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex Common Identity is the identity provider. Choose this unless you run your own identity provider for your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner authentication (SAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own SAML identity provider signs the users in. Enter its entity ID, as written in the identity provider&apos;s SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP &amp;entity ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.com/saml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallingJson</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStatus</name>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending compliance review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The customer name must not contain &quot;%&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling packages need a headquarters calling location: enter its name, address, time zone and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package this version of Onboarder knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an add-on: also choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity is set for %1, which is not ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, external ID, status or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCompareDialog</name>
    <message>
        <source>Compare Template Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show settings that are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDocument</name>
    <message>
        <source>template draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file is damaged or incomplete (%1). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Onboarder draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a %1, not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was made by a newer Onboarder (draft format %1; this version reads up to %2). Update Onboarder to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft uses format %1, which this version of Onboarder cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 already exists and is not a draft this version can replace (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number in international form without spaces: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has no leading &quot;+&quot; (spreadsheets often remove it). Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid phone number in international form, for example +46701234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension has %1 to %2 digits and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a language code such as &quot;en&quot;, &quot;en_US&quot; or &quot;sv_se&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country; the code has two capital letters, such as SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Provisioning ID. Copy it from the onboarding template in Partner Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the entityID from the identity provider&apos;s SAML metadata: an absolute URI such as https://idp.example.com/saml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location name has at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address line has at most %1 characters; this one has %2. Move the rest to the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the state or province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses in %1 need a state or province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number or a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Onboarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Onboarding Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Template Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Template Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Onboarder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenProvider</name>
    <message>
        <source>Sign-in timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarder is signed in. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: there is no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferTypePage</name>
    <message>
        <source>Offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 6: what this onboarding template is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of customer organizations this template creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex for Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webex for Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers get the Webex packages you resell through the wholesale route to market: calling, meetings, messaging and suite packages, billed to you per subscriber.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageCatalog</name>
    <message>
        <source>Common Area Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Assist (CX Essentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex Calling Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco Calling Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Center Premium Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Center Standard Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Center Voice Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Center AI Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex AI Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageStatus</name>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedFetch</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a list page we could not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrimarySettingsPage</name>
    <message>
        <source>Primary settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 6: the name, owner, region and subscription of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Sweden – small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider &amp;admin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner administrators could be listed; type the email address of the administrator who looks after these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;email language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default email language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale &amp;subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox profile is built in and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of the integration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Common and calling settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 of 6: email and calling defaults of new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common and email settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow admin-invite emails when attaching to existing organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow admin-&amp;invite emails when attaching to existing organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a welcome email to the customer&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;welcome email to the customer&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support email a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example support@partner.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default announcement &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default announcement language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubPartnerState</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriberStatus</name>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the user&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriberValidator</name>
    <message>
        <source>Choose the user&apos;s package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user has exactly one package; add-ons are ordered for the customer, not per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;package&quot; and &quot;packages&quot; name different packages; keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package this version of Onboarder knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be given to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 includes calling: enter a phone number, an extension, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer administrators get the organization&apos;s package level: choose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s full administrator cannot be moved to a lower package than %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 6 of 6: check the settings, edit a section if needed, then submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning ID from Partner Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the template in Partner Hub with these settings, then paste the Provisioning ID Partner Hub shows. You can also add it later from the templates view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy error text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDetailsDialog</name>
    <message>
        <source>Onboarding Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateExporter</name>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html *.htm);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .html or .md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Template Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>unknown authentication method &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Cannot read the template library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Onboarder template library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Onboarder (schema %2, this version reads up to %3). Update Onboarder to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: templates: expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: templates[%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Provisioning ID. Copy the value shown as Provisioning ID when you open the template in Partner Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the template library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSummary</name>
    <message>
        <source>Offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common, email and calling settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex for Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default email language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Connected PSTN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner authentication (SAML identity provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow admin-invite emails when attaching to existing organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a welcome email to the customer&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default announcement language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not issued yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) must be corrected before the template can be created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>Partner authentication needs the entity ID of your SAML identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Onboarding templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, country or Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>This sign-in method cannot renew its token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholesaleCallingPage</name>
    <message>
        <source>Wholesale calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 6: an optional PSTN provider for all customers of this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optionally route the calls of every customer created from this template through a Cloud Connected PSTN (CCP) provider. Most partners leave this off and set up PSTN per customer location instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a Cloud Connected PSTN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a Cloud Connected PSTN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Connected PSTN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recommended: a CCP provider chosen in the template applies to every customer and cannot be changed per location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not recommended?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://help.webex.com/en-us/article/nf9ghpq&quot;&gt;Why is this not recommended?&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholesaleClient</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not say where the new resource is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Whether the customer was created is unknown: looking it up failed too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholesaleJson</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Provision Webex Wholesale customer organizations. Without --profile the last profile is used; the first start opens the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::api::ApiRequest</name>
    <message>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::TemplateStore</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox issues its own Provisioning IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::model::MoCatalog</name>
    <message>
        <source>The catalogue is too short to be a gettext .mo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a gettext .mo catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue&apos;s string count does not fit the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the catalogue points outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ActivityView</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomersView</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::DraftCompareDialog</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts have the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::MainWindow</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox: local demo data, nothing reaches Webex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarder – %1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarder – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox at %1 – demo data only, nothing reaches Webex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Template Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarder template drafts (*.onboarder-template.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Two Template Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Template Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exactly two drafts to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Onboarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Onboarder %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Provision Webex Wholesale customer organizations: onboarding templates, customers, users and locations. Ships with a local sandbox of the API for demos and training.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::PrimarySettingsPage</name>
    <message>
        <source>Choose a country or region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID, for example Sub-12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@partner.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider admin email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ProfileConnection</name>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store: cannot sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token for %1 in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SettingsPage</name>
    <message>
        <source>No default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SummaryPage</name>
    <message>
        <source>Error text copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not created. Correct the problem and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct these settings before you submit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: save the template as a draft and submit it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateDetailsDialog</name>
    <message>
        <source>Onboarding Template – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Provisioning ID Partner Hub shows for this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Provisioning ID. Copy the value shown as Provisioning ID in Partner Hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateTableModel</name>
    <message>
        <source>Partner SAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateWizard</name>
    <message>
        <source>&amp;Submit to sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wizard as a draft file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarder template drafts (*.onboarder-template.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Template Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Save them as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Onboarding Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Onboarding Template Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateWizardController</name>
    <message>
        <source>This profile is not connected. Save the template as a draft and submit it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplatesView</name>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates of the demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local template library (Webex has no template API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the onboarding template %1? Customers already created from it are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Template Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboarder::ui::WholesaleCallingPage</name>
    <message>
        <source>Name of the CCP provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Connected PSTN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s name, or clear &quot;Use a Cloud Connected PSTN provider&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
