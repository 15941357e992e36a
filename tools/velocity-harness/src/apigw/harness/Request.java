package apigw.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables one request gives its templates, built from a case's {@code request}: body,
 * headers, multiValueHeaders, query, multiValueQuery, path, stageVariables and context.
 * The request and response templates of one case see the same objects.
 */
final class Request {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Input input;
    final Util util = new Util();
    final Map<String, Object> context;
    final Map<String, String> stageVariables = new HashMap<>();

    Request(JsonNode request) throws Exception {
        input = new Input(body(request.get("body")),
                strings(request.path("path"), null),
                strings(request.path("query"), request.path("multiValueQuery")),
                strings(request.path("headers"), request.path("multiValueHeaders")));
        request.path("stageVariables").fields().forEachRemaining(e -> stageVariables.put(e.getKey(), text(e.getValue())));
        context = context(request.path("context"));
    }

    /** The raw body: a string as it is, any other JSON value as compact JSON, nothing as "". */
    private static String body(JsonNode body) throws Exception {
        if (body == null || body.isNull() || body.isMissingNode()) return "";
        return body.isTextual() ? body.asText() : JSON.writeValueAsString(body);
    }

    private static String text(JsonNode value) {
        return value.isNull() ? null : value.asText();
    }

    /** Parameters in request order; a name given only with several values keeps the last one. */
    private static Map<String, String> strings(JsonNode single, JsonNode multi) {
        Map<String, String> out = new LinkedHashMap<>();
        single.fields().forEachRemaining(e -> out.put(e.getKey(), text(e.getValue())));
        if (multi != null) {
            multi.fields().forEachRemaining(e -> {
                JsonNode values = e.getValue();
                if (!out.containsKey(e.getKey()) && values.isArray() && values.size() > 0) {
                    out.put(e.getKey(), text(values.get(values.size() - 1)));
                }
            });
        }
        return out;
    }

    /**
     * {@code $context} is a java.util.HashMap (its keySet() order on AWS is HashMap order). The
     * maps inside it print as "" on AWS, so they are {@link QuietMap}s. requestOverride (path,
     * header, querystring), responseOverride (header) and identity are always there.
     */
    private static Map<String, Object> context(JsonNode given) {
        Map<String, Object> out = new HashMap<>();
        given.fields().forEachRemaining(e -> out.put(e.getKey(), java(e.getValue())));
        out.computeIfAbsent("requestOverride", k -> quiet("path", "header", "querystring"));
        out.computeIfAbsent("responseOverride", k -> quiet("header"));
        out.computeIfAbsent("identity", k -> new QuietMap());
        return out;
    }

    private static QuietMap quiet(String... emptyMaps) {
        QuietMap map = new QuietMap();
        for (String key : emptyMaps) map.put(key, new QuietMap());
        return map;
    }

    /** A JSON value as the Java value a template sees inside $context. */
    private static Object java(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (value.isObject()) {
            QuietMap map = new QuietMap();
            value.fields().forEachRemaining(e -> map.put(e.getKey(), java(e.getValue())));
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(java(item)));
            return list;
        }
        if (value.isBoolean()) return value.booleanValue();
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt()) return value.intValue();
            if (value.canConvertToLong()) return value.longValue();
            return value.bigIntegerValue();
        }
        if (value.isNumber()) return value.doubleValue();
        return value.asText();
    }
}
