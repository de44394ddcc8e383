package io.cxmaturity.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** SAL's application properties: the host's base URL, known once Jetty has its port. */
final class HostApplicationProperties implements ApplicationProperties {
    private volatile String baseUrl = "http://127.0.0.1:8090";

    void baseUrl(String value) {
        baseUrl = value;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl;
    }
}
