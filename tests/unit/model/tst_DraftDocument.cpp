#include "model/DraftDocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace onboarder::model;
using nlohmann::json;
using Status = DraftDocument::Status;

Q_DECLARE_METATYPE(DraftDocument::Status)

// The draft envelope: kind, schema version, migrations, refusal of newer and damaged files, atomic writes.
class tst_DraftDocument : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void migratesTemplateFrom1();
    void migratesCustomerFrom1();
    void noMigrationFromUnknownVersions();
    void writeAddsEnvelope();
    void saveIsAtomicAndGuarded();
};

void tst_DraftDocument::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("current") << QByteArray(R"({"kind":"onboarder.templateDraft","schemaVersion":2})") << Status::Ok
                             << QString();
    QTest::newRow("older, migrated") << QByteArray(R"({"kind":"onboarder.templateDraft","schemaVersion":1})")
                                     << Status::Ok << QString();
    QTest::newRow("newer") << QByteArray(R"({"kind":"onboarder.templateDraft","schemaVersion":3})") << Status::TooNew
                           << QStringLiteral("newer Onboarder");
    QTest::newRow("absurdly newer") << QByteArray(
        R"({"kind":"onboarder.templateDraft","schemaVersion":18446744073709551615})")
                                    << Status::TooNew << QStringLiteral("newer Onboarder");
    QTest::newRow("version 0") << QByteArray(R"({"kind":"onboarder.templateDraft","schemaVersion":0})")
                               << Status::TooOld << QStringLiteral("cannot read");
    QTest::newRow("negative version") << QByteArray(R"({"kind":"onboarder.templateDraft","schemaVersion":-4})")
                                      << Status::TooOld << QStringLiteral("cannot read");
    QTest::newRow("version as text") << QByteArray(R"({"kind":"onboarder.templateDraft","schemaVersion":"2"})")
                                     << Status::NotADraft << QStringLiteral("not an Onboarder draft");
    QTest::newRow("no kind") << QByteArray(R"({"schemaVersion":2})") << Status::NotADraft
                             << QStringLiteral("not an Onboarder draft");
    QTest::newRow("other kind") << QByteArray(R"({"kind":"onboarder.customerDraft","schemaVersion":2})")
                                << Status::WrongKind << QStringLiteral("customer draft");
    QTest::newRow("foreign kind") << QByteArray(R"({"kind":"onboarder.templateLibrary","schemaVersion":1})")
                                  << Status::WrongKind << QStringLiteral("onboarder.templateLibrary");
    QTest::newRow("truncated") << QByteArray(R"({"kind":"onboarder.templateDraft","schemaVer)") << Status::Corrupt
                               << QStringLiteral("damaged or incomplete");
    QTest::newRow("array") << QByteArray("[]") << Status::Corrupt << QStringLiteral("damaged or incomplete");
    QTest::newRow("empty file") << QByteArray() << Status::Corrupt << QStringLiteral("damaged or incomplete");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << Status::Corrupt
                            << QStringLiteral("damaged or incomplete");
}

void tst_DraftDocument::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Status, status);
    QFETCH(QString, messagePart);
    const DraftDocument::Result result = DraftDocument::read(bytes, DraftDocument::kTemplateKind);
    QCOMPARE(result.status, status);
    QCOMPARE(result.ok(), status == Status::Ok);
    if (result.ok()) {
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.envelope.document["schemaVersion"].get<int>(), DraftDocument::kCurrentSchemaVersion);
    } else {
        QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
    }
}

void tst_DraftDocument::migratesTemplateFrom1()
{
    const QByteArray v1 = R"({"kind":"onboarder.templateDraft","schemaVersion":1,"profile":"Demo sandbox",
                             "currentStep":"calling","template":{"name":"T"}})";
    const DraftDocument::Result result = DraftDocument::read(v1, DraftDocument::kTemplateKind);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelope.fileSchemaVersion, 1);
    QVERIFY(result.envelope.migrated());
    const json& document = result.envelope.document;
    QVERIFY(!document.contains("profile"));
    QVERIFY(!document.contains("currentStep"));
    QVERIFY(document["wizard"] == json({ { "profile", "Demo sandbox" }, { "currentStep", "calling" } }));
    QVERIFY(document["template"] == json({ { "name", "T" } }));
}

