package org.convlab.cli.compute;

import static org.convlab.cli.compute.ComputeTestSupport.assertShape;
import static org.convlab.cli.compute.ComputeTestSupport.assertTensor;
import static org.convlab.cli.compute.ComputeTestSupport.error;
import static org.convlab.cli.compute.ComputeTestSupport.m;
import static org.convlab.cli.compute.ComputeTestSupport.ok;
import static org.convlab.cli.compute.ComputeTestSupport.v;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** conv1d and conv2d through the compute contract; every expectation is worked out by hand. */
class ConvComputeTest {
    private static final String X3 = "[[1,2,3],[4,5,6],[7,8,9]]";

    @Test
    void conv2dWithoutChannelAxesIsCrossCorrelation() {
        // out[i][j] = x[i][j] - x[i+1][j+1]: no kernel flip.
        JsonNode r = ok("{'op':'conv2d','input':" + X3 + ",'kernel':[[1,0],[0,-1]]}");
        assertTensor(m(v(-4, -4), v(-4, -4)), r.get("output"));
        assertShape(r, 2, 2);
    }

    @Test
    void conv2dPaddingAndStride() {
        // Padded 5x5 grid, 2x2 sums at (0,0), (0,2), (2,0), (2,2): 0+0+0+1, 0+0+2+3, 0+4+0+7, 5+6+8+9.
        JsonNode r = ok("{'op':'conv2d','input':" + X3 + ",'kernel':[[1,1],[1,1]],'padding':1,'stride':2}");
        assertTensor(m(v(1, 5), v(11, 28)), r.get("output"));
    }

    @Test
    void conv2dPerAxisStrideAndPadding() {
        // padding [0,1]: rows unpadded, one zero column each side; stride [1,2]: every other column.
        // Rows of the padded input: [0,1,2,3,0], ...; a 1x3 all-ones kernel at columns 0 and 2.
        JsonNode r = ok("{'op':'conv2d','input':" + X3 + ",'kernel':[[1,1,1]],'padding':[0,1],'stride':[1,2]}");
        assertTensor(m(v(3, 5), v(9, 11), v(15, 17)), r.get("output"));
        assertShape(r, 3, 2);
    }

    @Test
    void conv2dChannelsAreSummedAndBiasAdded() {
        // out = x0 + 10*x1 + 0.5
        JsonNode r = ok("{'op':'conv2d','input':[[[1,2],[3,4]],[[5,6],[7,8]]],'kernel':[[[[1]],[[10]]]],'bias':[0.5]}");
        assertTensor(m(m(v(51.5, 62.5), v(73.5, 84.5))), r.get("output"));
        assertShape(r, 1, 2, 2);
    }

    @Test
    void conv2dDepthwiseGroups() {
        JsonNode r = ok("{'op':'conv2d','input':[[[1,2],[3,4]],[[5,6],[7,8]]],'kernel':[[[[2]]],[[[-1]]]],'groups':2}");
        assertTensor(m(m(v(2, 4), v(6, 8)), m(v(-5, -6), v(-7, -8))), r.get("output"));
    }

    @Test
    void conv2dGroupsMixOnlyTheirOwnChannels() {
        // 4 input channels, 2 groups, 2 filters: filter 0 sums channels 0 and 1, filter 1 channels 2 and 3.
        JsonNode r = ok("{'op':'conv2d','input':[[[1]],[[2]],[[3]],[[4]]],'kernel':[[[[1]],[[1]]],[[[1]],[[-1]]]],'groups':2}");
        assertTensor(m(m(v(3)), m(v(-1))), r.get("output"));
    }

    @Test
    void conv2dDilationSkipsInputs() {
        // taps at columns j and j+2: 1+3, 2+4, 3+5
        JsonNode r = ok("{'op':'conv2d','input':[[1,2,3,4,5]],'kernel':[[1,1]],'dilation':[1,2]}");
        assertTensor(m(v(4, 6, 8)), r.get("output"));
    }

