package apigw.harness;

import java.util.HashMap;

/**
 * A map that prints as nothing: on AWS, {@code $context.identity} or
 * {@code $context.requestOverride.path} in a template's output is "", while {@code get},
 * {@code keySet} and property access read it as a map.
 */
public final class QuietMap extends HashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return "";
    }
}
