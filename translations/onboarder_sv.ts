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
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Sök i aktiviteten</translation>
    </message>
    <message>
        <source>Action, customer, result or tracking ID</source>
        <translation>Åtgärd, kund, resultat eller spårnings-ID</translation>
    </message>
    <message>
        <source>Cu&amp;stomer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>Show the activity of customer</source>
        <translation>Visa aktiviteten för kund</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>R&amp;esultat:</translation>
    </message>
    <message>
        <source>Show the activity with result</source>
        <translation>Visa aktiviteten med resultat</translation>
    </message>
    <message>
        <source>Export the activity shown</source>
        <translation>Exportera aktiviteten som visas</translation>
    </message>
    <message>
        <source>Save the activity shown as a CSV file</source>
        <translation>Spara aktiviteten som visas som en CSV-fil</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
</context>
<context>
    <name>AddLocationsTab</name>
    <message>
        <source>New location</source>
        <translation>Ny plats</translation>
    </message>
    <message>
        <source>&amp;Create location</source>
        <translation>S&amp;kapa plats</translation>
    </message>
    <message>
        <source>Create the location</source>
        <translation>Skapa platsen</translation>
    </message>
    <message>
        <source>Locations of the customer</source>
        <translation>Kundens platser</translation>
    </message>
</context>
<context>
    <name>AddUsersTab</name>
    <message>
        <source>Type one user per row, as many as you need. Users with a calling package get a location and a free phone number of that location, or an extension. Check the users first; then add them to the customer.</source>
        <translation>Skriv en användare per rad, så många du behöver. Användare med ett samtalspaket får en plats och ett ledigt telefonnummer på den platsen, eller ett anknytningsnummer. Kontrollera användarna först och lägg sedan till dem hos kunden.</translation>
    </message>
    <message>
        <source>Add a row for a user</source>
        <translation>Lägg till en rad för en användare</translation>
    </message>
    <message>
        <source>Resend &amp;consent email</source>
        <translation>Skicka &amp;samtyckesmejl igen</translation>
    </message>
    <message>
        <source>Resend the consent email to the selected user</source>
        <translation>Skicka samtyckesmejlet igen till den markerade användaren</translation>
    </message>
    <message>
        <source>Users to add</source>
        <translation>Användare att lägga till</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>C&amp;heck users</source>
        <translation>Kontr&amp;ollera användare</translation>
    </message>
    <message>
        <source>Check the users with Webex</source>
        <translation>Kontrollera användarna mot Webex</translation>
    </message>
    <message>
        <source>Add the checked users to the customer</source>
        <translation>Lägg till de kontrollerade användarna hos kunden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Av&amp;bryt</translation>
    </message>
    <message>
        <source>Stop after the user being added now</source>
        <translation>Stoppa efter användaren som läggs till just nu</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Importera från fil…</translation>
    </message>
    <message>
        <source>Import users from a CSV or TSV file</source>
        <translation>Importera användare från en CSV- eller TSV-fil</translation>
    </message>
    <message>
        <source>Rows of a spreadsheet saved as CSV or TSV, with English or Swedish column names</source>
        <translation>Rader från ett kalkylark sparat som CSV eller TSV, med engelska eller svenska kolumnnamn</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>Resume the run that stopped</source>
        <translation>Återuppta körningen som avbröts</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Kasta…</translation>
    </message>
    <message>
        <source>Discard the run that stopped</source>
        <translation>Kasta körningen som avbröts</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <source>Add users to the cust&amp;omer</source>
        <translation>Lägg till användare hos k&amp;unden</translation>
    </message>
    <message>
        <source>Remo&amp;ve rows</source>
        <translation>&amp;Ta bort rader</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Ta bort de markerade raderna</translation>
    </message>
    <message>
        <source>S&amp;et for selected rows…</source>
        <translation>Ange för &amp;markerade rader…</translation>
    </message>
    <message>
        <source>Set a package or location on every selected row</source>
        <translation>Ange ett paket eller en plats på varje markerad rad</translation>
    </message>
    <message>
        <source>Show problems onl&amp;y</source>
        <translation>Visa &amp;endast problem</translation>
    </message>
    <message>
        <source>Show only the rows with a problem</source>
        <translation>Visa bara raderna med ett problem</translation>
    </message>
    <message>
        <source>Hide the rows that have nothing to fix; the row numbers stay the same</source>
        <translation>Dölj raderna som inte behöver rättas; radnumren är desamma</translation>
    </message>
</context>
<context>
    <name>AdminRolesTab</name>
    <message>
        <source>Customer administrators must have the same package level as the customer organization, and the full administrator&apos;s package cannot be lowered. Actions that would break these rules are disabled, with the reason next to them.</source>
        <translation>Kundens administratörer måste ha samma paketnivå som kundorganisationen, och den fullständiga administratörens paket kan inte nedgraderas. Åtgärder som skulle bryta mot de här reglerna är inaktiverade, och orsaken visas bredvid dem.</translation>
    </message>
    <message>
        <source>Users of the customer</source>
        <translation>Kundens användare</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Markerad användare</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Användare:</translation>
    </message>
    <message>
        <source>Administrator role to give</source>
        <translation>Administratörsroll att tilldela</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>&amp;Tilldela roll</translation>
    </message>
    <message>
        <source>Give the role to the user</source>
        <translation>Tilldela användaren rollen</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>Pak&amp;et:</translation>
    </message>
    <message>
        <source>New package of the user</source>
        <translation>Användarens nya paket</translation>
    </message>
    <message>
        <source>C&amp;hange package</source>
        <translation>Ä&amp;ndra paket</translation>
    </message>
    <message>
        <source>Change the user&apos;s package</source>
        <translation>Ändra användarens paket</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;oll:</translation>
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
    <message>
        <source>Set the PSTN connection of a location</source>
        <translation>Ange PSTN-anslutningen för en plats</translation>
    </message>
    <message numerus="yes">
        <source>Activate %n phone number(s) of a location</source>
        <translation>
            <numerusform>Aktivera %n telefonnummer på en plats</numerusform>
            <numerusform>Aktivera %n telefonnummer på en plats</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate phone numbers of a location</source>
        <translation>Aktivera telefonnummer på en plats</translation>
    </message>
    <message>
        <source>Set the main number of a location to %1</source>
        <translation>Ange huvudnumret för en plats till %1</translation>
    </message>
    <message>
        <source>Set the main number of a location</source>
        <translation>Ange huvudnumret för en plats</translation>
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
    <name>CallingSetupJournal</name>
    <message>
        <source>Cannot open the calling setup journal %1: %2</source>
        <translation>Det går inte att öppna journalen för samtalsinställningen %1: %2</translation>
    </message>
    <message>
        <source>The calling setup journal %1 was written by a newer version of Onboarder.</source>
        <translation>Journalen för samtalsinställningen %1 skrevs av en nyare version av Onboarder.</translation>
    </message>
    <message>
        <source>The calling setup journal %1 belongs to another setup (other numbers, connection or main number); give another journal file.</source>
        <translation>Journalen för samtalsinställningen %1 hör till en annan inställning (andra nummer, en annan anslutning eller ett annat huvudnummer); ange en annan journalfil.</translation>
    </message>
    <message>
        <source>The calling setup journal cannot be written: %1</source>
        <translation>Det går inte att skriva journalen för samtalsinställningen: %1</translation>
    </message>
</context>
<context>
    <name>ConfigureCustomerController</name>
    <message>
        <source>The server gave no answer.</source>
        <translation>Servern svarade inte.</translation>
    </message>
</context>
<context>
    <name>ConfigureCustomerWindow</name>
    <message>
        <source>Configure Customer</source>
        <translation>Konfigurera kund</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Load the customer again</source>
        <translation>Läs in kunden igen</translation>
    </message>
    <message>
        <source>Configuration steps</source>
        <translation>Konfigurationssteg</translation>
    </message>
    <message>
        <source>Add &amp;users</source>
        <translation>Lägg till &amp;användare</translation>
    </message>
    <message>
        <source>Add &amp;locations</source>
        <translation>Lägg till &amp;platser</translation>
    </message>
    <message>
        <source>Admin &amp;roles</source>
        <translation>Administratörs&amp;roller</translation>
    </message>
    <message>
        <source>Setup &amp;assistance…</source>
        <translation>Installations&amp;hjälp…</translation>
    </message>
    <message>
        <source>Prepare a Wholesale Setup Assist request</source>
        <translation>Förbered en begäran om installationshjälp för grossistförsäljning</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Stäng fönstret</translation>
    </message>
    <message>
        <source>E&amp;xisting users</source>
        <translation>Befintliga an&amp;vändare</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Nyckelringen svarade inte i tid.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Hemligheter sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>No keychain service is running (such as GNOME Keyring or KWallet): secrets are kept in memory until Onboarder closes, never in a file. Start one and open Onboarder again to keep them.</source>
        <translation>Ingen nyckelringstjänst körs (till exempel GNOME Keyring eller KWallet): hemligheter hålls i minnet tills Onboarder stängs, aldrig i en fil. Starta en och öppna Onboarder igen för att spara dem.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: allow Onboarder when the keychain asks, then try again. Nothing was kept anywhere else.</source>
        <translation>Åtkomst till nyckelringen nekades: tillåt Onboarder när nyckelringen frågar och försök sedan igen. Inget sparades någon annanstans.</translation>
    </message>
    <message>
        <source>The keychain is locked and was not unlocked: unlock it (for example by signing in to the desktop, or in Passwords and Keys), then try again. Nothing was kept anywhere else.</source>
        <translation>Nyckelringen är låst och låstes inte upp: lås upp den (till exempel genom att logga in på skrivbordet, eller i Lösenord och nycklar) och försök sedan igen. Inget sparades någon annanstans.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>More problems follow; fix the ones above and read the file again.</source>
        <translation>Det finns fler problem; åtgärda problemen ovan och läs in filen igen.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a quoted field; it was kept as part of the field.</source>
        <translation>Text efter det avslutande citattecknet i ett fält inom citattecken; den behölls som en del av fältet.</translation>
    </message>
    <message>
        <source>A quoted field starts here but its closing quote is missing; the rest of the file was read into this field.</source>
        <translation>Ett fält inom citattecken börjar här men det avslutande citattecknet saknas; resten av filen lästes in i det här fältet.</translation>
    </message>
    <message>
        <source>The file contains NUL characters; it may not be a text file.</source>
        <translation>Filen innehåller NUL-tecken; den är kanske inte en textfil.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsPane</name>
    <message>
        <source>Customer ID:</source>
        <translation>Kund-ID:</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kund-ID</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>Externt ID:</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externt ID</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>Organisations-ID:</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Tracking ID:</source>
        <translation>Spårnings-ID:</translation>
    </message>
    <message>
        <source>Tracking ID of the last request</source>
        <translation>Spårnings-ID för den senaste begäran</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Packages, their status, errors and warnings</source>
        <translation>Paket med status, fel och varningar</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy Error Text</source>
        <translation>&amp;Kopiera feltext</translation>
    </message>
    <message>
        <source>Copy error text</source>
        <translation>Kopiera feltext</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Försök &amp;igen</translation>
    </message>
    <message>
        <source>Retry provisioning</source>
        <translation>Försök etablera igen</translation>
    </message>
    <message>
        <source>&amp;Update Packages…</source>
        <translation>&amp;Uppdatera paket…</translation>
    </message>
    <message>
        <source>Update packages</source>
        <translation>Uppdatera paket</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <source>Configure customer: users and locations</source>
        <translation>Konfigurera kund: användare och platser</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Confi&amp;gure Customer…</source>
        <translation>Konfigu&amp;rera kund…</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import Customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <source>Choose a customers file and, if you have one, a users file that names each user&apos;s customer by its external ID. Everything is checked before anything is sent.</source>
        <translation>Välj en kundfil och, om du har en, en användarfil som anger varje användares kund med dess externa ID. Allt kontrolleras innan något skickas.</translation>
    </message>
    <message>
        <source>&amp;Customers file:</source>
        <translation>&amp;Kundfil:</translation>
    </message>
    <message>
        <source>Customers file</source>
        <translation>Kundfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Save &amp;Template…</source>
        <translation>Spara &amp;mall…</translation>
    </message>
    <message>
        <source>&amp;Users file (optional):</source>
        <translation>&amp;Användarfil (valfri):</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Användarfil</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Blä&amp;ddra…</translation>
    </message>
    <message>
        <source>Save Te&amp;mplate…</source>
        <translation>Spara ma&amp;ll…</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Visa endast &amp;problem</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation>Kunder att importera</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Försök igen med misslyckade</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppa</translation>
    </message>
    <message>
        <source>&amp;Start Import</source>
        <translation>&amp;Starta import</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>CustomerImportFile</name>
    <message>
        <source>company name</source>
        <translation>företagsnamn</translation>
    </message>
    <message>
        <source>administrator email</source>
        <translation>administratörens e-postadress</translation>
    </message>
    <message>
        <source>external customer ID</source>
        <translation>externt kund-ID</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>onboarding template</source>
        <translation>onboardingmall</translation>
    </message>
    <message>
        <source>packages</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>address line 1</source>
        <translation>adressrad 1</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>adressrad 2</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>delstat eller provins</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>tidszon</translation>
    </message>
    <message>
        <source>location name</source>
        <translation>platsnamn</translation>
    </message>
    <message>
        <source>location language</source>
        <translation>platsens språk</translation>
    </message>
    <message>
        <source>emergency location identifier</source>
        <translation>identifierare för nödsamtalsplats</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and one line per customer.</source>
        <translation>Filen är tom: den behöver en rubrikrad och en rad per kund.</translation>
    </message>
    <message>
        <source>No column for: %1. The first line must name the columns, as in the template file (&quot;Company name;Administrator email;External customer ID;Country;…&quot; or &quot;Företagsnamn;Administratörens e-post;Externt kund-ID;Land;…&quot;).</source>
        <translation>Kolumn saknas för: %1. Första raden måste namnge kolumnerna som i mallfilen (&quot;Företagsnamn;Administratörens e-post;Externt kund-ID;Land;…&quot; eller &quot;Company name;Administrator email;External customer ID;Country;…&quot;).</translation>
    </message>
    <message>
        <source>The file has a header line but no customers below it.</source>
        <translation>Filen har en rubrikrad men inga kunder under den.</translation>
    </message>
    <message>
        <source>Name the onboarding template: there is no template for this country in the library.</source>
        <translation>Ange onboardingmallen: biblioteket har ingen mall för det här landet.</translation>
    </message>
    <message numerus="yes">
        <source>Name the onboarding template: the library has %n template(s) for this country.</source>
        <translation>
            <numerusform>Ange onboardingmallen: biblioteket har %n mall för det här landet.</numerusform>
            <numerusform>Ange onboardingmallen: biblioteket har %n mallar för det här landet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No onboarding template named &quot;%1&quot; in the library: use a template&apos;s name or its Provisioning ID.</source>
        <translation>Biblioteket har ingen onboardingmall som heter &quot;%1&quot;: ange mallens namn eller dess provisionerings-ID.</translation>
    </message>
    <message>
        <source>A customer with the external ID &quot;%1&quot; exists already.</source>
        <translation>Det finns redan en kund med det externa ID:t &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The external ID &quot;%1&quot; is on line %2 too.</source>
        <translation>Det externa ID:t &quot;%1&quot; finns även på rad %2.</translation>
    </message>
    <message>
        <source>%1 administers the customer on line %2 already: a person belongs to one organization.</source>
        <translation>%1 administrerar redan kunden på rad %2: en person hör till en enda organisation.</translation>
    </message>
