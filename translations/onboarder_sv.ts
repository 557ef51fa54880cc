<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>Uppdatera aktiviteten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Every request that changed something, newest first, from the local audit log. Secrets are never recorded.</source>
        <translation>Varje begäran som ändrade något, den senaste först, från den lokala granskningsloggen. Hemligheter loggas aldrig.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Servern avvisade begäran som ogiltig.</translation>
    </message>
    <message>
        <source>The access token is missing or has expired. Sign in again.</source>
        <translation>Åtkomsttoken saknas eller har gått ut. Logga in igen.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation>Kontot har inte behörighet att göra detta.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Hittades inte.</translation>
    </message>
    <message>
        <source>It conflicts with something that already exists.</source>
        <translation>Det krockar med något som redan finns.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Begäran är för stor.</translation>
    </message>
    <message>
        <source>The server does not accept this content type.</source>
        <translation>Servern accepterar inte den här innehållstypen.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked us to slow down.</source>
        <translation>För många begäranden; servern bad oss att sakta ner.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Tjänsten är tillfälligt otillgänglig.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Servern svarade med HTTP-status %1.</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Felkod: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-status: %1</translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation>Spårnings-ID: %1</translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>API-adressen är inte en giltig URL.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>API-adressen måste börja med https://.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for a sandbox on this computer; use https://.</source>
        <translation>Okrypterad http tillåts bara för en sandlåda på den här datorn; använd https://.</translation>
    </message>
