package io.cxmaturity.domain;

/**
 * A group of respondents in a space (a department, a cross-functional team), with the question set it
 * answers. Its key is stable, so macros can name it even after a rename.
 *
 * @param headcount       how many people are expected to answer, for the response rate; 0 when not given
 * @param cadenceMonths   how often the department re-assesses: every 6 or 12 months (0: not planned)
 * @param respondentGroup the Confluence group expected to answer (reminders go to its members who have not
 *                        answered yet); null when respondents are not named
 */
public record Department(long id, String spaceKey, String key, String name, String setKey, boolean archived,
                         int headcount, int cadenceMonths, String respondentGroup) {
    public static final int DEFAULT_CADENCE = 12;

    public Department(long id, String spaceKey, String key, String name, String setKey, boolean archived,
                      int headcount) {
        this(id, spaceKey, key, name, setKey, archived, headcount, DEFAULT_CADENCE, null);
    }

    /** Whether the cadence is one the product plans for: 0 (none), 6 (twice a year) or 12 (once a year). */
    public static boolean isCadence(int months) {
        return months == 0 || months == 6 || months == 12;
    }
}