</context>
<context>
    <name>CustomerInfoPage</name>
    <message>
        <source>Customer information</source>
        <translation>Kundinformation</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>For example: Lunda Bageri AB</source>
        <translation>Till exempel: Lunda Bageri AB</translation>
    </message>
    <message>
        <source>&amp;Administrator email:</source>
        <translation>&amp;Administratörens e-postadress:</translation>
    </message>
    <message>
        <source>Administrator email</source>
        <translation>Administratörens e-postadress</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@kund.example</translation>
    </message>
    <message>
        <source>Becomes the customer&apos;s first full administrator and receives the welcome email.</source>
        <translation>Blir kundens första fullständiga administratör och får välkomstmejlet.</translation>
    </message>
    <message>
        <source>External customer &amp;ID:</source>
        <translation>Externt kund-&amp;ID:</translation>
    </message>
    <message>
        <source>External customer ID</source>
        <translation>Externt kund-ID</translation>
    </message>
    <message>
        <source>Your own key for the customer, for example crm-se-2001</source>
        <translation>Din egen nyckel för kunden, till exempel crm-se-2001</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Onboarding &amp;template:</source>
        <translation>Onboarding&amp;mall:</translation>
    </message>
    <message>
        <source>Onboarding template</source>
        <translation>Onboardingmall</translation>
    </message>
    <message>
        <source>&amp;Provisioning ID:</source>
        <translation>&amp;Provisionerings-ID:</translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation>Provisionerings-ID</translation>
    </message>
    <message>
        <source>Paste the Provisioning ID from Partner Hub</source>
        <translation>Klistra in Provisionerings-ID:t från Partner Hub</translation>
    </message>
    <message>
        <source>Choose a template from the library, or paste the Provisioning ID that Partner Hub shows for the template.</source>
        <translation>Välj en mall i biblioteket eller klistra in det Provisionerings-ID som Partner Hub visar för mallen.</translation>
    </message>
    <message>
        <source>Co&amp;mpany name:</source>
        <translation>&amp;Företagsnamn:</translation>
    </message>
    <message>
        <source>Step 1 of 4: who the customer is, where it is located and which onboarding template it gets.</source>
        <translation>Steg 1 av 4: vem kunden är, var den finns och vilken onboardingmall den får.</translation>
    </message>
    <message>
        <source>I verify that this customer is located where Webex is supported</source>
        <translation>Jag verifierar att den här kunden finns där Webex stöds</translation>
    </message>
    <message>
        <source>I &amp;verify that this customer is located where Webex is supported</source>
        <translation>Jag &amp;verifierar att den här kunden finns där Webex stöds</translation>
    </message>
    <message>
        <source>Webex for Wholesale may only be offered to customers located where Webex is supported; the check is recorded in the customer plan.</source>
        <translation>Webex for Wholesale får bara erbjudas kunder som finns där Webex stöds; kontrollen sparas i kundplanen.</translation>
    </message>
</context>
<context>
    <name>CustomerListExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>CustomerLookUp</name>
    <message>
        <source>%1 Whether the customer was created is unknown: looking it up failed too.</source>
        <translation>%1 Det är okänt om kunden skapades: även sökningen efter den misslyckades.</translation>
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
    <name>CustomerStatusExplanation</name>
    <message>
        <source>Provisioned: the organization exists and every package is ready.</source>
        <translation>Etablerad: organisationen finns och alla paket är klara.</translation>
    </message>
    <message>
        <source>Provisioned with errors: the organization exists, but at least one package did not provision.</source>
        <translation>Etablerad med fel: organisationen finns, men minst ett paket kunde inte etableras.</translation>
    </message>
    <message>
        <source>Provisioning: Webex is creating the organization and its packages.</source>
        <translation>Etableras: Webex skapar organisationen och dess paket.</translation>
    </message>
    <message>
        <source>Updating: Webex is changing the customer&apos;s packages.</source>
        <translation>Uppdateras: Webex ändrar kundens paket.</translation>
    </message>
    <message>
        <source>Deleting: Webex is removing the customer.</source>
        <translation>Tas bort: Webex tar bort kunden.</translation>
    </message>
    <message>
        <source>Error: provisioning failed and no organization was created.</source>
        <translation>Fel: etableringen misslyckades och ingen organisation skapades.</translation>
    </message>
    <message>
        <source>Pending compliance review: Webex holds the customer while it is checked against the restricted party list.</source>
        <translation>Väntar på regelefterlevnadsgranskning: Webex håller kvar kunden medan den kontrolleras mot listan över begränsade parter.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; is not known to this version of Onboarder.</source>
        <translation>Statusen &quot;%1&quot; är okänd för den här versionen av Onboarder.</translation>
    </message>
    <message>
        <source>2560: Webex Calling is in maintenance. Retry later.</source>
        <translation>2560: Webex Calling genomgår underhåll. Försök igen senare.</translation>
    </message>
    <message>
        <source>10022: the administrator email already belongs to a Webex user. Use another email, or attach the existing organization.</source>
        <translation>10022: administratörens e-postadress tillhör redan en Webex-användare. Använd en annan e-postadress eller koppla till den befintliga organisationen.</translation>
    </message>
    <message>
        <source>9000: the sandbox&apos;s simulated provisioning failure (external IDs starting with sbx-error-).</source>
        <translation>9000: sandlådans simulerade etableringsfel (externa ID:n som börjar med sbx-error-).</translation>
    </message>
    <message>
        <source>Nothing to do. Use Configure Customer to add users and locations.</source>
        <translation>Inget att göra. Använd Konfigurera kund för att lägga till användare och platser.</translation>
    </message>
    <message>
        <source>Read the errors of the failed packages below. When they say to retry later, use Retry; otherwise correct the packages with Update Packages. Copy the error text for a support ticket if it keeps failing.</source>
        <translation>Läs felen för de misslyckade paketen nedan. Om de säger att du ska försöka igen senare använder du Försök igen; annars rättar du paketen med Uppdatera paket. Kopiera feltexten till ett supportärende om det fortsätter att misslyckas.</translation>
    </message>
    <message>
        <source>Read the errors below. Retry once the cause is fixed; if the error persists, copy the error text (it has the tracking ID) into a support ticket.</source>
        <translation>Läs felen nedan. Försök igen när orsaken är åtgärdad; om felet kvarstår kopierar du feltexten (den innehåller spårnings-ID:t) till ett supportärende.</translation>
    </message>
    <message>
        <source>Nothing to do but wait: the review can take days. Onboarder stops polling; refresh later to see the outcome. Contact Cisco support if it does not clear.</source>
        <translation>Du kan bara vänta: granskningen kan ta flera dagar. Onboarder slutar att kontrollera statusen; uppdatera senare för att se resultatet. Kontakta Ciscos support om granskningen inte blir klar.</translation>
    </message>
    <message>
        <source>Wait: Onboarder follows the customer and updates this view when it finishes.</source>
        <translation>Vänta: Onboarder följer kunden och uppdaterar vyn när den är klar.</translation>
    </message>
    <message>
        <source>Refresh later, or look the customer up in Partner Hub.</source>
        <translation>Uppdatera senare eller slå upp kunden i Partner Hub.</translation>
    </message>
</context>
<context>
    <name>CustomerStatusTracker</name>
    <message>
        <source>Still %1 after the time limit; refresh later to see its status.</source>
        <translation>Statusen är fortfarande %1 efter tidsgränsen; uppdatera senare för att se aktuell status.</translation>
    </message>
    <message>
        <source>The status could not be read.</source>
        <translation>Statusen kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>CustomerSummary</name>
    <message>
        <source>The country decides in which Webex region this customer&apos;s data is kept (data residency). Partners can create customers in any region where Webex is offered.</source>
        <translation>Landet avgör i vilken Webex-region kundens data lagras (datahemvist). Partner kan skapa kunder i alla regioner där Webex erbjuds.</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>Kundinformation</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Administrator email</source>
        <translation>Administratörens e-postadress</translation>
    </message>
    <message>
        <source>External customer ID</source>
        <translation>Externt kund-ID</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land eller region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Onboarding template</source>
        <translation>Onboardingmall</translation>
    </message>
    <message>
        <source>Located where Webex is supported</source>
        <translation>Finns på en plats som stöder Webex</translation>
    </message>
    <message>
        <source>Verified by the operator</source>
        <translation>Verifierat av operatören</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Inte verifierat</translation>
    </message>
    <message>
        <source>Packages and add-ons</source>
        <translation>Paket och tillägg</translation>
    </message>
    <message>
        <source>Up to %L1</source>
        <translation>Upp till %L1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Inga valda</translation>
    </message>
    <message>
        <source>Headquarters location</source>
        <translation>Huvudkontorsplats</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Platsnamn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>Announcement and email language</source>
        <translation>Språk för meddelanden och e-post</translation>
    </message>
    <message>
        <source>Emergency location identifier</source>
        <translation>Nödplatsidentifierare</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>Ny kund: %1</translation>
    </message>
    <message>
        <source>Profile %1, %2</source>
        <translation>Profil %1, %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Provisioning ID</source>
        <translation>Provisionerings-ID</translation>
    </message>
