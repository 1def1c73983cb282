package org.convlab.ui.lab;

import java.util.function.Supplier;
import org.convlab.ui.shell.Page;

/**
 * A lab as the shell lists it: id, title and summary for the sidebar and home page, and the
 * factory of its instances. The page shows one instance, made the first time it is opened or
 * asked for with {@link #lab()}; {@link #newInstance()} makes independent ones (lessons).
 */
public final class LabPage {
    private final String id;
    private final String title;
    private final String summary;
    private final Supplier<? extends Lab> factory;
    private Lab lab;

    public LabPage(String id, String title, String summary, Supplier<? extends Lab> factory) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    /** The shell page; its view is the page's lab instance. */
    public Page page() {
        return new Page(id, title, Page.Section.LAB, summary, () -> lab().view());
    }

    /** The instance the page shows, made on first use. */
    public Lab lab() {
        if (lab == null) {
            lab = factory.get();
        }
        return lab;
    }

    /** A new instance of its own. */
    public Lab newInstance() {
        return factory.get();
    }
}
