package io.cxmaturity.domain;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

/** People are named by their full name, and by their login name when Confluence has no full name for them. */
public class UserRefTest {
    @Test
    public void displayNameFallsBackToTheLoginName() {
        assertEquals("Maria Member", new UserRef("key-member", "member", "Maria Member").displayName());
        assertEquals("member", new UserRef("key-member", "member", null).displayName());
        assertEquals("member", new UserRef("key-member", "member", "  ").displayName());
    }
}