</context>
<context>
    <name>CustomerSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Precheck</source>
        <translation>Förhandskontroll</translation>
    </message>
    <message>
        <source>Run &amp;Precheck Again</source>
        <translation>Kör &amp;förhandskontrollen igen</translation>
    </message>
    <message>
        <source>Run precheck again</source>
        <translation>Kör förhandskontrollen igen</translation>
    </message>
    <message>
        <source>Precheck running</source>
        <translation>Förhandskontroll pågår</translation>
    </message>
    <message>
        <source>Precheck error text</source>
        <translation>Feltext från förhandskontrollen</translation>
    </message>
    <message>
        <source>Create &amp;anyway, with the problems shown above</source>
        <translation>Skapa &amp;ändå, med problemen som visas ovan</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Skapa ändå</translation>
    </message>
    <message>
        <source>Copy &amp;Error Text</source>
        <translation>Kopiera fel&amp;text</translation>
    </message>
    <message>
        <source>Copy precheck error text</source>
        <translation>Kopiera feltexten från förhandskontrollen</translation>
    </message>
    <message>
        <source>The customer was not created</source>
        <translation>Kunden skapades inte</translation>
    </message>
    <message>
        <source>Create error text</source>
        <translation>Feltext från skapandet</translation>
    </message>
    <message>
        <source>C&amp;opy Error Text</source>
        <translation>K&amp;opiera feltext</translation>
    </message>
    <message>
        <source>Copy create error text</source>
        <translation>Kopiera feltexten från skapandet</translation>
    </message>
    <message>
        <source>Step 4 of 4: check everything, run the precheck, then create the customer.</source>
        <translation>Steg 4 av 4: granska allt, kör förhandskontrollen och skapa sedan kunden.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>&amp;Users file:</source>
        <translation>&amp;Användarfil:</translation>
    </message>
    <message>
        <source>Optional: a CSV or TSV file of the users to add</source>
        <translation>Valfritt: en CSV- eller TSV-fil med användarna som ska läggas till</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bl&amp;ddra…</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Användarfil</translation>
    </message>
</context>
<context>
    <name>CustomerUsersFile</name>
    <message>
        <source>Customer external ID</source>
        <translation>Kundens externa ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>The users file is empty.</source>
        <translation>Användarfilen är tom.</translation>
    </message>
    <message>
        <source>The users file has no column naming each user&apos;s customer: add a &quot;Customer external ID&quot; column.</source>
        <translation>Användarfilen saknar en kolumn som anger varje användares kund: lägg till kolumnen &quot;Kundens externa ID&quot;.</translation>
    </message>
    <message>
        <source>Name the user&apos;s customer by its external ID.</source>
        <translation>Ange användarens kund med dess externa ID.</translation>
    </message>
    <message>
        <source>No customer with the external ID &quot;%1&quot; in the customers file.</source>
        <translation>Ingen kund med det externa ID:t &quot;%1&quot; i kundfilen.</translation>
    </message>
    <message>
        <source>%1 is given to customer &quot;%2&quot; on line %3 too; a user belongs to one customer.</source>
        <translation>%1 anges även för kunden &quot;%2&quot; på rad %3; en användare hör till en kund.</translation>
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
        <source>Refresh customers</source>
        <translation>Uppdatera kunderna</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Name, external ID, status, package or country</source>
        <translation>Namn, externt ID, status, paket eller land</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Show customers with status</source>
        <translation>Visa kunder med status</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <source>Delete Customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <source>&amp;Type the name:</source>
        <translation>&amp;Skriv namnet:</translation>
    </message>
    <message>
        <source>Name of the customer to delete</source>
        <translation>Namnet på kunden som ska tas bort</translation>
    </message>
</context>
<context>
    <name>DraftCompareDialog</name>
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
    <message>
        <source>Compare Drafts</source>
        <translation>Jämför utkast</translation>
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
    <name>ExistingUsersTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Search users by name or email</source>
        <translation>Sök användare på namn eller e-post</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Namn eller e-post</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Upp&amp;datera</translation>
    </message>
    <message>
        <source>Load the customer&apos;s users again</source>
        <translation>Läs in kundens användare igen</translation>
    </message>
    <message>
        <source>The customer&apos;s users</source>
        <translation>Kundens användare</translation>
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
    <name>HeadquartersPage</name>
    <message>
        <source>Headquarters location</source>
        <translation>Huvudkontorsplats</translation>
    </message>
    <message>
        <source>Step 3 of 4: the customer&apos;s main address, also its first calling location.</source>
        <translation>Steg 3 av 4: kundens huvudadress, som också blir dess första samtalsplats.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>location</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>anknytningsnummer</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both hold the %5; keep one.</source>
        <translation>Kolumnerna %1 (&quot;%2&quot;) och %3 (&quot;%4&quot;) innehåller båda %5; behåll en av dem.</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot open the import journal %1: %2</source>
        <translation>Kan inte öppna importjournalen %1: %2</translation>
    </message>
    <message>
        <source>The import journal %1 was written by a newer version of Onboarder.</source>
        <translation>Importjournalen %1 skrevs av en nyare version av Onboarder.</translation>
    </message>
    <message>
        <source>The import journal cannot be written: %1</source>
        <translation>Importjournalen kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>The import journal %1 belongs to another import: %2 for customer %3, started %4. Resume with that file and customer, or choose another journal.</source>
        <translation>Importjournalen %1 hör till en annan import: %2 för kunden %3, startad %4. Återuppta med den filen och kunden, eller välj en annan journal.</translation>
    </message>
    <message>
        <source>The import journal has no row %1.</source>
        <translation>Importjournalen har ingen rad %1.</translation>
    </message>
    <message>
        <source>Row %1 cannot go from %2 to %3.</source>
        <translation>Rad %1 kan inte ändras från %2 till %3.</translation>
    </message>
    <message>
        <source>The import stopped while this user was being created; it is looked up before it is sent again.</source>
        <translation>Importen avbröts medan användaren skapades; användaren slås upp innan den skickas igen.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>rad %1, kolumn %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source> (code %1)</source>
        <translation> (kod %1)</translation>
    </message>
    <message>
        <source> [tracking ID %1]</source>
        <translation> [spårnings-ID %1]</translation>
    </message>
</context>
<context>
    <name>ImportRunStore</name>
    <message>
        <source>The users to add cannot be saved to %1: %2</source>
        <translation>Användarna som ska läggas till kan inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both hold the %5; keep one.</source>
        <translation>Kolumnerna %1 (&quot;%2&quot;) och %3 (&quot;%4&quot;) innehåller båda %5; behåll en av dem.</translation>
    </message>
    <message>
        <source>character %1: %2</source>
        <translation>tecken %1: %2</translation>
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
    <name>LocationCallingPanel</name>
    <message>
        <source>Calling: PSTN connection, numbers and main number</source>
        <translation>Samtal: PSTN-anslutning, nummer och huvudnummer</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>Plat&amp;s som ska få samtal:</translation>
    </message>
    <message>
        <source>Location whose calling is set up</source>
        <translation>Plats vars samtal ställs in</translation>
    </message>
    <message>
        <source>PSTN pro&amp;vider:</source>
        <translation>PSTN-leverant&amp;ör:</translation>
    </message>
    <message>
        <source>PSTN connection of the location</source>
        <translation>Platsens PSTN-anslutning</translation>
    </message>
    <message>
        <source>Num&amp;ber type:</source>
        <translation>Nummert&amp;yp:</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Nummertyp</translation>
    </message>
    <message>
        <source>Numbers to a&amp;dd:</source>
        <translation>Nummer att l&amp;ägga till:</translation>
    </message>
    <message>
        <source>Phone numbers to add, one per line</source>
        <translation>Telefonnummer att lägga till, ett per rad</translation>
    </message>
    <message>
        <source>+46313300200, one number per line or separated by commas</source>
        <translation>+46313300200, ett nummer per rad eller avgränsade med kommatecken</translation>
    </message>
    <message>
        <source>Activate t&amp;he added numbers</source>
        <translation>Sätt de tillagda numren i &amp;bruk</translation>
    </message>
    <message>
        <source>Activate the added numbers</source>
        <translation>Aktivera de tillagda numren</translation>
    </message>
    <message>
        <source>&amp;Main number:</source>
        <translation>H&amp;uvudnummer:</translation>
    </message>
    <message>
        <source>Main number of the location</source>
        <translation>Platsens huvudnummer</translation>
    </message>
    <message>
        <source>Set up calling for the location</source>
        <translation>Konfigurera samtal för platsen</translation>
    </message>
    <message>
        <source>&amp;Set up calling</source>
        <translation>Konfi&amp;gurera samtal</translation>
    </message>
    <message>
        <source>Resume the interrupted calling setup</source>
        <translation>Återuppta den avbrutna samtalsinställningen</translation>
    </message>
    <message>
        <source>Discard the interrupted calling setup</source>
        <translation>Kasta den avbrutna samtalsinställningen</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Åter&amp;uppta</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Platsnamn</translation>
    </message>
    <message>
        <source>For example: Branch office Malmö</source>
        <translation>Till exempel: Filialkontor Malmö</translation>
    </message>
    <message>
        <source>C&amp;ountry or region:</source>
        <translation>&amp;Land eller region:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land eller region</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Adressrad &amp;1:</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adressrad 1</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adressrad &amp;2:</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State, province or region</source>
        <translation>Delstat, provins eller region</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Postnu&amp;mmer:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>Language of emails, phones and announcements</source>
        <translation>Språk för e-post, telefoner och meddelanden</translation>
    </message>
    <message>
        <source>Emergency location identifier</source>
        <translation>Identifierare för nödsamtalsplats</translation>
    </message>
    <message>
        <source>Sent in the SIP header of emergency calls. The locations API has no field for it, so it is kept in the location&apos;s notes.</source>
        <translation>Skickas i SIP-huvudet vid nödsamtal. API:et för platser har inget fält för den, så den sparas i platsens anteckningar.</translation>
    </message>
    <message>
        <source>R&amp;egion or county:</source>
        <translation>R&amp;egion eller län:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Tidszon:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>Emergency location identi&amp;fier:</source>
        <translation>&amp;Identifierare för nödsamtalsplats:</translation>
    </message>
</context>
<context>
    <name>LocationValidator</name>
    <message>
        <source>Webex does not offer announcements in this language; choose one from the list.</source>
        <translation>Webex erbjuder inte meddelanden på det här språket; välj ett i listan.</translation>
    </message>
    <message>
        <source>Webex offers this language for announcements as %1.</source>
        <translation>Webex erbjuder det här språket för meddelanden som %1.</translation>
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
    <message>
        <source>New &amp;Customer…</source>
        <translation>Ny &amp;kund…</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open C&amp;ustomer Draft…</source>
        <translation>Öppna kun&amp;dutkast…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Sa&amp;ve Draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <source>Save the open wizard as a draft file</source>
        <translation>Spara den öppna guiden som en utkastfil</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Importera kunder…</translation>
    </message>
    <message>
        <source>Onboard a batch of customers, with their users, from spreadsheet files</source>
        <translation>Lägg upp en grupp kunder, med deras användare, från kalkylbladsfiler</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Compare Drafts…</source>
        <translation>&amp;Jämför utkast…</translation>
    </message>
</context>
<context>
    <name>NewLocationDialog</name>
    <message>
        <source>Add a New Location</source>
        <translation>Lägg till en ny plats</translation>
    </message>
    <message>
        <source>The location is created in the customer&apos;s organization at once and chosen for the user.</source>
        <translation>Platsen skapas direkt i kundens organisation och väljs för användaren.</translation>
    </message>
    <message>
        <source>&amp;Create location</source>
        <translation>S&amp;kapa plats</translation>
    </message>
    <message>
        <source>Create the location</source>
        <translation>Skapa platsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <translation>Webex for Wholesale</translation>
    </message>
    <message>
        <source>&amp;Webex for Wholesale</source>
        <translation>&amp;Webex for Wholesale</translation>
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
    <name>PackagesPage</name>
    <message>
        <source>Packages and add-ons</source>
        <translation>Paket och tillägg</translation>
    </message>
    <message>
        <source>Choose the packages the customer orders, with the most licences each may assign. Add-ons need one of their base packages.</source>
        <translation>Välj de paket som kunden beställer och det högsta antal licenser som får tilldelas för varje paket. Tillägg kräver ett av sina baspaket.</translation>
    </message>
    <message>
        <source>Step 2 of 4: what the customer orders.</source>
        <translation>Steg 2 av 4: vad kunden beställer.</translation>
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
    <name>Profile</name>
    <message>
        <source>The CA file %1 cannot be read or holds no certificate.</source>
        <translation>CA-filen %1 kan inte läsas eller innehåller inget certifikat.</translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example.com:3128.</source>
        <translation>Proxyn ska se ut som http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>ProfileConnector</name>
    <message>
        <source>not found</source>
        <translation>hittades inte</translation>
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
    <name>ServiceAppTokenRequest</name>
    <message>
        <source>The answer held no access token.</source>
        <translation>Svaret innehöll ingen åtkomsttoken.</translation>
    </message>
