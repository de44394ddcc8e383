package io.cxmaturity.domain;

/** A Confluence user as the product needs them: the stable key, the login name and the display name. */
public record UserRef(String key, String name, String fullName) {
}
