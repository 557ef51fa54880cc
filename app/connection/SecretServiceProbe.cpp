#include "connection/SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>

namespace onboarder::api {

bool SecretServiceProbe::isDefaultCollectionLocked()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return false;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                      QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    // A property of a local service: it answers at once or not at all.
    const QDBusMessage reply = bus.call(get, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return false;
    }
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
}

} // namespace onboarder::api