</context>
<context>
    <name>AuditDescription</name>
    <message>
        <source>Precheck customer “%1”</source>
        <translation>Förhandskontroll av kunden ”%1”</translation>
    </message>
    <message>
        <source>Precheck customer</source>
        <translation>Förhandskontroll av kund</translation>
    </message>
    <message>
        <source>Create customer “%1”</source>
        <translation>Skapa kunden ”%1”</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Skapa kund</translation>
    </message>
    <message>
        <source>Update customer packages</source>
        <translation>Uppdatera kundens paket</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <source>Precheck user %1</source>
        <translation>Förhandskontroll av användaren %1</translation>
    </message>
    <message>
        <source>Precheck user</source>
        <translation>Förhandskontroll av användare</translation>
    </message>
    <message>
        <source>Add user %1</source>
        <translation>Lägg till användaren %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>Update user %1</source>
        <translation>Uppdatera användaren %1</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>Uppdatera användare</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Ta bort användare</translation>
    </message>
    <message>
        <source>Resend the move consent email</source>
        <translation>Skicka e-postmeddelandet om samtycke till flytt igen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n phone number(s) to a location</source>
        <translation>
            <numerusform>Lägg till %n telefonnummer på en plats</numerusform>
            <numerusform>Lägg till %n telefonnummer på en plats</numerusform>
        </translation>
    </message>
    <message>
        <source>Add phone numbers to a location</source>
        <translation>Lägg till telefonnummer på en plats</translation>
    </message>
    <message>
        <source>Add location “%1”</source>
        <translation>Lägg till platsen ”%1”</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>Lägg till plats</translation>
    </message>
    <message>
        <source>Update location “%1”</source>
        <translation>Uppdatera platsen ”%1”</translation>
    </message>
    <message>
        <source>Update location</source>
        <translation>Uppdatera plats</translation>
    </message>
    <message>
        <source>Change administrator roles</source>
        <translation>Ändra administratörsroller</translation>
    </message>
    <message>
        <source>Create onboarding template “%1”</source>
        <translation>Skapa onboardingmallen ”%1”</translation>
    </message>
    <message>
        <source>Create onboarding template</source>
        <translation>Skapa onboardingmall</translation>
    </message>
    <message>
        <source>Delete onboarding template</source>
        <translation>Ta bort onboardingmall</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Inget svar: %1</translation>
    </message>
    <message>
        <source>Accepted, in progress</source>
        <translation>Mottagen, pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kod %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (kod %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Misslyckades (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1): %2</source>
        <translation>Misslyckades (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>AuthenticationPage</name>
    <message>
        <source>Authentication method</source>
        <translation>Autentiseringsmetod</translation>
    </message>
    <message>
        <source>Step 4 of 6: who signs the users in.</source>
        <translation>Steg 4 av 6: vem som loggar in användarna.</translation>
    </message>
    <message>
        <source>Choose how the users of customers created from this template sign in.</source>
        <translation>Välj hur användarna hos kunder som skapas från den här mallen loggar in.</translation>
    </message>
    <message>
        <source>Webex authentication</source>
        <translation>Webex-autentisering</translation>
    </message>
    <message>
        <source>&amp;Webex authentication</source>
        <translation>&amp;Webex-autentisering</translation>
    </message>
    <message>
        <source>Webex Common Identity is the identity provider. Choose this unless you run your own identity provider for your customers.</source>
        <translation>Webex Common Identity är identitetsleverantören. Välj detta om du inte driver en egen identitetsleverantör för dina kunder.</translation>
    </message>
    <message>
        <source>Partner authentication</source>
        <translation>Partnerautentisering</translation>
    </message>
    <message>
        <source>&amp;Partner authentication (SAML)</source>
        <translation>&amp;Partnerautentisering (SAML)</translation>
    </message>
    <message>
        <source>Your own SAML identity provider signs the users in. Enter its entity ID, as written in the identity provider&apos;s SAML metadata.</source>
        <translation>Din egen SAML-identitetsleverantör loggar in användarna. Ange dess entitets-ID så som det står i identitetsleverantörens SAML-metadata.</translation>
    </message>
    <message>
        <source>IdP &amp;entity ID:</source>
        <translation>&amp;Entitets-ID för IdP:</translation>
    </message>
    <message>
        <source>Identity provider entity ID</source>
        <translation>Identitetsleverantörens entitets-ID</translation>
    </message>
    <message>
        <source>https://idp.example.com/saml</source>
        <translation>https://idp.example.com/saml</translation>
    </message>
</context>
<context>
    <name>CallingJson</name>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Nyckelringen svarade inte i tid.</translation>
    </message>
</context>
<context>
    <name>CustomerStatus</name>
    <message>
        <source>Provisioned</source>
        <translation>Etablerad</translation>
    </message>
    <message>
        <source>Provisioned with errors</source>
        <translation>Etablerad med fel</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Etableras</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Tas bort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Pending compliance review</source>
        <translation>Väntar på regelefterlevnadsgranskning</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The customer name must not contain &quot;%&quot;.</source>
        <translation>Kundnamnet får inte innehålla &quot;%&quot;.</translation>
    </message>
    <message>
        <source>Choose at least one package.</source>
        <translation>Välj minst ett paket.</translation>
    </message>
    <message>
        <source>Calling packages need a headquarters calling location: enter its name, address, time zone and language.</source>
        <translation>Samtalspaket kräver en samtalsplats för huvudkontoret: ange dess namn, adress, tidszon och språk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package this version of Onboarder knows.</source>
        <translation>&quot;%1&quot; är inte ett paket som den här versionen av Onboarder känner till.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 finns med två gånger.</translation>
    </message>
    <message>
        <source>%1 is an add-on: also choose one of %2.</source>
        <translation>%1 är ett tillägg: välj också ett av %2.</translation>
    </message>
    <message>
        <source>A quantity is set for %1, which is not ordered.</source>
        <translation>Ett antal är angivet för %1, som inte är beställt.</translation>
    </message>
    <message>
        <source>Enter a quantity from %1 to %2.</source>
        <translation>Ange ett antal från %1 till %2.</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <source>Name, external ID, status or country</source>
        <translation>Namn, externt ID, status eller land</translation>
    </message>
    <message>
        <source>Refresh customers</source>
        <translation>Uppdatera kunderna</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
</context>
<context>
    <name>DraftCompareDialog</name>
    <message>
        <source>Compare Template Drafts</source>
        <translation>Jämför mallutkast</translation>
    </message>
    <message>
        <source>Show all settings</source>
        <translation>Visa alla inställningar</translation>
    </message>
    <message>
        <source>&amp;Show settings that are the same</source>
        <translation>&amp;Visa även inställningar som är lika</translation>
    </message>
    <message>
        <source>Differences between the drafts</source>
        <translation>Skillnader mellan utkasten</translation>
    </message>
</context>
<context>
    <name>DraftDocument</name>
    <message>
        <source>template draft</source>
        <translation>mallutkast</translation>
    </message>
    <message>
        <source>customer draft</source>
        <translation>kundutkast</translation>
    </message>
    <message>
        <source>The draft file is damaged or incomplete (%1). It was not changed.</source>
        <translation>Utkastfilen är skadad eller ofullständig (%1). Den har inte ändrats.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>This file is not an Onboarder draft.</source>
        <translation>Filen är inte ett Onboarder-utkast.</translation>
    </message>
    <message>
        <source>This file is a %1, not a %2.</source>
        <translation>Filen är ett %1, inte ett %2.</translation>
    </message>
    <message>
        <source>This draft was made by a newer Onboarder (draft format %1; this version reads up to %2). Update Onboarder to open it.</source>
        <translation>Utkastet skapades av en nyare Onboarder (utkastformat %1; den här versionen läser upp till %2). Uppdatera Onboarder för att öppna det.</translation>
    </message>
    <message>
        <source>This draft uses format %1, which this version of Onboarder cannot read.</source>
        <translation>Utkastet använder format %1, som den här versionen av Onboarder inte kan läsa.</translation>
    </message>
    <message>
        <source>The draft %1 does not exist.</source>
        <translation>Utkastet %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot read the draft %1: %2</source>
        <translation>Kan inte läsa utkastet %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1 already exists and is not a draft this version can replace (%2).</source>
        <translation>Inte sparat: %1 finns redan och är inte ett utkast som den här versionen kan ersätta (%2).</translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2</source>
        <translation>Kan inte spara utkastet till %1: %2</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft cannot be opened: %1</source>
        <translation>Utkastet kan inte öppnas: %1</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>This field is required.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Ange en e-postadress, till exempel namn@example.com.</translation>
    </message>
    <message>
        <source>Write the number in international form without spaces: %1.</source>
        <translation>Skriv numret i internationellt format utan mellanslag: %1.</translation>
    </message>
    <message>
        <source>The number has no leading &quot;+&quot; (spreadsheets often remove it). Did you mean %1?</source>
        <translation>Numret saknar inledande &quot;+&quot; (kalkylprogram tar ofta bort det). Menade du %1?</translation>
    </message>
    <message>
        <source>Enter a valid phone number in international form, for example +46701234567.</source>
        <translation>Ange ett giltigt telefonnummer i internationellt format, till exempel +46701234567.</translation>
    </message>
    <message>
        <source>An extension has %1 to %2 digits and nothing else.</source>
        <translation>Ett anknytningsnummer har %1 till %2 siffror och inget annat.</translation>
    </message>
    <message>
        <source>Enter a language code such as &quot;en&quot;, &quot;en_US&quot; or &quot;sv_se&quot;.</source>
        <translation>Ange en språkkod, till exempel &quot;en&quot;, &quot;en_US&quot; eller &quot;sv_se&quot;.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Stockholm.</source>
        <translation>Välj en tidszon i listan, till exempel Europe/Stockholm.</translation>
    </message>
    <message>
        <source>Choose a country; the code has two capital letters, such as SE.</source>
        <translation>Välj ett land; koden består av två versaler, till exempel SE.</translation>
    </message>
    <message>
        <source>This is not a Provisioning ID. Copy it from the onboarding template in Partner Hub.</source>
        <translation>Det här är inte ett Provisionerings-ID. Kopiera det från onboardingmallen i Partner Hub.</translation>
    </message>
    <message>
        <source>Enter the entityID from the identity provider&apos;s SAML metadata: an absolute URI such as https://idp.example.com/saml.</source>
        <translation>Ange entityID från identitetsleverantörens SAML-metadata: en absolut URI, till exempel https://idp.example.com/saml.</translation>
    </message>
    <message>
        <source>A location name has at most %1 characters; this one has %2.</source>
        <translation>Ett platsnamn får ha högst %1 tecken; det här har %2.</translation>
    </message>
    <message>
        <source>An address line has at most %1 characters; this one has %2. Move the rest to the next line.</source>
        <translation>En adressrad får ha högst %1 tecken; den här har %2. Flytta resten till nästa rad.</translation>
    </message>
    <message>
        <source>Enter the state or province.</source>
        <translation>Ange delstat eller provins.</translation>
    </message>
    <message>
        <source>Addresses in %1 need a state or province.</source>
        <translation>Adresser i %1 kräver delstat eller provins.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Ange postnumret.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The document is empty.</source>
        <translation>Dokumentet är tomt.</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation>Dokumentet är nästlat i mer än %1 nivåer.</translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation>Dokumentet är inte giltig JSON.</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>förväntade ett objekt, hittade %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>förväntade en sträng, hittade %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>förväntade true eller false, hittade %1</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>talet är för stort</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>förväntade ett heltal</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>förväntade ett tal, hittade %1</translation>
    </message>
    <message>
        <source>expected a number or a string, found %1</source>
        <translation>förväntade ett tal eller en sträng, hittade %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>förväntade en lista, hittade %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Onboarder</source>
        <translation>Onboarder</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;New Onboarding Template…</source>
        <translation>&amp;Ny onboardingmall…</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Ny mall</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Template Draft…</source>
        <translation>&amp;Öppna mallutkast…</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation>Öppna utkast</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Compare Template Drafts…</source>
        <translation>&amp;Jämför mallutkast…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Onboarder</source>
        <translation>&amp;Om Onboarder</translation>
    </message>
</context>
<context>
    <name>OAuthTokenProvider</name>
    <message>
        <source>Sign-in timed out.</source>
        <translation>Inloggningen tog för lång tid.</translation>
    </message>
    <message>
        <source>No browser to sign in with.</source>
        <translation>Det finns ingen webbläsare att logga in med.</translation>
    </message>
    <message>
        <source>The token request failed.</source>
        <translation>Begäran om token misslyckades.</translation>
    </message>
    <message>
        <source>Onboarder is signed in. You can close this page.</source>
        <translation>Onboarder är inloggad. Du kan stänga den här sidan.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
    <message>
        <source>Sign in again: there is no refresh token.</source>
        <translation>Logga in igen: det finns ingen förnyelsetoken.</translation>
    </message>
</context>
<context>
    <name>OfferTypePage</name>
    <message>
        <source>Offer type</source>
        <translation>Erbjudandetyp</translation>
    </message>
    <message>
        <source>Step 1 of 6: what this onboarding template is for.</source>
        <translation>Steg 1 av 6: vad onboardingmallen är till för.</translation>
    </message>
    <message>
        <source>Choose the kind of customer organizations this template creates.</source>
        <translation>Välj vilken sorts kundorganisationer den här mallen skapar.</translation>
    </message>
    <message>
        <source>Webex for Wholesale</source>
        <translation>Webex för grossistförsäljning</translation>
    </message>
    <message>
        <source>&amp;Webex for Wholesale</source>
        <translation>&amp;Webex för grossistförsäljning</translation>
    </message>
    <message>
        <source>Customers get the Webex packages you resell through the wholesale route to market: calling, meetings, messaging and suite packages, billed to you per subscriber.</source>
        <translation>Kunderna får de Webex-paket som du säljer vidare via grossistkanalen: samtal, möten, meddelanden och svitpaket, som faktureras dig per abonnent.</translation>
    </message>
</context>
<context>
    <name>PackageCatalog</name>
    <message>
        <source>Common Area Calling</source>
        <translation>Common Area Calling</translation>
    </message>
    <message>
        <source>Webex Calling</source>
        <translation>Webex Calling</translation>
    </message>
    <message>
        <source>Webex Meetings</source>
        <translation>Webex Meetings</translation>
    </message>
    <message>
        <source>Webex Suite</source>
        <translation>Webex Suite</translation>
    </message>
    <message>
        <source>Webex Voice</source>
        <translation>Webex Voice</translation>
    </message>
    <message>
        <source>Customer Assist (CX Essentials)</source>
        <translation>Customer Assist (CX Essentials)</translation>
    </message>
    <message>
        <source>Webex Calling Standard</source>
        <translation>Webex Calling Standard</translation>
    </message>
    <message>
        <source>Cisco Calling Plan</source>
        <translation>Cisco Calling Plan</translation>
    </message>
    <message>
        <source>Attendant Console</source>
        <translation>Attendant Console</translation>
    </message>
    <message>
        <source>Contact Center Premium Agent</source>
        <translation>Contact Center Premium Agent</translation>
    </message>
    <message>
        <source>Contact Center Standard Agent</source>
        <translation>Contact Center Standard Agent</translation>
    </message>
    <message>
        <source>Contact Center Voice Ports</source>
        <translation>Contact Center Voice Ports</translation>
    </message>
    <message>
        <source>Contact Center AI Assistant</source>
        <translation>Contact Center AI Assistant</translation>
    </message>
    <message>
        <source>Webex AI Agent</source>
        <translation>Webex AI Agent</translation>
    </message>
    <message>
        <source>Unknown package</source>
        <translation>Okänt paket</translation>
    </message>
</context>
<context>
    <name>PackageStatus</name>
    <message>
        <source>Provisioned</source>
        <translation>Etablerad</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Etableras</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Tas bort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>PagedFetch</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Anslutningen stängdes.</translation>
    </message>
    <message>
        <source>The server sent a list page we could not read.</source>
        <translation>Servern skickade en listsida som inte gick att läsa.</translation>
    </message>
</context>
<context>
    <name>PrimarySettingsPage</name>
    <message>
        <source>Primary settings</source>
        <translation>Primära inställningar</translation>
    </message>
    <message>
        <source>Step 2 of 6: the name, owner, region and subscription of the template.</source>
        <translation>Steg 2 av 6: mallens namn, ansvarig, region och prenumeration.</translation>
    </message>
    <message>
        <source>&amp;Template name:</source>
        <translation>&amp;Mallnamn:</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Mallnamn</translation>
    </message>
    <message>
        <source>For example: Sweden – small business</source>
        <translation>Till exempel: Sverige – småföretag</translation>
    </message>
    <message>
        <source>Service provider &amp;admin:</source>
        <translation>Tjänstleverantörs&amp;administratör:</translation>
    </message>
    <message>
        <source>Service provider admin</source>
        <translation>Tjänstleverantörsadministratör</translation>
    </message>
    <message>
        <source>No partner administrators could be listed; type the email address of the administrator who looks after these customers.</source>
        <translation>Inga partneradministratörer kunde listas; skriv e-postadressen till den administratör som tar hand om de här kunderna.</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;Land eller region:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land eller region</translation>
    </message>
    <message>
        <source>Default &amp;email language:</source>
        <translation>Standardspråk för &amp;e-post:</translation>
    </message>
    <message>
        <source>Default email language</source>
        <translation>Standardspråk för e-post</translation>
    </message>
    <message>
        <source>Wholesale &amp;subscription:</source>
        <translation>&amp;Grossistprenumeration:</translation>
    </message>
    <message>
        <source>Wholesale subscription</source>
        <translation>Grossistprenumeration</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Ge profilen ett namn.</translation>
    </message>
    <message>
        <source>The demo sandbox profile is built in and cannot be changed.</source>
        <translation>Profilen för demosandlådan är inbyggd och kan inte ändras.</translation>
    </message>
    <message>
        <source>Enter the client ID of the integration.</source>
        <translation>Ange integrationens klient-ID.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Inställningsavsnitt</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiler</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>Pro&amp;filer:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>The saved connections; choose one to see or change it.</source>
        <translation>De sparade anslutningarna; välj en för att visa eller ändra den.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Lägg till profil</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The demo sandbox is built in: it runs on this computer with demo data and cannot be changed or removed.</source>
        <translation>Demosandlådan är inbyggd: den körs på den här datorn med demodata och kan inte ändras eller tas bort.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnamn</translation>
    </message>
    <message>
        <source>A name of your choice; it is shown in the toolbar. It cannot be changed after saving.</source>
        <translation>Ett valfritt namn; det visas i verktygsfältet. Det kan inte ändras efter att profilen sparats.</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;adress:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adress</translation>
    </message>
    <message>
        <source>The base URL of the Webex API, normally https://webexapis.com/v1.</source>
        <translation>Bas-URL:en för Webex API, normalt https://webexapis.com/v1.</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>&amp;Inloggningsmetod:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Inloggningsmetod</translation>
    </message>
    <message>
        <source>How Onboarder authenticates to the API for this profile.</source>
        <translation>Hur Onboarder autentiserar sig mot API:et för den här profilen.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Klient-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>The client ID of the integration or service app, from the Webex developer portal.</source>
        <translation>Klient-ID för integrationen eller tjänsteappen, från Webex utvecklarportal.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Åtkomst&amp;token:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Hemlighet</translation>
    </message>
    <message>
        <source>Sub-&amp;partner org ID:</source>
        <translation>Unde&amp;rpartnerns org-ID:</translation>
    </message>
    <message>
        <source>Sub-partner organization ID</source>
        <translation>Underpartnerns organisations-ID</translation>
    </message>
    <message>
        <source>Optional: act on behalf of this sub-partner organization.</source>
        <translation>Valfritt: agera för den här underpartnerorganisationens räkning.</translation>
    </message>
    <message>
        <source>Tar&amp;get org ID:</source>
        <translation>&amp;Målorganisationens ID:</translation>
    </message>
    <message>
        <source>Target organization ID</source>
        <translation>Målorganisationens ID</translation>
    </message>
    <message>
        <source>The organization the service app was authorized in.</source>
        <translation>Organisationen där tjänsteappen auktoriserades.</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Spara profil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Spara profil</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>T&amp;esta anslutningen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Connection test in progress</source>
        <translation>Anslutningstest pågår</translation>
    </message>
    <message>
        <source>C&amp;opy Error Text</source>
        <translation>K&amp;opiera feltext</translation>
    </message>
    <message>
        <source>Copy error text</source>
        <translation>Kopiera feltext</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the interface, dates, numbers and country names. Applied at once.</source>
        <translation>Språket för gränssnittet, datum, tal och landsnamn. Tillämpas direkt.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system. Applied at once.</source>
        <translation>Ljusa eller mörka färger, eller systemets. Tillämpas direkt.</translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered.</source>
        <translation>Ändringar tillämpas direkt och sparas.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Common and calling settings</source>
        <translation>Gemensamma inställningar och samtalsinställningar</translation>
    </message>
    <message>
        <source>Step 5 of 6: email and calling defaults of new customers.</source>
        <translation>Steg 5 av 6: standardinställningar för e-post och samtal för nya kunder.</translation>
    </message>
    <message>
        <source>Common and email settings</source>
        <translation>Gemensamma inställningar och e-postinställningar</translation>
    </message>
    <message>
        <source>Allow admin-invite emails when attaching to existing organizations</source>
        <translation>Tillåt inbjudningsmejl till administratörer vid koppling till befintliga organisationer</translation>
    </message>
    <message>
        <source>Allow admin-&amp;invite emails when attaching to existing organizations</source>
        <translation>Tillåt &amp;inbjudningsmejl till administratörer vid koppling till befintliga organisationer</translation>
    </message>
    <message>
        <source>Send a welcome email to the customer&apos;s administrator</source>
        <translation>Skicka ett välkomstmejl till kundens administratör</translation>
    </message>
    <message>
        <source>Send a &amp;welcome email to the customer&apos;s administrator</source>
        <translation>Skicka ett väl&amp;komstmejl till kundens administratör</translation>
    </message>
    <message>
        <source>Support email a&amp;ddress:</source>
        <translation>E-postadress för su&amp;pport:</translation>
    </message>
    <message>
        <source>Support email address</source>
        <translation>E-postadress för support</translation>
    </message>
    <message>
        <source>Optional, for example support@partner.example</source>
        <translation>Valfritt, till exempel support@partner.example</translation>
    </message>
    <message>
        <source>Calling settings</source>
        <translation>Samtalsinställningar</translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation>Standard&amp;tidszon:</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Standardtidszon</translation>
    </message>
    <message>
        <source>Default announcement &amp;language:</source>
        <translation>Standardspråk för &amp;meddelanden:</translation>
    </message>
    <message>
        <source>Default announcement language</source>
        <translation>Standardspråk för meddelanden</translation>
    </message>
</context>
<context>
    <name>SubPartnerState</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Avstängd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>SubscriberStatus</name>
    <message>
        <source>Provisioned</source>
        <translation>Etablerad</translation>
    </message>
    <message>
        <source>Waiting for the user&apos;s consent</source>
        <translation>Väntar på användarens samtycke</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>SubscriberValidator</name>
    <message>
        <source>Choose the user&apos;s package.</source>
        <translation>Välj användarens paket.</translation>
    </message>
    <message>
        <source>A user has exactly one package; add-ons are ordered for the customer, not per user.</source>
        <translation>En användare har exakt ett paket; tillägg beställs för kunden, inte per användare.</translation>
    </message>
    <message>
        <source>&quot;package&quot; and &quot;packages&quot; name different packages; keep only one.</source>
        <translation>&quot;package&quot; och &quot;packages&quot; anger olika paket; behåll bara ett.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package this version of Onboarder knows.</source>
        <translation>&quot;%1&quot; är inte ett paket som den här versionen av Onboarder känner till.</translation>
    </message>
    <message>
        <source>%1 cannot be given to a user.</source>
        <translation>%1 kan inte tilldelas en användare.</translation>
    </message>
    <message>
        <source>%1 includes calling: enter a phone number, an extension, or both.</source>
        <translation>%1 innehåller samtal: ange ett telefonnummer, ett anknytningsnummer eller båda.</translation>
    </message>
    <message>
        <source>Customer administrators get the organization&apos;s package level: choose %1.</source>
        <translation>Kundens administratörer får organisationens paketnivå: välj %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s full administrator cannot be moved to a lower package than %1.</source>
        <translation>Kundens fullständiga administratör kan inte flyttas till ett lägre paket än %1.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Step 6 of 6: check the settings, edit a section if needed, then submit.</source>
        <translation>Steg 6 av 6: granska inställningarna, redigera ett avsnitt vid behov och skicka sedan.</translation>
    </message>
    <message>
        <source>Summary of the settings</source>
        <translation>Sammanfattning av inställningarna</translation>
    </message>
    <message>
        <source>Provisioning ID from Partner Hub</source>
        <translation>Provisionerings-ID från Partner Hub</translation>
    </message>
    <message>
        <source>Create the template in Partner Hub with these settings, then paste the Provisioning ID Partner Hub shows. You can also add it later from the templates view.</source>
        <translation>Skapa mallen i Partner Hub med de här inställningarna och klistra sedan in det Provisionerings-ID som Partner Hub visar. Du kan också lägga till det senare i mallvyn.</translation>
    </message>
    <message>
        <source>Provisioning &amp;ID:</source>
        <translation>Provisionerings-&amp;ID:</translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation>Provisionerings-ID</translation>
    </message>
    <message>
        <source>Optional now</source>
        <translation>Valfritt just nu</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <source>Submit failed</source>
        <translation>Det gick inte att skicka</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Felinformation</translation>
    </message>
    <message>
        <source>Copy error text</source>
        <translation>Kopiera feltext</translation>
    </message>
    <message>
        <source>&amp;Copy error text</source>
        <translation>&amp;Kopiera feltext</translation>
    </message>
</context>
<context>
    <name>TemplateDetailsDialog</name>
    <message>
        <source>Onboarding Template</source>
        <translation>Onboardingmall</translation>
    </message>
    <message>
        <source>Provisioning &amp;ID:</source>
        <translation>Provisionerings-&amp;ID:</translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation>Provisionerings-ID</translation>
    </message>
    <message>
        <source>Copy Provisioning ID</source>
        <translation>Kopiera Provisionerings-ID</translation>
    </message>
    <message>
        <source>&amp;Copy Provisioning ID</source>
        <translation>&amp;Kopiera Provisionerings-ID</translation>
    </message>
    <message>
        <source>Save Provisioning ID</source>
        <translation>Spara Provisionerings-ID</translation>
    </message>
    <message>
        <source>&amp;Save Provisioning ID</source>
        <translation>&amp;Spara Provisionerings-ID</translation>
    </message>
    <message>
        <source>Template settings</source>
        <translation>Mallens inställningar</translation>
    </message>
</context>
<context>
    <name>TemplateExporter</name>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html *.htm);;Markdown (*.md)</source>
        <translation>PDF-dokument (*.pdf);;HTML-sida (*.html *.htm);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .html or .md.</source>
        <translation>Välj ett filnamn som slutar på .pdf, .html eller .md.</translation>
    </message>
    <message>
        <source>Onboarding template: %1</source>
        <translation>Onboardingmall: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Print Template Summary</source>
        <translation>Skriv ut mallsammanfattning</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>unknown authentication method &quot;%1&quot;</source>
        <translation>okänd autentiseringsmetod &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Cannot read the template library %1: %2</source>
        <translation>Kan inte läsa mallbiblioteket %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Onboarder template library.</source>
        <translation>%1 är inte ett mallbibliotek från Onboarder.</translation>
    </message>
    <message>
        <source>%1 has no valid schema version.</source>
        <translation>%1 har ingen giltig schemaversion.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Onboarder (schema %2, this version reads up to %3). Update Onboarder to open it.</source>
        <translation>%1 skrevs av en nyare version av Onboarder (schema %2, den här versionen läser upp till %3). Uppdatera Onboarder för att öppna det.</translation>
    </message>
    <message>
        <source>%1: templates: expected a list.</source>
        <translation>%1: templates: förväntade en lista.</translation>
    </message>
    <message>
        <source>%1: templates[%2]: %3</source>
        <translation>%1: templates[%2]: %3</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>En mall måste ha ett namn.</translation>
    </message>
    <message>
        <source>A template named %1 already exists.</source>
        <translation>Det finns redan en mall med namnet %1.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>Det finns ingen mall med namnet %1.</translation>
    </message>
    <message>
        <source>This is not a Provisioning ID. Copy the value shown as Provisioning ID when you open the template in Partner Hub.</source>
        <translation>Det här är inte ett Provisionerings-ID. Kopiera värdet som visas som Provisionerings-ID när du öppnar mallen i Partner Hub.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopia %2)</translation>
    </message>
    <message>
        <source>Cannot write the template library %1: %2</source>
        <translation>Kan inte skriva mallbiblioteket %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateSummary</name>
    <message>
        <source>Offer type</source>
        <translation>Erbjudandetyp</translation>
    </message>
    <message>
        <source>Primary settings</source>
        <translation>Primära inställningar</translation>
    </message>
    <message>
        <source>Wholesale calling</source>
        <translation>Grossistsamtal</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Autentiseringsmetod</translation>
    </message>
    <message>
        <source>Common, email and calling settings</source>
        <translation>Gemensamma inställningar, e-post- och samtalsinställningar</translation>
    </message>
    <message>
        <source>Partner Hub</source>
        <translation>Partner Hub</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>Webex for Wholesale</source>
        <translation>Webex för grossistförsäljning</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Mallnamn</translation>
    </message>
    <message>
        <source>Service provider admin</source>
        <translation>Tjänstleverantörsadministratör</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land eller region</translation>
    </message>
    <message>
        <source>Default email language</source>
        <translation>Standardspråk för e-post</translation>
    </message>
    <message>
        <source>Wholesale subscription</source>
        <translation>Grossistprenumeration</translation>
    </message>
    <message>
        <source>Cloud Connected PSTN provider</source>
        <translation>Cloud Connected PSTN-leverantör</translation>
    </message>
    <message>
        <source>None (recommended)</source>
        <translation>Ingen (rekommenderas)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Partner authentication (SAML identity provider)</source>
        <translation>Partnerautentisering (SAML-identitetsleverantör)</translation>
    </message>
    <message>
        <source>Webex authentication</source>
        <translation>Webex-autentisering</translation>
    </message>
    <message>
        <source>Identity provider entity ID</source>
        <translation>Identitetsleverantörens entitets-ID</translation>
    </message>
    <message>
        <source>Allow admin-invite emails when attaching to existing organizations</source>
        <translation>Tillåt inbjudningsmejl till administratörer vid koppling till befintliga organisationer</translation>
    </message>
    <message>
        <source>Send a welcome email to the customer&apos;s administrator</source>
        <translation>Skicka ett välkomstmejl till kundens administratör</translation>
    </message>
    <message>
        <source>Support email address</source>
        <translation>E-postadress för support</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Standardtidszon</translation>
    </message>
    <message>
        <source>Default announcement language</source>
        <translation>Standardspråk för meddelanden</translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation>Provisionerings-ID</translation>
    </message>
    <message>
        <source>(not issued yet)</source>
        <translation>(inte utfärdat än)</translation>
    </message>
    <message>
        <source>Onboarding template: %1</source>
        <translation>Onboardingmall: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation>Alla inställningar är giltiga.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) must be corrected before the template can be created.</source>
        <translation>
            <numerusform>%n inställning måste rättas innan mallen kan skapas.</numerusform>
            <numerusform>%n inställningar måste rättas innan mallen kan skapas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>Partner authentication needs the entity ID of your SAML identity provider.</source>
        <translation>Partnerautentisering kräver entitets-ID för din SAML-identitetsleverantör.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Onboarding templates</source>
        <translation>Onboardingmallar</translation>
    </message>
    <message>
        <source>Create template</source>
        <translation>Skapa mall</translation>
    </message>
    <message>
        <source>&amp;Create Template…</source>
        <translation>Skapa &amp;mall…</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>Öppna mall</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Duplicera mall</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicera</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Ta bort mall</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Export template summary</source>
        <translation>Exportera mallsammanfattning</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Sök mallar</translation>
    </message>
    <message>
        <source>Name, country or Provisioning ID</source>
        <translation>Namn, land eller Provisionerings-ID</translation>
    </message>
    <message>
        <source>Refresh templates</source>
        <translation>Uppdatera mallarna</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>This sign-in method cannot renew its token.</source>
        <translation>Den här inloggningsmetoden kan inte förnya sin token.</translation>
    </message>
