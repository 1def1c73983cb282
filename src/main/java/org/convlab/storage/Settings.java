package org.convlab.storage;

/**
 * What ConvLab remembers between runs: theme, font size and the window's place.
 * A NaN window coordinate means "let the system place the window".
 */
public record Settings(String theme, double fontSize,
                       double windowX, double windowY, double windowWidth, double windowHeight,
                       boolean maximized) {

    public static final double MIN_FONT = 10;
    public static final double MAX_FONT = 40;
    public static final double DEFAULT_FONT = 16;

    public static Settings defaults() {
        return new Settings("light", DEFAULT_FONT, Double.NaN, Double.NaN, 1280, 800, false);
    }

    public Settings withTheme(String t) {
        return new Settings(t, fontSize, windowX, windowY, windowWidth, windowHeight, maximized);
    }

    public Settings withFontSize(double f) {
        return new Settings(theme, f, windowX, windowY, windowWidth, windowHeight, maximized);
    }

    public Settings withWindow(double x, double y, double w, double h, boolean max) {
        return new Settings(theme, fontSize, x, y, w, h, max);
    }
}
