package org.convlab.ui.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.LessonFiles;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.ParseResult;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.ui.shell.HomePage;
import org.convlab.ui.shell.Page;
import org.convlab.ui.shell.ShellModel;

/**
 * The lessons of a folder as pages of the shell: one per {@code NN-name/lesson.md}, titled
 * from the lesson's front matter and marked with the student's progress ("3/9", "⚠" for a lesson
 * with problems, which still appears). Lessons are parsed on a background thread, so the window
 * opens at once; each page's {@link LessonPlayer} is made when it is first opened and watches
 * its file while it is the page shown. "Reload lessons" ({@link #scan()}) picks up folders added
 * or removed since.
 */
public final class LessonCatalog implements AutoCloseable {
    /** Page ids are this prefix and the lesson's folder name: "lesson:01-convolution". */
    public static final String PAGE_PREFIX = "lesson:";

    private final Path folder;
    private final ShellModel shell;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lesson-parser");
        t.setDaemon(true);
        return t;
    });
    private final LessonContext context;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private CompletableFuture<Void> loaded = CompletableFuture.completedFuture(null);

    /** One lesson file, its last parse and its page's player (null until opened). */
    private final class Entry {
        final Path file;
        final String pageId;
        final StringProperty badge = new SimpleStringProperty("");
        ParseResult result;
        LessonPlayer player;
        Page page;

        Entry(Path file) {
            this.file = file;
            this.pageId = PAGE_PREFIX + file.toAbsolutePath().getParent().getFileName();
        }
    }

    /**
     * @param openLink opens a lesson's link in the browser (the app never fetches it)
     */
    public LessonCatalog(Path folder, ShellModel shell, ProgressStore store, LessonParser parser, Consumer<String> openLink) {
        this.folder = folder;
        this.shell = shell;
        this.context = new LessonContext(store, shell::addNotice, openLink, parser, background);
        shell.currentProperty().addListener((o, a, page) -> entries.values().forEach(e -> {
            if (e.player != null) {
                e.player.setActive(page != null && page.id().equals(e.pageId));
            }
        }));
        shell.reloadLessonsProperty().set(this::scan);
    }

    /**
     * Lists the lesson folders (on the FX thread: names only), updates the pages, then parses
     * every lesson in the background; {@link #loaded()} completes when the pages show them.
     */
    public CompletableFuture<Void> scan() {
        List<Path> files;
        try {
            files = Files.isDirectory(folder) ? LessonFiles.find(folder) : List.of();
        } catch (IOException | RuntimeException e) {
            context.notice().accept("The lessons in " + folder + " could not be listed: " + e.getMessage());
            files = List.of();
        }
        Map<String, Entry> next = new LinkedHashMap<>();
        for (Path f : files) {
            Entry e = new Entry(f);
            Entry old = entries.get(e.pageId);
            next.put(e.pageId, old != null && old.file.equals(f) ? old : e);
        }
        for (Entry gone : entries.values()) {
            if (next.get(gone.pageId) != gone && gone.player != null) {
                gone.player.close();
            }
        }
        entries.clear();
        entries.putAll(next);
        Page current = shell.currentProperty().get();
        syncPages();
        if (current != null && current.section() == Page.Section.LESSON && !entries.containsKey(current.id())) {
            shell.open(HomePage.ID);
        }
        List<Entry> toParse = new ArrayList<>(entries.values());
        CompletableFuture<Void> done = new CompletableFuture<>();
        loaded = done;
        background.execute(() -> {
            List<ParseResult> results = toParse.stream().map(e -> context.parser().parse(e.file)).toList();
            Platform.runLater(() -> {
                for (int i = 0; i < toParse.size(); i++) {
                    Entry e = toParse.get(i);
                    if (e.player != null) {
                        e.player.load(results.get(i)); // reports back through parsed()
                    } else {
                        e.result = results.get(i);
                    }
                }
                syncPages();
                done.complete(null);
            });
        });
        return done;
    }

    /** Completes once the last scan's lessons are parsed and shown in the sidebar. */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    /** The page ids of the lessons, in order. */
    public List<String> pageIds() {
        return List.copyOf(entries.keySet());
    }

    /** The page id of a lesson given by its id ("convolution"), its folder ("01-convolution") or its page id. */
    public Optional<String> pageIdOf(String name) {
        for (Entry e : entries.values()) {
            Lesson l = e.result == null ? null : e.result.lesson();
            if (e.pageId.equals(name) || e.pageId.equals(PAGE_PREFIX + name) || l != null && l.id().equals(name)) {
                return Optional.of(e.pageId);
            }
        }
        return Optional.empty();
    }

    /** The player of a lesson page, made (and given the lesson) if it was never opened. */
    public Optional<LessonPlayer> player(String pageId) {
        Entry e = entries.get(pageId);
        return e == null ? Optional.empty() : Optional.of(playerFor(e));
    }

    private LessonPlayer playerFor(Entry e) {
        if (e.player == null) {
            e.player = new LessonPlayer(e.file, context, r -> parsed(e, r));
            if (e.result != null) {
                e.player.load(e.result);
            } else {
                e.player.reload();
            }
            Page current = shell.currentProperty().get();
            e.player.setActive(current != null && current.id().equals(e.pageId));
        }
        return e.player;
    }

    /** A player parsed its file (a reload, or progress changed): refresh the mark and, if needed, the page. */
    private void parsed(Entry e, ParseResult r) {
        e.result = r;
        e.badge.set(badge(r));
        Page p = page(e);
        if (e.page == null || !p.title().equals(e.page.title()) || !java.util.Objects.equals(p.summary(), e.page.summary())) {
            syncPages();
        }
    }

    private void syncPages() {
        List<Page> lessons = new ArrayList<>();
        for (Entry e : entries.values()) {
            e.badge.set(badge(e.result));
            e.page = page(e);
            lessons.add(e.page);
        }
        Page current = shell.currentProperty().get();
        shell.pages().removeIf(p -> p.section() == Page.Section.LESSON);
        shell.pages().addAll(lessons);
        if (current != null && current.section() == Page.Section.LESSON && entries.containsKey(current.id())) {
            shell.open(current.id()); // the header shows the new title
        }
    }

    private Page page(Entry e) {
        Lesson l = e.result == null ? null : e.result.lesson();
        String title = l != null ? l.title() : provisionalTitle(e.file);
        return new Page(e.pageId, title, Page.Section.LESSON, summary(e.result), () -> playerFor(e).view(), e.badge);
    }

    private String badge(ParseResult r) {
        if (r == null) {
            return "";
        }
        if (r.lesson() == null) {
            return "⚠";
        }
        String mark = ProgressMark.of(r.lesson(), context.store().progress().lesson(r.lesson().id())).text();
        return r.problems().isEmpty() ? mark : ("⚠ " + mark).strip();
    }

    private static String summary(ParseResult r) {
        if (r == null) {
            return "Reading the lesson…";
        }
        Lesson l = r.lesson();
        if (l == null) {
            return "This lesson cannot be read: open it to see why.";
        }
        int steps = l.steps().size();
        int ex = l.exercises().size();
        String s = "About " + l.meta().minutes() + " minutes · " + steps + (steps == 1 ? " step" : " steps") + " · " + ex
                + (ex == 1 ? " exercise" : " exercises");
        int n = r.problems().size();
        return n == 0 ? s : s + " · " + n + (n == 1 ? " problem" : " problems") + " to fix";
    }

    /** "01-convolution" → "Convolution", until the lesson is read. */
    static String provisionalTitle(Path file) {
        String name = file.toAbsolutePath().getParent().getFileName().toString().replaceFirst("^\\d+[-_ ]*", "").replace('-', ' ');
        return name.isEmpty() ? "Lesson" : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** Stops every watcher and the background thread (at exit). */
    @Override
    public void close() {
        entries.values().forEach(e -> {
            if (e.player != null) {
                e.player.close();
            }
        });
        background.shutdownNow();
    }
}
