package io.cxmaturity.report;

/** Chart colours (AUI's palette), chosen to stay apart for colour-blind readers and in greyscale print. */
public final class Palette {
    public static final String TEAM = "#0052CC";
    public static final String TEAM_FILL = "#4C9AFF";
    public static final String PREVIOUS = "#6B778C";
    public static final String TARGET = "#00875A";
    public static final String GRID = "#DFE1E6";
    public static final String AXIS = "#A5ADBA";
    public static final String TEXT = "#172B4D";
    public static final String MUTED = "#5E6C84";
    public static final String SPREAD = "#B3D4FF";
    /** Series colours for departments side by side. */
    public static final String[] SERIES = {"#0052CC", "#FF8B00", "#00875A", "#6554C0", "#DE350B", "#00A3BF", "#997A00"};

    private Palette() {
    }
}