</context>
<context>
    <name>SetUserColumnDialog</name>
    <message>
        <source>Set for Selected Rows</source>
        <translation>Ange för markerade rader</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Kolumn:</translation>
    </message>
    <message>
        <source>Column to set</source>
        <translation>Kolumn att ange</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>Value for every selected row</source>
        <translation>Värde för varje markerad rad</translation>
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
        <source>API address</source>
        <translation>API-adress</translation>
    </message>
    <message>
        <source>The base URL of the Webex API, normally https://webexapis.com/v1.</source>
        <translation>Bas-URL:en för Webex API, normalt https://webexapis.com/v1.</translation>
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
        <source>Sub-partner organization ID</source>
        <translation>Underpartnerns organisations-ID</translation>
    </message>
    <message>
        <source>Optional: act on behalf of this sub-partner organization.</source>
        <translation>Valfritt: agera för den här underpartnerorganisationens räkning.</translation>
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
    <message>
        <source>Si&amp;gn In…</source>
        <translation>Lo&amp;gga in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Opens the sign-in page of the integration in your web browser; the tokens it gives are kept in the system keychain.</source>
        <translation>Öppnar integrationens inloggningssida i webbläsaren; de token den ger sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Avbryt inloggningen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>API addr&amp;ess:</source>
        <translation>API-&amp;adress:</translation>
    </message>
    <message>
        <source>S&amp;ub-partner org ID:</source>
        <translation>Unde&amp;rpartnerns org-ID:</translation>
    </message>
    <message>
        <source>Target &amp;org ID:</source>
        <translation>&amp;Målorganisationens ID:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>&amp;Spara profil</translation>
    </message>
    <message>
        <source>Cance&amp;l Sign-In</source>
        <translation>Avbr&amp;yt inloggningen</translation>
    </message>
    <message>
        <source>Cop&amp;y Error Text</source>
        <translation>K&amp;opiera feltext</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Applikations-ID</translation>
    </message>
    <message>
        <source>The ID of the service app, from the Webex developer portal; its tokens are fetched under it.</source>
        <translation>Tjänsteappens ID från Webex utvecklarportal; dess token hämtas under det.</translation>
    </message>
    <message>
        <source>Integration to&amp;ken:</source>
        <translation>Integrationens &amp;åtkomsttoken:</translation>
    </message>
    <message>
        <source>Integration token</source>
        <translation>Integrationens åtkomsttoken</translation>
    </message>
    <message>
        <source>The access token of an integration with the scope spark:applications_token. Used once to get the service app&apos;s tokens and kept nowhere.</source>
        <translation>Åtkomsttoken för en integration med behörigheten spark:applications_token. Används en gång för att hämta tjänsteappens token och sparas ingenstans.</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Nyckelringens status</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Inloggningsmetod:</translation>
    </message>
    <message>
        <source>Appl&amp;ication ID:</source>
        <translation>Applikations-I&amp;D:</translation>
    </message>
    <message>
        <source>Trusted CA &amp;bundle:</source>
        <translation>Betrodda &amp;CA-certifikat:</translation>
    </message>
    <message>
        <source>Trusted CA bundle</source>
        <translation>Betrodda CA-certifikat</translation>
    </message>
    <message>
        <source>Optional: a PEM or DER file of certificate authorities to trust besides the system&apos;s, such as the one of a corporate TLS inspection.</source>
        <translation>Valfritt: en PEM- eller DER-fil med certifikatutfärdare att lita på utöver systemets, till exempel den som ett företags TLS-inspektion använder.</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificate authorities</source>
        <translation>Endast systemets certifikatutfärdare</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA bundle</source>
        <translation>Välj fil med CA-certifikat</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Optional: an HTTP proxy of this profile&apos;s own, as http://[user@]host:port. Empty: the system&apos;s proxy settings.</source>
        <translation>Valfritt: en egen HTTP-proxy för den här profilen, som http://[användare@]värd:port. Tomt: systemets proxyinställningar.</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Systemets proxyinställningar</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxyl&amp;ösenord:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxylösenord</translation>
    </message>
    <message>
        <source>The password of the proxy user. Kept in the system keychain, never in a file. Leave empty to keep the stored one.</source>
        <translation>Lösenordet för proxyanvändaren. Sparas i systemets nyckelring, aldrig i en fil. Lämna tomt för att behålla det sparade.</translation>
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
    <message>
        <source>Support email addr&amp;ess:</source>
        <translation>E-postadress för su&amp;pport:</translation>
    </message>
</context>
<context>
    <name>SetupAssistanceDialog</name>
    <message>
        <source>Wholesale Setup Assist Request</source>
        <translation>Begäran om installationshjälp för grossistförsäljning</translation>
    </message>
    <message>
        <source>Cisco has no API for Wholesale Setup Assist: save this request as a PDF, HTML or Markdown file, or copy it, and send it with your A-Wholesale order.</source>
        <translation>Cisco har inget API för installationshjälp för grossistförsäljning (Wholesale Setup Assist): spara begäran som en PDF-, HTML- eller Markdown-fil, eller kopiera den, och skicka den med din A-Wholesale-beställning.</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnerns namn</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>Kontaktpersonens &amp;namn:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktpersonens namn</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontaktpersonens &amp;e-postadress:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontaktpersonens e-postadress</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Notes for Cisco</source>
        <translation>Anteckningar till Cisco</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Förhandsgranskning av begäran</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopiera som text</translation>
    </message>
    <message>
        <source>Copy the request as Markdown text</source>
        <translation>Kopiera begäran som Markdown-text</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>Save the request as a file</source>
        <translation>Spara begäran som en fil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>SetupAssistanceRequest</name>
    <message>
        <source>(not known)</source>
        <translation>(okänt)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>External customer ID</source>
        <translation>Externt kund-ID</translation>
    </message>
    <message>
        <source>Wholesale customer ID</source>
        <translation>Grossistkund-ID</translation>
    </message>
    <message>
        <source>Webex organization ID</source>
        <translation>Webex-organisations-ID</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Customer administrators</source>
        <translation>Kundens administratörer</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontaktpersonens e-postadress</translation>
    </message>
    <message>
        <source>Users in total</source>
        <translation>Användare totalt</translation>
    </message>
    <message>
        <source>Users with %1</source>
        <translation>Användare med %1</translation>
    </message>
    <message>
        <source>Users without a calling location</source>
        <translation>Användare utan samtalsplats</translation>
    </message>
    <message>
        <source>Users who have not yet accepted the move to the organization</source>
        <translation>Användare som ännu inte har godkänt flytten till organisationen</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Express</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The customer&apos;s name is not known: load the customer again.</source>
        <translation>Kundens namn är okänt: läs in kunden igen.</translation>
    </message>
    <message>
        <source>Setup Assist is ordered per location: add at least one location first.</source>
        <translation>Installationshjälp beställs per plats: lägg först till minst en plats.</translation>
    </message>
    <message>
        <source>Enter the name of the partner contact Cisco should reply to.</source>
        <translation>Ange namnet på den kontaktperson hos partnern som Cisco ska svara till.</translation>
    </message>
    <message>
        <source>Enter the email address of the partner contact.</source>
        <translation>Ange e-postadressen till partnerns kontaktperson.</translation>
    </message>
    <message>
        <source>The contact email address is not valid.</source>
        <translation>Kontaktpersonens e-postadress är inte giltig.</translation>
    </message>
    <message>
        <source>Wholesale Setup Assist request: %1</source>
        <translation>Begäran om installationshjälp för grossistförsäljning: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>We ask Cisco to onboard the locations below through Wholesale Setup Assist (A-Wholesale SKU in Cisco Commerce Workspace). The tier of each location follows from its number of users: Express up to %1 users, Standard above.</source>
        <translation>Vi ber Cisco att konfigurera platserna nedan via installationshjälp för grossistförsäljning (Wholesale Setup Assist, A-Wholesale-SKU i Cisco Commerce Workspace). Varje plats nivå beror på dess antal användare: Express upp till %1 användare, Standard över det.</translation>
    </message>
    <message>
        <source>Complete this before sending:</source>
        <translation>Komplettera detta innan du skickar:</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
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
    <name>SubscriberBatchRules</name>
    <message>
        <source>The same email as row %1.</source>
        <translation>Samma e-postadress som rad %1.</translation>
    </message>
    <message>
        <source>The same phone number as row %1.</source>
        <translation>Samma telefonnummer som rad %1.</translation>
    </message>
    <message>
        <source>The same extension as row %1.</source>
        <translation>Samma anknytningsnummer som rad %1.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Ange förnamnet.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Ange efternamnet.</translation>
    </message>
    <message>
        <source>The customer has no %1 package; choose one of: %2.</source>
        <translation>Kunden har inte paketet %1; välj ett av: %2.</translation>
    </message>
    <message>
        <source>%1 is already a user of this customer.</source>
        <translation>%1 är redan användare hos den här kunden.</translation>
    </message>
    <message>
        <source>%1 includes calling: choose the user&apos;s location.</source>
        <translation>%1 innehåller samtal: välj användarens plats.</translation>
    </message>
    <message>
        <source>The customer has no location &quot;%1&quot;; its locations are: %2.</source>
        <translation>Kunden har ingen plats &quot;%1&quot;; dess platser är: %2.</translation>
    </message>
    <message>
        <source>%1 is not a free number of %2: choose one from the list, or use an extension.</source>
        <translation>%1 är inte ett ledigt nummer på %2: välj ett i listan, eller använd ett anknytningsnummer.</translation>
    </message>
</context>
<context>
    <name>SubscriberImportFile</name>
    <message>
        <source>The file is empty: it needs a header line and one line per user.</source>
        <translation>Filen är tom: den behöver en rubrikrad och en rad per användare.</translation>
    </message>
    <message>
        <source>No email column: the first line must name the columns, for example &quot;First name;Last name;Email;Package&quot; or &quot;Förnamn;Efternamn;E-postadress;Paket&quot;.</source>
        <translation>Ingen kolumn för e-postadress: den första raden måste namnge kolumnerna, till exempel &quot;Förnamn;Efternamn;E-postadress;Paket&quot; eller &quot;First name;Last name;Email;Package&quot;.</translation>
    </message>
    <message>
        <source>No package column: add one, or choose a package for every user.</source>
        <translation>Ingen kolumn för paket: lägg till en, eller välj ett paket för varje användare.</translation>
    </message>
    <message>
        <source>The file has a header line but no users below it.</source>
        <translation>Filen har en rubrikrad men inga användare under den.</translation>
    </message>
    <message>
        <source>character %1: %2</source>
        <translation>tecken %1: %2</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header names %2 columns; remove the extra cells or add a header for them.</source>
        <translation>Raden har %1 celler men rubrikraden anger %2 kolumner; ta bort de extra cellerna eller lägg till rubriker för dem.</translation>
    </message>
    <message>
        <source>phone number %1 read as %2</source>
        <translation>telefonnummer %1 lästes som %2</translation>
    </message>
    <message>
        <source>No customer was chosen for the import.</source>
        <translation>Ingen kund valdes för importen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kan inte importeras: %2</translation>
    </message>
</context>
<context>
    <name>SubscriberLookUp</name>
    <message>
        <source>Not created: the request failed without an answer (%1), and no user with this email exists. Send it again.</source>
        <translation>Inte skapad: begäran misslyckades utan svar (%1), och ingen användare med den här e-postadressen finns. Skicka den igen.</translation>
    </message>
    <message>
        <source>Not known whether the user was created (%1), and looking the email up failed too; look the user up before sending it again.</source>
        <translation>Okänt om användaren skapades (%1), och sökningen på e-postadressen misslyckades också; sök upp användaren innan den skickas igen.</translation>
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
    <name>SummaryExporter</name>
    <message>
        <source>Onboarding template: %1</source>
        <translation>Onboardingmall: %1</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>Ny kund: %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html *.htm);;Markdown (*.md)</source>
        <translation>PDF-dokument (*.pdf);;HTML-sida (*.html *.htm);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .html or .md.</source>
        <translation>Välj ett filnamn som slutar på .pdf, .html eller .md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
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
        <translation>Webex for Wholesale</translation>
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
    <message>
        <source>Provisioning ID of the selected template</source>
        <translation>Provisionerings-ID för den valda mallen</translation>
    </message>
    <message>
        <source>Copy the Provisioning ID</source>
        <translation>Kopiera provisionerings-ID:t</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;iera</translation>
    </message>
    <message>
        <source>Create a customer with this template</source>
        <translation>Skapa en kund med den här mallen</translation>
    </message>
    <message>
        <source>Create a Customer &amp;with This Template…</source>
        <translation>Skapa en &amp;kund med den här mallen…</translation>
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
    <name>UnsentUsersStore</name>
    <message>
        <source>The users cannot be saved to %1: %2</source>
        <translation>Användarna kan inte sparas i %1: %2</translation>
    </message>
</context>
<context>
    <name>UpdatePackagesDialog</name>
    <message>
        <source>Update Packages</source>
        <translation>Uppdatera paket</translation>
    </message>
