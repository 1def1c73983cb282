package org.convlab.ui;

import java.util.List;
import java.util.Optional;
import org.convlab.ui.lab.Lab;
import org.convlab.ui.lab.LabPage;
import org.convlab.ui.shell.HomePage;
import org.convlab.ui.shell.Shell;
import org.convlab.ui.shell.ShellModel;

/** The shell with every page of this build: what the app window, snapshots and tests all show. */
public final class Workbench {
    private final ShellModel model;
    private final Shell shell;
    private final List<LabPage> labs;

    private Workbench(ShellModel model, Shell shell, List<LabPage> labs) {
        this.model = model;
        this.shell = shell;
        this.labs = labs;
    }

    /** Builds the model and shell with the home page open. Call on the FX thread. */
    public static Workbench create() {
        ShellModel model = new ShellModel();
        model.pages().add(HomePage.page(model));
        List<LabPage> labs = Pages.labs();
        labs.forEach(l -> model.pages().add(l.page()));
        Shell shell = new Shell(model);
        model.open(HomePage.ID);
        return new Workbench(model, shell, labs);
    }

    public ShellModel model() {
        return model;
    }

    public Shell shell() {
        return shell;
    }

    /** The lab instance behind a lab page (made if its page was never opened); empty for other ids. */
    public Optional<Lab> lab(String id) {
        return labs.stream().filter(l -> l.id().equals(id)).findFirst().map(LabPage::lab);
    }
}
