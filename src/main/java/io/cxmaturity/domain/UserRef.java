package io.cxmaturity.domain;

/** A Confluence user as the product needs them: the stable key, the login name and the display name. */
public record UserRef(String key, String name, String fullName) {
    /** How people are named on pages: the full name, or the login name when there is none. */
    public String displayName() {
        return fullName == null || fullName.isBlank() ? name : fullName;
    }
}
