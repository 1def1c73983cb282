package org.convlab.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;

/** The app's colour themes: AtlantaFX's Primer pair, with ConvLab's own stylesheet on top. */
public enum Theme {
    LIGHT("light", new PrimerLight().getUserAgentStylesheet()),
    DARK("dark", new PrimerDark().getUserAgentStylesheet());

    /** ConvLab's own rules, written against AtlantaFX's colour variables so they follow the theme. */
    public static final String APP_STYLESHEET = Theme.class.getResource("/org/convlab/ui/theme/convlab.css").toExternalForm();

    private final String id;
    private final String userAgentStylesheet;

    Theme(String id, String userAgentStylesheet) {
        this.id = id;
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** "light" or "dark", as stored in the settings file. */
    public String id() {
        return id;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    public boolean isDark() {
        return this == DARK;
    }

    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** The theme with this id; unknown ids give LIGHT. */
    public static Theme fromId(String id) {
        String want = id == null ? "" : id.toLowerCase(Locale.ROOT);
        for (Theme t : values()) {
            if (t.id.equals(want)) {
                return t;
            }
        }
        return LIGHT;
    }
}
