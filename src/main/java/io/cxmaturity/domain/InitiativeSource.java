package io.cxmaturity.domain;

/**
 * Where an initiative came from: typed by an admin, or made with one click from a key driver of a stage, an
 * action of a transition between stages, or an initiative template of the set.
 */
public enum InitiativeSource {
    MANUAL, DRIVER, TRANSITION, TEMPLATE
}
