package org.convlab.explain;

/** A lab parameter that is unknown or has a bad value; the message names the key and what is allowed. */
public final class LabParamException extends IllegalArgumentException {
    private final String key;

    public LabParamException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The parameter at fault ("padding"), or null when the problem is not one key's. */
    public String key() {
        return key;
    }
}
