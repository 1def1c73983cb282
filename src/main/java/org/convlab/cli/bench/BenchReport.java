package org.convlab.cli.bench;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the sections measured: one JSON object, and tables for people. */
public final class BenchReport {
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();
    private final List<BenchTable> tables = new ArrayList<>();

    /** The JSON object every section adds its fields to. */
    public ObjectNode json() {
        return json;
    }

    /** Starts a table printed after the earlier ones. */
    public BenchTable table(String title, String... columns) {
        BenchTable t = new BenchTable(title, columns);
        tables.add(t);
        return t;
    }

    /** All tables, each followed by a blank line. */
    public String tablesText() {
        StringBuilder sb = new StringBuilder();
        for (BenchTable t : tables) {
            sb.append(t.render()).append('\n');
        }
        return sb.toString();
    }
}