</context>
<context>
    <name>WholesaleCallingPage</name>
    <message>
        <source>Wholesale calling</source>
        <translation>Grossistsamtal</translation>
    </message>
    <message>
        <source>Step 3 of 6: an optional PSTN provider for all customers of this template.</source>
        <translation>Steg 3 av 6: en valfri PSTN-leverantör för alla kunder som använder mallen.</translation>
    </message>
    <message>
        <source>Optionally route the calls of every customer created from this template through a Cloud Connected PSTN (CCP) provider. Most partners leave this off and set up PSTN per customer location instead.</source>
        <translation>Du kan låta samtalen för alla kunder som skapas från mallen gå via en Cloud Connected PSTN-leverantör (CCP). De flesta partner låter bli och konfigurerar i stället PSTN per kundplats.</translation>
    </message>
    <message>
        <source>Use a Cloud Connected PSTN provider</source>
        <translation>Använd en Cloud Connected PSTN-leverantör</translation>
    </message>
    <message>
        <source>&amp;Use a Cloud Connected PSTN provider</source>
        <translation>&amp;Använd en Cloud Connected PSTN-leverantör</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Leverantör:</translation>
    </message>
    <message>
        <source>Cloud Connected PSTN provider</source>
        <translation>Cloud Connected PSTN-leverantör</translation>
    </message>
    <message>
        <source>Not recommended: a CCP provider chosen in the template applies to every customer and cannot be changed per location.</source>
        <translation>Rekommenderas inte: en CCP-leverantör som väljs i mallen gäller för alla kunder och kan inte ändras per plats.</translation>
    </message>
    <message>
        <source>Why is this not recommended?</source>
        <translation>Varför rekommenderas inte detta?</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://help.webex.com/en-us/article/nf9ghpq&quot;&gt;Why is this not recommended?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://help.webex.com/en-us/article/nf9ghpq&quot;&gt;Varför rekommenderas inte detta?&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>WholesaleClient</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>Svaret är inte JSON.</translation>
    </message>
    <message>
        <source>The answer does not say where the new resource is.</source>
        <translation>Svaret anger inte var den nya resursen finns.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Serverns svar gick inte att läsa: %1</translation>
    </message>
    <message>
        <source>%1 Whether the customer was created is unknown: looking it up failed too.</source>
        <translation>%1 Det är okänt om kunden skapades: det gick inte heller att slå upp den.</translation>
    </message>
