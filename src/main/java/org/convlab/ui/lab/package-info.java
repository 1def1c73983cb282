/**
 * What every lab shares, and how the rest of the app drives one.
 *
 * <p>A lab implements {@link org.convlab.ui.lab.Lab} (id, view, {@code apply(params)} with the
 * keys {@code LabSpecParser} reads, {@code lock(controls)}, {@code player()},
 * {@code highlight(cells)}), and is listed in {@code org.convlab.ui.Pages.labs()} as a
 * {@link org.convlab.ui.lab.LabPage}; that puts it in the sidebar, on the home page, in
 * {@code convlab snapshot --page ID --param k=v --step N}, and in {@code Pages.newLab(id)} for
 * lessons. Cells are named across labs with {@link org.convlab.ui.lab.CellRef}.
 *
 * <p>A new lab follows the 2D lab's package ({@code conv2d}): a model without nodes (setup,
 * trace, player, focus), a frame view built in code (constructor, createView, init), the shared
 * widgets, {@link org.convlab.ui.lab.LabControls} to name its controls for locking, and
 * {@link org.convlab.ui.lab.LabStyles} plus lab.css for the frame (its own stylesheet next to
 * it for the rest). {@link org.convlab.ui.lab.TorchCode} writes PyTorch for 1D and 2D conv
 * setups; {@link org.convlab.ui.lab.ImageTensors} turns pictures into inputs.
 */
package org.convlab.ui.lab;
