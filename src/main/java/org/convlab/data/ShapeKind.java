package org.convlab.data;

/**
 * The classes of the synthetic shapes set. Each shape is defined inside its square bounding
 * box, in box coordinates u (left to right) and v (top to bottom), both from 0 to 1.
 */
public enum ShapeKind {
    /** Fills its whole box. */
    SQUARE("Square") {
        @Override
        boolean covers(double u, double v) {
            return true;
        }
    },
    /** Apex at the top centre, base along the bottom edge. */
    TRIANGLE("Triangle") {
        @Override
        boolean covers(double u, double v) {
            return Math.abs(u - 0.5) <= v / 2;
        }
    },
    /** The disk inscribed in the box. */
    CIRCLE("Circle") {
        @Override
        boolean covers(double u, double v) {
            double du = u - 0.5;
            double dv = v - 0.5;
            return du * du + dv * dv <= 0.25;
        }
    },
    /** A square turned 45°, its corners touching the middle of each side of the box. */
    DIAMOND("Diamond") {
        @Override
        boolean covers(double u, double v) {
            return Math.abs(u - 0.5) + Math.abs(v - 0.5) <= 0.5;
        }
    };

    private final String displayName;

    ShapeKind(String displayName) {
        this.displayName = displayName;
    }

    /** The class name shown to users. */
    public String displayName() {
        return displayName;
    }

    /** Whether the point (u, v) of the unit box lies inside the shape. */
    abstract boolean covers(double u, double v);
}
