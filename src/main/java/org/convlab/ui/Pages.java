package org.convlab.ui;

import java.util.List;
import org.convlab.ui.shell.Page;

/** The labs this build offers, in sidebar order. Each lab issue adds its line here. */
public final class Pages {
    private Pages() {
    }

    public static List<Page> labs() {
        return List.of();
    }
}
