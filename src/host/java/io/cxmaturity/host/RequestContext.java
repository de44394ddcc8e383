package io.cxmaturity.host;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What Confluence knows about the current request: who is logged in, in which language they read, and the
 * web-resources the page requires. Set by {@link AuthFilter} for each request, and by tests and the demo
 * seeding when they act as someone.
 */
public final class RequestContext {
    private static final ThreadLocal<RequestContext> CURRENT = ThreadLocal.withInitial(RequestContext::new);

    private HostUser user;
    private Locale locale = Locale.ENGLISH;
    private final Set<String> requiredResources = new LinkedHashSet<>();

    public static RequestContext current() {
        return CURRENT.get();
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs an action as a user (null: anonymous) in a locale, then restores the previous context. */
    public static <T> T as(HostUser user, Locale locale, java.util.function.Supplier<T> action) {
        RequestContext previous = CURRENT.get();
        RequestContext context = new RequestContext();
        context.user = user;
        context.locale = locale == null ? Locale.ENGLISH : locale;
        CURRENT.set(context);
        try {
            return action.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    public HostUser user() {
        return user;
    }

    void user(HostUser value) {
        this.user = value;
    }

    public Locale locale() {
        return locale;
    }

    void locale(Locale value) {
        this.locale = value;
    }

    Set<String> requiredResources() {
        return requiredResources;
    }
}