void tst_DraftDocument::migratesCustomerFrom1()
{
    const QByteArray v1 = R"({"kind":"onboarder.customerDraft","schemaVersion":1,"customer":{"externalId":"x"}})";
    const DraftDocument::Result result = DraftDocument::read(v1, DraftDocument::kCustomerKind);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.envelope.migrated());
    QCOMPARE(result.envelope.document["supportedLocationConfirmed"].get<bool>(), false);
    QVERIFY(result.envelope.document["subscribers"] == json::array());
    QVERIFY(result.envelope.document["customer"] == json({ { "externalId", "x" } }));
}

void tst_DraftDocument::noMigrationFromUnknownVersions()
{
    json document { { "kind", DraftDocument::kTemplateKind }, { "schemaVersion", 0 } };
    QVERIFY(!DraftDocument::migrateOneStep(document, DraftDocument::kTemplateKind, 0));
    QVERIFY(!DraftDocument::migrateOneStep(document, "onboarder.somethingElse", 1));
    QVERIFY(DraftDocument::migrateOneStep(document, DraftDocument::kTemplateKind, 1));
    QCOMPARE(document["schemaVersion"].get<int>(), 2);
}

void tst_DraftDocument::writeAddsEnvelope()
{
    const QByteArray bytes = DraftDocument::write(DraftDocument::kCustomerKind, json { { "notes", "n" } });
    QVERIFY(bytes.endsWith('\n'));
    QVERIFY(bytes.contains("\n  \"")); // indented, so drafts diff well in review
    const json document = json::parse(bytes.toStdString());
    QCOMPARE(document["kind"].get<std::string>(), std::string(DraftDocument::kCustomerKind));
    QCOMPARE(document["schemaVersion"].get<int>(), DraftDocument::kCurrentSchemaVersion);
    QVERIFY(document["savedBy"].get<std::string>().rfind("Onboarder ", 0) == 0);
    QVERIFY(
        QDateTime::fromString(QString::fromStdString(document["savedAt"].get<std::string>()), Qt::ISODate).isValid());
    QCOMPARE(document["notes"].get<std::string>(), std::string("n"));
    const DraftDocument::Result back = DraftDocument::read(bytes, DraftDocument::kCustomerKind);
    QVERIFY(back.ok());
    QVERIFY(!back.envelope.migrated());
}

void tst_DraftDocument::saveIsAtomicAndGuarded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    const QByteArray first = DraftDocument::write(DraftDocument::kTemplateKind, json { { "notes", "first" } });
    QVERIFY(DraftDocument::saveFile(path, DraftDocument::kTemplateKind, first).ok());
    const QByteArray second = DraftDocument::write(DraftDocument::kTemplateKind, json { { "notes", "second" } });
    QVERIFY(DraftDocument::saveFile(path, DraftDocument::kTemplateKind, second).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), second);
    file.close();
    // No temporary files are left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("plan.json") });

    // A draft of the other kind is not silently replaced.
    const DraftDocument::Result wrongKind = DraftDocument::saveFile(path, DraftDocument::kCustomerKind, second);
    QCOMPARE(wrongKind.status, Status::WouldOverwrite);
    // Saving into a folder that does not exist fails cleanly.
    const DraftDocument::Result missingDir = DraftDocument::saveFile(
        dir.filePath(QStringLiteral("no/such/folder/plan.json")), DraftDocument::kTemplateKind, second);
    QCOMPARE(missingDir.status, Status::WriteFailed);
    QVERIFY(!missingDir.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DraftDocument)
#include "tst_DraftDocument.moc"
