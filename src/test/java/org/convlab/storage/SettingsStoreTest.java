package org.convlab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings s = Settings.defaults().withTheme("dark").withFontSize(24).withWindow(10, 20, 900, 600, true);
        store.save(s);
        SettingsStore.Loaded back = store.load();
        assertNull(back.problem());
        assertEquals(s, back.settings());
    }

    @Test
    void aMissingFileGivesDefaultsQuietly() {
        SettingsStore.Loaded l = new SettingsStore(dir.resolve("none.json")).load();
        assertEquals(Settings.defaults(), l.settings());
        assertNull(l.problem());
    }

    @Test
    void unknownWindowPositionStaysUnknown() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults());
        assertTrue(Double.isNaN(store.load().settings().windowX()));
    }

    @Test
    void aDamagedFileIsSetAsideAndReported() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"theme\": \"dark\", ");
        SettingsStore.Loaded l = new SettingsStore(file).load();
        assertEquals(Settings.defaults(), l.settings());
        assertTrue(l.problem().contains("damaged"), l.problem());
        assertTrue(Files.notExists(file));
        try (var files = Files.list(dir)) {
            List<Path> aside = files.toList();
            assertEquals(1, aside.size());
            assertEquals("{ \"theme\": \"dark\", ", Files.readString(aside.get(0)), "the damaged content is kept");
        }
    }

    @Test
    void anImpossibleFontSizeIsReportedNotClamped() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", \"fontSize\": 400}");
        SettingsStore.Loaded l = new SettingsStore(file).load();
        assertEquals(Settings.DEFAULT_FONT, l.settings().fontSize());
        assertTrue(l.problem().contains("fontSize 400"), l.problem());
    }

    @Test
    void aJsonArrayIsNotSettings() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "[1, 2]");
        assertTrue(new SettingsStore(file).load().problem().contains("not a JSON object"));
    }
}