</context>
<context>
    <name>UserProvisioningController</name>
    <message>
        <source>The server gave no answer.</source>
        <translation>Servern svarade inte.</translation>
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
        <source>Could not reach the server: %1</source>
        <translation>Kunde inte nå servern: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-status %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1. If your network inspects TLS, add its CA certificate file to the profile in Settings (onboarder-cli: --ca-file).</source>
        <translation>Serverns certifikat kunde inte verifieras: %1. Om ditt nätverk inspekterar TLS lägger du till dess CA-certifikatfil i profilen under Inställningar (onboarder-cli: --ca-file).</translation>
    </message>
</context>
<context>
    <name>onboarder::api::AuditLog</name>
    <message>
        <source>The audit log %1 was written by a newer version of Onboarder.</source>
        <translation>Granskningsloggen %1 skrevs av en nyare version av Onboarder.</translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::CustomerBatchRun</name>
    <message>
        <source>Headquarters</source>
        <translation>Huvudkontor</translation>
    </message>
    <message>
        <source>This batch was started before: its journal %1 records customers already sent.</source>
        <translation>Den här gruppen har startats förut: dess journal %1 visar kunder som redan skickats.</translation>
    </message>
    <message>
        <source>A customer with the external ID &quot;%1&quot; exists already.</source>
        <translation>Det finns redan en kund med det externa ID:t &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not sent: customer &quot;%1&quot; was not created.</source>
        <translation>Inte skickad: kunden &quot;%1&quot; skapades inte.</translation>
    </message>
    <message>
        <source>Not sent: the customer was not created (%1).</source>
        <translation>Inte skickad: kunden skapades inte (%1).</translation>
    </message>
    <message>
        <source>Not sent: whether the customer exists is not settled yet; run the import again.</source>
        <translation>Inte skickad: det är ännu inte klarlagt om kunden finns; kör importen igen.</translation>
    </message>
    <message>
        <source>This batch created the customer, but it no longer exists: it was deleted since.</source>
        <translation>Den här gruppen skapade kunden, men den finns inte längre: den har tagits bort sedan dess.</translation>
    </message>
    <message>
        <source>Not sent: the customer no longer exists.</source>
        <translation>Inte skickad: kunden finns inte längre.</translation>
    </message>
    <message>
        <source>The customer was still provisioning when the run stopped following it.</source>
        <translation>Kunden etablerades fortfarande när körningen slutade följa den.</translation>
    </message>
    <message>
        <source>Not sent: the customer has not finished provisioning; run the import again.</source>
        <translation>Inte skickad: kunden är inte färdigetablerad; kör importen igen.</translation>
    </message>
    <message>
        <source>Not sent: the customer&apos;s provisioning ended in error.</source>
        <translation>Inte skickad: etableringen av kunden slutade med fel.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>Inte skickad: importen stoppades.</translation>
    </message>
    <message>
        <source>users of %1</source>
        <translation>användare för %1</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Inte skickad än.</translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::LocationCallingSetup</name>
    <message>
        <source>Setting the PSTN connection</source>
        <translation>Ställer in PSTN-anslutningen</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n number(s)</source>
        <translation>
            <numerusform>Lägger till %n nummer</numerusform>
            <numerusform>Lägger till %n nummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activating %n number(s)</source>
        <translation>
            <numerusform>Aktiverar %n nummer</numerusform>
            <numerusform>Aktiverar %n nummer</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the main number to %1</source>
        <translation>Ställer in huvudnumret till %1</translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::SubscriberBatchPreparer</name>
    <message>
        <source>users table</source>
        <translation>användartabellen</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Ingen anslutning.</translation>
    </message>
    <message>
        <source>Choose the customer the users are imported into.</source>
        <translation>Välj den kund som användarna ska importeras till.</translation>
    </message>
    <message>
        <source>This file was already imported for this customer (started %1; journal %2). Resume that import, or retry its failed rows; nothing was sent.</source>
        <translation>Filen har redan importerats för den här kunden (startad %1; journal %2). Återuppta den importen, eller försök igen med dess misslyckade rader; inget skickades.</translation>
    </message>
    <message>
        <source>The customer %1 cannot be read:
%2</source>
        <translation>Kunden %1 kan inte läsas:
%2</translation>
    </message>
    <message>
        <source>The customer is %1: users can be added once it is provisioned.</source>
        <translation>Kunden har statusen %1: användare kan läggas till när kunden är etablerad.</translation>
    </message>
    <message>
        <source>The customer&apos;s locations cannot be read:
%1</source>
        <translation>Kundens platser kan inte läsas:
%1</translation>
    </message>
    <message>
        <source>The import journal %1 has %2 rows but the file has %3.</source>
        <translation>Importjournalen %1 har %2 rader men filen har %3.</translation>
    </message>
    <message>
        <source>The import journal %1 is damaged: it names row %2.</source>
        <translation>Importjournalen %1 är skadad: den anger rad %2.</translation>
    </message>
    <message numerus="yes">
        <source>The precheck failed %n time(s); last: %1</source>
        <translation>
            <numerusform>Förhandskontrollen misslyckades %n gång; senast: %1</numerusform>
            <numerusform>Förhandskontrollen misslyckades %n gånger; senast: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::jobs::SubscriberBatchProvisioner</name>
    <message>
        <source>Found by email: an earlier request had created this user.</source>
        <translation>Hittad via e-post: en tidigare begäran hade skapat användaren.</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Ingen anslutning.</translation>
    </message>
    <message>
        <source>Not known whether the user was created (%1). Resuming the import looks the email up before sending again.</source>
        <translation>Det är okänt om användaren skapades (%1). När importen återupptas söks e-postadressen upp innan något skickas igen.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gav upp efter %n försök: %1</numerusform>
            <numerusform>Gav upp efter %n försök: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: the request failed without an answer, and no user with this email exists. Check and add it again.</source>
        <translation>Inte skapad: begäran misslyckades utan svar, och ingen användare med den här e-postadressen finns. Kontrollera och lägg till den igen.</translation>
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
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s)</source>
        <translation>
            <numerusform>Lägg till %n användare</numerusform>
            <numerusform>Lägg till %n användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Precheck %n user(s)</source>
        <translation>
            <numerusform>Förhandskontrollera %n användare</numerusform>
            <numerusform>Förhandskontrollera %n användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) failed</source>
        <translation>
            <numerusform>%1 av %n begäran misslyckades</numerusform>
            <numerusform>%1 av %n begäranden misslyckades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n request(s) done</source>
        <translation>
            <numerusform>%n begäran klar</numerusform>
            <numerusform>Alla %n begäranden klara</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Exportera aktivitet</translation>
    </message>
    <message>
        <source>activity.csv</source>
        <translation>aktivitet.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Activity Not Exported</source>
        <translation>Aktiviteten exporterades inte</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::AddLocationsTab</name>
    <message>
        <source>Location &quot;%1&quot; created.</source>
        <translation>Platsen &quot;%1&quot; har skapats.</translation>
    </message>
    <message>
        <source>The location could not be created.</source>
        <translation>Platsen kunde inte skapas.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 %4, %5 (%6)</source>
        <translation>%1 — %2, %3 %4, %5 (%6)</translation>
    </message>
    <message>
        <source>Correct the fields marked below before creating the location.</source>
        <translation>Rätta de markerade fälten nedan innan du skapar platsen.</translation>
    </message>
    <message>
        <source>Creating the location…</source>
        <translation>Skapar platsen…</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::AddUsersTab</name>
    <message>
        <source>(code %1)</source>
        <translation>(kod %1)</translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation>Spårnings-ID: %1</translation>
    </message>
    <message>
        <source>Row %1 failed.</source>
        <translation>Rad %1 misslyckades.</translation>
    </message>
    <message>
        <source>The consent email was sent again to %1.</source>
        <translation>Samtyckesmejlet skickades igen till %1.</translation>
    </message>
    <message>
        <source>Consent email sent again; the user must accept the move to this organization.</source>
        <translation>Samtyckesmejlet har skickats igen; användaren måste godkänna flytten till den här organisationen.</translation>
    </message>
    <message>
        <source>The consent email could not be sent.</source>
        <translation>Samtyckesmejlet kunde inte skickas.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Läser in kunden…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; the reason is in the row&apos;s last column and in the tooltip of the cell. Fix them before the users can be checked or added.</source>
        <translation>
            <numerusform>%n rad har problem; orsaken står i radens sista kolumn och i cellens knappbeskrivning. Åtgärda problemen innan användarna kan kontrolleras eller läggas till.</numerusform>
            <numerusform>%n rader har problem; orsaken står i radens sista kolumn och i cellens knappbeskrivning. Åtgärda problemen innan användarna kan kontrolleras eller läggas till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the users to add, one per row.</source>
        <translation>Skriv användarna som ska läggas till, en per rad.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready: check them with Webex before adding them.</source>
        <translation>
            <numerusform>%n användare är redo: kontrollera användaren mot Webex innan du lägger till den.</numerusform>
            <numerusform>%n användare är redo: kontrollera dem mot Webex innan du lägger till dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) passed the check and can be added.</source>
        <translation>
            <numerusform>%n användare klarade kontrollen och kan läggas till.</numerusform>
            <numerusform>%n användare klarade kontrollen och kan läggas till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n user(s) with Webex…</source>
        <translation>
            <numerusform>Kontrollerar %n användare mot Webex…</numerusform>
            <numerusform>Kontrollerar %n användare mot Webex…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n user(s)…</source>
        <translation>
            <numerusform>Lägger till %n användare…</numerusform>
            <numerusform>Lägger till %n användare…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check finished: %1 passed, %2 failed.</source>
        <translation>Kontrollen är klar: %1 godkända, %2 misslyckade.</translation>
    </message>
    <message>
        <source>%1 added, %2 failed.</source>
        <translation>%1 tillagda, %2 misslyckade.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must accept the move of their free Webex account first.</source>
        <translation>
            <numerusform>%n användare måste först godkänna flytten av sitt kostnadsfria Webex-konto.</numerusform>
            <numerusform>%n användare måste först godkänna flytten av sina kostnadsfria Webex-konton.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the remaining users.</source>
        <translation>Stoppades före de återstående användarna.</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Importera användare</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Kalkylarkstext (*.csv *.tsv *.txt);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported from %1; check each row before adding them.</source>
        <translation>
            <numerusform>%n användare importerad från %1; kontrollera varje rad innan du lägger till den.</numerusform>
            <numerusform>%n användare importerade från %1; kontrollera varje rad innan du lägger till dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: users already sent are recorded as they answer…</source>
        <translation>Stoppar: användare som redan skickats registreras när svaren kommer…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n user(s) to this customer stopped before it finished (started %1).</source>
        <translation>
            <numerusform>Tillägget av %n användare till den här kunden avbröts innan det var klart (startat %1).</numerusform>
            <numerusform>Tillägget av %n användare till den här kunden avbröts innan det var klart (startat %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 not sent yet, %3 possibly created (looked up by email before anything is sent again).</source>
        <translation>%1 tillagda, %2 inte skickade än, %3 kanske skapade (söks upp via e-post innan något skickas igen).</translation>
    </message>
    <message>
        <source>Resume it to finish the same users, or discard it.</source>
        <translation>Återuppta för att slutföra samma användare, eller kasta körningen.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Discard the run that stopped? Users it added stay in Webex.</source>
        <translation>Kasta körningen som avbröts? Användare som den lade till finns kvar i Webex.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may have been created without an answer reaching Onboarder; once the run is discarded they are no longer looked up before being added again.</source>
        <translation>
            <numerusform>%n användare kan ha skapats utan att svaret nådde Onboarder; när körningen kastas söks den inte längre upp innan den läggs till igen.</numerusform>
            <numerusform>%n användare kan ha skapats utan att svaren nådde Onboarder; när körningen kastas söks de inte längre upp innan de läggs till igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected row(s) can take a %1: rows already added, and rows whose package has no calling (for a location), are left as they are.</source>
        <translation>
            <numerusform>Ingen av den %n markerade raden kan få %1: rader som redan lagts till, och rader vars paket saknar samtal (för en plats), lämnas som de är.</numerusform>
            <numerusform>Ingen av de %n markerade raderna kan få %1: rader som redan lagts till, och rader vars paket saknar samtal (för en plats), lämnas som de är.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 set on %n row(s); Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%1 angiven på %n rad; Ctrl+Z ångrar.</numerusform>
            <numerusform>%1 angiven på %n rader; Ctrl+Z ångrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) cannot take it and were left as they are.</source>
        <translation>
            <numerusform>%n markerad rad kan inte få det och lämnades som den var.</numerusform>
            <numerusform>%n markerade rader kan inte få det och lämnades som de var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;package</source>
        <translation>Ange &amp;paket</translation>
    </message>
    <message>
        <source>Set &amp;location</source>
        <translation>Ange p&amp;lats</translation>
    </message>
    <message>
        <source>&amp;Set for selected rows…</source>
        <translation>Ange för &amp;markerade rader…</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>&amp;Ta bort rader</translation>
    </message>
    <message numerus="yes">
        <source>No row has a problem left. Clear &quot;Show problems only&quot; to see all %n row(s).</source>
        <translation>
            <numerusform>Ingen rad har något problem kvar. Avmarkera &quot;Visa endast problem&quot; för att se %n rad.</numerusform>
            <numerusform>Ingen rad har något problem kvar. Avmarkera &quot;Visa endast problem&quot; för att se alla %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not added when this customer was last closed are back in the table; check them before adding them.</source>
        <translation>
            <numerusform>%n användare som inte lades till när kunden stängdes senast finns i tabellen igen; kontrollera den innan du lägger till den.</numerusform>
            <numerusform>%n användare som inte lades till när kunden stängdes senast finns i tabellen igen; kontrollera dem innan du lägger till dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported from %1.</source>
        <translation>
            <numerusform>%n användare importerad från %1.</numerusform>
            <numerusform>%n användare importerade från %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::AdminRolesTab</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Role given.</source>
        <translation>Rollen har tilldelats.</translation>
    </message>
    <message>
        <source>The role could not be given.</source>
        <translation>Rollen kunde inte tilldelas.</translation>
    </message>
    <message>
        <source>Package changed.</source>
        <translation>Paketet har ändrats.</translation>
    </message>
    <message>
        <source>The package could not be changed.</source>
        <translation>Paketet kunde inte ändras.</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Välj en roll…</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>Välj ett paket…</translation>
    </message>
    <message>
        <source>(waiting for the user to accept the move)</source>
        <translation>(väntar på att användaren godkänner flytten)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>The user has not accepted the move to this organization yet; roles can be given afterwards.</source>
        <translation>Användaren har inte godkänt flytten till den här organisationen än; roller kan tilldelas efteråt.</translation>
    </message>
    <message>
        <source>Choose the role to give.</source>
        <translation>Välj rollen som ska tilldelas.</translation>
    </message>
    <message>
        <source>The user already has this role.</source>
        <translation>Användaren har redan den här rollen.</translation>
    </message>
    <message>
        <source>%1 has %2. %3 Change the user&apos;s package first.</source>
        <translation>%1 har %2. %3 Ändra användarens paket först.</translation>
    </message>
    <message>
        <source>The user has not accepted the move to this organization yet.</source>
        <translation>Användaren har inte godkänt flytten till den här organisationen än.</translation>
    </message>
    <message>
        <source>Choose the new package.</source>
        <translation>Välj det nya paketet.</translation>
    </message>
    <message>
        <source>The user already has this package.</source>
        <translation>Användaren har redan det här paketet.</translation>
    </message>
    <message>
        <source>%1 includes calling, which needs a location and a number or extension: remove the user and add them again in Add users with the new package.</source>
        <translation>%1 innehåller samtal, som kräver en plats och ett nummer eller anknytningsnummer: ta bort användaren och lägg till den igen under Lägg till användare med det nya paketet.</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>Välj en användare i listan.</translation>
    </message>
    <message>
        <source>Giving the role…</source>
        <translation>Tilldelar rollen…</translation>
    </message>
    <message>
        <source>Changing the package…</source>
        <translation>Ändrar paketet…</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ApiErrorPanel</name>
    <message>
        <source>Copy error text</source>
        <translation>Kopiera feltext</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Felinformation</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ConfigureCustomerController</name>
    <message>
        <source>The customer is %1: users and locations can be added once it is provisioned.</source>
        <translation>Kunden har statusen %1: användare och platser kan läggas till när kunden är etablerad.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ConfigureCustomerWindow</name>
    <message>
        <source>The customer could not be loaded.</source>
        <translation>Kunden kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Configure Customer – %1</source>
        <translation>Konfigurera kund – %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Loading the customer, its locations and users…</source>
        <translation>Läser in kunden och dess platser och användare…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · external ID %2 · %n location(s)</source>
        <translation>
            <numerusform>%1 · externt ID %2 · %n plats</numerusform>
            <numerusform>%1 · externt ID %2 · %n platser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n användare</numerusform>
            <numerusform>%n användare</numerusform>
        </translation>
    </message>
    <message>
        <source>Users Not Added</source>
        <translation>Användare som inte lagts till</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in the table were not added to %1.</source>
        <translation>
            <numerusform>%n användare i tabellen lades inte till hos %1.</numerusform>
            <numerusform>%n användare i tabellen lades inte till hos %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to find them here the next time this customer is opened, export them to a file that Import from file reads, or discard them.</source>
        <translation>Behåll dem så finns de här nästa gång kunden öppnas, exportera dem till en fil som Importera från fil läser, eller kasta dem.</translation>
    </message>
    <message>
        <source>&amp;Keep for next time</source>
        <translation>&amp;Behåll till nästa gång</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;xportera till fil…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>Users Not Kept</source>
        <translation>Användarna sparades inte</translation>
    </message>
    <message>
        <source>Users for %1</source>
        <translation>Användare för %1</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Exportera användare</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Users Not Exported</source>
        <translation>Användarna exporterades inte</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CopyableId</name>
    <message>
        <source>Copy %1</source>
        <translation>Kopiera %1</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerBatchModel</name>
    <message>
        <source>users line %1: %2</source>
        <translation>användarrad %1: %2</translation>
    </message>
    <message>
        <source>Not sent: fix the file</source>
        <translation>Inte skickad: rätta filen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Being settled</source>
        <translation>Klarläggs</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar att skicka</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Etablerad</translation>
    </message>
    <message>
        <source>Provisioned with errors</source>
        <translation>Etablerad med fel</translation>
    </message>
    <message>
        <source>%1, users %2 of %3</source>
        <translation>%1, användare %2 av %3</translation>
    </message>
    <message>
        <source>Provisioning failed</source>
        <translation>Etableringen misslyckades</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Etablerar…</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kod %1</translation>
    </message>
    <message>
        <source>tracking ID %1</source>
        <translation>spårnings-ID %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externt ID</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Problems and results</source>
        <translation>Problem och resultat</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerDetailsPane</name>
    <message>
        <source>Error text copied: paste it into the support ticket.</source>
        <translation>Feltexten har kopierats: klistra in den i supportärendet.</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kund: %1</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>Externt ID: %1</translation>
    </message>
    <message>
        <source>Customer ID: %1</source>
        <translation>Kund-ID: %1</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>Organisations-ID: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fel %1</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>Paket %1: %2</translation>
    </message>
    <message>
        <source>  error %1</source>
        <translation>  fel %1</translation>
    </message>
    <message>
        <source>  warning %1</source>
        <translation>  varning %1</translation>
    </message>
    <message>
        <source>Tracking ID: %1</source>
        <translation>Spårnings-ID: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(inget registrerat)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <source>Choose a customer to see its details.</source>
        <translation>Välj en kund för att se information om den.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Inget än</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Beställt</translation>
    </message>
    <message>
        <source>Errors:
