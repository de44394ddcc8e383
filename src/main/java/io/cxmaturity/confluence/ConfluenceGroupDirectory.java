package io.cxmaturity.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.user.Group;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Recipient;
import io.cxmaturity.port.GroupDirectory;

import java.util.ArrayList;
import java.util.List;

/**
 * Group members through Confluence's user accessor (SAL can test membership but not list it), each with
 * their e-mail address and the language of their profile (SAL's locale resolver for that user).
 */
public class ConfluenceGroupDirectory implements GroupDirectory {
    private final UserAccessor userAccessor;
    private final LocaleResolver localeResolver;

    public ConfluenceGroupDirectory(UserAccessor userAccessor, LocaleResolver localeResolver) {
        this.userAccessor = userAccessor;
        this.localeResolver = localeResolver;
    }

    @Override
    public List<Recipient> members(String group) {
        if (group == null || group.isBlank()) {
            return List.of();
        }
        Group found = userAccessor.getGroup(group);
        if (found == null) {
            return List.of();
        }
        List<Recipient> members = new ArrayList<>();
        for (Object name : userAccessor.getMemberNamesAsList(found)) {
            ConfluenceUser user = userAccessor.getUserByName(String.valueOf(name));
            if (user == null || user.getKey() == null) {
                continue;
            }
            members.add(new Recipient(user.getKey().getStringValue(), user.getName(), user.getFullName(),
                    user.getEmail(), Language.of(localeResolver.getLocale(user.getKey()))));
        }
        return members;
    }
}
