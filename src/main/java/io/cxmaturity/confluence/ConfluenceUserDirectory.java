package io.cxmaturity.confluence;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.UserDirectory;

import java.util.Optional;

/** Users through SAL: the remote user of the request, profiles, groups, and the user's language. */
public class ConfluenceUserDirectory implements UserDirectory {
    private final UserManager userManager;
    private final LocaleResolver localeResolver;

    public ConfluenceUserDirectory(UserManager userManager, LocaleResolver localeResolver) {
        this.userManager = userManager;
        this.localeResolver = localeResolver;
    }

    @Override
    public Optional<UserRef> currentUser() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : findByKey(key.getStringValue());
    }

    @Override
    public Language currentLanguage() {
        return Language.of(localeResolver.getLocale());
    }

    @Override
    public Optional<UserRef> findByKey(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(ConfluenceUserDirectory::ref);
    }

    @Override
    public Optional<UserRef> findByName(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserProfile(username)).map(ConfluenceUserDirectory::ref);
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return userKey != null && group != null && userManager.isUserInGroup(new UserKey(userKey), group);
    }

    @Override
    public boolean groupExists(String group) {
        if (group == null || group.isBlank()) {
            return false;
        }
        // Prefix search is the lookup SAL offers; the exact name is among the first few matches or nowhere.
        for (String name : userManager.findGroupNamesByPrefix(group, 0, 100)) {
            if (name.equals(group)) {
                return true;
            }
        }
        return false;
    }

    private static UserRef ref(UserProfile profile) {
        return new UserRef(profile.getUserKey().getStringValue(), profile.getUsername(), profile.getFullName());
    }
}
