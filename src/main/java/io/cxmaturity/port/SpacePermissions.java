package io.cxmaturity.port;

/** What Confluence lets a user do in a space. A null user key stands for an anonymous visitor. */
public interface SpacePermissions {
    boolean spaceExists(String spaceKey);

    boolean canView(String spaceKey, String userKey);

    boolean isSpaceAdmin(String spaceKey, String userKey);

    /** Display names of the space's administrators: who to ask about the space's assessments. */
    java.util.List<String> spaceAdminNames(String spaceKey);
}
