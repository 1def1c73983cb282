/**
 * Widgets every lab shares. None computes the numbers it shows: values, steps and sizes come
 * from {@code org.convlab.explain} (traces, setups) or the engine.
 *
 * <h2>Grids</h2>
 * {@link org.convlab.ui.widgets.TensorGrid} draws one channel [rows × cols] on a Canvas: numbers
 * in tinted cells while no side (padding included) exceeds {@code setNumberLimit} (16), else a
 * heat map with a legend. Coordinates are {@link org.convlab.ui.widgets.Cell}s in the tensor's
 * own indices, so padding cells (drawn hatched, holding 0) have negative indices or indices past
 * the end, exactly as {@code ConvTrace.Tap.iy/ix} and {@code PoolTrace.Cell} name them.
 * <ul>
 * <li>{@code setValues(float[], rows, cols)}, {@code setPadding(top, bottom, left, right)},
 *     {@code setNonNegativePalette(Palette)}, {@code setScale(ColorScale)}, {@code setMode},
 *     {@code setRevealed(n)} (only the first n cells show values: outputs computed so far),
 *     {@code setDimmed}. A NaN value is a blank cell (a fill-in grid's untyped cells).</li>
 * <li>{@code setEmphasis(Emphasis.WINDOW | LINKED | LESSON, cells)}: the current window or taps
 *     (dilation holes stay plain inside a dashed box), cells linked to a hovered cell elsewhere,
 *     cells a lesson points at. {@code setPinned(cell)} draws a heavy outline and a corner mark.</li>
 * <li>{@code setOnHover(cell -> …)} (null when the mouse leaves), {@code setOnClick(cell -> …)}.</li>
 * <li>{@code setEditHandler((cell, value) -> null or "why not")}: double-click or Enter edits a
 *     data cell in place; Tab moves on, Escape cancels; text that is not a number
 *     ({@link org.convlab.ui.widgets.NumberInput}) is refused with a message, never clamped.</li>
 * </ul>
 * A 1D signal is a grid with one row; pooling windows are {@code WINDOW} emphasis.
 *
 * <h2>Colour</h2>
 * {@link org.convlab.ui.widgets.Palette} holds the scales (DIVERGING blue–white–orange for signed
 * values, SEQUENTIAL viridis for intensities, GRAY for pictures);
 * {@link org.convlab.ui.widgets.ColorScale} pairs one with a range;
 * {@link org.convlab.ui.widgets.Legend} is its key. Canvas widgets take their theme colours from
 * CSS ({@link org.convlab.ui.widgets.CanvasRegion}, widgets.css).
 *
 * <h2>Stepping</h2>
 * {@link org.convlab.ui.widgets.StepPlayerModel} (index −1 = overview, 0 … count − 1; play,
 * pause, step, jump, {@code stepMillisProperty()} with 0 = at once; ticked by
 * {@link org.convlab.ui.widgets.StepTimer}, or by hand in tests) and
 * {@link org.convlab.ui.widgets.StepPlayerBar} (its controls; {@code installShortcuts(labRoot,
 * model)}: Space, ←, →, Home, End, Escape).
 *
 * <h2>Explaining</h2>
 * {@link org.convlab.ui.widgets.EquationView} lays out lines of styled parts;
 * {@link org.convlab.ui.widgets.ConvArithmetic} turns a {@code ConvTrace.Step} into those lines
 * (products per channel, partial sums, their sum, bias, value). A pooling lab writes its own
 * builder of {@code EquationView.Line}s from {@code PoolTrace.Step} the same way.
 * {@link org.convlab.ui.widgets.OutputSizeView} shows {@code OutputSize.pluggedIn()} per axis
 * (full or compact); {@link org.convlab.ui.widgets.ProblemBanner} shows a setup's
 * {@code problems()} in place.
 */
package org.convlab.ui.widgets;
