package io.cxmaturity.domain;

import java.util.List;

/** Recommended actions to move from one stage to the next. */
public record Transition(int from, int to, List<LocalizedText> actions) {
    public Transition {
        actions = List.copyOf(actions);
    }
}
