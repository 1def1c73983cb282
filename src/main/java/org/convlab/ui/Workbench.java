package org.convlab.ui;

import org.convlab.ui.shell.HomePage;
import org.convlab.ui.shell.Shell;
import org.convlab.ui.shell.ShellModel;

/** The shell with every page of this build: what the app window, snapshots and tests all show. */
public final class Workbench {
    private final ShellModel model;
    private final Shell shell;

    private Workbench(ShellModel model, Shell shell) {
        this.model = model;
        this.shell = shell;
    }

    /** Builds the model and shell with the home page open. Call on the FX thread. */
    public static Workbench create() {
        ShellModel model = new ShellModel();
        model.pages().add(HomePage.page(model));
        model.pages().addAll(Pages.labs());
        Shell shell = new Shell(model);
        model.open(HomePage.ID);
        return new Workbench(model, shell);
    }

    public ShellModel model() {
        return model;
    }

    public Shell shell() {
        return shell;
    }
}
