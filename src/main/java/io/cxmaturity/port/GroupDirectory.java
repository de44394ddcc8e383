package io.cxmaturity.port;

import io.cxmaturity.domain.Recipient;

import java.util.List;

/** Members of the product's user groups, with what it takes to write to them. */
public interface GroupDirectory {
    /** The active members of a group with their e-mail address and language; empty for an unknown group. */
    List<Recipient> members(String group);
}