%1</source>
        <translation>Fel:
%1</translation>
    </message>
    <message>
        <source>Add users and locations to this customer</source>
        <translation>Lägg till användare och platser för den här kunden</translation>
    </message>
    <message>
        <source>Available once the customer is provisioned</source>
        <translation>Tillgängligt när kunden har etablerats</translation>
    </message>
    <message>
        <source>No name known yet</source>
        <translation>Inget namn känt ännu</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerImportDialog</name>
    <message>
        <source>Stop the Import?</source>
        <translation>Stoppa importen?</translation>
    </message>
    <message>
        <source>Customers are still being imported. Stop now? Requests on their way are recorded; importing the same files again continues where it stopped, without creating anything twice.</source>
        <translation>Kunder importeras fortfarande. Stoppa nu? Begäranden som är på väg registreras; importerar du samma filer igen fortsätter importen där den stoppades, utan att något skapas två gånger.</translation>
    </message>
    <message>
        <source>Save a customers file to fill in, with its columns and examples</source>
        <translation>Spara en kundfil att fylla i, med kolumner och exempel</translation>
    </message>
    <message>
        <source>Save a users file to fill in, each user naming its customer</source>
        <translation>Spara en användarfil att fylla i, där varje användare anger sin kund</translation>
    </message>
    <message>
        <source>Create the customers that passed the checks, then add their users</source>
        <translation>Skapa kunderna som klarade kontrollerna och lägg sedan till deras användare</translation>
    </message>
    <message>
        <source>Choose the Users File</source>
        <translation>Välj användarfilen</translation>
    </message>
    <message>
        <source>Choose the Customers File</source>
        <translation>Välj kundfilen</translation>
    </message>
    <message>
        <source>CSV or TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- eller TSV-filer (*.csv *.tsv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Spara mall</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Template Not Saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Checking the files and each customer with the API…</source>
        <translation>Kontrollerar filerna och varje kund mot API:et…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n användare</numerusform>
            <numerusform>%n användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These files were imported before: %n customer(s) are created already and are not sent again.</source>
        <translation>
            <numerusform>De här filerna har importerats förut: %n kund är redan skapad och skickas inte igen.</numerusform>
            <numerusform>De här filerna har importerats förut: %n kunder är redan skapade och skickas inte igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have problems (see the last column); they and their users&apos; rows with problems are left out.</source>
        <translation>
            <numerusform>%n kund har problem (se sista kolumnen); den och rader med problem bland användarna utelämnas.</numerusform>
            <numerusform>%n kunder har problem (se sista kolumnen); de och rader med problem bland användarna utelämnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything passed the checks.</source>
        <translation>Allt klarade kontrollerna.</translation>
    </message>
    <message>
        <source>%1 of %2 customers provisioned; %3 of %4 users added.</source>
        <translation>%1 av %2 kunder etablerade; %3 av %4 användare tillagda.</translation>
    </message>
    <message>
        <source>Stopped: import the same files again to continue.</source>
        <translation>Stoppad: importera samma filer igen för att fortsätta.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the users file name no customer of the customers file and are left out (line %1).</source>
        <translation>
            <numerusform>%n rad i användarfilen anger ingen kund i kundfilen och utelämnas (rad %1).</numerusform>
            <numerusform>%n rader i användarfilen anger ingen kund i kundfilen och utelämnas (rad %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing: each customer is created, followed until it is provisioned, then gets its users.</source>
        <translation>Importerar: varje kund skapas, följs tills den är etablerad och får sedan sina användare.</translation>
    </message>
    <message>
        <source>Stopping: the requests on their way are being recorded…</source>
        <translation>Stoppar: begärandena som är på väg registreras…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>customers-import-report.csv</source>
        <translation>kundimport-rapport.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-filer (*.csv);;JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Rapporten sparades inte</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerInfoPage</name>
    <message>
        <source>Choose a country or region…</source>
        <translation>Välj land eller region…</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Välj språk…</translation>
    </message>
    <message>
        <source>Pasted Provisioning ID</source>
        <translation>Inklistrat provisionerings-ID</translation>
    </message>
    <message>
        <source>Tick the box to confirm the customer&apos;s location before you continue.</source>
        <translation>Markera rutan för att bekräfta kundens plats innan du fortsätter.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerSummaryPage</name>
    <message>
        <source>Error text copied.</source>
        <translation>Feltexten har kopierats.</translation>
    </message>
    <message>
        <source>Creating the customer…</source>
        <translation>Skapar kunden…</translation>
    </message>
    <message>
        <source>Running the precheck…</source>
        <translation>Kör förhandskontrollen…</translation>
    </message>
    <message>
        <source>Customer created; provisioning has started.</source>
        <translation>Kunden har skapats; etableringen har startat.</translation>
    </message>
    <message>
        <source>The customer was not created. Correct the problem and create it again.</source>
        <translation>Kunden skapades inte. Åtgärda problemet och skapa den igen.</translation>
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
        <source>Not connected: save the customer as a draft and create it later.</source>
        <translation>Inte ansluten: spara kunden som utkast och skapa den senare.</translation>
    </message>
    <message>
        <source>The precheck has not run yet.</source>
        <translation>Förhandskontrollen har inte körts än.</translation>
    </message>
    <message>
        <source>Correct the fields marked below; nothing was sent.</source>
        <translation>Rätta de markerade fälten nedan; inget har skickats.</translation>
    </message>
    <message>
        <source>Precheck passed: Webex accepts this customer.</source>
        <translation>Förhandskontrollen godkändes: Webex accepterar kunden.</translation>
    </message>
    <message>
        <source>Precheck passed: %1 (%2)</source>
        <translation>Förhandskontrollen godkändes: %1 (%2)</translation>
    </message>
    <message>
        <source>The precheck found problems: %1</source>
        <translation>Förhandskontrollen hittade problem: %1</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s location on step 1.</source>
        <translation>Bekräfta kundens plats i steg 1.</translation>
    </message>
    <message>
        <source>Users to Add</source>
        <translation>Användare att lägga till</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Kalkylarkstext (*.csv *.tsv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Optional. Once the customer is provisioned, Configure Customer opens with the users of this file imported and checked; you add them there.</source>
        <translation>Valfritt. När kunden är provisionerad öppnas Konfigurera kund med användarna i filen importerade och kontrollerade; där lägger du till dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in %1. Once the customer is provisioned, Configure Customer opens with them imported and checked; you add them there.</source>
        <translation>
            <numerusform>%n användare i %1. När kunden är provisionerad öppnas Konfigurera kund med användaren importerad och kontrollerad; där lägger du till den.</numerusform>
            <numerusform>%n användare i %1. När kunden är provisionerad öppnas Konfigurera kund med dem importerade och kontrollerade; där lägger du till dem.</numerusform>
        </translation>
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
    <message>
        <source>When Onboarder last saw the status change (or loaded the customer): the API reports no time.</source>
        <translation>När Onboarder senast såg statusen ändras (eller läste in kunden): API:et rapporterar ingen tid.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senaste ändring</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerWizard</name>
    <message>
        <source>&amp;Create Customer</source>
        <translation>&amp;Skapa kund</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Save the customer plan as a draft file (Ctrl+S)</source>
        <translation>Spara kundplanen som en utkastfil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export the summary as PDF, HTML or Markdown</source>
        <translation>Exportera sammanfattningen som PDF, HTML eller Markdown</translation>
    </message>
    <message>
        <source>customer draft</source>
        <translation>kundutkast</translation>
    </message>
    <message>
        <source>Save Customer Draft</source>
        <translation>Spara kundutkast</translation>
    </message>
    <message>
        <source>Onboarder customer drafts (*.onboarder-customer.json *.json)</source>
        <translation>Kundutkast från Onboarder (*.onboarder-customer.json *.json)</translation>
    </message>
    <message>
        <source>customer summary</source>
        <translation>kundsammanfattning</translation>
    </message>
    <message>
        <source>Export Customer Summary</source>
        <translation>Exportera kundsammanfattning</translation>
    </message>
    <message>
        <source>The customer has changes that are not saved. Save them as a draft?</source>
        <translation>Kunden har ändringar som inte är sparade. Vill du spara dem som utkast?</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>%1 – Customer Draft</source>
        <translation>%1 – kundutkast</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomerWizardController</name>
    <message>
        <source>This profile is not connected, so the precheck cannot run. Save the customer as a draft and create it later.</source>
        <translation>Profilen är inte ansluten, så förhandskontrollen kan inte köras. Spara kunden som utkast och skapa den senare.</translation>
    </message>
    <message>
        <source>The precheck gave no answer.</source>
        <translation>Förhandskontrollen gav inget svar.</translation>
    </message>
    <message>
        <source>This profile is not connected. Save the customer as a draft and create it later.</source>
        <translation>Profilen är inte ansluten. Spara kunden som utkast och skapa den senare.</translation>
    </message>
    <message>
        <source>The create gave no answer.</source>
        <translation>Begäran om att skapa kunden gav inget svar.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomersView</name>
    <message>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
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
    <message>
        <source>New Customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 har tagits bort.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown.</source>
        <translation>
            <numerusform>%1 av %n kund visas.</numerusform>
            <numerusform>%1 av %n kunder visas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading customers… %1</source>
        <translation>Läser in kunder… %1</translation>
    </message>
    <message numerus="yes">
        <source>Following %n customer(s) in progress.</source>
        <translation>
            <numerusform>Följer %n pågående kund.</numerusform>
            <numerusform>Följer %n pågående kunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Webex to provision again…</source>
        <translation>Ber Webex att etablera igen…</translation>
    </message>
    <message>
        <source>Provisioning again; the status updates itself.</source>
        <translation>Etablerar igen; statusen uppdateras automatiskt.</translation>
    </message>
    <message>
        <source>Updating the packages…</source>
        <translation>Uppdaterar paketen…</translation>
    </message>
    <message>
        <source>Packages sent; the customer is updating.</source>
        <translation>Paketen har skickats; kunden uppdateras.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Save the customers shown, with their names, statuses and packages, as a CSV file</source>
        <translation>Spara kunderna som visas, med namn, status och paket, som en CSV-fil</translation>
    </message>
    <message>
        <source>Export the customers shown</source>
        <translation>Exportera kunderna som visas</translation>
    </message>
    <message>
        <source>Export Customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>kunder.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Customers Not Exported</source>
        <translation>Kunderna exporterades inte</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n kund exporterad till %1.</numerusform>
            <numerusform>%n kunder exporterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportera…</translation>
    </message>
    <message>
        <source>Onboard a batch of customers, with their users, from spreadsheet files</source>
        <translation>Lägg upp en grupp kunder, med deras användare, från kalkylbladsfiler</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::DeleteCustomerDialog</name>
    <message>
        <source>&amp;Delete Customer</source>
        <translation>&amp;Ta bort kund</translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; removes the customer and its wholesale subscriptions. This cannot be undone. Type the name to confirm.</source>
        <translation>Om du tar bort &lt;b&gt;%1&lt;/b&gt; tas kunden och dess grossistprenumerationer bort. Det går inte att ångra. Skriv namnet för att bekräfta.</translation>
    </message>
    <message>
        <source>The name does not match &quot;%1&quot; yet.</source>
        <translation>Namnet matchar inte &quot;%1&quot; än.</translation>
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
    <name>onboarder::ui::DraftWizard</name>
    <message>
        <source>Draft Not Saved</source>
        <translation>Utkastet sparades inte</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ExistingUsersModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::ExistingUsersTab</name>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Användarna kunde inte läsas in.</translation>
    </message>
    <message numerus="yes">
        <source>Loading the users… %n so far.</source>
        <translation>
            <numerusform>Läser in användarna… %n hittills.</numerusform>
            <numerusform>Läser in användarna… %n hittills.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation>Läser in användarna…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) match.</source>
        <translation>
            <numerusform>%1 av %n användare matchar.</numerusform>
            <numerusform>%1 av %n användare matchar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n användare.</numerusform>
            <numerusform>%n användare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: the reason is below. Refresh to try again.</source>
        <translation>Användarna kunde inte läsas in: orsaken står nedan. Uppdatera för att försöka igen.</translation>
    </message>
    <message>
        <source>No user&apos;s name or email contains &quot;%1&quot;.</source>
        <translation>Ingen användares namn eller e-post innehåller &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This customer has no users yet. Users added on the Add users tab appear here once they are added.</source>
        <translation>Kunden har inga användare än. Användare som läggs till på fliken Lägg till användare visas här när de har lagts till.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::HeadquartersPage</name>
    <message>
        <source>Enter a name for the headquarters location.</source>
        <translation>Ange ett namn på huvudkontorsplatsen.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Huvudkontor</translation>
    </message>
    <message>
        <source>Sent in the SIP header of emergency calls from this location.</source>
        <translation>Skickas i SIP-huvudet vid nödsamtal från den här platsen.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::LocationCallingPanel</name>
    <message>
        <source>Geographic (DID)</source>
        <translation>Geografiskt (DID)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilt</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Avgiftsfritt</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Steg %1 av %2: %3…</translation>
    </message>
    <message>
        <source>Calling of &quot;%1&quot; is set up.</source>
        <translation>Samtal för &quot;%1&quot; är konfigurerat.</translation>
    </message>
    <message>
        <source>The steps before it are done; Set up calling again continues from there.</source>
        <translation>Stegen före det är klara; Konfigurera samtal igen fortsätter därifrån.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 misslyckades.</translation>
    </message>
    <message>
        <source>Choose a location…</source>
        <translation>Välj en plats…</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Behåll %1</translation>
    </message>
    <message>
        <source>Choose a PSTN connection…</source>
        <translation>Välj en PSTN-anslutning…</translation>
    </message>
    <message>
        <source>%1 (added now)</source>
        <translation>%1 (läggs till nu)</translation>
    </message>
    <message>
        <source>No main number yet</source>
        <translation>Inget huvudnummer än</translation>
    </message>
    <message>
        <source>Numbers can be added once the location&apos;s PSTN provider is chosen.</source>
        <translation>Nummer kan läggas till när platsens PSTN-leverantör är vald.</translation>
    </message>
    <message>
        <source>This connection does not offer mobile numbers.</source>
        <translation>Den här anslutningen erbjuder inte mobilnummer.</translation>
    </message>
    <message>
        <source>Numbers of a location on Cisco Calling Plan or an integrated CCP are ordered through that PSTN provider; adding them here would corrupt the provider&apos;s records, so only mobile numbers are offered.</source>
        <translation>Nummer för en plats med Cisco Calling Plan eller en integrerad CCP beställs via den PSTN-leverantören; att lägga till dem här skulle förstöra leverantörens register, så bara mobilnummer erbjuds.</translation>
    </message>
    <message>
        <source>Choose the location whose calling you set up.</source>
        <translation>Välj den plats vars samtal du ställer in.</translation>
    </message>
    <message>
        <source>Reading the location&apos;s PSTN connection and numbers…</source>
        <translation>Läser platsens PSTN-anslutning och nummer…</translation>
    </message>
    <message>
        <source>The location&apos;s PSTN connection and numbers could not be read (%1). Choose the location again to retry.</source>
        <translation>Platsens PSTN-anslutning och nummer kunde inte läsas (%1). Välj platsen igen för att försöka på nytt.</translation>
    </message>
    <message>
        <source>PSTN: %1.</source>
        <translation>PSTN: %1.</translation>
    </message>
    <message>
        <source>This location has no PSTN connection yet: choose its PSTN provider below.</source>
        <translation>Platsen har ingen PSTN-anslutning än: välj dess PSTN-leverantör nedan.</translation>
    </message>
    <message>
        <source>Numbers can be added here.</source>
        <translation>Nummer kan läggas till här.</translation>
    </message>
    <message>
        <source>Not valid phone numbers: %1. Write them in E.164, for example +46313300200.</source>
        <translation>Ogiltiga telefonnummer: %1. Skriv dem i E.164-format, till exempel +46313300200.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n nummer</numerusform>
            <numerusform>%n nummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>will be sent as %n request(s): the API takes at most %1 mobile numbers per request.</source>
        <translation>
            <numerusform>skickas som %n begäran: API:et tar emot högst %1 mobilnummer per begäran.</numerusform>
            <numerusform>skickas som %n begäranden: API:et tar emot högst %1 mobilnummer per begäran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>will be sent in %n request(s).</source>
        <translation>
            <numerusform>skickas i %n begäran.</numerusform>
            <numerusform>skickas i %n begäranden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mobile numbers become active when they are assigned to a user.</source>
        <translation>Mobilnummer blir aktiva när de tilldelas en användare.</translation>
    </message>
    <message>
        <source>Setting up calling…</source>
        <translation>Konfigurerar samtal…</translation>
    </message>
    <message>
        <source>The steps before it are done; Resume continues from there.</source>
        <translation>Stegen före det är klara; Återuppta fortsätter därifrån.</translation>
    </message>
    <message>
        <source>Calling setup of %1 was interrupted:</source>
        <translation>Samtalsinställningen för %1 avbröts:</translation>
    </message>
    <message>
        <source>Resuming the calling setup of %1…</source>
        <translation>Återupptar samtalsinställningen för %1…</translation>
    </message>
    <message>
        <source>The interrupted calling setup of %1 was discarded; the steps it had done stay done.</source>
        <translation>Den avbrutna samtalsinställningen för %1 kastades; stegen den hade gjort förblir gjorda.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::LocationForm</name>
    <message>
        <source>Choose a country or region…</source>
        <translation>Välj land eller region…</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Välj språk…</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Delstat:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Postnu&amp;mmer:</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Till exempel: %1</translation>
    </message>
    <message>
        <source>Choose a time zone…</source>
        <translation>Välj tidszon…</translation>
    </message>
    <message>
        <source>Use letters, digits and punctuation without spaces, as in a SIP header.</source>
        <translation>Använd bokstäver, siffror och skiljetecken utan mellanslag, som i ett SIP-huvud.</translation>
    </message>
    <message>
        <source>ZI&amp;P code:</source>
        <translation>&amp;ZIP-kod:</translation>
    </message>
    <message>
        <source>The customer&apos;s country, chosen on the first page.</source>
        <translation>Kundens land, valt på första sidan.</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vins:</translation>
    </message>
    <message>
        <source>&amp;State or territory:</source>
        <translation>&amp;Delstat eller territorium:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>R&amp;egion:</translation>
    </message>
    <message>
        <source>R&amp;egion or county (optional):</source>
        <translation>R&amp;egion eller län (valfritt):</translation>
    </message>
    <message>
        <source>&amp;Postal code (optional):</source>
        <translation>Postnu&amp;mmer (valfritt):</translation>
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
    <message>
        <source>Customer %1 created; provisioning has started.</source>
        <translation>Kunden %1 har skapats; etableringen har startat.</translation>
    </message>
    <message>
        <source>Open Customer Draft</source>
        <translation>Öppna kundutkast</translation>
    </message>
    <message>
        <source>Onboarder customer drafts (*.onboarder-customer.json *.json)</source>
        <translation>Kundutkast från Onboarder (*.onboarder-customer.json *.json)</translation>
    </message>
    <message>
        <source>Not connected: the customer cannot be configured now.</source>
        <translation>Inte ansluten: kunden kan inte konfigureras just nu.</translation>
    </message>
    <message>
        <source>No wizard is open: start or open one to save its draft.</source>
        <translation>Ingen guide är öppen: starta eller öppna en för att spara dess utkast.</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Data…</source>
        <translation>Åte&amp;rställ demodata…</translation>
    </message>
    <message>
        <source>Return the demo sandbox to its demo data, removing all work done on it</source>
        <translation>Återställ demosandlådan till dess demodata och ta bort allt arbete som gjorts i den</translation>
    </message>
    <message>
        <source>Demo data reset.</source>
        <translation>Demodata återställd.</translation>
    </message>
    <message>
        <source>Reset Demo Data</source>
        <translation>Återställ demodata</translation>
    </message>
    <message>
        <source>Return the demo sandbox to its demo data?</source>
        <translation>Återställa demosandlådan till dess demodata?</translation>
    </message>
    <message>
        <source>Every customer, user, location and template created or changed on the demo sandbox is removed. Real profiles are not touched.</source>
        <translation>Alla kunder, användare, platser och mallar som skapats eller ändrats i demosandlådan tas bort. Riktiga profiler påverkas inte.</translation>
    </message>
    <message>
        <source>Connect to a profile first: customers are imported through its connection.</source>
        <translation>Anslut till en profil först: kunder importeras genom dess anslutning.</translation>
    </message>
    <message>
        <source>Choose Two Drafts</source>
        <translation>Välj två utkast</translation>
    </message>
    <message>
        <source>Onboarder drafts (*.onboarder-template.json *.onboarder-customer.json *.json)</source>
        <translation>Utkast från Onboarder (*.onboarder-template.json *.onboarder-customer.json *.json)</translation>
    </message>
    <message>
        <source>Compare Drafts</source>
        <translation>Jämför utkast</translation>
    </message>
    <message>
        <source>Choose two template drafts or two customer drafts.</source>
        <translation>Välj två mallutkast eller två kundutkast.</translation>
    </message>
    <message>
        <source>The users of %1 were not imported: %2</source>
        <translation>Användarna i %1 importerades inte: %2</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::NewLocationDialog</name>
    <message>
        <source>The location could not be created.</source>
        <translation>Platsen kunde inte skapas.</translation>
    </message>
    <message>
        <source>Creating the location…</source>
        <translation>Skapar platsen…</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::PackageSelector</name>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Antal för %1</translation>
    </message>
    <message>
        <source>The most licences of this package the customer can assign; &quot;No limit&quot; sends none.</source>
        <translation>Det högsta antalet licenser av paketet som kunden kan tilldela; &quot;Ingen gräns&quot; skickar inget antal.</translation>
    </message>
    <message>
        <source>Add-on: needs one of %1.</source>
        <translation>Tillägg: kräver ett av %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 removed: an add-on cannot stay without one of its base packages.</source>
        <translation>%1 har tagits bort: ett tillägg kan inte finnas kvar utan ett av sina baspaket.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::PackagesPage</name>
    <message>
        <source>Calling is ordered: the headquarters location on the next page becomes the customer&apos;s first calling location.</source>
        <translation>Samtal har beställts: huvudkontorsplatsen på nästa sida blir kundens första samtalsplats.</translation>
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
        <source>%1 is not signed in: open Settings and choose Sign In for this profile.</source>
        <translation>%1 är inte inloggad: öppna Inställningar och välj Logga in för den här profilen.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::SetUserColumnDialog</name>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Ange</translation>
    </message>
    <message numerus="yes">
        <source>Set one value on each of the %n selected row(s); Undo (Ctrl+Z) puts them back.</source>
        <translation>
            <numerusform>Ange ett värde på den %n markerade raden; Ångra (Ctrl+Z) återställer den.</numerusform>
            <numerusform>Ange ett värde på var och en av de %n markerade raderna; Ångra (Ctrl+Z) återställer dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Choose a location…</source>
        <translation>Välj en plats…</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>Välj ett paket…</translation>
    </message>
    <message>
        <source>Rows whose package has no calling, and rows already added, are left as they are. A row that gets another location loses its number.</source>
        <translation>Rader vars paket saknar samtal, och rader som redan lagts till, lämnas som de är. En rad som får en annan plats förlorar sitt nummer.</translation>
    </message>
    <message>
        <source>Rows already added are left as they are.</source>
        <translation>Rader som redan lagts till lämnas som de är.</translation>
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
    <message>
        <source>Waiting for you to sign in in the web browser…</source>
        <translation>Väntar på att du loggar in i webbläsaren…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Inloggningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Sign-in was cancelled; nothing was changed.</source>
        <translation>Inloggningen avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>Save the profile first: the sign-in uses its saved address and client ID.</source>
        <translation>Spara profilen först: inloggningen använder dess sparade adress och klient-ID.</translation>
    </message>
    <message>
        <source>Sign-in in progress</source>
        <translation>Inloggning pågår</translation>
    </message>
    <message>
        <source>Connection test in progress</source>
        <translation>Anslutningstest pågår</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Åtkomst&amp;token:</translation>
    </message>
    <message>
        <source>Si&amp;gn In…</source>
        <translation>Lo&amp;gga in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Fetches the service app&apos;s tokens with the integration token; they are kept in the system keychain.</source>
        <translation>Hämtar tjänsteappens token med integrationens åtkomsttoken; de sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Opens the sign-in page of the integration in your web browser; the tokens it gives are kept in the system keychain.</source>
        <translation>Öppnar integrationens inloggningssida i webbläsaren; de token den ger sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Fetc&amp;h Tokens</source>
        <translation>H&amp;ämta token</translation>
    </message>
    <message>
        <source>Fetch tokens</source>
        <translation>Hämta token</translation>
    </message>
    <message>
        <source>Trusted CA Bundle</source>
        <translation>Betrodda CA-certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
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
    <message>
        <source>Type the client ID of the integration, then sign in.</source>
        <translation>Skriv integrationens klient-ID och logga sedan in.</translation>
    </message>
    <message>
        <source>No keychain is available: the tokens of a sign-in could not be kept.</source>
        <translation>Ingen nyckelring är tillgänglig: token från en inloggning kan inte sparas.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile: type it, then sign in.</source>
        <translation>Ingen klienthemlighet är sparad för den här profilen: skriv den och logga sedan in.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the tokens: %1</source>
        <translation>Inloggad, men nyckelringen sparade inte token: %1</translation>
    </message>
    <message>
        <source>Signed in. The tokens are kept in the keychain.</source>
        <translation>Inloggad. Token sparas i nyckelringen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1. The tokens are kept in the keychain.</source>
        <translation>Inloggad som %1. Token sparas i nyckelringen.</translation>
    </message>
    <message>
        <source>Only an OAuth integration or a service app profile signs in.</source>
        <translation>Bara en profil för en OAuth-integration eller en tjänsteapp loggar in.</translation>
    </message>
    <message>
        <source>Type the application ID and the target org ID of the service app, then get its tokens.</source>
        <translation>Skriv tjänsteappens applikations-ID och målorganisationens ID och hämta sedan dess token.</translation>
    </message>
    <message>
        <source>Type the token of an integration allowed to fetch service app tokens (scope spark:applications_token), then get the tokens.</source>
        <translation>Skriv åtkomsttoken för en integration som får hämta tjänsteappars token (behörigheten spark:applications_token) och hämta sedan token.</translation>
    </message>
    <message>
        <source>No keychain is available: the proxy password was not kept.</source>
        <translation>Ingen nyckelring är tillgänglig: proxylösenordet sparades inte.</translation>
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
    <name>onboarder::ui::SetupAssistanceDialog</name>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Kopierad som Markdown.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s), %2</source>
        <translation>
            <numerusform>%1: %n användare, %2</numerusform>
            <numerusform>%1: %n användare, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer has no locations yet.</source>
        <translation>Kunden har inga platser än.</translation>
    </message>
    <message>
        <source>Tier per location (Express up to %1 users, Standard above): %2</source>
        <translation>Nivå per plats (Express upp till %1 användare, Standard över det): %2</translation>
    </message>
    <message>
        <source>Save Setup Assist Request</source>
        <translation>Spara begäran om installationshjälp</translation>
    </message>
    <message>
        <source>setup-assist-%1.pdf</source>
        <translation>installationshjalp-%1.pdf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad i %1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunde inte spara: %1</translation>
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
    <message>
        <source>&amp;Submit Template to Sandbox</source>
        <translation>&amp;Skicka mall till sandlådan</translation>
    </message>
    <message>
        <source>&amp;Submit Template</source>
        <translation>&amp;Skicka mall</translation>
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
    <message>
        <source>Provisioning ID of %1 copied.</source>
        <translation>Provisionerings-ID för %1 kopierat.</translation>
    </message>
    <message>
        <source>New template “%1” submitted. Provisioning ID:</source>
        <translation>Den nya mallen ”%1” har skickats. Provisionerings-ID:</translation>
    </message>
    <message>
        <source>Provisioning ID of “%1”:</source>
        <translation>Provisionerings-ID för ”%1”:</translation>
    </message>
    <message>
        <source>Not known yet: open the template and paste the ID Partner Hub shows</source>
        <translation>Inte känt än: öppna mallen och klistra in ID:t som Partner Hub visar</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::UpdatePackagesDialog</name>
    <message>
        <source>&amp;Update Packages</source>
        <translation>&amp;Uppdatera paket</translation>
    </message>
    <message>
        <source>Choose every package %1 should have: the update replaces the whole set, and the customer is updating until Webex has applied it.</source>
        <translation>Välj alla paket som %1 ska ha: uppdateringen ersätter hela uppsättningen, och kunden har statusen Uppdateras tills Webex har tillämpat den.</translation>
    </message>
    <message>
        <source>Choose at least one package.</source>
        <translation>Välj minst ett paket.</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::UserRowDelegate</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>Välj ett paket…</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Choose a location…</source>
        <translation>Välj en plats…</translation>
    </message>
    <message>
        <source>Add a new location…</source>
        <translation>Lägg till en ny plats…</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>No free numbers: use an extension</source>
        <translation>Inga lediga nummer: använd ett anknytningsnummer</translation>
    </message>
    <message numerus="yes">
        <source>Type to search %n free number(s)</source>
        <translation>
            <numerusform>Skriv för att söka bland %n ledigt nummer</numerusform>
            <numerusform>Skriv för att söka bland %n lediga nummer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::UserTableModel</name>
    <message>
        <source>%1 has a free Webex account: the user must accept the move to this organization in the email Webex sent. Until then the user has no package.</source>
        <translation>%1 har ett kostnadsfritt Webex-konto: användaren måste godkänna flytten till den här organisationen i mejlet som Webex skickade. Till dess har användaren inget paket.</translation>
    </message>
    <message>
        <source>Ready to check</source>
        <translation>Redo att kontrolleras</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Check passed</source>
        <translation>Kontrollen godkänd</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Kontrollen misslyckades</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Lägger till…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Waiting for the user to accept</source>
        <translation>Väntar på att användaren godkänner</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Inte tillagd</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Åtgärda: %1</translation>
    </message>
    <message>
        <source>%1 does not include calling: no location or number is needed.</source>
        <translation>%1 innehåller inte samtal: ingen plats eller inget nummer behövs.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Anknytningsnummer</translation>
    </message>
    <message>
        <source>Status or problem</source>
        <translation>Status eller problem</translation>
    </message>
</context>
<context>
    <name>onboarder::ui::UsersAfterProvisioning</name>
    <message>
        <source>The customer was deleted.</source>
        <translation>Kunden har tagits bort.</translation>
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
