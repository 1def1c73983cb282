package org.convlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellModelTest {
    @Test
    void noticesAddUpAndAreNotRepeated() {
        ShellModel model = new ShellModel();
        model.addNotice("Your progress file was damaged; it was set aside.");
        model.addNotice("The settings file was damaged; defaults are used.");
        model.addNotice("Your progress file was damaged; it was set aside.");
        assertEquals("Your progress file was damaged; it was set aside. The settings file was damaged; defaults are used.",
                model.noticeProperty().get());
        model.noticeProperty().set(""); // dismissed
        model.addNotice("The lessons in x could not be listed.");
        assertEquals("The lessons in x could not be listed.", model.noticeProperty().get());
    }
}
