package io.cxmaturity.domain;

/**
 * A group of respondents in a space (a department, a cross-functional team), with the question set it
 * answers. Its key is stable, so macros can name it even after a rename.
 *
 * @param headcount how many people are expected to answer, for the response rate; 0 when not given
 */
public record Department(long id, String spaceKey, String key, String name, String setKey, boolean archived,
                         int headcount) {
}
