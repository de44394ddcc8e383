package io.cxmaturity.testing;

/**
 * Small question-set definitions for tests, written as JSON the way an admin or the catalog writes them.
 * {@code t("x")} is a text in all three languages.
 */
public final class Definitions {
    private Definitions() {
    }

    public static String t(String text) {
        return "{\"en\":\"" + text + "\",\"ru\":\"" + text + " ру\",\"uk\":\"" + text + " ук\"}";
    }

    /**
     * Two blocks (a: a1 with weight 2 and a2; b: b1 and b2 which allow N/A, b3, and an unscored comment),
     * scale 0–4; maximum 2·4 + 4 + 3·4 = 24 points, four stages (see {@link #weightedBands()}).
     */
    public static String weighted() {
        return "{\"key\":\"weighted\",\"version\":1,\"title\":" + t("Weighted") + ","
                + "\"answerTypes\":{\"s\":{\"type\":\"scale\",\"min\":0,\"max\":4,\"labels\":{"
                + "\"0\":" + t("zero") + ",\"1\":" + t("one") + ",\"2\":" + t("two") + ",\"3\":" + t("three")
                + ",\"4\":" + t("four") + "}},\"c\":{\"type\":\"comment\"}},"
                + "\"blocks\":[{\"key\":\"a\",\"title\":" + t("A") + "},{\"key\":\"b\",\"title\":" + t("B") + "}],"
                + "\"questions\":["
                + "{\"key\":\"a1\",\"block\":\"a\",\"text\":" + t("A one") + ",\"answer\":\"s\",\"weight\":2},"
                + "{\"key\":\"a2\",\"block\":\"a\",\"text\":" + t("A two") + ",\"answer\":\"s\"},"
                + "{\"key\":\"b1\",\"block\":\"b\",\"text\":" + t("B one") + ",\"answer\":\"s\",\"allowNa\":true},"
                + "{\"key\":\"b2\",\"block\":\"b\",\"text\":" + t("B two") + ",\"answer\":\"s\",\"allowNa\":true},"
                + "{\"key\":\"b3\",\"block\":\"b\",\"text\":" + t("B three") + ",\"answer\":\"s\"},"
                + "{\"key\":\"note\",\"block\":\"b\",\"text\":" + t("Anything else?") + ",\"answer\":\"c\"}],"
                + "\"stages\":" + weightedBands() + "}";
    }

    /** Four stages over 0–24 points. */
    public static String weightedBands() {
        return "[{\"number\":1,\"name\":" + t("One") + ",\"band\":{\"min\":0,\"max\":5}},"
                + "{\"number\":2,\"name\":" + t("Two") + ",\"band\":{\"min\":6,\"max\":11}},"
                + "{\"number\":3,\"name\":" + t("Three") + ",\"band\":{\"min\":12,\"max\":17}},"
                + "{\"number\":4,\"name\":" + t("Four") + ",\"band\":{\"min\":18,\"max\":24}}]";
    }
}
