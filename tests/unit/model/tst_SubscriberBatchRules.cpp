#include "ModelTestSupport.h"
#include "model/RuleIds.h"
#include "model/SubscriberBatchRules.h"

#include <QTest>

using namespace onboarder::model;
using namespace onboarder::model::test;

namespace {

const QString kCustomer = QStringLiteral("Y3VzdG9tZXI");

Location location(const QString& id, const QString& name)
{
    Location l;
    l.id = id;
    l.name = name;
    return l;
}

Subscriber user(const QString& email, const QString& package = QStringLiteral("webex_meetings"))
{
    Subscriber s;
    s.firstName = QStringLiteral("Anna");
    s.lastName = QStringLiteral("Berg");
    s.email = email;
    s.packages = QStringList { package };
    return s;
}

SubscriberBatchRules::Context customerContext()
{
    SubscriberBatchRules::Context context;
    context.customerId = kCustomer;
    context.defaultRegion = QStringLiteral("SE");
    context.packages = QStringList { QStringLiteral("webex_calling"), QStringLiteral("webex_meetings") };
    context.locations = QList<Location> { location(QStringLiteral("loc-hq"), QStringLiteral("Head office")) };
    return context;
}

QStringList ruleIds(const FieldErrors& errors)
{
    QStringList ids;
    for (const FieldError& error : errors) {
        ids.append(error.ruleId);
    }
    return ids;
}

} // namespace

// The rules of a batch of users for one customer, the same for the users table and an import file.
class TestSubscriberBatchRules : public QObject
{
    Q_OBJECT

private slots:
    void namesAreRequired()
    {
        Subscriber nameless = user(QStringLiteral("a@example.com"));
        nameless.firstName = QStringLiteral("  ");
        nameless.lastName.clear();
        const SubscriberBatchRules rules(customerContext());
        const FieldErrors errors = rules.check({ rules.request(nameless) }).constFirst();
        QVERIFY2(findError(errors, QStringLiteral("provisioningParameters.firstName"), QString(RuleIds::kRequired)),
                 failureText(QStringLiteral("first name"), errors).constData());
        QVERIFY(findError(errors, QStringLiteral("provisioningParameters.lastName"), QString(RuleIds::kRequired)));
        QCOMPARE(errors.size(), 2);
    }

    void theOnlyLocationIsTheDefault()
    {
        const SubscriberBatchRules rules(customerContext());
        Subscriber calling = user(QStringLiteral("c@example.com"), QStringLiteral("webex_calling"));
        calling.extension = QStringLiteral("2001");
        const Subscriber request = rules.request(calling);
        QCOMPARE(request.locationId, QStringLiteral("loc-hq"));
        QCOMPARE(request.customerId, kCustomer);
        QVERIFY(rules.check({ request }).constFirst().isEmpty());

        // With two locations the user has to choose.
        auto two = customerContext();
        two.locations->append(location(QStringLiteral("loc-2"), QStringLiteral("Branch")));
        const SubscriberBatchRules twoRules(two);
        const Subscriber unplaced = twoRules.request(calling);
        QVERIFY(unplaced.locationId.isEmpty());
        QCOMPARE(ruleIds(twoRules.check({ unplaced }).constFirst()),
                 QStringList { QString(RuleIds::kSubscriberLocationRequired) });
    }

    void whatTheCustomerKnows()
    {
        auto context = customerContext();
        context.packages = QStringList { QStringLiteral("webex_meetings") };
        context.existingEmails.insert(SubscriberBatchRules::emailKey(QStringLiteral("Known@Example.com")));
        context.freeNumbers.insert(QStringLiteral("loc-hq"), { QStringLiteral("+46317001000") });
        const SubscriberBatchRules rules(context);
        Subscriber calling = user(QStringLiteral("c@example.com"), QStringLiteral("webex_calling"));
        calling.primaryPhoneNumber = QStringLiteral("+46317009999");
        Subscriber elsewhere = user(QStringLiteral("d@example.com"), QStringLiteral("webex_calling"));
        elsewhere.locationId = QStringLiteral("Branch");
        elsewhere.extension = QStringLiteral("2002");
        const QList<FieldErrors> errors = rules.check({ rules.request(user(QStringLiteral("known@example.com"))),
                                                        rules.request(calling),
                                                        rules.request(elsewhere) });
        QCOMPARE(ruleIds(errors.at(0)), QStringList { QString(RuleIds::kSubscriberEmailExists) });
        QVERIFY(ruleIds(errors.at(1)).contains(QString(RuleIds::kSubscriberPackageNotOrdered)));
        QVERIFY(ruleIds(errors.at(1)).contains(QString(RuleIds::kSubscriberNumberNotFree)));
        const FieldError* unknown = findError(errors.at(2),
                                              QStringLiteral("provisioningParameters.locationId"),
                                              QString(RuleIds::kSubscriberLocationUnknown));
        QVERIFY(unknown);
        QVERIFY(unknown->message.contains(QStringLiteral("Head office")));
    }

    // Unknown context, unchecked: a file read offline is not refused for what only the customer can tell.
    void unknownContextIsNotChecked()
    {
        SubscriberBatchRules::Context offline;
        offline.customerId = kCustomer;
        const SubscriberBatchRules rules(offline);
        Subscriber calling = user(QStringLiteral("c@example.com"), QStringLiteral("webex_calling"));
        calling.extension = QStringLiteral("2001");
        QVERIFY(rules.check({ rules.request(calling) }).constFirst().isEmpty());
    }

    // The later row is the one to change; a row already added keeps its values and is not checked again.
    void repeatsWithinTheBatch()
    {
        const SubscriberBatchRules rules(customerContext());
        Subscriber first = user(QStringLiteral("a@example.com"), QStringLiteral("webex_calling"));
        first.extension = QStringLiteral("2001");
        first.primaryPhoneNumber = QStringLiteral("+46317001000");
        Subscriber second = user(QStringLiteral("A@Example.COM"), QStringLiteral("webex_calling"));
        second.extension = QStringLiteral("2001");
        second.primaryPhoneNumber = QStringLiteral("+46317001000");
        const QList<Subscriber> rows { rules.request(first), rules.request(second) };
        const QList<FieldErrors> errors = rules.check(rows);
        QVERIFY(errors.at(0).isEmpty());
        QCOMPARE(ruleIds(errors.at(1)),
                 (QStringList { QString(RuleIds::kBatchEmailDuplicate),
                                QString(RuleIds::kBatchNumberDuplicate),
                                QString(RuleIds::kBatchExtensionDuplicate) }));
        QCOMPARE(errors.at(1).constFirst().message, QStringLiteral("The same email as row 1."));

        // The first row was added already: the second is still the one named, and the first is not checked.
        const QList<FieldErrors> settled = rules.check({ rows.at(1), rows.at(0) }, { false, true });
        QVERIFY(settled.at(1).isEmpty());
        QCOMPARE(settled.at(0).constFirst().message, QStringLiteral("The same email as row 2."));
    }
};

QTEST_GUILESS_MAIN(TestSubscriberBatchRules)
#include "tst_SubscriberBatchRules.moc"
