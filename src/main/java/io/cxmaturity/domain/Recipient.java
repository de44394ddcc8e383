package io.cxmaturity.domain;

/** Someone a mail can go to: the user, their e-mail address (null when unknown) and the language they read. */
public record Recipient(String userKey, String name, String fullName, String email, Language language) {
    public String displayName() {
        return fullName == null || fullName.isBlank() ? name : fullName;
    }
}
