package org.convlab.engine;

/** A loss value and its gradient with respect to the loss's input (the network's output). */
public record LossResult(double loss, Tensor gradInput) {
}
