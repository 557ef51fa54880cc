#include "sandbox/Seeder.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/PackageCatalog.h"
#include "sandbox/ProvisioningEngine.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/TelephonyHandler.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;

namespace onboarder::sandbox {

namespace {
json address(const std::string& line1, const char* city, const char* state, const char* zip, const char* country)
{
    return JsonObject()
        .add("addressLine1", line1)
        .add("city", city)
        .add("country", country)
        .add("stateOrProvince", state)
        .add("zipOrPostalCode", zip)
        .take();
}

} // namespace

Seeder::Seeder(SandboxStore* store, ResourceFactory* factory, ProvisioningEngine* engine)
    : m_store(store)
    , m_factory(factory)
    , m_engine(engine)
{
}

bool Seeder::isValid(const QString& seed)
{
    static const QRegularExpression large(QStringLiteral("^large:[1-9][0-9]{0,6}$"));
    return seed == QLatin1String("demo") || seed == QLatin1String("empty") || large.match(seed).hasMatch();
}

bool Seeder::seed(const QString& seed, QString* error)
{
    if (!isValid(seed)) {
        *error = QStringLiteral("Unknown seed %1 (demo, empty or large:N)").arg(seed);
        return false;
    }
    m_store->beginBatch();
    seedPartner();
    if (seed == QLatin1String("demo")) {
        seedDemo();
    } else if (seed.startsWith(QLatin1String("large:"))) {
        seedLarge(seed.mid(6).toInt());
    }
    m_store->commitBatch();
    return true;
}

void Seeder::seedPartner()
{
    const std::string orgId = ResourceFactory::partnerOrgId();
    m_store->put(
        Kind::Organization,
        orgId,
        { { "id", orgId }, { "displayName", "Nordic Telecom Partner AB" }, { "created", "2021-03-01T09:00:00.000Z" } });
    ResourceFactory::PersonSpec admin { orgId,
                                        "sara.lindqvist@partner.example",
                                        "Sara",
                                        "Lindqvist",
                                        { ResourceFactory::roleId("id_full_admin") },
                                        {},
                                        {},
                                        {} };
    m_factory->createPerson(admin, "partner-admin");
    ResourceFactory::PersonSpec support {
        orgId, "jonas.berg@partner.example", "Jonas", "Berg", { ResourceFactory::roleId("id_readonly_admin") }, {}, {},
        {}
    };
    m_factory->createPerson(support, "partner-support");
}

std::string Seeder::seedTemplate(const std::string& key,
                                 const std::string& name,
                                 const std::string& country,
                                 const std::string& language,
                                 const std::string& authMethod)
{
    const std::string id = IdCodec::provisioningId(IdCodec::stableUuid("template:" + key));
    m_store->put(Kind::Template,
                 id,
                 { { "id", id },
                   { "provisioningId", id },
                   { "name", name },
                   { "countryCode", country },
                   { "defaultEmailLanguage", language },
                   { "serviceProviderAdminPersonId", IdCodec::stable("PEOPLE", "partner-admin") },
                   { "wholesaleSubscriptionId", "Sub-NTP-" + key },
                   { "ccpVendor", nullptr },
                   { "authMethod", authMethod },
                   { "idpEntityId", authMethod == "PARTNER_SAML" ? json("https://idp.partner.example/saml") : json() },
                   { "commonSettings", { { "allowAdminInviteEmailsOnAttach", true } } },
                   { "callSettings", json::object() },
                   { "created", "2024-01-15T10:00:00.000Z" } });
    return id;
}

void Seeder::seedSubPartner(const std::string& key, const std::string& name, const std::string& state)
{
    const std::string orgId = m_factory->createOrganization(name, "subpartner:" + key);
    m_store->put(Kind::SubPartner,
                 orgId,
                 { { "orgId", orgId },
                   { "subscriptionId", "Sub-" + key },
                   { "provisioningState", state },
                   { "created", "2023-02-16T14:10:18.855Z" },
                   { "billingStartDate", "2023-02-22T13:43:41.117Z" } });
}

std::string Seeder::seedCustomer(const CustomerSpec& spec)
{
    std::string id = IdCodec::stable("ENTERPRISE", spec.key);
    json packages = json::array();
    for (const auto& name : spec.packages) {
        packages.push_back(name);
    }
    json location = JsonObject()
                        .add("address", spec.address)
                        .add("language", spec.language)
                        .add("name", "Head Office")
                        .add("timezone", spec.timezone)
                        .take();
    JsonObject fields; // in key order
    fields.add("_createdMs", Documents::nowMs())
        .add("_language", spec.language.substr(0, 2))
        .add("_name", spec.name)
        .add("_primaryEmail", spec.adminEmail)
        .add("_provisioningId", spec.templateId)
        .add("_provisioningParameters",
             JsonObject().add("calling", JsonObject().add("location", std::move(location)).take()).take())
        .add("_subPartnerOrgId", spec.subPartnerOrgId)
        .add("address", spec.address)
        .add("externalId", spec.externalId)
        .add("id", id)
        .add("packages", std::move(packages));
    json customer = fields.take();
    const bool live = spec.status == "provisioned" || spec.status == "provisioned_with_errors"
        || spec.status == "updating" || spec.status == "deleting";
    if (live) {
        const std::string orgId = m_factory->createOrganization(spec.name, "org:" + spec.key);
        customer["orgId"] = orgId;
        JsonObject locationDoc;
        locationDoc.add("address", ResourceFactory::locationAddress(spec.address))
            .add("announcementLanguage", spec.language)
            .add("name", "Head Office")
            .add("preferredLanguage", spec.language)
            .add("timeZone", spec.timezone);
        if (!spec.pstn.empty()) {
            for (const auto& option : TelephonyHandler::connectionOptions()) {
                if (option["id"] == IdCodec::stable("PSTN_CONNECTION", spec.pstn)) {
                    locationDoc.add("_pstn", option);
                }
            }
        }
        const std::string locationId = m_factory->createLocation(orgId, locationDoc.take(), "location:" + spec.key);
        for (std::size_t i = 0; i < spec.numbers.size(); ++i) {
            m_factory->addNumber(orgId, locationId, spec.numbers[i], "DID", "ACTIVE", i == 0);
        }
        std::string topPackage;
        for (const auto& name : spec.packages) {
            if (PackageCatalog::isSubscriberPackage(name)
                && PackageCatalog::rank(name) > PackageCatalog::rank(topPackage)) {
                topPackage = name;
            }
        }
        if (spec.withAdmin) {
            const ResourceFactory::PersonSpec admin {
                orgId, spec.adminEmail, "Admin", spec.name, { ResourceFactory::roleId("id_full_admin") }, locationId,
                {},    "1000"
            };
            m_factory->createSubscriber(customer, spec.adminEmail, topPackage, admin, false, "admin:" + spec.key);
        }
        for (std::size_t i = 0; i < spec.users.size(); ++i) {
            const auto& [first, last, email] = spec.users[i];
            ResourceFactory::PersonSpec person {
                orgId, email, first, last, {}, locationId, {}, std::to_string(1001 + i)
            };
            if (i + 1 < spec.numbers.size()) {
                person.phoneNumber = spec.numbers[i + 1];
            }
            m_factory->createSubscriber(customer, email, topPackage, person, false, "user:" + email);
        }
    }
    const bool inFlight = spec.status == "provisioning" || spec.status == "updating" || spec.status == "deleting";
    if (inFlight) {
        m_engine->begin(customer, spec.status.c_str());
        // Seeded customers stay in flight for a while so a demo opens with every status on screen, then move on
        // live.
        customer["_dueAtMs"] = Documents::nowMs() + std::max(20LL * m_engine->delayMs(), 30000LL);
    } else {
        json details = json::array();
        for (const auto& name : spec.packages) {
            json entry
                = JsonObject().add("name", name).add("status", spec.status == "error" ? "error" : "provisioned").take();
            if (spec.status == "pending_rpl_review") {
                entry["status"] = "provisioning";
            }
            if (spec.status == "provisioned_with_errors" && name == spec.packages.front()) {
                entry["status"] = "error";
                entry["warnings"] = json::array(
                    { { { "errorCode", ProvisioningEngine::maintenanceWarningCode },
                        { "description",
                          "One or more Webex Calling services are unavailable due to maintenance, unable to start "
                          "provisioning. Consult status.webex.com and retry later." } } });
            }
            details.push_back(std::move(entry));
        }
        customer["status"] = spec.status;
        customer["resourceDetails"] = JsonObject().add("packages", std::move(details)).take();
        if (spec.status == "error") {
            customer["errors"] = json::array(
                { { { "errorCode", ProvisioningEngine::provisioningErrorCode },
                    { "description",
                      "Provisioning of the customer failed: the billing address could not be verified." } } });
        }
    }
    m_store->put(Kind::Customer, id, std::move(customer));
    if (inFlight) {
        m_engine->schedule(id);
    }
    return id;
}

void Seeder::seedDemo()
{
    const std::string se = seedTemplate("se-calling", "Sverige – Calling och Meetings", "SE", "sv_SE", "WEBEX");
    const std::string us = seedTemplate("us-suite", "United States – Suite", "US", "en_US", "WEBEX");
    const std::string no = seedTemplate("no-saml", "Norge – partner SSO", "NO", "nb_NO", "PARTNER_SAML");
    seedSubPartner("fjord", "Fjord Reseller AS", "active");
    seedSubPartner("baltic", "Baltic Connect OÜ", "suspended");
    const std::string fjord = IdCodec::stable("ORGANIZATION", "subpartner:fjord");

    for (const char* email :
         { "erik.johansson@gmail.example", "lisa.nilsson@hotmail.example", "ola.nordmann@free.example" }) {
        m_store->put(Kind::ConsumerAccount, email, { { "email", email }, { "type", "free" } });
    }

    std::vector<CustomerSpec> customers = {
        { "kaffe",
          "Kaffebryggeriet Göteborg AB",
          "crm-se-1001",
          "provisioned",
          { "webex_calling", "webex_meetings" },
          address("Magasinsgatan 12", "Göteborg", "", "411 18", "SE"),
          "Europe/Stockholm",
          "sv_se",
          "anna.karlsson@kaffebryggeriet.example",
          se,
          {},
          { "+46313300100",
            "+46313300101",
            "+46313300102",
            "+46313300103",
            "+46313300104",
            "+46313300105",
            "+46313300106",
            "+46313300107" },
          "nordic-ccp",
          { { { "Erik", "Svensson", "erik.svensson@kaffebryggeriet.example" } },
            { { "Maja", "Lindgren", "maja.lindgren@kaffebryggeriet.example" } } } },
        { "norrsken",
          "Norrsken Arkitekter AB",
          "crm-se-1002",
          "provisioned",
          { "webex_suite", "attendant_console" },
          address("Sveavägen 44", "Stockholm", "", "111 34", "SE"),
          "Europe/Stockholm",
          "sv_se",
          "johan.ek@norrsken.example",
          se,
          {},
          { "+46850500200", "+46850500201", "+46850500202", "+46850500203" },
          "cisco-pstn",
          { { { "Karin", "Åberg", "karin.aberg@norrsken.example" } } } },
        { "fjall",
          "Fjällstuga Hotell AB",
          "sbx-warn-se-1003",
          "provisioned_with_errors",
          { "webex_calling", "webex_meetings" },
          address("Stationsvägen 3", "Åre", "", "837 52", "SE"),
          "Europe/Stockholm",
          "sv_se",
          "lena.holm@fjallstuga.example",
          se,
          {},
          { "+4664717000", "+4664717001" },
          {},
          {} },
        { "lakeside",
          "Lakeside Dental LLC",
          "crm-us-2001",
          "provisioning",
          { "webex_calling" },
          address("1200 Lake Shore Dr", "Chicago", "IL", "60610", "US"),
          "America/Chicago",
          "en_us",
          "office@lakesidedental.example",
          us,
          {},
          {},
          {},
          {} },
        { "maple",
          "Maple Leaf Logistics Inc.",
          "sbx-error-ca-3001",
          "error",
          { "webex_meetings" },
          address("220 King St W", "Toronto", "ON", "M5H 1K4", "CA"),
          "America/Toronto",
          "en_us",
          "it@mapleleaf.example",
          us,
          {},
          {},
          {},
          {} },
        { "oslo",
          "Oslo Fiskeri AS",
          "sbx-rpl-no-4001",
          "pending_rpl_review",
          { "webex_calling" },
          address("Rådhusgata 5", "Oslo", "", "0151", "NO"),
          "Europe/Oslo",
          "nb_no",
          "post@oslofiskeri.example",
          no,
          fjord,
          {},
          {},
          {} },
        { "backerei",
          "Berliner Bäckerei GmbH",
          "crm-de-5001",
          "updating",
          { "webex_calling", "webex_meetings" },
          address("Friedrichstraße 101", "Berlin", "BE", "10117", "DE"),
          "Europe/Berlin",
          "de_de",
          "inhaber@baeckerei.example",
          us,
          {},
          { "+49301234500", "+49301234501" },
          {},
          {} },
        { "helsinki",
          "Helsinki Design Oy",
          "crm-fi-6001",
          "deleting",
          { "webex_meetings" },
          address("Mannerheimintie 10", "Helsinki", "", "00100", "FI"),
          "Europe/Helsinki",
          "fi_fi",
          "studio@helsinkidesign.example",
          se,
          {},
          {},
          {},
          {} },
        { "lumiere",
          "Café Lumière SARL",
          "crm-fr-7001",
          "provisioned",
          { "webex_voice" },
          address("18 Rue de Rivoli", "Paris", "", "75004", "FR"),
          "Europe/Paris",
          "fr_fr",
          "contact@cafelumiere.example",
          us,
          {},
          { "+33140200100", "+33140200101" },
          {},
          { { { "Camille", "Dubois", "camille.dubois@cafelumiere.example" } } } },
        { "dalarna",
          "Snickeri Dalarna AB",
          "crm-se-1004",
          "provisioned",
          { "webex_calling" },
          address("Kyrkogatan 7", "Falun", "", "791 71", "SE"),
          "Europe/Stockholm",
          "sv_se",
          "per.olsson@snickeridalarna.example",
          se,
          fjord,
          { "+4623790000", "+4623790001", "+4623790002" },
          "nordic-ccp",
          { { { "Astrid", "Nilsson", "astrid.nilsson@snickeridalarna.example" } } } },
    };
    for (const CustomerSpec& spec : customers) {
        seedCustomer(spec);
    }

    // An existing Webex organization that is not a wholesale customer yet, for the attach flow (§7.4).
    const std::string existing = m_factory->createOrganization("Gamla Stan Konsult AB", "existing:gamlastan");
    ResourceFactory::PersonSpec owner { existing,
                                        "agneta.wall@gamlastan.example",
                                        "Agneta",
                                        "Wall",
                                        { ResourceFactory::roleId("id_full_admin") },
                                        {},
                                        {},
                                        {} };
    m_factory->createPerson(owner, "existing:gamlastan-owner");
}

void Seeder::seedLarge(int count)
{
    const std::string templateId = seedTemplate("large", "Bulk template", "SE", "sv_SE", "WEBEX");
    // 5 of 7 customers are live (an organization and a location), every fifth has an admin and two users.
    const auto n = static_cast<std::size_t>(count);
    const std::size_t live = n * 5 / 7 + 1;
    const std::size_t withUsers = n / 5 + 1;
    m_store->reserve(Kind::Customer, n);
    m_store->reserve(Kind::Organization, live);
    m_store->reserve(Kind::Location, live);
    m_store->reserve(Kind::Subscriber, withUsers * 3);
    m_store->reserve(Kind::Person, withUsers * 3);
    static const char* const cities[][3]
        = { { "Stockholm", "111 20", "SE" }, { "Göteborg", "411 01", "SE" }, { "Malmö", "211 20", "SE" },
            { "Oslo", "0150", "NO" },        { "Helsinki", "00100", "FI" },  { "København", "1050", "DK" } };
    static const char* const statuses[]
        = { "provisioned", "provisioned",       "provisioned", "provisioned", "provisioned_with_errors",
            "error",       "pending_rpl_review" };
    for (int i = 0; i < count; ++i) {
        const auto& city = cities[i % 6];
        const std::string number = std::to_string(100000 + i);
        CustomerSpec spec;
        spec.key = "large-" + number;
        spec.name = "Kund " + number + " AB";
        spec.externalId = "large-" + number;
        spec.status = statuses[i % 7];
        spec.packages = { i % 2 == 0 ? "webex_calling" : "webex_meetings" };
        spec.address = address("Storgatan " + std::to_string(1 + i % 90), city[0], "", city[1], city[2]);
        spec.timezone = "Europe/Stockholm";
        spec.language = "sv_se";
        spec.adminEmail = "admin@kund" + number + ".example";
        spec.templateId = templateId;
        spec.withAdmin = i % 5 == 0;
        if (i % 5 == 0) {
            spec.users = { { { "Användare", "Ett", "user1@kund" + number + ".example" } },
                           { { "Användare", "Två", "user2@kund" + number + ".example" } } };
        }
        seedCustomer(spec);
    }
}

} // namespace onboarder::sandbox
