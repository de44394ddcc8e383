package io.cxmaturity.port;

import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.UserRef;

import java.util.Optional;

/** Who is asking, and the product's users. */
public interface UserDirectory {
    /** The user of the current request; empty when anonymous. */
    Optional<UserRef> currentUser();

    /** The language the current user reads the product in. */
    Language currentLanguage();

    Optional<UserRef> findByKey(String userKey);

    Optional<UserRef> findByName(String username);

    boolean isInGroup(String userKey, String group);

    /** Whether a group of exactly this name exists. */
    boolean groupExists(String group);
}
