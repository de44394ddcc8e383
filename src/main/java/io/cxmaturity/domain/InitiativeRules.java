package io.cxmaturity.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an initiative must be: a title of at most 200 characters, a description of at most 4,000, a building
 * block of its question set, a horizon of 6, 12 or 24 months, a target stage the set has, progress from 0 to
 * 100 %, and a link that is an http(s) URL, a path on this Confluence (starting with one "/") or a Jira issue
 * key such as {@code CX-12}, at most 500 characters. Anything else, such as {@code javascript:}, is refused.
 */
public final class InitiativeRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_LINK = 500;
    /** Most initiatives a space keeps (done and dropped ones count). */
    public static final int MAX_PER_SPACE = 500;

    private static final Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9]+-[0-9]+");
    private static final Pattern UNSAFE = Pattern.compile("[\\s\\p{Cntrl}<>\"\\\\`]");

    private InitiativeRules() {
    }

    /** The fields an admin gives, before they are checked. */
    public record Fields(String blockKey, String title, String description, Integer horizonMonths,
                         Integer targetStage, int progress, String link) {
    }

    /** Every rule the fields break, in the order of the form (block, title, description, horizon …). */
    public static List<Violation> check(QuestionSet set, Fields f) {
        List<Violation> broken = new ArrayList<>();
        if (f.blockKey() == null || f.blockKey().isBlank()) {
            broken.add(Violation.of("blockKey", "required"));
        } else if (set.block(f.blockKey()).isEmpty()) {
            broken.add(Violation.of("blockKey", "unknown-block", f.blockKey()));
        }
        if (f.title() == null || f.title().isBlank()) {
            broken.add(Violation.of("title", "required"));
        } else if (length(f.title()) > MAX_TITLE) {
            broken.add(Violation.of("title", "too-long", MAX_TITLE));
        }
        if (f.description() != null && length(f.description()) > MAX_DESCRIPTION) {
            broken.add(Violation.of("description", "too-long", MAX_DESCRIPTION));
        }
        if (f.horizonMonths() == null) {
            broken.add(Violation.of("horizon", "required"));
        } else if (Horizon.ofMonths(f.horizonMonths()).isEmpty()) {
            broken.add(Violation.of("horizon", "not-one-of", "6, 12, 24"));
        }
        if (f.targetStage() != null && set.stage(f.targetStage()).isEmpty()) {
            broken.add(Violation.of("targetStage", "unknown-stage", f.targetStage()));
        }
        if (f.progress() < 0 || f.progress() > 100) {
            broken.add(Violation.of("progress", "out-of-range", 0, 100));
        }
        if (f.link() != null && !f.link().isEmpty()) {
            if (length(f.link()) > MAX_LINK) {
                broken.add(Violation.of("link", "too-long", MAX_LINK));
            } else if (!isLink(f.link())) {
                broken.add(Violation.of("link", "invalid-link"));
            }
        }
        return broken;
    }

    /** Whether a link is one the roadmap accepts (see the class comment). */
    public static boolean isLink(String link) {
        if (link == null || link.isEmpty() || UNSAFE.matcher(link).find()) {
            return false;
        }
        if (JIRA_KEY.matcher(link).matches()) {
            return true;
        }
        if (link.startsWith("/")) {
            // "//host/…" would leave Confluence: only a path on this site counts as a path.
            return !link.startsWith("//") && parses(link);
        }
        String lower = link.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether a link names a Jira issue (shown as text: the product does not know the Jira address). */
    public static boolean isIssueKey(String link) {
        return link != null && JIRA_KEY.matcher(link).matches();
    }

    private static boolean parses(String path) {
        try {
            new URI(path);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
