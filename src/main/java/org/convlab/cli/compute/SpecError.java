package org.convlab.cli.compute;

/** A spec broke a rule; the message names the field and the rule. */
final class SpecError extends RuntimeException {
    private final String field;

    SpecError(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null when the problem is not one field's. */
    String field() {
        return field;
    }
}
