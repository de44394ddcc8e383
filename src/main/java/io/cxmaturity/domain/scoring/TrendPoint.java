package io.cxmaturity.domain.scoring;

/**
 * One line of a trend: the team's median percentage in the earlier and the later round (on the comparable
 * questions only), the change, and how many respondents each median stands on. NaN where a round has no data.
 */
public record TrendPoint(String key, double from, double to, double delta, int fromRespondents, int toRespondents) {
}
