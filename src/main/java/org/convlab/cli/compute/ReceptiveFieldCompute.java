package org.convlab.cli.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convlab.explain.ReceptiveField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** receptive_field: size, jump and start after each layer of a 1D stack. */
final class ReceptiveFieldCompute {
    private static final Set<String> LAYER_FIELDS = Set.of("kernel", "stride", "dilation", "padding");

    private ReceptiveFieldCompute() {
    }

    static ObjectNode run(Spec s) {
        s.rejectTypos(Set.of("layers"));
        JsonNode layers = s.raw("layers");
        if (layers == null || layers.isNull()) {
            throw new SpecError("layers", "receptive_field: missing field \"layers\" (a list of {kernel, stride, dilation, padding})");
        }
        if (!layers.isArray() || layers.isEmpty()) {
            throw new SpecError("layers", "receptive_field: field \"layers\" must be a non-empty list of layers, got "
                    + (layers.isArray() ? "an empty list" : JsonTensor.describe(layers)));
        }
        List<ReceptiveField.Layer> parsed = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            JsonNode l = layers.get(i);
            String where = "layers[" + i + "]";
            if (!l.isObject()) {
                throw new SpecError(where, "receptive_field: " + where + " must be an object {kernel, stride, dilation, padding}, got " + JsonTensor.describe(l));
            }
            Spec layer = new Spec("receptive_field: " + where, l);
            layer.rejectTypos(LAYER_FIELDS);
            if (!layer.has("kernel")) {
                throw new SpecError(where + ".kernel", "receptive_field: " + where + " is missing \"kernel\"");
            }
            parsed.add(new ReceptiveField.Layer(layer.integer("kernel", 1, 1), layer.integer("stride", 1, 1),
                    layer.integer("dilation", 1, 1), layer.integer("padding", 0, 0)));
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (ReceptiveField.Step step : ReceptiveField.through(parsed)) {
            ObjectNode o = out.addObject();
            o.put("size", step.size());
            o.put("jump", step.jump());
            o.put("start", step.start());
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("layers", out);
        return result;
    }
}