    @Test
    void conv2dSamePaddingPutsTheOddPixelAfter() {
        // 2x2 kernel: total padding 1 per axis, all of it bottom and right, as in PyTorch.
        JsonNode r = ok("{'op':'conv2d','input':" + X3 + ",'kernel':[[0,0],[0,1]],'padding':'same'}");
        assertTensor(m(v(5, 6, 0), v(8, 9, 0), v(0, 0, 0)), r.get("output"));
    }

    @Test
    void conv2dValidPaddingIsNoPadding() {
        JsonNode r = ok("{'op':'conv2d','input':" + X3 + ",'kernel':[[1,1],[1,1]],'padding':'valid'}");
        assertTensor(m(v(12, 16), v(24, 28)), r.get("output"));
    }

    @Test
    void conv2dBareInputWithFullKernelKeepsTheChannelAxis() {
        JsonNode r = ok("{'op':'conv2d','input':[[1,2],[3,4]],'kernel':[[[[1]]],[[[2]]]]}");
        assertTensor(m(m(v(1, 2), v(3, 4)), m(v(2, 4), v(6, 8))), r.get("output"));
        assertShape(r, 2, 2, 2);
    }

    @Test
    void conv2dGradients() {
        // y = 2x + 1; L = sum(y * g) with g = [[1,0],[0,1]]: dL/dx = 2g, dL/dk = sum(g*x) = 1+4, dL/db = sum(g) = 2
        JsonNode r = ok("{'op':'conv2d','input':[[1,2],[3,4]],'kernel':[[2]],'bias':[1],'grad_output':[[1,0],[0,1]]}");
        assertTensor(m(v(3, 5), v(7, 9)), r.get("output"));
        assertTensor(m(v(2, 0), v(0, 2)), r.get("grad_input"));
        assertTensor(m(v(5)), r.get("grad_kernel"));
        assertTensor(v(2), r.get("grad_bias"));
    }

    @Test
    void conv2dWithoutBiasHasNoBiasGradient() {
        JsonNode r = ok("{'op':'conv2d','input':[[1,2],[3,4]],'kernel':[[2]],'grad_output':[[1,1],[1,1]]}");
        assertFalse(r.has("grad_bias"));
    }

    @Test
    void conv1dBare() {
        JsonNode r = ok("{'op':'conv1d','input':[1,2,3,4],'kernel':[1,0,-1]}");
        assertTensor(v(-2, -2), r.get("output"));
        assertShape(r, 2);
    }

    @Test
    void conv1dPaddingStrideSameAndDilation() {
        // padded [0,1,2,3,4,0], windows at 0 and 2
        assertTensor(v(3, 9), ok("{'op':'conv1d','input':[1,2,3,4],'kernel':[1,1,1],'padding':1,'stride':2}").get("output"));
        assertTensor(v(3, 6, 9, 7), ok("{'op':'conv1d','input':[1,2,3,4],'kernel':[1,1,1],'padding':'same'}").get("output"));
        assertTensor(v(4, 6, 8), ok("{'op':'conv1d','input':[1,2,3,4,5],'kernel':[1,1],'dilation':2}").get("output"));
    }

    @Test
    void conv1dChannels() {
        JsonNode r = ok("{'op':'conv1d','input':[[1,2],[3,4]],'kernel':[[[1],[1]]],'bias':[-1]}");
        assertTensor(m(v(3, 5)), r.get("output"));
        assertShape(r, 1, 2);
    }

    @Test
    void conv1dGradients() {
        // y = [x0 - x1, x1 - x2]; g = [1, 2]:
        // dL/dx = [g0, -g0 + g1, -g1] = [1, 1, -2]; dL/dk = [g0 x0 + g1 x1, g0 x1 + g1 x2] = [5, 8]
        JsonNode r = ok("{'op':'conv1d','input':[1,2,3],'kernel':[1,-1],'grad_output':[1,2]}");
        assertTensor(v(-1, -1), r.get("output"));
        assertTensor(v(1, 1, -2), r.get("grad_input"));
        assertTensor(v(5, 8), r.get("grad_kernel"));
    }

