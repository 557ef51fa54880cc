#include "api/TokenProvider.h"

#include <QCoreApplication>

namespace onboarder::api {

TokenProvider::TokenProvider(QObject* parent)
    : QObject(parent)
{
}

bool TokenProvider::canRefresh() const
{
    return false;
}

void TokenProvider::refresh()
{
    if (m_refreshing) {
        return;
    }
    m_refreshing = true;
    startRefresh();
}

bool TokenProvider::isRefreshing() const
{
    return m_refreshing;
}

void TokenProvider::startRefresh()
{
    finishRefresh(false, QCoreApplication::translate("TokenProvider", "This sign-in method cannot renew its token."));
}

void TokenProvider::finishRefresh(bool ok, const QString& errorMessage)
{
    m_refreshing = false;
    if (ok) {
        emit tokenChanged();
    }
    emit refreshFinished(ok, errorMessage);
}

StaticTokenProvider::StaticTokenProvider(const QString& token, QObject* parent)
    : TokenProvider(parent)
    , m_token(token)
{
}

QString StaticTokenProvider::accessToken() const
{
    return m_token;
}

void StaticTokenProvider::setAccessToken(const QString& token)
{
    m_token = token;
    emit tokenChanged();
}

} // namespace onboarder::api
