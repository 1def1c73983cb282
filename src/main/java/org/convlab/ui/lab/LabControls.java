package org.convlab.ui.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.convlab.explain.LabParamException;

/**
 * The named controls of a lab, so {@link Lab#lock} can disable some by name. A name stands for
 * one or more nodes and, optionally, an action for what is not a node (the editing of a grid).
 */
public final class LabControls {
    private final Map<String, List<Node>> nodes = new LinkedHashMap<>();
    private final Map<String, List<Consumer<Boolean>>> actions = new LinkedHashMap<>();
    private Set<String> locked = Set.of();

    /** Registers nodes under a name (adds to nodes already registered under it). */
    public void add(String name, Node... controls) {
        nodes.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(controls));
        actions.computeIfAbsent(name, k -> new ArrayList<>());
    }

    /** Registers something to call with true when the name is locked and false when unlocked. */
    public void onLock(String name, Consumer<Boolean> action) {
        nodes.computeIfAbsent(name, k -> new ArrayList<>());
        actions.computeIfAbsent(name, k -> new ArrayList<>()).add(action);
        action.accept(locked.contains(name));
    }

    public Set<String> names() {
        return new TreeSet<>(nodes.keySet());
    }

    public boolean isLocked(String name) {
        return locked.contains(name);
    }

    /** Locks exactly these names; throws LabParamException for a name that is not a control. */
    public void lock(Set<String> names) {
        for (String n : names) {
            if (!nodes.containsKey(n)) {
                throw new LabParamException(n, "no control \"" + n + "\" to lock; controls: " + String.join(", ", names()));
            }
        }
        locked = Set.copyOf(names);
        for (var e : nodes.entrySet()) {
            boolean lock = locked.contains(e.getKey());
            for (Node n : e.getValue()) {
                n.setDisable(lock);
            }
            for (Consumer<Boolean> a : actions.get(e.getKey())) {
                a.accept(lock);
            }
        }
    }
}
