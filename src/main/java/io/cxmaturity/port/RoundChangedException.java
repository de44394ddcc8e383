package io.cxmaturity.port;

/**
 * A write was based on a round that changed meanwhile: its anonymity was switched, or it was closed, between
 * the moment a request read it and the moment the write reached the database.
 */
public class RoundChangedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public RoundChangedException(String message) {
        super(message);
    }
}