    // --- invalid specs

    @Test
    void kernelLargerThanInputIsExplained() {
        error("{'op':'conv2d','input':[[1,2],[3,4]],'kernel':[[1,1,1],[1,1,1],[1,1,1]]}", "output", "would be 0");
        error("{'op':'conv1d','input':[1,2,3],'kernel':[1,1],'dilation':4}", "output length", "would be -1");
    }

    @Test
    void negativePaddingIsRejected() {
        error("{'op':'conv2d','input':" + X3 + ",'kernel':[[1]],'padding':-1}", "padding", "negative");
        error("{'op':'conv1d','input':[1,2],'kernel':[1],'padding':-2}", "padding", "at least 0");
    }

    @Test
    void groupsMustDivideChannels() {
        error("{'op':'conv2d','input':[[[1]],[[2]],[[3]]],'kernel':[[[[1]]],[[[1]]]],'groups':2}", "groups", "input channels (3)");
        error("{'op':'conv2d','input':[[[1]],[[2]]],'kernel':[[[[1]]],[[[1]]],[[[1]]]],'groups':2}", "groups", "output channels");
    }

    @Test
    void kernelChannelsMustMatchTheInput() {
        error("{'op':'conv2d','input':[[[1]],[[2]]],'kernel':[[[[1]]]]}", "kernel", "2 channel(s)");
        error("{'op':'conv2d','input':[[[1]],[[2]]],'kernel':[[1]]}", "kernel", "one-channel input");
    }

    @Test
    void biasMustHaveOneValuePerFilter() {
        error("{'op':'conv2d','input':[[1]],'kernel':[[1]],'bias':[1,2]}", "bias", "1 filters");
    }

    @Test
    void samePaddingNeedsStrideOne() {
        error("{'op':'conv2d','input':" + X3 + ",'kernel':[[1]],'padding':'same','stride':2}", "padding", "stride 1");
    }

    @Test
    void badScalarFieldsAreNamed() {
        error("{'op':'conv2d','input':" + X3 + ",'kernel':[[1]],'stride':0}", "stride", "at least 1");
        error("{'op':'conv2d','input':" + X3 + ",'kernel':[[1]],'stride':1.5}", "stride", "whole number");
        error("{'op':'conv2d','input':" + X3 + ",'kernel':[[1]],'dilation':[1,2,3]}", "dilation", "pair");
        error("{'op':'conv2d','input':" + X3 + ",'kernel':[[1]],'padding':'full'}", "padding", "\"valid\" or \"same\"");
        error("{'op':'conv1d','input':[1,2],'kernel':[1],'padding':[1,1]}", "padding", "whole number");
    }

    @Test
    void gradOutputMustHaveTheOutputShape() {
        error("{'op':'conv2d','input':[[1,2],[3,4]],'kernel':[[1]],'grad_output':[[1,2]]}", "grad_output", "[2, 2]");
    }

    @Test
    void wrongRanksAreNamed() {
        error("{'op':'conv2d','input':[1,2,3],'kernel':[[1]]}", "input", "rank 2 or 3");
        error("{'op':'conv1d','input':[1,2,3],'kernel':[[1]]}", "kernel", "rank 1 or 3");
    }

    @Test
    void aTypoIsNotSilentlyIgnored() {
        error("{'op':'conv2d','input':[[1]],'kernel':[[1]],'strides':2}", "strides", "did you mean \"stride\"");
    }

    @Test
    void labelsAddedByScriptsAreIgnored() {
        ok("{'op':'conv2d','id':'case-7','comment':'identity','input':[[1]],'kernel':[[1]]}");
    }
}
