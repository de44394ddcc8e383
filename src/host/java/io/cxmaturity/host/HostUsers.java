package io.cxmaturity.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.Group;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo users (password = name) and the SAL and Confluence user services over them. The user of the
 * current request comes from {@link RequestContext}.
 */
public final class HostUsers implements UserManager, LocaleResolver, UserAccessor {
    public static final String LEADERSHIP_GROUP = "cx-leadership";
    /** The respondent group of the demo's Customer Service department: member, member2 … member6. */
    public static final String CUSTOMER_SERVICE_GROUP = "customer-service";

    /** Prefix of the synthetic users a load test may use when the host allows them (name = password). */
    public static final String LOAD_PREFIX = "load-";

    private final Map<String, HostUser> byName = new LinkedHashMap<>();
    private final Map<UserKey, HostUser> byKey = new LinkedHashMap<>();
    private final java.util.concurrent.ConcurrentMap<String, HostUser> loadUsers =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean allowLoadUsers;

    HostUsers() {
        this(false);
    }

    HostUsers(boolean allowLoadUsers) {
        this.allowLoadUsers = allowLoadUsers;
        add("admin", "Alex Admin", Set.of("confluence-users", LEADERSHIP_GROUP), Locale.ENGLISH);
        add("member", "Maria Member", Set.of("confluence-users", CUSTOMER_SERVICE_GROUP), Locale.ENGLISH);
        for (int i = 2; i <= 6; i++) {
            add("member" + i, "Member " + i, Set.of("confluence-users", CUSTOMER_SERVICE_GROUP), Locale.ENGLISH);
        }
        add("viewer", "Victor Viewer", Set.of("confluence-users"), Locale.ENGLISH);
        add("other", "Olga Other", Set.of("confluence-users"), Locale.ENGLISH);
        add("exec", "Erin Executive", Set.of("confluence-users", LEADERSHIP_GROUP), Locale.ENGLISH);
    }

    private void add(String name, String fullName, Set<String> groups, Locale locale) {
        HostUser user = new HostUser(name, fullName, name, groups, locale);
        byName.put(name, user);
        byKey.put(user.getKey(), user);
    }

    public HostUser byName(String name) {
        if (name == null) {
            return null;
        }
        HostUser user = byName.get(name);
        if (user == null && allowLoadUsers && name.startsWith(LOAD_PREFIX) && name.length() <= 20) {
            user = loadUsers.computeIfAbsent(name,
                    n -> new HostUser(n, "Load " + n.substring(LOAD_PREFIX.length()), n, Set.of("confluence-users"),
                            Locale.ENGLISH));
        }
        return user;
    }

    public Collection<HostUser> all() {
        return byName.values();
    }

    Optional<HostUser> authenticate(String name, String password) {
        HostUser user = byName(name);
        return user != null && user.passwordMatches(password) ? Optional.of(user) : Optional.empty();
    }

    // ---- SAL UserManager ----

    @Override
    public UserKey getRemoteUserKey() {
        HostUser user = RequestContext.current().user();
        return user == null ? null : user.getKey();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return byName(username);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : byKey(userKey);
    }

    private HostUser byKey(UserKey key) {
        HostUser user = byKey.get(key);
        if (user == null && allowLoadUsers && key.getStringValue().startsWith("key-" + LOAD_PREFIX)) {
            user = byName(key.getStringValue().substring(4));
        }
        return user;
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        HostUser user = userKey == null ? null : byKey(userKey);
        return user != null && user.groups().contains(group);
    }

    @Override
    public Iterable<String> findGroupNamesByPrefix(String prefix, int start, int maxResults) {
        return byName.values().stream().flatMap(u -> u.groups().stream()).distinct().sorted()
                .filter(g -> g.startsWith(prefix == null ? "" : prefix)).skip(start).limit(maxResults)
                .collect(java.util.stream.Collectors.toList());
    }

    /** Sets the language of a demo user's profile (what mail to them is written in), as the user would. */
    public void setLocale(String name, Locale locale) {
        byName(name).locale(locale);
    }

    // ---- SAL LocaleResolver ----

    @Override
    public Locale getLocale() {
        return RequestContext.current().locale();
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        HostUser user = userKey == null ? null : byKey(userKey);
        return user == null ? Locale.ENGLISH : user.locale();
    }

    // ---- Confluence UserAccessor ----

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null ? null : byKey(key);
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return byName(name);
    }

    @Override
    public Group getGroup(String name) {
        boolean exists = byName.values().stream().anyMatch(u -> u.groups().contains(name));
        return exists ? new HostGroup(name) : null;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List getMemberNamesAsList(Group group) {
        return byName.values().stream().filter(u -> u.groups().contains(group.getName())).map(HostUser::getName)
                .collect(java.util.stream.Collectors.toList());
    }

    /** A group of demo users. */
    private record HostGroup(String name) implements Group {
        @Override
        public String getName() {
            return name;
        }
    }
}
