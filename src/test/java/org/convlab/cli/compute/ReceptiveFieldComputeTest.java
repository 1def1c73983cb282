package org.convlab.cli.compute;

import static org.convlab.cli.compute.ComputeTestSupport.error;
import static org.convlab.cli.compute.ComputeTestSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReceptiveFieldComputeTest {
    private static void assertStep(JsonNode layer, long size, long jump, double start) {
        assertEquals(size, layer.get("size").longValue(), "size in " + layer);
        assertEquals(jump, layer.get("jump").longValue(), "jump in " + layer);
        assertEquals(start, layer.get("start").doubleValue(), 1e-12, "start in " + layer);
    }

    @Test
    void twoUnpaddedThreeByThreeLayersSeeFivePixels() {
        JsonNode l = ok("{'op':'receptive_field','layers':[{'kernel':3},{'kernel':3}]}").get("layers");
        assertEquals(2, l.size());
        assertStep(l.get(0), 3, 1, 1.5);
        assertStep(l.get(1), 5, 1, 2.5);
    }

    @Test
    void lenetLikeStack() {
        // conv 5 pad 2, pool 2 stride 2, conv 5, pool 2 stride 2 (worked out in the class comment's formulas)
        JsonNode l = ok("{'op':'receptive_field','layers':[{'kernel':5,'padding':2},{'kernel':2,'stride':2},"
                + "{'kernel':5},{'kernel':2,'stride':2}]}").get("layers");
        assertStep(l.get(0), 5, 1, 0.5);
        assertStep(l.get(1), 6, 2, 1.0);
        assertStep(l.get(2), 14, 2, 5.0);
        assertStep(l.get(3), 16, 4, 6.0);
    }

    @Test
    void dilationWidensTheKernel() {
        JsonNode l = ok("{'op':'receptive_field','layers':[{'kernel':3,'dilation':2},{'kernel':3,'dilation':4,'padding':4}]}").get("layers");
        assertStep(l.get(0), 5, 1, 2.5);
        assertStep(l.get(1), 13, 1, 2.5);
    }

    @Test
    void invalidLayers() {
        error("{'op':'receptive_field','layers':[]}", "layers", "non-empty");
        error("{'op':'receptive_field'}", "layers", "missing");
        error("{'op':'receptive_field','layers':[{'stride':2}]}", "layers[0]", "kernel");
        error("{'op':'receptive_field','layers':[{'kernel':3,'padding':-1}]}", "padding", "at least 0");
        error("{'op':'receptive_field','layers':[{'kernel':0}]}", "kernel", "at least 1");
        error("{'op':'receptive_field','layers':[3]}", "layers[0]", "object");
    }
}
