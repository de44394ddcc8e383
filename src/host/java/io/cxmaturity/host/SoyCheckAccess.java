package io.cxmaturity.host;

import com.google.template.soy.SoyFileSet;

/** For a quick compile check of the plugin's templates outside a running host. */
public final class SoyCheckAccess {
    private SoyCheckAccess() {
    }

    public static SoyFileSet.Builder builder() {
        return HostSoyRenderer.builder(new HostI18n(java.util.List.of("i18n/cx-maturity")));
    }
}
