package io.cxmaturity.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

import java.util.Locale;
import java.util.Set;

/** A demo user: a Confluence user and a SAL profile at once. Its key differs from its name, as in Confluence. */
public final class HostUser implements ConfluenceUser, UserProfile {
    private static final long serialVersionUID = 1L;

    private final UserKey key;
    private final String name;
    private final String fullName;
    private final String password;
    private final Set<String> groups;
    private volatile Locale locale;

    HostUser(String name, String fullName, String password, Set<String> groups, Locale locale) {
        this.key = new UserKey("key-" + name);
        this.name = name;
        this.fullName = fullName;
        this.password = password;
        this.groups = Set.copyOf(groups);
        this.locale = locale;
    }

    @Override
    public UserKey getKey() {
        return key;
    }

    @Override
    public UserKey getUserKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return name + "@cx-demo.example";
    }

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    Set<String> groups() {
        return groups;
    }

    Locale locale() {
        return locale;
    }

    void locale(Locale value) {
        locale = value;
    }

    @Override
    public String toString() {
        return name;
    }
}
