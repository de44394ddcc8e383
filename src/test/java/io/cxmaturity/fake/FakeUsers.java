package io.cxmaturity.fake;

import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Recipient;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.GroupDirectory;
import io.cxmaturity.port.SpacePermissions;
import io.cxmaturity.port.UserDirectory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Users and space permissions for service tests: who is "logged in" is set with {@link #actAs}; spaces
 * grant view and admin per user key.
 */
public final class FakeUsers implements UserDirectory, SpacePermissions, GroupDirectory {
    private final Map<String, UserRef> users = new HashMap<>();
    private final Map<String, Set<String>> viewers = new HashMap<>();
    private final Map<String, Set<String>> admins = new HashMap<>();
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();
    private final Map<String, Language> languages = new HashMap<>();
    private UserRef current;
    private Language language = Language.EN;

    public UserRef user(String name) {
        return users.computeIfAbsent(name, n -> new UserRef("key-" + n, n, n.toUpperCase()));
    }

    public FakeUsers space(String spaceKey) {
        viewers.computeIfAbsent(spaceKey, k -> new HashSet<>());
        admins.computeIfAbsent(spaceKey, k -> new HashSet<>());
        return this;
    }

    public FakeUsers viewer(String spaceKey, String name) {
        space(spaceKey);
        viewers.get(spaceKey).add(user(name).key());
        return this;
    }

    public FakeUsers admin(String spaceKey, String name) {
        viewer(spaceKey, name);
        admins.get(spaceKey).add(user(name).key());
        return this;
    }

    public FakeUsers actAs(String name) {
        current = name == null ? null : user(name);
        return this;
    }

    public FakeUsers language(Language value) {
        language = value;
        return this;
    }

    public FakeUsers group(String name, String group) {
        groups.computeIfAbsent(user(name).key(), k -> new HashSet<>()).add(group);
        return this;
    }

    /** The user's e-mail address (null: none); by default name@example.com. */
    public FakeUsers email(String name, String address) {
        emails.put(user(name).key(), address);
        return this;
    }

    /** The language the user reads mail in (English by default). */
    public FakeUsers speaks(String name, Language value) {
        languages.put(user(name).key(), value);
        return this;
    }

    @Override
    public List<Recipient> members(String group) {
        return users.values().stream().filter(u -> groups.getOrDefault(u.key(), Set.of()).contains(group))
                .sorted(java.util.Comparator.comparing(UserRef::key))
                .map(u -> new Recipient(u.key(), u.name(), u.fullName(),
                        emails.containsKey(u.key()) ? emails.get(u.key()) : u.name() + "@example.com",
                        languages.getOrDefault(u.key(), Language.EN)))
                .toList();
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(current);
    }

    @Override
    public Language currentLanguage() {
        return language;
    }

    @Override
    public Optional<UserRef> findByKey(String userKey) {
        return users.values().stream().filter(u -> u.key().equals(userKey)).findFirst();
    }

    @Override
    public Optional<UserRef> findByName(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return groups.getOrDefault(userKey, Set.of()).contains(group);
    }

    @Override
    public boolean groupExists(String group) {
        return groups.values().stream().anyMatch(g -> g.contains(group));
    }

    @Override
    public boolean spaceExists(String spaceKey) {
        return viewers.containsKey(spaceKey);
    }

    @Override
    public boolean canView(String spaceKey, String userKey) {
        return userKey != null && viewers.getOrDefault(spaceKey, Set.of()).contains(userKey);
    }

    @Override
    public List<String> spaceAdminNames(String spaceKey) {
        return users.values().stream().filter(u -> admins.getOrDefault(spaceKey, Set.of()).contains(u.key()))
                .map(UserRef::fullName).sorted().toList();
    }

    @Override
    public boolean isSpaceAdmin(String spaceKey, String userKey) {
        return userKey != null && admins.getOrDefault(spaceKey, Set.of()).contains(userKey);
    }
}
