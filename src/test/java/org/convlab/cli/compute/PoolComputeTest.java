package org.convlab.cli.compute;

import static org.convlab.cli.compute.ComputeTestSupport.assertShape;
import static org.convlab.cli.compute.ComputeTestSupport.assertTensor;
import static org.convlab.cli.compute.ComputeTestSupport.error;
import static org.convlab.cli.compute.ComputeTestSupport.m;
import static org.convlab.cli.compute.ComputeTestSupport.ok;
import static org.convlab.cli.compute.ComputeTestSupport.v;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PoolComputeTest {
    private static final String X4 = "[[1,2,3,4],[5,6,7,8],[9,10,11,12],[13,14,15,16]]";

    @Test
    void maxPoolStrideDefaultsToTheWindow() {
        JsonNode r = ok("{'op':'maxpool2d','input':" + X4 + ",'kernel':2}");
        assertTensor(m(v(6, 8), v(14, 16)), r.get("output"));
        assertShape(r, 2, 2);
    }

    @Test
    void maxPoolGradientGoesToTheWinner() {
        JsonNode r = ok("{'op':'maxpool2d','input':" + X4 + ",'kernel':2,'grad_output':[[1,2],[3,4]]}");
        assertTensor(m(v(0, 0, 0, 0), v(0, 1, 0, 2), v(0, 0, 0, 0), v(0, 3, 0, 4)), r.get("grad_input"));
    }

    @Test
    void maxPoolPaddingNeverWins() {
        // 2x2 windows with stride 1 over a grid padded by one: padding acts as minus infinity.
        JsonNode r = ok("{'op':'maxpool2d','input':[[-1,-2],[-3,-4]],'kernel':2,'stride':1,'padding':1}");
        assertTensor(m(v(-1, -1, -2), v(-1, -1, -2), v(-3, -3, -4)), r.get("output"));
    }

    @Test
    void maxPoolWithPaddingAndStride() {
        JsonNode r = ok("{'op':'maxpool2d','input':[[1,2,3],[4,5,6],[7,8,9]],'kernel':3,'stride':2,'padding':1}");
        assertTensor(m(v(5, 6), v(8, 9)), r.get("output"));
    }

    @Test
    void maxPoolKeepsChannels() {
        JsonNode r = ok("{'op':'maxpool2d','input':[[[1,2],[3,4]],[[8,7],[6,5]]],'kernel':[2,1]}");
        assertTensor(m(m(v(3, 4)), m(v(8, 7))), r.get("output"));
        assertShape(r, 2, 1, 2);
    }

    @Test
    void avgPool() {
        assertTensor(m(v(3.5, 5.5), v(11.5, 13.5)), ok("{'op':'avgpool2d','input':" + X4 + ",'kernel':2}").get("output"));
    }

    @Test
    void avgPoolCountsThePadding() {
        // Each 2x2 window divides by 4 even where it covers padding.
        JsonNode r = ok("{'op':'avgpool2d','input':[[1,2],[3,4]],'kernel':2,'stride':1,'padding':1}");
        assertTensor(m(v(0.25, 0.75, 0.5), v(1, 2.5, 1.5), v(0.75, 1.75, 1)), r.get("output"));
    }

    @Test
    void avgPoolGradientIsSpreadEvenly() {
        JsonNode r = ok("{'op':'avgpool2d','input':[[1,2],[3,4]],'kernel':2,'grad_output':[[4]]}");
        assertTensor(m(v(1, 1), v(1, 1)), r.get("grad_input"));
    }

    @Test
    void globalAveragePool() {
        JsonNode r = ok("{'op':'globalavgpool','input':[[[1,2],[3,4]],[[0,0],[0,8]]],'grad_output':[4,8]}");
        assertTensor(v(2.5, 2), r.get("output"));
        assertShape(r, 2);
        assertTensor(m(m(v(1, 1), v(1, 1)), m(v(2, 2), v(2, 2))), r.get("grad_input"));
    }

    @Test
    void invalidPools() {
        error("{'op':'maxpool2d','input':[[1,2],[3,4]],'kernel':3,'padding':2}", "padding", "half the window");
        error("{'op':'maxpool2d','input':[[1,2],[3,4]],'kernel':3}", "output", "would be 0");
        error("{'op':'avgpool2d','input':[[1,2],[3,4]]}", "kernel", "missing");
        error("{'op':'avgpool2d','input':[[1,2],[3,4]],'kernel':2,'padding':-1}", "padding", "negative");
        error("{'op':'maxpool2d','input':[[1,2],[3,4]],'kernel':2,'stride':0}", "stride", "at least 1");
        error("{'op':'globalavgpool','input':[[1,2],[3,4]]}", "input", "rank 3");
        error("{'op':'maxpool2d','input':[[1,2],[3,4]],'kernel':1,'grad_output':[[1,2]]}", "grad_output", "[2, 2]");
    }
}
