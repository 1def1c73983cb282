package org.convlab.engine;

/** Whether a forward pass trains (dropout active, batch statistics) or evaluates. */
public enum Mode {
    TRAIN, EVAL
}
