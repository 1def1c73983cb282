package org.convlab.ui;

import java.util.List;
import java.util.Optional;
import org.convlab.explain.LabSpec;
import org.convlab.ui.lab.Lab;
import org.convlab.ui.lab.LabPage;
import org.convlab.ui.lab.conv1d.Conv1dLab;
import org.convlab.ui.lab.conv2d.Conv2dLab;
import org.convlab.ui.lab.pool.PoolLab;

/** The labs this build offers, in sidebar order. Each lab issue adds its line here. */
public final class Pages {
    private Pages() {
    }

    /** A new list of lab pages (each with its own instance, made when first opened). */
    public static List<LabPage> labs() {
        return List.of(
                new LabPage(LabSpec.CONV1D, "1D convolution",
                        "Slide a kernel along a signal: moving average, difference, template matching; causal padding, "
                        + "stride, dilation, the flip of a true convolution, and the same layer as a banded matrix.",
                        Conv1dLab::new),
                new LabPage(LabSpec.CONV2D, "2D convolution",
                        "Slide a kernel over an image: padding, stride, dilation, channels, filters and groups, "
                        + "one multiply-add at a time.", Conv2dLab::new),
                new LabPage(LabSpec.POOL, "Pooling",
                        "Max, average and global average pooling window by window, padding and stride included; "
                        + "shift the input a pixel at a time and count what pooling keeps.", PoolLab::new));
    }

    /** A fresh lab of this id, for a lesson that embeds one; empty for an unknown id. */
    public static Optional<Lab> newLab(String id) {
        return labs().stream().filter(p -> p.id().equals(id)).findFirst().map(LabPage::newInstance);
    }
}