</context>
<context>
    <name>WholesaleJson</name>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Provision Webex Wholesale customer organizations. Without --profile the last profile is used; the first start opens the demo sandbox.</source>
        <translation>Etablera kundorganisationer för Webex Wholesale. Utan --profile används den senaste profilen; första gången öppnas demosandlådan.</translation>
    </message>
    <message>
        <source>Start with the profile &lt;name&gt;.</source>
        <translation>Starta med profilen &lt;namn&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
</context>
<context>
    <name>onboarder::api::ApiRequest</name>
    <message>
        <source>No connection.</source>
        <translation>Ingen anslutning.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Anslutningen stängdes.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <translation>Inget svar från servern inom %1 sekunder.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Serverns certifikat kunde inte verifieras: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Kunde inte nå servern: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-status %1</translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::TemplateStore</name>
    <message>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
    </message>
    <message>
        <source>The sandbox issues its own Provisioning IDs.</source>
        <translation>Sandlådan utfärdar sina egna Provisionerings-ID:n.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopia %2)</translation>
    </message>
</context>
<context>
    <name>onboarder::model::MoCatalog</name>
    <message>
        <source>The catalogue is too short to be a gettext .mo file.</source>
        <translation>Katalogen är för kort för att vara en gettext-fil (.mo).</translation>
    </message>
    <message>
        <source>The file is not a gettext .mo catalogue.</source>
        <translation>Filen är inte en gettext-katalog (.mo).</translation>
    </message>
    <message>
        <source>The catalogue&apos;s string count does not fit the file.</source>
        <translation>Katalogens antal strängar stämmer inte med filen.</translation>
    </message>
    <message>
        <source>Entry %1 of the catalogue points outside the file.</source>
        <translation>Post %1 i katalogen pekar utanför filen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ActivityView</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>Spårnings-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externt ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomersView</name>
    <message>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Läser in kunder…</translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation>Kunde inte läsa in kunderna: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n kund.</numerusform>
            <numerusform>%n kunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::DraftCompareDialog</name>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(saknas)</translation>
    </message>
    <message>
        <source>The drafts have the same settings.</source>
        <translation>Utkasten har samma inställningar.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ.</source>
        <translation>
            <numerusform>%n inställning skiljer sig.</numerusform>
            <numerusform>%n inställningar skiljer sig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Onboarding templates</source>
        <translation>Onboardingmallar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Demo sandbox: local demo data, nothing reaches Webex</source>
        <translation>Demosandlåda: lokala demodata, inget når Webex</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktiv profil</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (demodata)</translation>
    </message>
    <message>
        <source>Onboarder – %1 (demo)</source>
        <translation>Onboarder – %1 (demo)</translation>
    </message>
    <message>
        <source>Onboarder – %1</source>
        <translation>Onboarder – %1</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Startar demosandlådan…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Demo sandbox at %1 – demo data only, nothing reaches Webex</source>
        <translation>Demosandlåda på %1 – endast demodata, inget når Webex</translation>
    </message>
    <message>
        <source>Connected as profile %1</source>
        <translation>Ansluten med profilen %1</translation>
    </message>
    <message>
        <source>Template %1 created.</source>
        <translation>Mallen %1 har skapats.</translation>
    </message>
    <message>
        <source>Open Template Draft</source>
        <translation>Öppna mallutkast</translation>
    </message>
    <message>
        <source>Onboarder template drafts (*.onboarder-template.json *.json)</source>
        <translation>Mallutkast från Onboarder (*.onboarder-template.json *.json)</translation>
    </message>
    <message>
        <source>Draft Not Opened</source>
        <translation>Utkastet öppnades inte</translation>
    </message>
    <message>
        <source>Choose Two Template Drafts</source>
        <translation>Välj två mallutkast</translation>
    </message>
    <message>
        <source>Compare Template Drafts</source>
        <translation>Jämför mallutkast</translation>
    </message>
    <message>
        <source>Choose exactly two drafts to compare.</source>
        <translation>Välj exakt två utkast att jämföra.</translation>
    </message>
    <message>
        <source>About Onboarder</source>
        <translation>Om Onboarder</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Onboarder %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Provision Webex Wholesale customer organizations: onboarding templates, customers, users and locations. Ships with a local sandbox of the API for demos and training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Onboarder %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Etablera kundorganisationer för Webex Wholesale: onboardingmallar, kunder, användare och platser. Levereras med en lokal sandlåda av API:et för demonstrationer och utbildning.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>The connection this window works with; switching reconnects.</source>
        <translation>Anslutningen som fönstret arbetar med; ett byte ansluter på nytt.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Profiles, language and theme</source>
        <translation>Profiler, språk och tema</translation>
    </message>
    <message>
        <source>Onboarder</source>
        <translation>Onboarder</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::PrimarySettingsPage</name>
    <message>
        <source>Choose a country or region…</source>
        <translation>Välj land eller region…</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Välj språk…</translation>
    </message>
    <message>
        <source>Subscription ID, for example Sub-12345</source>
        <translation>Prenumerations-ID, till exempel Sub-12345</translation>
    </message>
    <message>
        <source>Choose an administrator…</source>
        <translation>Välj administratör…</translation>
    </message>
    <message>
        <source>admin@partner.example</source>
        <translation>admin@partner.example</translation>
    </message>
    <message>
        <source>Service provider admin email</source>
        <translation>Tjänstleverantörsadministratörens e-postadress</translation>
    </message>
    <message>
        <source>Wholesale subscription</source>
        <translation>Grossistprenumeration</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ProfileConnection</name>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Demosandlådan startade inte: %1</translation>
    </message>
    <message>
        <source>No credential store: cannot sign in to %1.</source>
        <translation>Ingen lagring för inloggningsuppgifter: kan inte logga in på %1.</translation>
    </message>
    <message>
        <source>No access token for %1 in the keychain: %2</source>
        <translation>Ingen åtkomsttoken för %1 i nyckelringen: %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>hittades inte</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SettingsDialog</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Testar anslutningen…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Anslutningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Felkod: %1</translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation>Spårnings-ID: %1</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain: %1</source>
        <translation>Hemligheten sparades inte i nyckelringen: %1</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Personlig åtkomsttoken</translation>
    </message>
    <message>
        <source>OAuth integration</source>
        <translation>OAuth-integration</translation>
    </message>
    <message>
        <source>Service app</source>
        <translation>Tjänsteapp</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (demodata)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemets standard (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Dates and numbers look like this: %1, %2</source>
        <translation>Datum och tal ser ut så här: %1, %2</translation>
    </message>
    <message>
        <source>Started on this computer when the profile is opened</source>
        <translation>Startas på den här datorn när profilen öppnas</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Åtkomst&amp;token:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Klient&amp;hemlighet:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Åtkomsttoken</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemlighet</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave empty to keep the stored one.</source>
        <translation>Sparas i systemets nyckelring, aldrig i en fil. Lämna tomt för att behålla den sparade.</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the stored one</source>
        <translation>Sparas i nyckelringen; lämna tomt för att behålla den sparade</translation>
    </message>
    <message>
        <source>An access token is stored in the keychain. Type a new one to replace it.</source>
        <translation>En åtkomsttoken finns sparad i nyckelringen. Skriv en ny för att ersätta den.</translation>
    </message>
    <message>
        <source>A client secret is stored in the keychain. Type a new one to replace it.</source>
        <translation>En klienthemlighet finns sparad i nyckelringen. Skriv en ny för att ersätta den.</translation>
    </message>
    <message>
        <source>No access token is stored yet.</source>
        <translation>Ingen åtkomsttoken är sparad än.</translation>
    </message>
    <message>
        <source>No client secret is stored yet.</source>
        <translation>Ingen klienthemlighet är sparad än.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already: choose another name.</source>
        <translation>Det finns redan en profil med namnet %1: välj ett annat namn.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Profilen kunde inte sparas.</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Profilen %1 har sparats.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its secrets from the keychain? Templates in its local library are kept.</source>
        <translation>Vill du ta bort profilen %1 och dess hemligheter från nyckelringen? Mallarna i dess lokala bibliotek behålls.</translation>
    </message>
    <message>
        <source>The profile %1 could not be removed.</source>
        <translation>Profilen %1 kunde inte tas bort.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SettingsDialogController</name>
    <message>
        <source>No keychain is available: type the access token to test the connection.</source>
        <translation>Ingen nyckelring är tillgänglig: skriv åtkomsttoken för att testa anslutningen.</translation>
    </message>
    <message>
        <source>No access token is stored for this profile: type one to test.</source>
        <translation>Ingen åtkomsttoken är sparad för den här profilen: skriv en för att testa.</translation>
    </message>
    <message>
        <source>No access token is stored for this profile yet: sign in with the integration first.</source>
        <translation>Ingen åtkomsttoken är sparad för den här profilen än: logga in med integrationen först.</translation>
    </message>
    <message>
        <source>Connected: the API accepted the token.</source>
        <translation>Ansluten: API:et godkände token.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Okänt fel.</translation>
    </message>
    <message>
        <source>No keychain is available: the secret was not kept.</source>
        <translation>Ingen nyckelring är tillgänglig: hemligheten sparades inte.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SettingsPage</name>
    <message>
        <source>No default</source>
        <translation>Ingen standard</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SummaryPage</name>
    <message>
        <source>Error text copied.</source>
        <translation>Feltexten har kopierats.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Template created.</source>
        <translation>Mallen har skapats.</translation>
    </message>
    <message>
        <source>The template was not created. Correct the problem and submit again.</source>
        <translation>Mallen skapades inte. Åtgärda problemet och skicka igen.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation>Alla inställningar är giltiga.</translation>
    </message>
    <message>
        <source>Correct these settings before you submit:</source>
        <translation>Rätta de här inställningarna innan du skickar:</translation>
    </message>
    <message>
        <source>Not connected: save the template as a draft and submit it later.</source>
        <translation>Inte ansluten: spara mallen som utkast och skicka den senare.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateDetailsDialog</name>
    <message>
        <source>Onboarding Template – %1</source>
        <translation>Onboardingmall – %1</translation>
    </message>
    <message>
        <source>Paste the Provisioning ID Partner Hub shows for this template</source>
        <translation>Klistra in det Provisionerings-ID som Partner Hub visar för mallen</translation>
    </message>
    <message>
        <source>This is not a Provisioning ID. Copy the value shown as Provisioning ID in Partner Hub.</source>
        <translation>Det här är inte ett Provisionerings-ID. Kopiera värdet som visas som Provisionerings-ID i Partner Hub.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateTableModel</name>
    <message>
        <source>Partner SAML</source>
        <translation>Partner-SAML</translation>
    </message>
    <message>
        <source>Webex</source>
        <translation>Webex</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>Inte utfärdat än</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land eller region</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation>Provisionerings-ID</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateWizard</name>
    <message>
        <source>&amp;Submit to sandbox</source>
        <translation>&amp;Skicka till sandlådan</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Save the wizard as a draft file (Ctrl+S)</source>
        <translation>Spara guiden som en utkastfil (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <source>Save Draft &amp;As…</source>
        <translation>Spara utkast &amp;som…</translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation>Utkastet sparades inte</translation>
    </message>
    <message>
        <source>template draft</source>
        <translation>mallutkast</translation>
    </message>
    <message>
        <source>Save Template Draft</source>
        <translation>Spara mallutkast</translation>
    </message>
    <message>
        <source>Onboarder template drafts (*.onboarder-template.json *.json)</source>
        <translation>Mallutkast från Onboarder (*.onboarder-template.json *.json)</translation>
    </message>
    <message>
        <source>template summary</source>
        <translation>mallsammanfattning</translation>
    </message>
    <message>
        <source>Export Template Summary</source>
        <translation>Exportera mallsammanfattning</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Save them as a draft?</source>
        <translation>Mallen har ändringar som inte är sparade. Vill du spara dem som utkast?</translation>
    </message>
    <message>
        <source>New Onboarding Template</source>
        <translation>Ny onboardingmall</translation>
    </message>
    <message>
        <source>%1 – Onboarding Template Draft</source>
        <translation>%1 – utkast till onboardingmall</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Spara &amp;utkast</translation>
    </message>
    <message>
        <source>Export the summary as PDF, HTML or Markdown</source>
        <translation>Exportera sammanfattningen som PDF, HTML eller Markdown</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Skriv ut sammanfattningen</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skri&amp;v ut…</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplateWizardController</name>
    <message>
        <source>This profile is not connected. Save the template as a draft and submit it later.</source>
        <translation>Profilen är inte ansluten. Spara mallen som utkast och skicka den senare.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Okänt fel.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplatesView</name>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n mall.</numerusform>
            <numerusform>%n mallar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the templates: %1</source>
        <translation>Kunde inte läsa in mallarna: %1</translation>
    </message>
    <message>
        <source>Templates of the demo sandbox</source>
        <translation>Demosandlådans mallar</translation>
    </message>
    <message>
        <source>Local template library (Webex has no template API)</source>
        <translation>Lokalt mallbibliotek (Webex har inget API för mallar)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 har skapats.</translation>
    </message>
    <message>
        <source>Could not duplicate the template.</source>
        <translation>Mallen kunde inte dupliceras.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Ta bort mall</translation>
    </message>
    <message>
        <source>Delete the onboarding template %1? Customers already created from it are not affected.</source>
        <translation>Vill du ta bort onboardingmallen %1? Kunder som redan har skapats från den påverkas inte.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 har tagits bort.</translation>
    </message>
    <message>
        <source>Could not delete the template.</source>
        <translation>Mallen kunde inte tas bort.</translation>
    </message>
    <message>
        <source>Export Template Summary</source>
        <translation>Exportera mallsammanfattning</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterad till %1.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::WholesaleCallingPage</name>
    <message>
        <source>Name of the CCP provider</source>
        <translation>CCP-leverantörens namn</translation>
    </message>
    <message>
        <source>Cloud Connected PSTN provider</source>
        <translation>Cloud Connected PSTN-leverantör</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s name, or clear &quot;Use a Cloud Connected PSTN provider&quot;.</source>
        <translation>Ange leverantörens namn, eller avmarkera &quot;Använd en Cloud Connected PSTN-leverantör&quot;.</translation>
    </message>
    <message>
        <source>The Cloud Connected PSTN provider new customers of this template get.</source>
        <translation>Den Cloud Connected PSTN-leverantör som nya kunder med den här mallen får.</translation>
    </message>
</context>
</TS>
