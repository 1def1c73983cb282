package org.convlab.lesson.source;

/**
 * The bounds a lesson file must stay within. A lesson is untrusted text: these keep a broken or
 * hostile file from exhausting memory, the stack or the student's patience. lessons/README.md
 * lists them for authors.
 */
public final class Limits {
    private Limits() {
    }

    /** Size of lesson.md. */
    public static final int MAX_FILE_BYTES = 256 * 1024;
    /** Nesting of lists and maps inside one YAML block (snakeyaml-engine itself has no limit). */
    public static final int MAX_YAML_DEPTH = 12;
    /** Scalars, lists and maps in one YAML block. */
    public static final int MAX_YAML_NODES = 20_000;
    /** Characters in one YAML scalar. */
    public static final int MAX_SCALAR_CHARS = 10_000;
    /** Nesting of Markdown lists and quotes. */
    public static final int MAX_MARKDOWN_DEPTH = 16;

    public static final int MAX_ID_CHARS = 48;
    public static final int MAX_TITLE_CHARS = 120;
    public static final int MAX_OBJECTIVES = 8;
    public static final int MAX_OBJECTIVE_CHARS = 300;
    public static final int MAX_MINUTES = 240;
    /** Captions, option texts, hints. */
    public static final int MAX_SHORT_TEXT_CHARS = 2_000;
    /** Exercise prompts and explanations. */
    public static final int MAX_TEXT_CHARS = 6_000;

    public static final int MAX_LABS = 20;
    public static final int MAX_STEPS = 200;
    public static final int MAX_EXERCISES = 40;
    public static final int MAX_IMAGES = 40;
    public static final long MAX_IMAGE_BYTES = 8L * 1024 * 1024;

    /** Cells one step may highlight. */
    public static final int MAX_HIGHLIGHT_CELLS = 512;
    /** Cells of a fill-in grid the student types. */
    public static final int MAX_GRID_CELLS = 100;
    public static final int MAX_PARAMS = 12;
    public static final int MAX_CHOICES = 32;
    /** Random ranges stay within ±this. */
    public static final int MAX_PARAM_MAGNITUDE = 1_000_000;
    public static final int MAX_OPTIONS = 8;
    public static final int MAX_HINTS = 5;
    public static final int MAX_LAYERS = 16;
    public static final int MAX_EXPRESSION_CHARS = 200;
    public static final int MAX_EXPRESSION_DEPTH = 16;

    /** Parameter draws tried per randomized exercise when a lesson is checked. */
    public static final int CHECK_SAMPLES = 48;
    /** Numbers (input plus kernel) set up per exercise when checking; huge setups get fewer draws. */
    public static final long CHECK_WORK = 2_000_000;
    /** Problems listed per file; the rest are counted. */
    public static final int MAX_PROBLEMS = 200;
}
